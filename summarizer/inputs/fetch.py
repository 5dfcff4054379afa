"""Articles from URLs: ``summarizer brief https://...`` and JSONL lines with a ``url`` and no
``text``.

A page is fetched with httpx under bounds a hostile or broken server cannot stretch: a whole-
fetch deadline (a server trickling bytes cannot hold a run), at most ``MAX_REDIRECTS``
redirects, a size cap checked on the declared length and again while reading, and a content
type check before the body is read (PDFs and images are refused, not parsed). Only
``http`` and ``https`` are fetched, also after a redirect, and only from public addresses
(``addresses``: checked after name resolution on every connection, so on every redirect).
The deadline covers the whole fetch, headers included: every socket operation gets the
time left (``llm.transport.DeadlineBackend``). The client names itself in its User-Agent.
Fetched pages are kept in the store, so briefing the same URL again (or after an
interruption) does not fetch it again, unless ``refetch`` (``--no-cache``) is set. A page's
credentials (``user:pass@``, ``?token=``, ``#access_token=``) are used for the fetch and
nowhere else: a ``Page`` carries its URLs as ``shown_url`` shows them, and the store keeps a
page under a hash of its full URL (two credentials cache apart) beside the shown URL.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer import __version__
from summarizer.errors import InputError
from summarizer.llm.redact import shown_url
from summarizer.llm.tls import shared_tls_context

if TYPE_CHECKING:
    import httpx2

    from summarizer.config import Settings
    from summarizer.store import Store

URL = re.compile(r"\Ahttps?://\S+\Z", re.IGNORECASE)
USER_AGENT = f"summarizer/{__version__} (news article briefing; python-httpx)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT_S = 30.0


def is_url(raw: str) -> bool:
    return bool(URL.match(raw))


@dataclass(frozen=True)
class Page:
    url: str  # as asked for, as shown_url shows it
    final_url: str  # after redirects, as shown_url shows it
    content_type: str  # media type, lower case, without parameters
    charset: str | None
    body: bytes


class PageFetcher:
    """Pages by URL, from the store when fetched there within ``max_age_s`` seconds
    (``Settings.page_max_age_s``; none unless given), else from the network."""

    def __init__(
        self,
        store: Store | None,
        timeout_s: float = FETCH_TIMEOUT_S,
        max_bytes: int = MAX_PAGE_BYTES,
        transport: httpx2.BaseTransport | None = None,
        *,
        allow_private: bool = False,
        refetch: bool = False,
        max_age_s: float = 0.0,
    ) -> None:
        import httpx2  # here: reading files must not pay for the HTTP client's import

        from summarizer.inputs.addresses import CheckedBackend
        from summarizer.llm.transport import DeadlineBackend

        if transport is None:
            checked = httpx2.HTTPTransport(verify=shared_tls_context(), trust_env=False)
            pool = checked._pool
            pool._network_backend = DeadlineBackend(CheckedBackend(pool._network_backend, allow_private))
            transport = checked
        self._store = store
        self._refetch = refetch
        self._max_age_s = max_age_s
        self._timeout_s = timeout_s
        self._max_bytes = max_bytes
        self._client = httpx2.Client(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=httpx2.Timeout(timeout_s),
            headers={
                "user-agent": USER_AGENT,
                "accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
                "accept-encoding": "identity",  # the size cap counts what arrives
            },
            transport=transport,
            verify=shared_tls_context(),
            trust_env=False,  # a proxy from the environment would connect past the address check
        )

    @classmethod
    def for_settings(cls, store: Store | None, settings: Settings) -> PageFetcher:
        """The fetcher a run's settings ask for: private addresses allowed or not, the
        store's pages reused while fresh, unless the cache is off."""
        return cls(
            store,
            allow_private=settings.allow_private_urls,
            refetch=not settings.cache,
            max_age_s=settings.page_max_age_s,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PageFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def page(self, url: str) -> Page:
        key = page_key(url)
        kept = None if self._store is None or self._refetch else self._store.get_page(key, self._max_age_s)
        if kept is not None:
            final_url, content_type, charset, body = kept
            return Page(shown_url(url), final_url, content_type, charset, body)
        page = self._fetch(url)
        if self._store is not None:
            self._store.put_page(key, page.url, page.final_url, page.content_type, page.charset, page.body)
        return page

    def _fetch(self, url: str) -> Page:
        import httpx2

        from summarizer.inputs.addresses import AddressRefused
        from summarizer.llm.transport import call_budget

        deadline = time.monotonic() + self._timeout_s
        shown = shown_url(url)  # a page's credentials (user:pass@, ?token=) are never shown
        try:
            with call_budget(deadline, self._max_bytes), self._client.stream("GET", url) as response:
                final_url = str(response.url)
                if response.status_code >= 400:
                    reason = response.reason_phrase or "error"
                    raise InputError(
                        f"HTTP {response.status_code} {reason} from {shown_url(final_url)}", source=shown
                    )
                media_type, charset = _content_type(response.headers.get("content-type", ""))
                if media_type not in PAGE_TYPES:
                    given = media_type or "none given"
                    raise InputError(
                        f"not a web page (content type {given}); pages are fetched as HTML or plain text",
                        source=shown,
                    )
                encoding = response.headers.get("content-encoding", "").strip().lower()
                if encoding not in ("", "identity"):
                    # Asked for none; compressed bytes could expand far past the size cap.
                    raise InputError(
                        f"page sent compressed ({encoding}) though asked not to be", source=shown
                    )
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self._max_bytes:
                    raise InputError(self._too_large(int(declared)), source=shown)
                body = bytearray()
                for chunk in response.iter_raw():
                    body += chunk
                    if len(body) > self._max_bytes:
                        raise InputError(self._too_large(None), source=shown)
                    if time.monotonic() > deadline:
                        raise InputError(self._too_slow(), source=shown)
        except AddressRefused as exc:
            raise InputError(str(exc), source=shown) from exc
        except httpx2.InvalidURL as exc:  # not an HTTPError: it would end the whole day's run
            raise InputError(f"not a usable URL ({exc})", source=shown) from exc
        except httpx2.TooManyRedirects as exc:
            raise InputError(f"more than {MAX_REDIRECTS} redirects (a redirect loop?)", source=shown) from exc
        except httpx2.UnsupportedProtocol as exc:
            raise InputError(
                "redirected to a URL that is not http or https; not followed", source=shown
            ) from exc
        except httpx2.TimeoutException as exc:
            raise InputError(self._too_slow(), source=shown) from exc
        except httpx2.HTTPError as exc:
            raise InputError(f"could not fetch: {exc}", source=shown) from exc
        return Page(shown, shown_url(final_url), media_type, charset, bytes(body))

    def _too_large(self, declared: int | None) -> str:
        size = f" ({declared:,} bytes)" if declared is not None else ""
        return f"page is over the {self._max_bytes // 2**20} MB limit{size}; not fetched"

    def _too_slow(self) -> str:
        return f"no complete page within {self._timeout_s:g} s"


def page_key(url: str) -> str:
    """The store's key for a page: a hash of its full URL, credentials included, so pages
    fetched with two credentials are kept apart and neither credential is stored."""
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


def _content_type(header: str) -> tuple[str, str | None]:
    """``text/html; charset=ISO-8859-1`` -> (``text/html``, ``iso-8859-1``)."""
    media_type, *parameters = header.split(";")
    charset = None
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"').lower()
    return media_type.strip().lower(), charset
