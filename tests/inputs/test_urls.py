"""URL inputs against a loopback web server: a good page, and every way a page can be bad or
hostile (missing, a redirect loop, a redirect off http, 50 MB declared or streamed, a PDF or
an image, compressed against the request, trickling its body or its headers, on an internal
address or redirecting to one).

The site is on loopback, which the fetcher refuses by default: tests that fetch from it
allow private addresses explicitly (``allow_private=True``, or the setting's variable)."""

from __future__ import annotations

import ipaddress
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import InputError
from summarizer.inputs import addresses
from summarizer.inputs.fetch import USER_AGENT, PageFetcher
from summarizer.inputs.read import load_inputs

PAGE = """<!doctype html>
<html><head><title>Harbor bridge reopens after repairs | Coastal Ledger</title>
<meta property="og:site_name" content="Coastal Ledger">
<meta property="article:published_time" content="2025-04-09T08:00:00Z">
</head><body>
<nav>Home | Local | Sports</nav>
<article>
<h1>Harbor bridge reopens after repairs</h1>
<p>The Harbor Street bridge in Port Alder reopened on Tuesday after eight months of repairs,
city officials said.</p>
<p>"Traffic will move again by the evening rush," said Dana Whitlock, the city's transport
director. The repairs cost $14 million, according to the city council.</p>
<p>About 22,000 vehicles crossed the bridge each day before it closed in August.</p>
</article>
<footer>Copyright Coastal Ledger</footer>
</body></html>
"""
MEGABYTE = b"x" * 2**20
LYING_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Le café du port rouvre à Noël</title></head><body><article>
<p>Le café du port a rouvert lundi, a dit le maire de Montréal, Zoë Dubé.</p>
</article></body></html>
"""
CYRILLIC = "Мэр Новосибирска заявил в понедельник, что мост откроют к пятнице."


class Site(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str = "127.0.0.1") -> None:
        super().__init__((host, 0), Handler)
        self.hits: list[tuple[str, str]] = []  # path, user agent
        self.away = "/"  # where /away redirects to

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def base(self) -> str:
        return f"http://{self.server_address[0]}:{self.port}"


class Handler(BaseHTTPRequestHandler):
    server: Site

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self.server.hits.append((self.path, self.headers.get("user-agent", "")))
        route = {
            "/news/bridge.html": lambda: self._send(200, "text/html; charset=utf-8", PAGE.encode()),
            # A page behind a token (test_url_credentials: the token must never be recorded).
            "/a?token=abc": lambda: self._send(200, "text/html; charset=utf-8", PAGE.encode()),
            "/a?token=Another-Token-77": lambda: self._send(200, "text/html; charset=utf-8", PAGE.encode()),
            "/plain": lambda: self._send(
                200,
                "text/plain; charset=iso-8859-1",
                "Le café du port a rouvert lundi, a dit le maire.".encode("latin-1"),
            ),
            # A header that lies: the page is UTF-8 (its own meta tag says so).
            "/lying-charset": lambda: self._send(200, "text/html; charset=iso-8859-1", LYING_PAGE.encode()),
            "/cyrillic-utf8": lambda: self._send(200, "text/plain; charset=windows-1251", CYRILLIC.encode()),
            "/missing": lambda: self._send(404, "text/html", b"<h1>Not found</h1>"),
            "/loop": lambda: self._redirect("/loop"),
            "/to-file": lambda: self._redirect("file:///etc/passwd"),
            "/report.pdf": lambda: self._send(200, "application/pdf", b"%PDF-1.7 ..."),
            "/photo": lambda: self._send(200, "image/png", b"\x89PNG\r\n\x1a\n"),
            "/gzip": lambda: self._send(200, "text/html", b"\x1f\x8b...", {"content-encoding": "gzip"}),
            "/huge-declared": lambda: self._huge(declared=True),
            "/huge-streamed": lambda: self._huge(declared=False),
            "/trickle": self._trickle,
            "/trickle-headers": self._trickle_headers,
            "/away": lambda: self._redirect(self.server.away),
        }.get(self.path)
        if route is None:
            self._send(404, "text/plain", b"no such page")
        else:
            route()

    def _send(self, code: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("location", location)
        self.send_header("content-length", "0")
        self.end_headers()

    def _huge(self, declared: bool) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/html")
        if declared:
            self.send_header("content-length", str(50 * 2**20))
        self.end_headers()
        try:
            for _ in range(50):
                self.wfile.write(MEGABYTE)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should

    def _trickle(self) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.send_header("content-length", "100000")
        self.end_headers()
        try:
            for _ in range(100_000):
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _trickle_headers(self) -> None:
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/html\r\nx-slow: ")
            for _ in range(100_000):  # a header that never ends, a byte at a time
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass


@contextmanager
def serving(host: str = "127.0.0.1") -> Iterator[Site]:
    server = Site(host)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    with serving() as server:
        yield server


@pytest.fixture
def intranet(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI may fetch from the loopback site."""
    monkeypatch.setenv("SUMMARIZER_ALLOW_PRIVATE_URLS", "1")


