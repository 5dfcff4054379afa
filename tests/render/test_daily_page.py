"""The newsroom parts of the daily page (issue 25, item 3): the header, stories with their
badges, the disputed-figures table and the SVG timeline, with every piece of article text
escaped, the SVG's included."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

from summarizer.daily import merge_briefings
from summarizer.render.daily import daily_html, daily_markdown
from summarizer.render.newsroom import hour_of
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


def _hostile_day(tmp_path: Path) -> tuple[str, str]:
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
