"""Removing configured secrets (API keys, service tokens) from text an endpoint sent back.

An endpoint can echo the key it was given: in an error body, in the model's reply, in a
tool call's arguments. JSON may carry it escaped (``\\u0073k-...``, ``\\/``) and a tool call's
arguments are JSON inside a JSON string, so JSON bodies are decoded, every string is
scrubbed (strings that are JSON themselves are decoded and scrubbed too), and encoded again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

REDACTED = "[REDACTED]"
# Shorter values are not treated as secrets: replacing a 3-letter "key" everywhere in a
# reply would mangle it, and no real API key or token is that short.
MIN_SECRET_CHARS = 8


# A query parameter that carries a credential: a gateway's "?key=" or "?api_key=", an
# "access_token", a signed URL's "sig" or "X-Amz-Signature". The name must end in the word:
# a news page's "?keyword=", "?author=" or "?design=" carries none (nor does "api-version").
_CREDENTIAL_PARAMETER = re.compile(
    r"(key|token|secret|passw(or)?d|pwd|sig|signature|auth|authorization|credentials?)$", re.IGNORECASE
)


def _credential_values(query: str) -> list[str]:
    """The values, as written, of the query parameters that carry a credential."""
    found = []
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        if value and _CREDENTIAL_PARAMETER.search(unquote(name)):
            found.append(value)
    return found


def url_secrets(url: str) -> list[str]:
    """The credentials a URL carries: its ``user:password@`` and the values of its query
    and fragment parameters that carry one (as written and decoded)."""
    parts = urlsplit(url)
    userinfo = parts.netloc.rpartition("@")[0]
    # A fragment carries parameters too: OAuth's implicit flow hands "#access_token=...".
    values = _credential_values(parts.query) + _credential_values(parts.fragment)
    return [s for s in (userinfo, parts.password) if s] + values + [unquote(v) for v in values]


def shown_url(url: str | None) -> str:
    """An endpoint or a page as it may be shown anywhere (console, failure lines, ``/readyz``, logs):
    the URL without the ``user:password@`` it may carry, and with the value of a query or
    fragment parameter that carries a credential replaced; OpenAI's own API when none is set."""
    if url is None:
        return "OpenAI"
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[::1/": nothing of it can be told safe to show
        return "(a malformed URL)"
    return urlunsplit(
        parts._replace(
            netloc=parts.netloc.rpartition("@")[2],
            query=_hide_credentials(parts.query),
            fragment=_hide_credentials(parts.fragment),
        )
    )


def _hide_credentials(parameters: str) -> str:
    """``a=1&token=abc`` -> ``a=1&token=[REDACTED]``."""
    hidden = set(_credential_values(parameters))
    return "&".join(
        f"{pair.partition('=')[0]}={REDACTED}" if pair.partition("=")[2] in hidden else pair
        for pair in parameters.split("&")
    )


def recorded_url(url: str) -> str:
    """A URL as an article, a briefing or the store records it: as given unless it carries a
    credential, else as ``shown_url`` shows it (so a plain URL is kept byte for byte)."""
    try:
        return shown_url(url) if url_secrets(url) else url
    except ValueError:  # malformed: shown_url says so without showing any of it
        return shown_url(url)


class Redactor:
    def __init__(self, secrets: Iterable[str | None]) -> None:
        self.secrets = sorted({s for s in secrets if s and len(s) >= MIN_SECRET_CHARS}, key=len, reverse=True)

    def __bool__(self) -> bool:
        return bool(self.secrets)

    def text(self, value: str) -> tuple[str, int]:
        """``value`` with every secret replaced, and how many were."""
        count = 0
        for secret in self.secrets:
            found = value.count(secret)
            if found:
                count += found
                value = value.replace(secret, REDACTED)
        return value, count

    def scrub(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)[0]

    def body(self, data: bytes) -> tuple[bytes, int]:
        """An HTTP body with every secret replaced, escaped forms in JSON included."""
        if not self.secrets:
            return data, 0
        try:
            decoded = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError):
            text, count = self.text(data.decode("utf-8", errors="replace"))
            return (text.encode("utf-8"), count) if count else (data, 0)
        scrubbed, count = self._walk(decoded)
        if not count:
            return data, 0
        return json.dumps(scrubbed, ensure_ascii=False).encode("utf-8"), count

    def _walk(self, value: Any) -> tuple[Any, int]:
        if isinstance(value, str):
            return self._string(value)
        if isinstance(value, list):
            items = [self._walk(v) for v in value]
            return [v for v, _ in items], sum(n for _, n in items)
        if isinstance(value, dict):
            count = 0
            scrubbed = {}
            for key, item in value.items():
                new_key, in_key = self.text(key)
                scrubbed[new_key], in_item = self._walk(item)
                count += in_key + in_item
            return scrubbed, count
        return value, 0

    def _string(self, value: str) -> tuple[str, int]:
        stripped = value.lstrip()
        if stripped[:1] in ("{", "["):
            try:
                inner = json.loads(value)
            except json.JSONDecodeError:
                pass
            else:
                scrubbed, count = self._walk(inner)
                if count:
                    return json.dumps(scrubbed, ensure_ascii=False), count
        return self.text(value)