@pytest.mark.usefixtures("intranet")
def test_a_page_is_briefed_from_its_url_and_fetched_once_unless_the_cache_is_off(site: Site) -> None:
    url = f"{site.base}/news/bridge.html"
    first = CliRunner().invoke(app, ["brief", url, "--engine", "extractive", "--format", "json"])
    assert first.exit_code == 0, first.output
    briefing = json.loads(first.stdout)
    meta = briefing["article"]
    assert meta["title"].startswith("Harbor bridge reopens")
    assert meta["url"] == url and meta["source"] == "Coastal Ledger" and meta["published"] == "2025-04-09"
    assert "Port Alder" in json.dumps(briefing) and "Copyright" not in json.dumps(briefing)
    assert site.hits == [("/news/bridge.html", USER_AGENT)]
    again = CliRunner().invoke(app, ["brief", url, "--engine", "extractive", "--format", "json"])
    assert again.exit_code == 0 and json.loads(again.stdout)["article"] == meta
    assert len(site.hits) == 1  # the page came from the store
    fresh = CliRunner().invoke(app, ["brief", url, "--engine", "extractive", "--no-cache"])
    assert fresh.exit_code == 0 and len(site.hits) == 2  # a developing story is fetched again


@pytest.mark.usefixtures("intranet")
def test_bad_pages_fail_one_by_one_with_the_reason_and_the_good_one_is_briefed(
    site: Site, tmp_path: Path
) -> None:
    urls = [
        f"{site.base}{path}" for path in ("/missing", "/loop", "/to-file", "/report.pdf", "/photo", "/gzip")
    ]
    result = CliRunner().invoke(
        app,
        [
            "brief",
            *urls,
            f"{site.base}/news/bridge.html",
            "--engine",
            "extractive",
            "--out",
            str(tmp_path / "out"),
        ],
    )
    assert result.exit_code == 1
    errors = result.stderr
    for expected in (
        "HTTP 404 Not Found",
        "more than 5 redirects",
        "not http or https",
        "content type application/pdf",
        "content type image/png",
        "compressed (gzip)",
    ):
        assert expected in errors
    assert "Traceback" not in result.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["bridge.md"]


@pytest.mark.parametrize("path", ["/huge-declared", "/huge-streamed"])
def test_a_50_mb_page_is_refused_without_reading_it_all(site: Site, path: str) -> None:
    started = time.monotonic()
    with (
        PageFetcher(None, allow_private=True) as fetcher,
        pytest.raises(InputError, match="over the 5 MB limit"),
    ):
        fetcher.page(f"{site.base}{path}")
    assert time.monotonic() - started < 10


def test_a_trickling_page_fails_at_the_deadline(site: Site) -> None:
    started = time.monotonic()
    with (
        PageFetcher(None, timeout_s=0.3, allow_private=True) as fetcher,
        pytest.raises(InputError, match=r"within 0\.3 s"),
    ):
        fetcher.page(f"{site.base}/trickle")  # one byte every 0.05 s: every read is quick
    assert time.monotonic() - started < 0.3 + 1.0  # the deadline, give or take a loaded machine


def test_a_page_whose_headers_trickle_fails_at_the_deadline(site: Site) -> None:
    started = time.monotonic()
    with (
        PageFetcher(None, timeout_s=0.3, allow_private=True) as fetcher,
        pytest.raises(InputError, match=r"within 0\.3 s"),
    ):
        fetcher.page(f"{site.base}/trickle-headers")
    assert time.monotonic() - started < 0.3 + 1.0


INTERNAL_SPELLINGS = ("localhost", "127.0.0.1", "127.1", "0x7f000001", "2130706433", "[::ffff:127.0.0.1]")


def test_internal_addresses_are_refused_however_they_are_spelled(site: Site) -> None:
    with PageFetcher(None) as fetcher:
        for host in INTERNAL_SPELLINGS:
            with pytest.raises(InputError, match="private or reserved address; not fetched"):
                fetcher.page(f"http://{host}:{site.port}/news/bridge.html")
    assert site.hits == []  # not one request reached the internal site
    for address in (
        "10.0.0.1",
        "169.254.169.254",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "64:ff9b::7f00:1",
        "240.0.0.1",
    ):
        assert not addresses.is_public(ipaddress.ip_address(address)), address
    assert addresses.is_public(ipaddress.ip_address("93.184.216.34"))


