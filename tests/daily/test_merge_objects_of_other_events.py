"""Events typed "other" (a fine, a theft, an inspection) told in two languages at one small
town join on what the event was done to or with (``text.lexicons.concepts_objects``: the
motorhomes fined, the tiles stripped, the hotel's bedbugs), as the one-place prior's
``busy_types.busy_link`` reads it (issue 25, days 108 and 110: "23 campers beboet" and
"autocaravanes multades"). The near-misses stay apart: two events of one town told by
different objects, the same object in two towns. Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.models.daily_v2 import DailyBriefing
from tests.daily.test_daily import merged, one_incident


def _told(text: str, place: str, time: str, **incident: Any) -> Any:
    return one_incident(text, type="other", place=place, time=time, **incident)


def _sizes(day: DailyBriefing) -> list[int]:
    return sorted(len(incident.reports) for incident in day.incidents)


ONE_EVENT = {
    "motorhomes fined, nl and ca": (
        ("In Tarvel zijn vanochtend campers beboet die op de boulevard hadden overnacht.", "vanochtend"),
        ("La Policia Local de Tarvel ha posat multes aquest matí a autocaravanes aparcades al passeig.", "aquest matí"),
    ),
    "tiles stripped, pt and fr": (
        ("Foram arrancados durante a madrugada azulejos da fachada de um palacete em Tarvel.", "durante a madrugada"),
        ("À Tarvel, des carreaux de faïence ont été arrachés dans la nuit sur une façade.", "dans la nuit"),
    ),
    "bedbugs inspected, es and de": (
        ("Inspectores de Sanidad han detectado esta tarde chinches en Tarvel.", "esta tarde"),
        ("Die Gesundheitsbehörde meldet am Nachmittag Bettwanzen in Tarvel.", "am Nachmittag"),
    ),
    "orchard stripped of apples, it and en": (
        ("Ignoti hanno svuotato stanotte un frutteto alla periferia di Tarvel: spariti quintali di mele.", "stanotte"),
        ("Thieves stripped an orchard on the edge of Tarvel of its apples overnight.", "overnight"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(ONE_EVENT))
def test_an_event_typed_other_told_in_two_languages_joins_on_its_object(case: str) -> None:
    day = merged(*(_told(text, "Tarvel", when) for text, when in ONE_EVENT[case]))
    assert _sizes(day) == [2]


def test_two_events_of_one_town_told_by_different_objects_stay_apart() -> None:
    """Motorhomes fined and tiles stripped in one town on one day: two events."""
    day = merged(
        _told("In Tarvel zijn vanochtend campers beboet die op de boulevard hadden overnacht.", "Tarvel", "vanochtend"),
        _told("Foram arrancados durante a madrugada azulejos da fachada de um palacete em Tarvel.", "Tarvel", "durante a madrugada"),
    )  # fmt: skip
    assert _sizes(day) == [1, 1]


def test_one_object_in_two_towns_stays_two_events() -> None:
    """Motorhomes fined in Tarvel and in Olmeda, a few kilometres apart: two events."""
    day = merged(
        _told("In Tarvel zijn vanochtend campers beboet die op de boulevard hadden overnacht.", "Tarvel", "vanochtend"),
        _told("La Policia Local d'Olmeda ha posat multes aquest matí a autocaravanes aparcades al passeig.", "Olmeda", "aquest matí"),
    )  # fmt: skip
    assert _sizes(day) == [1, 1]


def test_a_carnival_float_is_no_car() -> None:
    """An Italian "carro allegorico" and a French car broken into share no car."""
    day = merged(
        _told("Nel pomeriggio un carro allegorico è stato danneggiato in viale Stazione a Tarvel.", "Tarvel", "nel pomeriggio"),
        _told("À Tarvel, une voiture a été fracturée l'après-midi près de la gare.", "Tarvel", "l'après-midi"),
    )  # fmt: skip
    assert _sizes(day) == [1, 1]
