"""The newsroom parts of the daily page (issue 25, item 3): the header, stories with their
badges, the disputed-figures table and the SVG timeline, with every piece of article text
escaped, the SVG's included."""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from summarizer.daily import merge_briefings
from summarizer.daily.merge import Briefed
from summarizer.models.daily_v2 import DailyIncident
from summarizer.render.daily import daily_html, daily_markdown
from summarizer.render.newsroom import hour_of, timeline_svg
from summarizer.store import open_store
from tests.daily.test_daily import DAY, briefed

EVIL = "</title></text></svg><script>alert(1)</script><img src=x onerror=alert(2)>"


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.svg_text: list[str] = []
        self._in_svg_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in ("text", "title") and "svg" in self.tags:
            self._in_svg_text += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("text", "title") and self._in_svg_text:
            self._in_svg_text -= 1

    def handle_data(self, data: str) -> None:
        if self._in_svg_text:
            self.svg_text.append(data)


def _hostile_briefings() -> tuple[Briefed, Briefed]:
    text_a = f"Shelling hit Evilton{EVIL} at 3:40 a.m. on Monday, killing 12 people, Mayor Ann Lee said."
    text_b = f"No one was killed when shelling hit Evilton{EVIL} at 3:40 a.m. on Monday, the army said."
    a = briefed(
        text_a,
        actors=[("a1", "Ann Lee", "person")],
        incidents=[
            {"id": "i1", "type": "shelling", "evidence": text_a, "place": f"Evilton{EVIL}",
             "time": f"at 3:40 a.m.{EVIL}", "casualty_figures": ["f1"]}
        ],
        figures=[{"id": "f1", "text": "12 people", "value": 12, "counted": "people", "category": "killed",
                  "claimed_by": "a1"}],
    )  # fmt: skip
    b = briefed(
        text_b,
        incidents=[
            {"id": "i1", "type": "shelling", "evidence": text_b, "place": f"Evilton{EVIL}",
             "time": f"at 3:40 a.m.{EVIL}", "casualty_figures": ["f1"]}
        ],
        figures=[{"id": "f1", "text": "No one", "value": 0, "counted": "one", "category": "killed"}],
    )  # fmt: skip
    return a, b


def _hostile_day(tmp_path: Path) -> tuple[str, str]:
    a, b = _hostile_briefings()
    store = open_store(tmp_path / "store.db")
    merge_briefings([a], DAY - dt.timedelta(days=1), stories=store)
    day = merge_briefings([a, b], DAY, stories=store)
    assert len(day.incidents) == 1 and day.conflicts
    texts = {x.article.id: x.article.text for x in (a, b)}
    return daily_html(day, texts), daily_markdown(day)


def test_the_newsroom_parts_escape_article_text_svg_included(tmp_path: Path) -> None:
    page, _ = _hostile_day(tmp_path)
    found = _Elements()
    found.feed(page)
    assert "script" not in found.tags and "img" not in found.tags
    assert found.tags.count("svg") == 1  # the timeline's own, never one closed early
    drawn = "".join(found.svg_text)
    assert EVIL in drawn  # the hostile place and time shown as text inside the SVG
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_page_has_the_day_in_numbers_stories_first_and_who_says_what(tmp_path: Path) -> None:
    page, markdown = _hostile_day(tmp_path)
    assert "2 articles · 0 outlets · 1 stories · 1 disputed figures" in page
    assert page.index('id="stories"') < page.index('id="disputed"') < page.index('id="timeline"')
    assert '<span class="badge updated"' in page and "UPDATED" in page
    disputed = page[page.index('id="disputed"') : page.index('id="timeline"')]
    assert (
        "12 people" in disputed and "No one" in disputed and "Ann Lee" in disputed and "not said" in disputed
    )
    assert "[UPDATED] **shelling**" in markdown
    # 3:40 a.m. is placed on the 24-hour axis, not in the column of unknown times.
    assert 'cx="342"' in page  # 250 + 600 * (3 + 40 / 60) / 24 = 341.7


def test_a_time_of_day_is_read_from_the_time_as_written() -> None:
    assert hour_of("at 3:40 a.m. on Monday") == 3 + 40 / 60
    assert hour_of("10 pm") == 22
    assert hour_of("12 p.m.") == 12
    assert hour_of("early Friday") == 6
    assert hour_of("overnight") == 0
    assert hour_of("on Friday") is None
    assert hour_of("at 25:00") is None
    assert hour_of(None) is None


def test_a_time_of_day_in_any_of_the_merged_languages_is_placed_on_the_axis() -> None:
    """A 24-hour clock and a part of the day in the languages the merge reads are a time of
    day given, never drawn in the column of times not given."""
    for time, hour in [
        ("um 14.30 Uhr", 14),
        ("vers 22h15", 22),
        ("a las 19:40", 19),
        ("at 9.45am", 9),
        ("ce matin", 5),
        ("am Donnerstagabend", 17),
        ("por la noche", 20),
    ]:
        placed = hour_of(time)
        assert placed is not None and hour <= placed < hour + 7, (time, placed)
    assert hour_of("Donnerstag") is None and hour_of("am 5.10.") is None and hour_of("jeudi") is None


