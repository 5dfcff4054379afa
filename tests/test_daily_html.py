"""The daily HTML page in a real headless browser: it renders, its links reach their
passages, and a ``<script>`` inside an article is shown as text, never run.

CI installs Debian's ``chromium`` and sets ``CI_REQUIRE_BROWSER=1``, so there this
test fails rather than skips when the browser is missing.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from tests.browser import find_browser
from tests.conftest import SEEDS

HOSTILE = """Drones hit Odesa on Monday night, officials said

Drones hit Odesa on Monday night, killing two people, officials said <script>document.body.setAttribute('data-pwned', 'yes')</script>.

"We will not be intimidated <img src=x onerror="document.body.setAttribute('data-pwned','img')"> by these attacks," Mayor Hennadiy Trukhanov said on Telegram.
"""


class _Dom(HTMLParser):
    """What the test needs from the browser's serialized DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: dict[str, list[str]] = {}
        self.links: list[str] = []
        self.scripts = 0
        self.images = 0
        self.body_attrs: dict[str, str | None] = {}
        self._open: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "img":
            self.images += 1
        if tag == "body":
            self.body_attrs = values
        if tag == "a" and (values.get("href") or "").startswith("#"):
            self.links.append((values["href"] or "")[1:])
        if values.get("id"):
            self.ids[values["id"] or ""] = []
            if tag != "span":
                self._open.append((tag, values["id"] or ""))

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for _, element_id in self._open:
            self.ids[element_id].append(data)


def test_daily_html_renders_links_reach_passages_and_scripts_stay_text(tmp_path: Path) -> None:
    browser = find_browser()
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    seed = str(SEEDS / "000_6acb0b2e29b12f68.txt")
    args = ["daily", seed, str(hostile), "--date", "2023-06-02", "--format", "html", "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    page = out / "daily-2023-06-02.html"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--virtual-time-budget=2000"]
    # Chromium puts Unix sockets in its profile and in TMPDIR, and aborts when a socket path is
    # over 107 bytes: both go in a short folder, whatever the TMPDIR of the test run.
    with tempfile.TemporaryDirectory(dir="/tmp", prefix="chr") as short:
        dump = subprocess.run(
            [browser, *flags, f"--user-data-dir={short}/profile", "--dump-dom", page.as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
            env={**os.environ, "TMPDIR": short},
        ).stdout
    dom = _Dom()
    dom.feed(dump)

    assert "Daily briefing — 2023-06-02" in dump  # it rendered
    assert dom.scripts == 0 and dom.images == 0  # article markup became text ...
    assert "data-pwned" not in dom.body_attrs  # ... and nothing ran
    assert "&lt;script&gt;document.body.setAttribute" in dump  # shown to the reader as text
    assert len(dom.links) > 20
    missing = [link for link in dom.links if link not in dom.ids]
    assert not missing, f"links with no target: {missing[:5]}"
    # A marked passage is exactly the article text at the span its anchor names.
    texts = {p.read_text(encoding="utf-8") for p in (SEEDS / "000_6acb0b2e29b12f68.txt", hostile)}
    checked = 0
    for link in set(dom.links):
        passage = "".join(dom.ids[link])
        if not passage:
            continue  # an overlap marker: empty by design, placed at the passage
        start, end = (int(x) for x in link.rsplit("-", 2)[1:])
        assert any(text[start:end] == passage for text in texts), link
        checked += 1
    assert checked > 10
