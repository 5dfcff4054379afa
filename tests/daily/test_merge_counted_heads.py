"""What a count counts is the head of its phrase, read alike in four languages: the patients
moved, not the hospitals they were moved to; a breach's files, records or data, not the
patients they are about; the people a toll's compound names, not its head alone (skiers are
no drivers). And a count of bare "people" of no category, beside a report's toll, is any
number of the story's people: never a dispute. Invented phrases and reports."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from summarizer.daily.measures import head_thing, measure_of
from tests.daily.test_daily import FigureStandIn, merged, one_incident

_Figure = partial(FigureStandIn, text="12", value=12)


@pytest.mark.parametrize(
    ("counted", "measure"),
    [
        ("patients moved to other hospitals", "other:patient"),
        ("verlegte Patientinnen und Patienten", "other:patient"),
        ("patients transférés vers d'autres hôpitaux", "other:patient"),
        ("pacientes trasladados a otros hospitales", "other:patient"),
        ("patient files a hacker group claims to hold", "other:record"),
        ("dossiers médicaux dérobés", "other:record"),
        ("données de patients sorties des serveurs", "other:record"),
        ("gestohlene Patientenakten", "other:record"),
        ("expedientes de pacientes robados", "other:record"),
        ("homes of firefighters", "other:home"),
        ("firefighters sent to the homes", "other:firefighter"),
    ],
)
def test_a_count_counts_the_head_of_its_phrase(counted: str, measure: str) -> None:
    assert measure_of(_Figure(counted)) == measure


@pytest.mark.parametrize(
    ("counted", "category"),
    [
        ("Skifahrer getötet", "killed"),
        ("verletzte Radfahrer", "injured"),
        ("tote Motorradfahrerinnen", "killed"),
    ],
)
def test_a_tolls_people_named_by_a_compound_are_people(counted: str, category: str) -> None:
    """A skier ("Ski|fahrer") is no driver: the toll's victims are people, one measure
    with "deux morts" and "two people killed"."""
    assert measure_of(_Figure(counted, category=category)) == f"{category}:people"


def test_a_compound_keeps_its_heads_thing_outside_a_toll_and_a_word_of_its_own_keeps_its_own() -> None:
    assert measure_of(_Figure("Busfahrer im Streik", category="other")) == "other:driver"
    assert measure_of(_Figure("drivers killed", category="killed")) == "killed:driver"
    assert measure_of(_Figure("Feuerwehrleute", category="injured")) == "injured:firefighter"


@pytest.mark.parametrize(
    "words",
    [[], ["x"] * 5000, ["patients", "files"] * 2000, ["ß", "é", "中文", "patient"]],
)
def test_the_head_of_any_phrase_is_found_or_none(words: list[str]) -> None:
    head, thing = head_thing(words)
    assert (head is None) == (thing is None)


def _report(text: str, figure: dict[str, Any], **more: Any) -> Any:
    return one_incident(text, place="Arrecife", type="disaster", figures=[figure], **more)


def _people(text: str, value: int, counted: str) -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "bound": "approximately", "counted": counted}


@pytest.mark.parametrize(
    ("counted", "disputed"),
    [("people", False), ("Menschen", False), ("personnes", False), ("residents without water", True)],
)
def test_bare_people_beside_a_toll_never_dispute(counted: str, disputed: bool) -> None:
    """Two reports of one water cut in Arrecife: "some 30,000 people" (once, years ago)
    and "some 45,000 people" (today) say nothing of what befell them, so they are no
    dispute; two counts of residents without water are."""
    early = _report(
        f"The desalination plant in Arrecife failed on Monday. In 2021 some 30,000 {counted} were cut off.",
        _people(f"some 30,000 {counted}", 30000, counted),
        casualty_figures=[],
    )
    late = _report(
        f"The desalination plant in Arrecife failed on Monday; some 45,000 {counted} face cuts.",
        _people(f"some 45,000 {counted}", 45000, counted),
        casualty_figures=[],
    )
    day = merged(early, late)
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if len(f.values) == 2]
    assert figure.conflict is disputed


@pytest.mark.parametrize(
    ("counted", "category"),
    [
        ("others", "injured"),
        ("autres", "killed"),
        ("otros", "injured"),
        ("weitere", "injured"),
        ("Andere", "killed"),
    ],
)
def test_others_of_a_toll_are_people(counted: str, category: str) -> None:
    """ "Two were killed and three others injured": more of the toll's people."""
    assert measure_of(_Figure(counted, category=category)) == f"{category}:people"


def test_others_outside_a_toll_or_before_a_noun_are_not_people() -> None:
    assert measure_of(_Figure("other vehicles", category="destroyed")) == "weapons:vehicle"
    assert measure_of(_Figure("autres pompiers", category="injured")) == "injured:firefighter"
    assert measure_of(_Figure("others", category="other")) != "other:people"