# Every kind of markup a value could smuggle into the page or the Markdown: HTML, SVG, CSS,
# javascript: links, Markdown links, code-span and heading breaks, a bidi override.
PAYLOAD = (
    "\"'><script>alert(1)</script><svg onload=alert(2)><style>*{}</style>"
    '<a href="javascript:alert(3)">x</a>](javascript:alert(4)) ` [y](javascript:alert(5)) `'
    "\n# Heading\n<img src=x onerror=alert(6)> | cell | \u202e"
)
_INTERNAL_ID = re.compile(r"^[a-z]\d+$|^\d{4}-\d{2}-\d{2}")  # i1, f2, a3, q4; dates
_TYPED = {"type", "types", "statuses", "status", "kind", "category", "unit", "bound", "match", "stage", "engine", "top_line_engine",
          "schema_version", "engines", "code", "language", "language_source"}  # fmt: skip


def _poisoned(value: object, key: str = "") -> object:
    """Every free string of a dumped day with the payload added (the same way everywhere, so
    an article id still names its article); enums, dates and the merge's own ids kept."""
    if isinstance(value, dict):
        return {k: _poisoned(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_poisoned(v, key) for v in value]
    if isinstance(value, str) and key not in _TYPED and not _INTERNAL_ID.match(value):
        return f"# Heading {value}{PAYLOAD}"  # at the start of a line, a heading
    return value


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, name, value or "") for name, value in attrs]


def test_every_value_of_the_day_is_inert_in_the_page_and_the_markdown(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    from summarizer.models.daily_v2 import DailyBriefing

    a, b = _hostile_briefings()  # a day with a story, a conflict, actors and a timeline
    store = open_store(tmp_path / "store.db")
    merge_briefings([a], DAY - dt.timedelta(days=1), stories=store)
    day = merge_briefings([a, b], DAY, stories=store)
    poisoned = DailyBriefing.model_validate(_poisoned(day.model_dump(mode="json")))
    texts = {e.article.id: "x" * 200 for e in poisoned.articles}
    page = daily_html(poisoned, texts)
    found = _Markup()
    found.feed(page)
    assert set(found.tags) <= {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "a", "ol",
        "ul", "li", "b", "span", "mark", "div", "table", "tr", "th", "td", "svg", "line", "text", "g",
        "circle",
    }, set(found.tags)  # fmt: skip
    assert found.tags.count("style") == 1 and found.tags.count("svg") == 1
    assert all(not name.startswith("on") and name != "style" for _, name, _ in found.attrs)
    assert all(value.startswith("#") for _, name, value in found.attrs if name in ("href", "src"))
    assert "alert(1)" in page  # the text is shown, as text
    assert "\u202e" not in page  # no override reorders the rest of a line (the labels, a source)
    markdown = daily_markdown(poisoned)
    tokens = MarkdownIt("commonmark").parse(markdown)
    inline = [child for t in tokens for child in (t.children or [])]
    assert not [t for t in [*tokens, *inline] if t.type.startswith(("html", "link", "image"))]
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert rows and all(len(re.findall(r"(?<!\\)\|", row)) == 4 for row in rows), rows  # 3 cells each
    headings = [tokens[n + 1].content for n, t in enumerate(tokens) if t.type == "heading_open"]
    assert all("Heading" not in h for h in headings), headings


def _drawn_extents(svg: str) -> list[tuple[float, float, str]]:
    """Each SVG text's left and right edge, at 12px: about 7px a letter, 12px a wide one."""
    found = []
    for x, anchor, text in re.findall(
        r'<text x="([\d.]+)" y="[\d.]+"( text-anchor="\w+")?>([^<]*)</text>', svg
    ):
        shown = html.unescape(text)
        width = sum(12 if unicodedata.east_asian_width(c) in "WF" else 7 for c in shown)
        left = float(x) - (width if "end" in anchor else width / 2 if "middle" in anchor else 0)
        found.append((left, left + width, shown))
    return found


def test_timeline_labels_and_times_stay_inside_the_drawing() -> None:
    """A late time written out at length, a time that names no hour (drawn in the right-hand
    column) and a place in a wide script are drawn inside the 960px drawing, not cut off at
    its edge."""
    incidents = [
        DailyIncident.model_construct(
            id=f"i{n}", type="accident", place=place, time=time, description="d", date=None
        )
        for n, (place, time) in enumerate(
            [
                ("Tarvik", "at 11:30 p.m. on Saturday night"),
                ("Korvalla", "on Thursday, local time"),
                ("科尔瓦拉港口附近的一个小渔村的东边的码头上的仓库区域", None),
                ("Brenac", "Donnerstag"),
            ],
            start=1,
        )
    ]
    svg = timeline_svg(incidents, {})
    extents = _drawn_extents(svg)
    assert any(text.startswith("at 11:30") for _, _, text in extents)
    assert any(text.startswith("accident — 科尔瓦拉") for _, _, text in extents)
    for left, right, text in extents:
        assert left >= 0 and right <= 960, (text, left, right)
