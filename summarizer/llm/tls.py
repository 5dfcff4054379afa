"""One TLS context per process, shared by every HTTP client the project makes (the LLM
endpoint, pages by URL, model discovery, readiness checks).

Building a context loads the CA bundle, about 30 ms of CPU. httpx builds one for each new
client unless given one, and a run makes a client per engine, per fetcher and per check, so
the cost added up (a third of the test suite's CPU time). An ``ssl.SSLContext`` is safe to
share between clients and threads once configured, and this one is never changed after it
is built.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ssl


@functools.cache
def shared_tls_context() -> ssl.SSLContext:
    """httpx's own default: certificate verification on, the CA bundle from ``SSL_CERT_FILE``
    or ``SSL_CERT_DIR`` when set, else the system's."""
    import httpx2

    return httpx2.create_ssl_context()
