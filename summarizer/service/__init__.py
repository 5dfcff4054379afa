"""The HTTP service (``summarizer serve``): the same pipeline, cache and run log as the CLI
and the library, for apps in any language.

    app.py       routes: briefings, jobs, daily, schemas, prompts, health, metrics
    access.py    bearer tokens (stored as SHA-256 digests) and per-token slots
    jobs.py      store-backed jobs and their workers; resume after a crash
    admission.py the request body's limit; admission by bytes in flight; what work holds
                 (bytes, its caller's slot) until it really ends, past a 504 too
    metrics.py   Prometheus metrics
    guard.py     what a request must show before its body is read: token, Host, origin
    accesslog.py one line per request: method, path, status, time, token id
    transport.py how requests are read off the socket: head size and read time bounded
    problems.py  RFC 9457 problem+json errors
    page.py      the web page at /
"""

from __future__ import annotations

import ipaddress
import json
import os
import tempfile
from typing import Any

from summarizer.config import Settings
from summarizer.errors import ConfigurationError
from summarizer.service.access import configured_digests

__all__ = ["SETTINGS_VARIABLE", "check_bind", "serve"]
# How ``serve --processes`` hands its settings to the worker processes.
SETTINGS_VARIABLE = "SUMMARIZER_SERVICE_WORKER_SETTINGS"


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


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, processes: int = 1) -> None:
    """Run the service with uvicorn until SIGINT or SIGTERM; in-flight requests get
    ``service_grace_s`` to finish, and unfinished job items are resumed at the next start.

    ``processes`` > 1 runs that many on one socket (uvicorn's worker processes), so that
    briefing's CPU work (the SDK, validation, grounding) uses every core: one process is
    bound to one core by the GIL. They share the store (cache, run log, jobs, each claimed
    item marked with its process) and the metrics; the per-token concurrency limit is per
    process."""
    import uvicorn

    from summarizer.service.accesslog import check_destination
    from summarizer.service.transport import server_options

    check_bind(host, settings)
    check_destination(settings.service_access_log)  # a log that cannot be opened stops serve before it starts
    common: dict[str, Any] = {
        **server_options(settings.service_read_timeout_s),
        "host": host,
        "port": port,
        "log_level": "info",
        "timeout_graceful_shutdown": int(settings.service_grace_s) or None,
        "access_log": False,  # uvicorn's lines carry query strings; accesslog.py writes ours
        "server_header": False,
    }
    if processes == 1:
        from summarizer.service.app import create_app

        uvicorn.run(create_app(settings), **common)
        return
    # The processes build their settings from this process's, passed through the
    # environment without the key (which they read from the environment like this one did).
    given = settings.model_dump(mode="json", exclude={"api_key"})
    with tempfile.TemporaryDirectory(prefix="summarizer-metrics-") as shared:
        os.environ[SETTINGS_VARIABLE] = json.dumps(given)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = shared
        uvicorn.run("summarizer.service.app:app_for_worker", factory=True, workers=processes, **common)