def test_a_redirect_from_a_public_host_to_an_internal_one_is_refused(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 127.0.0.2 stands in for a public host (tests never leave loopback).
    real = addresses.is_public
    monkeypatch.setattr(addresses, "is_public", lambda a: str(a) == "127.0.0.2" or real(a))
    with serving("127.0.0.2") as public, PageFetcher(None) as fetcher:
        public.away = f"{site.base}/news/bridge.html"
        assert fetcher.page(f"{public.base}/news/bridge.html").body  # the public host is fetched
        with pytest.raises(InputError, match=r"127\.0\.0\.1, a loopback, private"):
            fetcher.page(f"{public.base}/away")
    assert site.hits == []


def test_an_intranet_setting_allows_internal_pages(site: Site, intranet: None) -> None:
    result = CliRunner().invoke(app, ["brief", f"http://localhost:{site.port}/news/bridge.html"])
    assert result.exit_code == 0 and len(site.hits) == 1


def test_jsonl_lines_with_a_url_are_fetched_and_their_own_fields_win(site: Site, tmp_path: Path) -> None:
    lines = tmp_path / "day.jsonl"
    lines.write_text(
        json.dumps({"url": f"{site.base}/news/bridge.html", "title": "Bridge open", "id": "b1"})
        + "\n"
        + json.dumps({"url": f"{site.base}/plain", "published": "2025-04-07"})
        + "\n"
        + json.dumps({"url": "ftp://example.invalid/x"})
        + "\n",
        encoding="utf-8",
    )
    with PageFetcher(None, allow_private=True) as fetcher:
        bridge, plain, ftp = load_inputs([str(lines)], fetcher=fetcher)
    assert bridge.article is not None and bridge.article.title == "Bridge open" and bridge.article.id == "b1"
    assert plain.article is not None and plain.article.text.startswith("Le café du port")  # declared charset
    assert ftp.error is not None and "'url' (http or https)" in str(ftp.error)


def test_a_header_charset_that_the_bytes_contradict_loses_to_the_evidence(site: Site) -> None:
    """A server that declares Latin-1 (or any legacy code page) over a UTF-8 body: valid
    multi-byte UTF-8 almost never arises by chance in another encoding, so the body is read
    as UTF-8, with a warning; a body that really is in the declared charset keeps it."""
    with PageFetcher(None, allow_private=True) as fetcher:
        lying, cyrillic, honest = load_inputs(
            [f"{site.base}/lying-charset", f"{site.base}/cyrillic-utf8", f"{site.base}/plain"],
            fetcher=fetcher,
        )
    assert lying.article is not None and cyrillic.article is not None and honest.article is not None
    assert lying.article.title == "Le café du port rouvre à Noël"
    assert "Zoë Dubé" in lying.article.text and "Ã" not in lying.article.text
    assert any("iso-8859-1" in w and "UTF-8" in w for w in lying.warnings), lying.warnings
    assert cyrillic.article.text == CYRILLIC and cyrillic.warnings
    assert honest.article.text.startswith("Le café du port") and not honest.warnings


def test_a_kept_page_older_than_its_age_limit_is_fetched_again(site: Site, tmp_path: Path) -> None:
    """A developing story: the page kept in the store serves repeats only while it is fresh."""
    from summarizer.store import open_store

    store = open_store(tmp_path / "store.sqlite3", [])
    url = f"{site.base}/news/bridge.html"
    with PageFetcher(store, allow_private=True, max_age_s=0.5) as fetcher:
        fetcher.page(url)
        fetcher.page(url)
        assert len(site.hits) == 1  # fresh: from the store
        time.sleep(0.6)
        fetcher.page(url)
        assert len(site.hits) == 2  # stale: fetched again
        fetcher.page(url)
        assert len(site.hits) == 2  # and kept afresh


def test_the_page_age_limit_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.config import resolve_settings

    assert resolve_settings().page_max_age_s == 600
    monkeypatch.setenv("SUMMARIZER_PAGE_MAX_AGE_S", "5")
    assert resolve_settings().page_max_age_s == 5


@pytest.mark.usefixtures("intranet")
def test_a_credential_in_an_article_url_is_never_shown(site: Site, tmp_path: Path) -> None:
    """A page behind a login or a token ("https://user:pass@...", "?token=") that fails is
    named without its credential, on the console and in the day's briefing."""
    port = site.base.rsplit(":", 1)[1]
    url = f"http://alice:pw-Secret99@127.0.0.1:{port}/missing?lang=fr&token=Tok12345678"
    lines = tmp_path / "day.jsonl"
    lines.write_text(json.dumps({"url": url}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["daily", str(lines), "--date", "2026-03-02", "-o", str(tmp_path / "out")]
    )
    shown = (
        result.output + result.stderr + (tmp_path / "out" / "daily-2026-03-02.md").read_text(encoding="utf-8")
    )
    assert "HTTP 404" in shown and "/missing?lang=fr" in shown
    assert "pw-Secret99" not in shown and "Tok12345678" not in shown and "alice" not in shown
