"""``summarizer mock-llm``: a mock model on loopback, to try the LLM path with no key."""

from __future__ import annotations

import sys
import threading
from typing import Annotated

import typer

from summarizer.cli.app import app, rep
from summarizer.cli.report import usage_error

DEFAULT_PORT = 8089


@app.command("mock-llm")
def mock_llm(
    port: Annotated[
        int, typer.Option(min=0, max=65535, metavar="PORT", help="Port on 127.0.0.1 (0: any free port).")
    ] = DEFAULT_PORT,
) -> None:
    """Serve a mock model (mock-offline) that answers from the offline engine: an
    OpenAI-compatible endpoint on 127.0.0.1 for trying the LLM path and the eval workflow
    with no key and no download. Point --base-url (or SUMMARIZER_BASE_URL) at the URL it prints."""
    from summarizer.testing.mock_model import MOCK_NOTE, mock_server

    try:
        server = mock_server(port, keep_requests=False)  # it may run for days
    except OSError as exc:
        raise usage_error(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from exc
    with server:
        rep.warning(MOCK_NOTE)
        rep.say(f"serving {server.base_url} (Ctrl-C stops it)")
        sys.stdout.write(f"{server.base_url}\n")
        sys.stdout.flush()
        threading.Event().wait()
