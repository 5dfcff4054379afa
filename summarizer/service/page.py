"""The web page at ``/``: a client of the service's own API. Paste or upload articles, submit
them as a job, watch its progress, read each briefing and download the results; open a
day's briefing.

The page and its script are static files (``static/``) that hold no data, so they are
served without a token (see ``guard``): the script learns that the server needs a token
from a 401 and only then asks for one, which it keeps in the tab's ``sessionStorage`` and
sends in the ``Authorization`` header only. The script is the only one the page's
Content-Security-Policy allows (``script-src 'self'``, no inline script, nothing from
elsewhere). Every article-derived string is set with ``textContent``; the day's briefing
page, rendered by the server and escaped there, is shown in a sandboxed ``iframe`` with no
``allow-scripts``.
"""

from __future__ import annotations

from importlib.resources import files

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; "
    "frame-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
)
# No site may frame the page (clickjacking): CSP for current browsers, the header for older.
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY"}
# What the page is made of; the guard serves these without a token.
PATHS = frozenset({"/", "/app.js"})


def _static(name: str) -> str:
    return files("summarizer.service").joinpath("static", name).read_text(encoding="utf-8")


def install(app: FastAPI) -> None:
    page, script = _static("page.html"), _static("app.js")  # read once, when the app is made

    @app.get("/", include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(page, headers=HEADERS)

    @app.get("/app.js", include_in_schema=False)
    async def app_script() -> Response:
        return Response(script, media_type="text/javascript", headers=HEADERS)
