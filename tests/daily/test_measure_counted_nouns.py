"""The counted noun decides a count's measure, the participle only its state (issue 25: a
reviewer found "trains supprimés" and "vuelos cancelados" keyed as one measure,
"cancelled", so one day's cancelled trains and cancelled flights were flagged as a dispute).
Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.counted_nouns import noun_and_state
from summarizer.daily.measures import measure_of
from summarizer.daily.merge import Briefed
from summarizer.models import Figure
from summarizer.models.common import Span
from tests.daily.test_daily import merged, one_incident


def _figure(counted: str, category: str = "other") -> Figure:
    text = f"12 {counted}"
    return Figure(id="f1", text=text, value=12, counted=counted, category=category, unit="count",
                  bound="exact", span=Span(start=0, end=len(text)))  # fmt: skip


def _measure(counted: str, category: str = "other") -> str | None:
    return measure_of(_figure(counted, category))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("trains supprimés", "vuelos cancelados"),  # the reviewer's pair
        ("cancelled trains", "cancelled flights"),
        ("Züge gestrichen", "Flüge gestrichen"),
        ("bicicletas robadas", "motos robadas"),
        ("vélos volés", "scooters volés"),
        ("écoles fermées", "pharmacies fermées"),
    ],
)
def test_counts_of_two_things_in_one_state_are_two_measures(one: str, other: str) -> None:
    assert _measure(one) != _measure(other)


@pytest.mark.parametrize(
    "counted",
    [
        "vélos électriques volés",
        "gestohlene E-Bikes",
        "bicycles stolen",
        "bicicletas robadas",
        "e-bikes stolen",
    ],
)
def test_one_thing_in_one_state_is_one_measure_in_every_language(counted: str) -> None:
    assert _measure(counted) == "other:bicycle stolen"


@pytest.mark.parametrize(
    ("counted", "measure"),
    [
        ("litres de fioul échappés", "other:litre echappe"),  # the noun before "de", not the last word
        ("membres du groupe", "other:member"),  # members, as every language says it (``THINGS``)
        ("soci della società di giocatori", "other:member"),  # a society's members (``THINGS``)
        ("tifosi della squadra di casa", "other:tifosi"),  # the noun before "della", no table's
        ("tableaux endommagés", "other:painting endommage"),  # French puts the noun first
        ("cuadros dañados", "other:painting danado"),  # the noun read through the concept tables
        ("trains retardés", "other:train retarde"),  # a participle no table knows is the state as written
        ("delayed trains", "other:train delayed"),
    ],
)
def test_the_noun_is_read_before_its_link_word_and_beside_its_participle(counted: str, measure: str) -> None:
    assert _measure(counted) == measure


def test_people_are_counted_by_what_befell_them_and_two_countries_are_two_scopes() -> None:
    assert _measure("dos operarios desaparecidos") == _measure("desaparecidos") == "other:missing"
    france, germany = _measure("cas de listériose en France"), _measure("cas de listériose en Allemagne")
    assert france != germany and {france, germany} == {"other:cas france", "other:cas allemagne"}


def test_the_incident_merge_still_reads_what_befell_a_count() -> None:
    """Four gyms closed in French and in English are a sign of one event, though the two
    nouns are not one measure to dispute."""
    fr, en = _figure("salles de sport fermées"), _figure("gyms closed")
    assert measure_of(fr) != measure_of(en)
    assert measure_of(fr, by_what_befell=True) == measure_of(en, by_what_befell=True)


_FR = "Grève à la gare de Tarrel mardi: {n} trains supprimés et de nombreux vols annulés."
_ES = "Huelga en Tarrel el martes: {n} vuelos cancelados en el aeropuerto y trenes suprimidos."
_EN = "Strike at Tarrel on Tuesday: {n} trains were cancelled, the rail operator said."


def _report(text: str, *figures: dict[str, Any], language: str) -> Briefed:
    numbered = [
        {"id": f"f{n}", "category": "other", "unit": "count", **f} for n, f in enumerate(figures, start=1)
    ]
    return one_incident(
        text, figures=numbered, type="protest", place="Tarrel", time="Tuesday", language=language
    )


def test_cancelled_trains_and_cancelled_flights_of_one_strike_are_no_dispute() -> None:
    day = merged(
        _report(
            _FR.format(n=46), {"text": "46 trains", "value": 46, "counted": "trains supprimés"}, language="fr"
        ),
        _report(
            _ES.format(n=38),
            {"text": "38 vuelos", "value": 38, "counted": "vuelos cancelados"},
            language="es",
        ),
    )
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)


def test_a_bare_count_of_trains_joins_the_one_state_its_day_gives_but_not_two() -> None:
    supprimes = _report(
        _FR.format(n=46), {"text": "46 trains", "value": 46, "counted": "trains supprimés"}, language="fr"
    )
    bare = _report(_EN.format(n=38), {"text": "38 trains", "value": 38, "counted": "trains"}, language="en")
    (group,) = [f for f in merged(supprimes, bare).figures if len(f.values) == 2]
    assert group.conflict and group.measure == "train cancelled (other)"
    en = _EN.format(n=38) + " Another 120 trains were delayed."
    two_states = _report(en, {"text": "38 trains", "value": 38, "counted": "trains"},
                         {"text": "120 trains", "value": 120, "counted": "trains delayed"}, language="en")  # fmt: skip
    day = merged(supprimes, two_states)
    assert not any(f.conflict for f in day.figures)


@pytest.mark.parametrize(
    "counted", ["pupils checked at hospital", "Schüler im Krankenhaus", "élèves examinés à l'hôpital"]
)
def test_pupils_are_counted_as_pupils_not_as_the_hospital_they_went_to(counted: str) -> None:
    assert _measure(counted, "injured") == "injured:student"


@pytest.mark.parametrize(
    ("side", "cast"),
    [("votos a favor", "votos del pleno"), ("votes for", "votes cast"), ("voix pour", "voix exprimées")],
)
def test_a_tallys_side_after_its_link_word_is_no_count_of_the_votes_cast(side: str, cast: str) -> None:
    assert _measure(side) != _measure(cast)


@pytest.mark.parametrize(
    ("counted", "bare"),
    [
        ("flights cancelled due to the strike", "flights cancelled"),  # not "due"
        ("trains cancelled because of the strike", "trains cancelled"),  # not "because"
        ("trains cancelled across the Paris region", "trains cancelled in the Paris region"),  # not "region"
        ("Züge wegen des Streiks gestrichen", "Züge gestrichen"),  # not "wegen"
        ("trenes cancelados debido a la huelga", "trenes cancelados"),
        ("trains supprimés entre Paris et Lyon", "trains supprimés de Paris à Lyon"),  # not "lyon" alone
    ],
)
def test_a_cause_or_a_route_after_the_noun_is_never_the_noun(counted: str, bare: str) -> None:
    """Review 2: the noun was the last word before the first link word of a short list, so
    "due", "because", "wegen" and a route's last town were read as the counted thing and a
    report's 300 cancelled flights "due to the strike" never met another's 250."""
    assert _noun(counted) == _noun(bare) != "other:due"


def _noun(counted: str) -> str:
    """The measure's noun, without the scope and the state after it."""
    return str(_measure(counted)).split()[0]


def test_no_words_give_no_noun() -> None:
    assert noun_and_state([]) == ("", None, None)
