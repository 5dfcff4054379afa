"""Attacks on the daily page's timeline: a place as long as a paragraph (an extractor that
took a whole sentence for the place) must not make the drawing slow."""

from __future__ import annotations

import time

from summarizer.models.daily_v2 import DailyIncident
from summarizer.render.newsroom import timeline_svg


def test_a_place_as_long_as_a_paragraph_is_cut_at_once() -> None:
    place = "in der Nähe des alten Hafens von Brenac, zwischen dem Bahnhof und der Brücke, " * 120
    incidents = [
        DailyIncident.model_construct(
            id=f"i{n}", type="incendio", place=place, time="22h15", description="d", date=None
        )
        for n in range(1, 11)
    ]
    started = time.perf_counter()
    svg = timeline_svg(incidents, {})
    assert time.perf_counter() - started < 0.5
    assert "incendio — in der Nähe" in svg and "…" in svg
