"""Who may call the service, and how much at once.

Tokens are configured as SHA-256 digests (``SUMMARIZER_SERVICE_TOKEN_HASHES``, or one per
line in ``SUMMARIZER_SERVICE_TOKEN_FILE``), so the server never holds a token in the clear;
a presented token is hashed and compared with every digest in constant time. A caller is
known by a short prefix of its token's digest, which is what jobs record as their owner and
what logs may show; the token itself is never logged or stored.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from fastapi import Request

from summarizer.config import Settings
from summarizer.errors import ConfigurationError
from summarizer.service.admission import CallerSlots
from summarizer.service.problems import Problem

_DIGEST = re.compile(r"^[0-9a-f]{64}$")
ANONYMOUS = "anonymous"


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def configured_digests(settings: Settings) -> list[str]:
    """Every configured token digest; a malformed entry is a configuration error."""
    raw: list[str] = []
    if settings.service_token_hashes:
        raw += settings.service_token_hashes.split(",")
    if settings.service_token_file is not None:
        try:
            raw += settings.service_token_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigurationError(
                f"cannot read the token file {settings.service_token_file}: {exc.strerror}"
            ) from exc
    digests = [r.strip().lower() for r in raw if r.strip() and not r.strip().startswith("#")]
    bad = [d for d in digests if not _DIGEST.match(d)]
    if bad:
        raise ConfigurationError(
            f"{len(bad)} configured token digest(s) are not SHA-256 hex; make one with: "
            'python -c "import hashlib,sys; print(hashlib.sha256(sys.argv[1].encode()).hexdigest())" TOKEN'
        )
    return digests


class Access:
    def __init__(self, settings: Settings) -> None:
        self.digests = configured_digests(settings)
        # Each caller's concurrent work, held until the work ends (see ``admission``).
        self.slots = CallerSlots(settings.service_concurrency_per_token)

    @property
    def required(self) -> bool:
        return bool(self.digests)

    def caller(self, request: Request) -> str:
        """The caller's id, or a 401 problem."""
        return self.caller_for(request.headers.get("authorization", ""))

    def caller_for(self, authorization: str) -> str:
        """The caller an ``Authorization`` header names, or a 401 problem."""
        if not self.digests:
            return ANONYMOUS
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            presented = token_digest(token.strip())
            matched = False
            for digest in self.digests:  # no early exit: the time does not depend on which matched
                matched |= hmac.compare_digest(presented, digest)
            if matched:
                return presented[:12]
        raise Problem(
            401,
            "Unauthorized",
            "send a configured token as 'Authorization: Bearer TOKEN'",
            headers={"WWW-Authenticate": 'Bearer realm="summarizer"'},
        )
