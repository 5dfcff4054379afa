"""A live blog's entry told by its clock alone is of the day the blog was published (issue
25): "19 h 35 – Genève Aéroport annonce ..." is no report of another outlet's "dimanche soir",
the day before, however much the two share. Every report here is invented; the day is
Monday 4 March 2024 (``tests.daily.test_daily.DAY``)."""

from __future__ import annotations

import pytest

from summarizer.daily.passages import LIVE_ENTRY
from tests.daily.test_daily import briefed, merged


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("19 h 35 – Genève", True),
        ("07h55 - Un incendie", True),
        ("15:05 Uhr: Brand", True),
        ("09.15 – Fire", True),
        ("19 h 35 Genève", False),
        ("1935 - Genève", False),
        (" " * 5000 + "x", False),
        ("1" * 5000 + " - x", False),
        ("9 " * 5000, False),
    ],
)
def test_an_entry_stamp_is_read_with_spaces_and_in_linear_time(line: str, stamp: bool) -> None:
    """French writes a clock with spaces ("19 h 35 –"); hostile runs fail fast."""
    assert (LIVE_ENTRY.match(line) is not None) == stamp


_BLOG = (
    "EN DIRECT – Aéroport de Genève\n"
    "19 h 35 – Autre sujet : Genève Aéroport annonce l'interruption de tous les décollages après le "
    "survol de drones près de la piste.\n"
    "20 h 10 – Les vols reprennent."
)
_PAPER = (
    "FERNEY-VOLTAIRE. Des drones au-dessus de l'aéroport de Genève ont paralysé le trafic aérien lundi soir. "
    "La veille déjà, dimanche soir, un drone avait provoqué une interruption des décollages de 25 minutes."
)


def test_a_blog_entry_joins_the_days_drones_not_the_day_befores() -> None:
    entry = "Autre sujet : Genève Aéroport annonce l'interruption de tous les décollages après le survol de drones près de la piste."
    blog = briefed(_BLOG, incidents=[{"id": "i1", "evidence": entry, "type": "other", "place": "Genève",
                                      "location": "Genève Aéroport", "time": "19 h 35"}])  # fmt: skip
    today = "Des drones au-dessus de l'aéroport de Genève ont paralysé le trafic aérien lundi soir."
    before = "La veille déjà, dimanche soir, un drone avait provoqué une interruption des décollages de 25 minutes."
    paper = briefed(
        _PAPER,
        incidents=[
            {"id": "i1", "evidence": today, "type": "other", "place": "Genève", "time": "lundi soir"},
            {"id": "i2", "evidence": before, "type": "other", "place": "Genève", "time": "dimanche soir"},
        ],
    )
    day = merged(blog, paper)
    (entry_event,) = [i for i in day.incidents if blog.article.id in i.articles]
    told = {(r.article_id, r.incident_id) for r in entry_event.reports}
    assert (paper.article.id, "i2") not in told
    assert (paper.article.id, "i1") in told
