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


TWO_EVENTS_OF_ONE_TOWN = {
    "two fines of different things, nl and ca": (
        ("In Tarvel zijn vanochtend campers beboet die op de boulevard hadden overnacht.", "vanochtend"),
        ("La Policia Local de Tarvel ha multat aquest matí un bar per soroll.", "aquest matí"),
    ),
    "potatoes and apples stolen, fr and it": (
        ("À Tarvel, des voleurs ont dérobé dans la nuit deux tonnes de pommes de terre dans un hangar agricole.", "dans la nuit"),
        ("Ignoti hanno svuotato stanotte un frutteto alla periferia di Tarvel: spariti quintali di mele.", "stanotte"),
    ),
    "a school's window panes broken and tiles stripped, fr and pt": (
        ("À Tarvel, les carreaux de l'école ont été brisés dans la nuit par des vandales.", "dans la nuit"),
        ("Foram arrancados durante a madrugada azulejos da fachada de um palacete em Tarvel.", "durante a madrugada"),
    ),
    "stink bugs in orchards and bedbugs in a hotel, it and es": (
        ("A Tarvel la cimice asiatica ha invaso i frutteti: ispezione dei tecnici oggi.", "oggi"),
        ("Inspectores de Sanidad han detectado esta tarde chinches en un hotel de Tarvel.", "esta tarde"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(TWO_EVENTS_OF_ONE_TOWN))
def test_two_events_of_one_town_sharing_a_false_friend_stay_apart(case: str) -> None:
    """Words that name an object in one language and something else in another, or that
    tell the kind of event (a fine): two events of one town share them."""
    day = merged(*(_told(text, "Tarvel", when) for text, when in TWO_EVENTS_OF_ONE_TOWN[case]))
    assert _sizes(day) == [1, 1]


def test_tiles_stolen_and_a_case_at_berlin_tegel_stay_apart() -> None:
    """Dutch "tegel" is a tile; in a German report Tegel is Berlin's airport."""
    day = merged(
        _told("Am Flughafen Tegel wurde heute ein Koffer beschlagnahmt.", "Berlin", "heute"),
        _told("Thieves stripped tiles from a church in Berlin today.", "Berlin", "today"),
    )
    assert _sizes(day) == [1, 1]
