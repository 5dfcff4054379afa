"""``summarizer serve``: the HTTP API and web page."""

from __future__ import annotations

from typing import Annotated

import typer

from summarizer.cli.app import (
    app,
    rep,
)
from summarizer.cli.options import (
    BaseUrlOpt,
    EngineOpt,
    ModelOpt,
)
from summarizer.cli.report import (
    usage_error,
)
from summarizer.cli.settings import describe_engine, resolved_settings
from summarizer.errors import SummarizerError


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(metavar="HOST", help="Address to bind; beyond loopback needs tokens.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, metavar="PORT", help="Port to listen on.")] = 8000,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    engine: EngineOpt = None,
    processes: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            metavar="N",
            help="Server processes sharing the port, store and metrics; one per core uses every core.",
        ),
    ] = 1,
    access_log: Annotated[
        str | None,
        typer.Option(
            metavar="FILE|-|off",
            help="One line per request (method, path, status, time, token id): '-' stderr (default), "
            "'off', or a file. Env: SUMMARIZER_SERVICE_ACCESS_LOG.",
        ),
    ] = None,
) -> None:
    """Serve the HTTP API and web page (FastAPI + uvicorn): POST /v1/briefings, /v1/jobs, ..."""
    from summarizer.service import serve as run_service

    settings = resolved_settings(model=model, base_url=base_url, engine=engine, service_access_log=access_log)
    rep.say(describe_engine(settings))
    try:
        run_service(settings, host, port, processes)
    except SummarizerError as exc:
        raise usage_error(str(exc)) from exc
