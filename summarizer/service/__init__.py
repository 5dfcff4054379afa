"""The HTTP service (``summarizer serve``): the same pipeline, cache and run log as the CLI
and the library, for apps in any language.

    app.py       routes: briefings, jobs, daily, schemas, prompts, health, metrics
    access.py    bearer tokens (stored as SHA-256 digests) and per-token concurrency
    jobs.py      store-backed jobs and their workers; resume after a crash
    metrics.py   Prometheus metrics and the request-body limit
    problems.py  RFC 9457 problem+json errors
    page.py      the web page at /
"""

from __future__ import annotations

import ipaddress

from summarizer.config import Settings
from summarizer.errors import ConfigurationError
from summarizer.service.access import configured_digests

__all__ = ["check_bind", "serve"]


def check_bind(host: str, settings: Settings) -> None:
    """Binding beyond loopback needs tokens: an open service would spend the LLM budget of
    whoever runs it for anyone who can reach it."""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback and not configured_digests(settings):
        raise ConfigurationError(
            f"refusing to serve on {host} without authentication: set SUMMARIZER_SERVICE_TOKEN_HASHES "
            "(comma-separated SHA-256 hex digests of your tokens) or SUMMARIZER_SERVICE_TOKEN_FILE, "
            "or bind 127.0.0.1"
        )


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the service with uvicorn until SIGINT or SIGTERM; in-flight requests get
    ``service_grace_s`` to finish, and unfinished job items are resumed at the next start."""
    import uvicorn

    from summarizer.service.app import create_app

    check_bind(host, settings)
    app = create_app(settings)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        timeout_graceful_shutdown=int(settings.service_grace_s) or None,
        access_log=False,  # request lines could carry query strings; metrics count requests instead
        server_header=False,
    )
