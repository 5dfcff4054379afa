"""The merge matches figures one way everywhere, and blocks reports by the places the day
names (issue 25, last review: shared specifics matched "people" and "workers" as one count
while the score and the blocking matched measure names exactly; every sub-phrase of a
place's name was a block key). Every report here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.daily.incidents import candidate_pairs
from summarizer.daily.measures import measure_block_key, measure_of
from summarizer.daily.place_keys import place_key
from summarizer.daily.report_pairs import incident_similarity
from summarizer.daily.reports import ReportEvidence
from summarizer.models import Figure
from summarizer.models.common import Span


def _evidence(
    owner: str, place: str, measured: tuple[tuple[str, float], ...], words: tuple[str, ...]
) -> ReportEvidence:
    return ReportEvidence(
        owner=owner,
        type="accident",
        date=dt.date(2025, 3, 3),
        weekdays=frozenset(),
        place=place,
        places=frozenset({place}),
        words=words,
        plain=(),
        measures=frozenset(measured),
        measured=tuple((m, v, v) for m, v in measured),
        says_distinct=False,
    )


def _measure(counted: str) -> str:
    text = f"12 {counted}"
    figure = Figure(id="f1", text=text, value=12, counted=counted, category="injured", unit="count",
                    bound="exact", span=Span(start=0, end=len(text)))  # fmt: skip
    found = measure_of(figure)
    assert found is not None
    return found


@pytest.mark.parametrize(("counted", "people"), [("workers", "people"), ("travailleurs", "personnes"),
                                                 ("Beschäftigte", "Menschen")])  # fmt: skip
def test_a_count_of_workers_and_one_of_people_meet_and_score_as_one_figure(counted: str, people: str) -> None:
    workers, everyone = _measure(counted), _measure(people)
    assert workers != everyone
    words = ("warehouse", "forklift", "gutted")
    a = _evidence("a", "tobin", ((workers, 12.0),), words)
    b = _evidence("b", "tobin", ((everyone, 12.0),), words)
    assert measure_block_key(workers, 12.0) == measure_block_key(everyone, 12.0)
    same_name = _evidence("b", "tobin", ((workers, 12.0),), words)
    assert incident_similarity(a, b) == pytest.approx(incident_similarity(a, same_name))


def test_homes_and_people_are_never_one_block_key() -> None:
    assert measure_block_key("damaged:home", 12.0) != measure_block_key("damaged:people", 12.0)


def test_a_sub_phrase_of_a_place_is_a_block_key_only_when_the_day_names_that_place() -> None:
    """ "Port of Tobin" meets a report of Tobin, not one of another port, through "port"."""
    words = ("blaze",)
    port = _evidence("a", place_key("the port of Tobin"), (), words)
    tobin = _evidence("b", "tobin", (), words)
    other_port = _evidence("c", place_key("Marlow port"), (), words)
    pairs = {tuple(p) for p in candidate_pairs([port, tobin, other_port]).tolist()}
    assert (0, 1) in pairs
    assert (0, 2) not in pairs and (1, 2) not in pairs


@pytest.mark.parametrize(
    ("name", "key"),
    [("St Olaf's Hospital", "st olaf hospital"), ("St Olaf's", "st olaf"), ("Japan's Hokkaido", "hokaido"),
     ("Saint Mary's Square", "st mary square")],
)  # fmt: skip
def test_a_saints_possessive_is_part_of_a_place_name_and_a_countrys_is_its_owner(name: str, key: str) -> None:
    assert place_key(name) == key
