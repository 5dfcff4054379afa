"""What ``summarizer daily`` holds while a busy day is merged and written (issue 25's memory
target is for the whole command): the articles are not held through the merge, and the day
is written as it is rendered, the same bytes as ``render`` gives."""

from __future__ import annotations

import datetime as dt
import gc
import json
import weakref
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import summarizer.daily as daily_module
from summarizer.article import Article
from summarizer.cli.daily import handed_on
from summarizer.config import resolve_settings
from summarizer.daily import daily_briefing, merge_briefings
from summarizer.models import Briefing
from summarizer.render import render, render_encoded
from summarizer.render.daily import joined_lines
from summarizer.store import open_store
from tests.conftest import SEEDS
from tests.daily.test_records import _days

DAY = dt.date(2023, 6, 2)


def _articles(count: int) -> list[Article]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [
        Article(id=f"a{n}", text=f"{texts[n % len(texts)]}\n\n(Report {n}.)", source=f"Outlet {n % 3}")
        for n in range(count)
    ]


def test_no_article_is_held_while_the_day_is_merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Handed on one at a time (as the CLI does), every article is gone by the time the
    merge begins: the records keep the passages they cite. The day is merged as before."""
    articles = _articles(12)
    alive = [weakref.ref(a) for a in articles]
    held_at_merge: list[int] = []
    real_merge = daily_module.merge_briefings

    def merge_and_count(*args: Any, **kwargs: Any) -> Any:
        gc.collect()
        held_at_merge.append(sum(ref() is not None for ref in alive))
        return real_merge(*args, **kwargs)

    monkeypatch.setattr(daily_module, "merge_briefings", merge_and_count)
    settings = resolve_settings(engine="extractive", data_dir=tmp_path / "home")
    day = daily_briefing(handed_on(articles), date=DAY, settings=settings)
    assert articles == [] and held_at_merge == [0]
    assert len(day.articles) == 12 and all(entry.status == "briefed" for entry in day.articles)
    again = daily_briefing(_articles(12), date=DAY, settings=settings)
    mask = {"provenance": {"created_at"}}
    assert day.model_dump(exclude=mask) == again.model_dump(exclude=mask)


def _stored_day(tmp_path: Path) -> tuple[Any, dict[str, str]]:
    """A day with stories and quiet ones, escaped text and a failure: what the page shows."""
    bundles = _days()
    store = open_store(tmp_path / "store.db")
    merge_briefings(bundles[1].briefed, bundles[1].date - dt.timedelta(days=1), stories=store)
    day = merge_briefings(bundles[1].briefed[:3], bundles[1].date, stories=store)
    return day, {b.article.id: b.article.text for b in bundles[1].briefed}


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_a_day_written_in_parts_is_the_rendered_text_byte_for_byte(tmp_path: Path, fmt: str) -> None:
    day, texts = _stored_day(tmp_path)
    assert day.stories and day.quiet
    parts = list(render_encoded(day, fmt, texts))
    assert b"".join(parts) == render(day, fmt, texts).encode("utf-8")
    if fmt == "html":  # each article's text is a part of its own, not one page held whole
        assert len(parts) > len(texts)
    if fmt == "json":
        compact = b"".join(render_encoded(day, fmt, texts, indent=None))
        assert compact == render(day, fmt, texts, indent=None).encode("utf-8")
        assert json.loads(compact) == json.loads(b"".join(parts))


@pytest.mark.parametrize("fmt", ["json", "md", "html", "csv"])
def test_one_briefing_encoded_is_its_rendered_text(fmt: str) -> None:
    briefed = _days()[0].briefed[0]
    briefing: Briefing = briefed.briefing
    encoded = b"".join(render_encoded(briefing, fmt, briefed.article.text))
    assert encoded == render(briefing, fmt, briefed.article.text).encode("utf-8")


@pytest.mark.parametrize("indent", [2, 4, None])
def test_an_empty_day_and_a_one_article_day_written_in_parts_are_their_json(indent: int | None) -> None:
    for briefed in ([], _days()[0].briefed[:1]):
        day = merge_briefings(briefed, DAY)
        expected = render(day, "json", indent=indent).encode("utf-8")
        assert b"".join(render_encoded(day, "json", indent=indent)) == expected


@given(st.lists(st.text(alphabet=" \t\u00a0\u2003ab\n", max_size=6), max_size=8))
def test_lines_joined_in_parts_are_the_lines_joined_and_stripped(lines: list[str]) -> None:
    assert "".join(joined_lines(lines)) == "\n".join(lines).rstrip() + "\n"
