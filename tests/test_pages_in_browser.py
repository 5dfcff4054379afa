"""Every page the project writes or serves, in a real headless Chromium: links reach their
passages, and markup inside an article is shown as text, never run.

The checks share one browser, since a launch costs about a second of CPU; being in one
module, they go to one test worker. CI installs Debian's ``chromium`` and sets
``CI_REQUIRE_BROWSER=1``, so there these tests fail rather than skip when it is missing.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import httpx2
import pytest
from typer.testing import CliRunner

from summarizer import summarize
from summarizer.cli import app
from summarizer.config import resolve_settings
from summarizer.render import briefing_html
from summarizer.service.access import token_digest
from summarizer.service.app import create_app
from summarizer.testing.asgi import serve_in_thread
from summarizer.text.normalize import normalize
from tests.browser import Page, headless_browser
from tests.conftest import SEEDS
from tests.render.test_briefing_page import articles, spans_by_anchor


@pytest.fixture(scope="module")
def browser() -> Iterator[Page]:
    with headless_browser() as page:
        yield page


# --------------------------------------------------------------------------- the briefing page


def test_in_chromium_every_link_reaches_an_element_holding_its_item(tmp_path: Path, browser: Page) -> None:
    for name, text in articles():
        briefing = summarize(text)
        page_file = tmp_path / f"{name}.html"
        page_file.write_text(briefing_html(briefing, text), encoding="utf-8")
        browser.open(page_file.as_uri())
        found = browser.evaluate(
            "[...document.querySelectorAll('a[href^=\"#\"]')].map(a => {"
            " const t = document.getElementById(a.getAttribute('href').slice(1));"
            " return [a.getAttribute('href').slice(1), t ? t.textContent : null]; })"
        )
        spans = spans_by_anchor(briefing)
        assert spans, f"{name}: no linked items, so no link was followed"
        assert len(found) == len(spans), name
        for anchor, held in found:
            assert held is not None, f"{name}: dead link #{anchor}"
            start, end = spans[anchor]
            assert normalize(text[start:end]) in normalize(held), f"{name}: #{anchor}"


# --------------------------------------------------------------------------- the service's page


ARTICLE = (
    "Floods hit Riverside\n\nHeavy rain flooded the town of Riverside on Monday, officials said. "
    "At least 12 people were evacuated from their homes.\n\n"
    '"The water rose faster than anyone expected," Mayor Anna Berg said on Monday.'
)


def submit(browser: Page, text: str, title: str = "") -> None:
    """Paste an article into the service page and submit it; wait for its results."""
    browser.evaluate(f"document.getElementById('text').value = {json.dumps(text)}")
    browser.evaluate(f"document.getElementById('title').value = {json.dumps(title)}")
    browser.evaluate("document.getElementById('submit').click()")
    browser.wait_for("!document.getElementById('download').hidden")


def test_the_service_page_submits_an_article_shows_its_briefing_and_downloads_the_results(
    browser: Page, tmp_path: Path
) -> None:
    settings = resolve_settings(engine="extractive", cache=False, data_dir=tmp_path / "home")
    with serve_in_thread(create_app(settings)) as url:
        browser.open(url + "/")
        assert browser.evaluate("document.title") == "summarizer"
        # No token is asked for where none is needed, and no frame stands empty.
        browser.wait_for("document.getElementById('jobs-status').textContent === ''")
        assert browser.evaluate("document.getElementById('auth').hidden") is True
        assert browser.evaluate("[...document.querySelectorAll('iframe')].every(f => f.hidden)") is True
        submit(browser, ARTICLE, title="Floods hit Riverside")
        shown = browser.evaluate(
            "[...document.querySelectorAll('#results .briefing')].map(b => ({"
            " title: b.querySelector('h3').textContent, text: b.textContent}))"
        )
        assert browser.evaluate("document.getElementById('job-state').textContent").startswith(
            "done: 1 briefed"
        )
        assert len(shown) == 1 and shown[0]["title"] == "Floods hit Riverside"
        expected = summarize(ARTICLE)
        assert expected.summary in shown[0]["text"]
        quote = "“The water rose faster than anyone expected” — Anna Berg"
        assert quote in shown[0]["text"] and "at least 12" in shown[0]["text"].lower()
        # The results the page offers are the service's, byte for byte.
        job = browser.evaluate("document.getElementById('job-id').textContent")
        downloads = tmp_path / "downloads"
        browser.send(
            "Browser.setDownloadBehavior",
            {"behavior": "allow", "downloadPath": str(downloads)},
            session=False,
        )
        browser.evaluate("document.getElementById('download').click()")
        saved = downloads / f"summarizer-job-{job}.jsonl"
        deadline = time.monotonic() + 10
        while not saved.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        served = httpx2.get(f"{url}/v1/jobs/{job}/results", timeout=10).text
        assert saved.read_text(encoding="utf-8") == served
        assert json.loads(served)["briefing"]["summary"] == expected.summary
        # The job is listed, and opening it again shows it again.
        browser.wait_for(f"document.getElementById('jobs').textContent.includes({json.dumps(job)})")


HOSTILE_TITLE = "</h3><script>window.pwned = 'title'</script><img src=x onerror=\"window.pwned='img'\">"
HOSTILE_ARTICLE = (
    "Floods hit Riverside\n\nHeavy rain flooded the town on Monday, officials said "
    "<script>window.pwned = 'text'</script>. At least 12 people were evacuated.\n\n"
    '"We will not <img src=x onerror="window.pwned=\'quote\'"> give up," said Mayor '
    'Anna O\'Brien-"<b>Bold</b>" on Monday.\n\n'
    "Officials called it a \"<script>window.pwned='partial'</script>\" response."
)


def test_the_service_page_shows_a_hostile_article_as_text_and_runs_none_of_it(browser: Page) -> None:
    settings = resolve_settings(engine="extractive", cache=False)
    with serve_in_thread(create_app(settings)) as url:
        browser.open(url + "/")
        submit(browser, HOSTILE_ARTICLE, title=HOSTILE_TITLE)
        time.sleep(0.2)  # time for anything that would run
        assert browser.evaluate("typeof window.pwned") == "undefined"
        counts = browser.evaluate(
            "[document.querySelectorAll('#results script, #results img, #results b[onclick], #results *[onerror]').length,"
            " document.querySelectorAll('script').length, document.querySelectorAll('img').length]"
        )
        assert counts == [0, 1, 0]  # the page's own script only; no element came from the article
        title = browser.evaluate("document.querySelector('#results h3').textContent")
        assert title == HOSTILE_TITLE  # shown as the text it is
        expected = summarize(HOSTILE_ARTICLE)
        # The hostile markup did reach the page: in the summary, a quote, the quoted words
        # and a name with quotes in it, each shown as the text it is.
        assert "<script>" in expected.summary and "onerror" in expected.summary
        paragraphs = browser.evaluate("[...document.querySelectorAll('#results p')].map(p => p.textContent)")
        assert expected.summary in paragraphs
        text = browser.evaluate("document.getElementById('results').textContent")
        assert "“<script>window.pwned='partial'</script>”" in text
        assert "Anna O'Brien" in text
        assert browser.evaluate("document.title") == "summarizer"


def test_the_service_page_asks_for_a_token_only_when_the_server_needs_one_and_keeps_it_out_of_urls(
    browser: Page,
) -> None:
    token = "page-token-Xy9"
    settings = resolve_settings(engine="extractive", cache=False, service_token_hashes=token_digest(token))
    with serve_in_thread(create_app(settings)) as url:
        browser.open(url + "/")  # the static page loads without a token ...
        browser.wait_for("!document.getElementById('auth').hidden")  # ... and asks for one
        assert "needs a token" in browser.evaluate("document.getElementById('auth-reason').textContent")
        browser.evaluate("document.getElementById('token').value = 'wrong'")
        browser.evaluate("document.getElementById('auth').requestSubmit()")
        browser.wait_for("document.getElementById('auth-reason').textContent.includes('refused')")
        browser.evaluate(f"document.getElementById('token').value = {json.dumps(token)}")
        browser.evaluate("document.getElementById('auth').requestSubmit()")
        browser.wait_for("document.getElementById('auth').hidden")
        submit(browser, ARTICLE)
        assert "Anna Berg" in browser.evaluate("document.getElementById('results').textContent")
        assert token not in browser.evaluate("location.href")
        assert browser.evaluate("document.getElementById('token').value") == ""
        assert browser.evaluate("sessionStorage.getItem('summarizer.token')") == token
        assert browser.evaluate("localStorage.length") == 0


# --------------------------------------------------------------------------- the daily page


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


def test_daily_html_renders_links_reach_passages_and_scripts_stay_text(tmp_path: Path, browser: Page) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    seed = str(SEEDS / "000_6acb0b2e29b12f68.txt")
    # The day before holds the seed alone: the page's stories then carry their badges.
    before = ["daily", seed, "--date", "2023-06-01", "--format", "json", "--out", str(out)]
    assert CliRunner().invoke(app, before).exit_code == 0
    args = ["daily", seed, str(hostile), "--date", "2023-06-02", "--format", "html", "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    browser.open((out / "daily-2023-06-02.html").as_uri())
    dump = browser.evaluate("document.documentElement.outerHTML")  # the page as the browser built it
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
    for link in {link for link in dom.links if link.startswith("src-")}:
        passage = "".join(dom.ids[link])
        if not passage:
            continue  # an overlap marker: empty by design, placed at the passage
        start, end = (int(x) for x in link.rsplit("-", 2)[1:])
        assert any(text[start:end] == passage for text in texts), link
        checked += 1
    assert checked > 10
    _check_the_newsroom_parts(browser, dom, tmp_path)


def _check_the_newsroom_parts(browser: Page, dom: _Dom, tmp_path: Path) -> None:
    """The header, stories, disputed figures and timeline of the newsroom page (issue 25)."""
    metrics = {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False}
    browser.send("Emulation.setDeviceMetricsOverride", metrics)  # a 1280x800 window
    for section in ("stories", "disputed", "timeline", "key-figures", "quotes", "actors", "articles"):
        assert section in dom.links and section in dom.ids, section  # the contents reach each part
    order = browser.evaluate(
        "['stories','disputed','timeline'].map(id => document.getElementById(id).getBoundingClientRect().top)"
    )
    assert order == sorted(order)  # stories first
    # The header (the day in numbers and the top line) and the start of the stories fit the
    # first screen of a 1280x800 window.
    assert browser.evaluate("document.querySelector('header').getBoundingClientRect().bottom") < 800
    assert browser.evaluate("document.getElementById('stories').getBoundingClientRect().top") < 800
    counts = browser.evaluate("document.querySelector('.counts').textContent")
    assert counts.startswith("2 articles") and "stories" in counts and "disputed figures" in counts
    badges = browser.evaluate("[...document.querySelectorAll('.badge')].map(b => b.textContent)")
    assert "CONTINUING" in badges and "NEW" in badges  # the seed's stories, and the hostile one's
    # The timeline is an inline SVG drawn with the page, one row per incident, its labels text.
    drawn = browser.evaluate(
        "(() => { const s = document.querySelector('#timeline + svg');"
        " return s && [s.querySelectorAll('circle').length, s.getBoundingClientRect().width,"
        " [...s.querySelectorAll('title')].map(t => t.textContent).join(' ')]; })()"
    )
    assert drawn is not None and drawn[0] >= 5 and drawn[1] > 500
    assert "<script>document.body.setAttribute" in drawn[2]  # the hostile report, as text
    loaded = browser.evaluate("performance.getEntriesByType('resource').map(r => r.name)")
    assert loaded == []  # nothing fetched from anywhere, the SVG included
    shot = browser.send("Page.captureScreenshot", {"format": "png"})["data"]
    (tmp_path / "daily-first-screen.png").write_bytes(base64.b64decode(shot))


def test_the_pages_keep_a_very_long_word_inside_the_window(tmp_path: Path, browser: Page) -> None:
    """A word of thousands of characters (a URL, a run of symbols) in a title, an incident or
    the article wraps; it never widens the daily page or a briefing's page past the window."""
    word = "Riverside" + "x" * 3000
    article = tmp_path / "long.txt"
    article.write_text(
        f"---\ntitle: {word}\nsource: {word}\n---\nHeavy rain flooded the town of {word} on Monday, "
        "killing 12 people, Mayor Ana Lund said.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    for command in ("daily", "brief"):
        args = [command, str(article), "--date", "2024-03-04", "--format", "html", "--out", str(out)]
        assert CliRunner().invoke(app, args).exit_code == 0
    for page in ("daily-2024-03-04.html", "long.html"):
        browser.open((out / page).as_uri())
        metrics = {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False}
        browser.send("Emulation.setDeviceMetricsOverride", metrics)
        assert word in browser.evaluate("document.body.textContent")
        assert browser.evaluate("document.documentElement.scrollWidth") <= 1280, page
