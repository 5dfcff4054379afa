"""An event and what it led to or how it ended, typed apart by the reports that tell it from
either side (issue 25): a siege typed "other" and the arrest that ended it, a flood and the
campers airlifted from it. They join on strong shared evidence at one place, never on their
types alone; an arrest after the doers got away is an event of its own, and an arrest at a
protest stays apart from the protest. Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.pair_evidence import arrest_after_getaway
from summarizer.daily.spots import streets_in
from tests.daily.test_daily import merged, one_incident


def _report(text: str, type: str, place: str, figures: list[dict[str, Any]], language: str) -> Briefed:
    return one_incident(
        text, type=type, place=place, time="Tuesday", figures=figures, language=language
    )  # fmt: skip


def _held(text: str, value: int, counted: str) -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "counted": counted, "category": "other"}


# A siege typed "other" in the language of its outlet, and how it ended.
_SIEGES = [
    ("en", "A man armed with a knife held four hostages for five hours in a pharmacy in Vessac on "
           "Tuesday before he {end}.", "four hostages", "hostages",
     {"surrendered": "surrendered to police", "fled": "fled on a motorbike"}),
    ("fr", "Un homme armé d'un couteau a retenu mardi quatre otages pendant cinq heures dans une "
           "pharmacie de Vessac avant de {end}.", "quatre otages", "otages",
     {"surrendered": "se rendre à la police", "fled": "s'être enfui à moto"}),
    ("de", "Ein mit einem Messer bewaffneter Mann hat am Dienstag in einer Apotheke in Vessac fünf "
           "Stunden lang vier Geiseln festgehalten und {end}.", "vier Geiseln", "Geiseln",
     {"surrendered": "sich dann der Polizei gestellt", "fled": "ist dann geflohen"}),
]  # fmt: skip
# The arrest, told in Spanish by an outlet across the border.
_ARREST = (
    "La policía detuvo el martes en Vessac a un hombre que había retenido durante cinco horas "
    "a cuatro rehenes en una farmacia."
)


def _arrest() -> Briefed:
    return _report(_ARREST, "arrest", "Vessac", [_held("cuatro rehenes", 4, "rehenes")], "es")


@pytest.mark.parametrize(("language", "text", "figure", "counted", "ends"), _SIEGES)
def test_a_siege_and_the_arrest_that_ended_it_are_one_event(
    language: str, text: str, figure: str, counted: str, ends: dict[str, str]
) -> None:
    siege = _report(
        text.format(end=ends["surrendered"]), "other", "Vessac", [_held(figure, 4, counted)], language
    )
    day = merged(siege, _arrest())
    assert len(day.incidents) == 1
    assert set(day.incidents[0].types) == {"other", "arrest"}


@pytest.mark.parametrize(("language", "text", "figure", "counted", "ends"), _SIEGES)
def test_an_arrest_after_the_doer_got_away_is_an_event_of_its_own(
    language: str, text: str, figure: str, counted: str, ends: dict[str, str]
) -> None:
    siege = _report(text.format(end=ends["fled"]), "other", "Vessac", [_held(figure, 4, counted)], language)
    assert len(merged(siege, _arrest()).incidents) == 2


def test_an_arrest_told_by_whom_the_man_held_ends_the_siege() -> None:
    """The arrest report may name no hostages: "had held four people" tells the siege."""
    siege = _report(
        "Un homme armé a retenu mardi quatre personnes pendant cinq heures dans une pharmacie de Vessac "
        "avant de se rendre à la police.", "other", "Vessac",
        [_held("quatre personnes", 4, "personnes"), {**_held("cinq heures", 5, "heures"), "id": "f2"}], "fr",
    )  # fmt: skip
    arrest = _report(
        "La policía detuvo el martes en Vessac a un hombre que había retenido durante cinco horas a cuatro "
        "personas en una farmacia.", "arrest", "Vessac",
        [_held("cuatro personas", 4, "personas"), {**_held("cinco horas", 5, "horas"), "id": "f2"}], "es",
    )  # fmt: skip
    assert len(merged(siege, arrest).incidents) == 1


def test_a_siege_and_an_arrest_in_another_town_stay_apart() -> None:
    text, figure, counted, ends = _SIEGES[0][1:]
    siege = _report(text.format(end=ends["surrendered"]).replace("Vessac", "Lormont"), "other", "Lormont",
                    [_held(figure, 4, counted)], "en")  # fmt: skip
    assert len(merged(siege, _arrest()).incidents) == 2


def test_an_arrest_and_an_other_event_that_share_only_their_town_stay_apart() -> None:
    closure = _report(
        "The Vessac paper mill will close on Tuesday, its owner said.", "other", "Vessac", [], "en"
    )
    assert len(merged(closure, _arrest()).incidents) == 2


def test_the_arrest_of_a_company_boss_is_not_the_closure_he_announced() -> None:
    """An arrest and an "other" event chain only when both tell a siege: a boss, his company,
    his town and his day shared are no sign that the arrest ended the closure."""
    closure = _report(
        "L'usine Papeteries du Tarn de Vessac fermera ses portes mardi, a annoncé son patron Marc Duval.",
        "other", "Vessac", [], "fr",
    )  # fmt: skip
    arrest = _report(
        "Marc Duval, patron des Papeteries du Tarn, a été interpellé mardi à Vessac pour fraude fiscale.",
        "arrest", "Vessac", [], "fr",
    )  # fmt: skip
    assert len(merged(closure, arrest).incidents) == 2


def test_a_ruling_on_a_siege_is_not_the_siege_an_arrest_ended() -> None:
    verdict = _report(
        "A court in Vessac jailed Marc Duval for six years on Tuesday for holding four hostages in a bank.",
        "other", "Vessac", [_held("four hostages", 4, "hostages")], "en",
    )  # fmt: skip
    arrest = _report(
        "Police in Vessac arrested Marc Duval's brother on Tuesday over the bank siege in which four hostages "
        "were held.", "arrest", "Vessac", [_held("four hostages", 4, "hostages")], "en",
    )  # fmt: skip
    assert len(merged(verdict, arrest).incidents) == 2


def test_a_robbery_and_an_arrest_in_another_case_of_one_town_stay_apart() -> None:
    robbery = _report(
        "Dos encapuchados atracaron el martes una gasolinera de Olmeda y se llevaron 3.000 euros.",
        "other", "Olmeda", [{"id": "f1", "text": "3.000 euros", "value": 3000, "counted": "euros",
                             "category": "damage_cost"}], "es",
    )  # fmt: skip
    arrest = _report("La Guardia Civil detuvo el martes en Olmeda a dos hombres por tráfico de drogas.",
                     "arrest", "Olmeda", [], "es")  # fmt: skip
    assert len(merged(robbery, arrest).incidents) == 2


def test_an_arrest_at_a_protest_stays_apart_from_the_protest() -> None:
    march = _report(
        "About 2,000 people marched against the bypass in Vessac on Tuesday; police detained 12 protesters.",
        "protest", "Vessac", [{"id": "f1", "text": "12 protesters", "value": 12, "counted": "protesters",
                               "category": "other"}], "en",
    )  # fmt: skip
    arrests = _report(
        "Police detained 12 protesters at the march against the bypass in Vessac on Tuesday.",
        "arrest", "Vessac", [{"id": "f1", "text": "12 protesters", "value": 12, "counted": "protesters",
                              "category": "other"}], "en",
    )  # fmt: skip
    assert len(merged(march, arrests).incidents) == 2


def test_a_verdict_typed_other_stays_apart_from_a_protest_outside_the_court() -> None:
    verdict = _report("A court in Vessac jailed the former mayor Ana Pereda for fraud on Tuesday.",
                      "other", "Vessac", [], "en")  # fmt: skip
    protest = _report("Supporters of the former mayor Ana Pereda protested outside the court in Vessac on Tuesday.",
                      "protest", "Vessac", [], "en")  # fmt: skip
    assert len(merged(verdict, protest).incidents) == 2


_CAMPERS = [
    ("en", "Twenty-three campers were airlifted from the flooded campsite at Arnsfeld on Tuesday after "
           "water released from the Kessel dam swept through it.", "Twenty-three campers", "campers"),
    ("de", "Am Dienstag wurden 23 Camper vom überfluteten Campingplatz in Arnsfeld ausgeflogen, nachdem "
           "Wasser aus dem Kessel-Stausee ihn überschwemmt hatte.", "23 Camper", "Camper"),
    ("es", "Veintitrés campistas fueron evacuados en helicóptero el martes del camping inundado de Arnsfeld "
           "tras la suelta de agua de la presa de Kessel.", "Veintitrés campistas", "campistas"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "figure", "counted"), _CAMPERS)
def test_a_flood_and_the_evacuation_it_forced_are_one_event(
    language: str, text: str, figure: str, counted: str
) -> None:
    flood = _report(
        "Les eaux du barrage de Kessel ont inondé mardi le camping d'Arnsfeld, où 23 campeurs ont été "
        "bloqués.", "accident", "Arnsfeld", [_held("23 campeurs", 23, "campeurs")], "fr",
    )  # fmt: skip
    evacuation = _report(text, "evacuation", "Arnsfeld", [_held(figure, 23, counted)], language)
    assert len(merged(flood, evacuation).incidents) == 1


def test_an_evacuation_and_an_accident_that_share_only_their_town_stay_apart() -> None:
    leak = _report("Police evacuated 40 residents of Mill Street in Arnsfeld on Tuesday after a gas leak.",
                   "evacuation", "Arnsfeld", [], "en")  # fmt: skip
    crash = _report("A lorry and a bus collided on the bypass at Arnsfeld on Tuesday.", "accident", "Arnsfeld",
                    [], "en")  # fmt: skip
    assert len(merged(leak, crash).incidents) == 2


def test_a_flood_evacuation_and_a_closure_sharing_a_count_and_a_river_stay_apart() -> None:
    """ "other" chains to no evacuation: a town's closure and its flood share a count of
    people and a river's name as often as a flood and its evacuation do."""
    evacuation = _report("Deux cents habitants de Vessac ont été évacués mardi à cause de la crue du Tarn.",
                         "evacuation", "Vessac", [_held("Deux cents habitants", 200, "habitants")], "fr")  # fmt: skip
    closure = _report("L'usine Papeteries du Tarn de Vessac fermera mardi, 200 salariés perdent leur emploi.",
                      "other", "Vessac", [_held("200 salariés", 200, "salariés")], "fr")  # fmt: skip
    assert len(merged(evacuation, closure).incidents) == 2


def test_a_flood_evacuation_and_a_crash_sharing_a_count_stay_apart() -> None:
    evacuation = _report("Twelve families were evacuated from riverside homes in Tarnby on Tuesday as the river rose.",
                         "evacuation", "Tarnby", [_held("Twelve families", 12, "families")], "en")  # fmt: skip
    crash = _report("Twelve people were hurt when a bus crashed in Tarnby on Tuesday.", "accident", "Tarnby",
                    [{"id": "f1", "text": "Twelve people", "value": 12, "counted": "people", "category": "injured"}],
                    "en")  # fmt: skip
    assert len(merged(evacuation, crash).incidents) == 2


def test_the_rule_for_an_arrest_after_a_getaway_reads_both_sides() -> None:
    assert arrest_after_getaway({"arrest"}, {"other"}, True)
    assert arrest_after_getaway({"other", "accident"}, {"arrest"}, True)
    assert not arrest_after_getaway({"arrest"}, {"other"}, False)
    assert not arrest_after_getaway({"arrest"}, {"protest"}, True)
    assert not arrest_after_getaway({"other"}, {"other"}, True)


@pytest.mark.parametrize(
    ("location", "streets"),
    [
        ("auf dem Verkehrslandeplatz Ölsburg", set()),
        ("am Flugplatz Ölsburg", set()),
        ("auf dem Campingplatz des Ilots in Villard", set()),
        ("unterhalb der Staumauer am Staudamm", set()),
        ("in der Hafenstraße", {"hafen"}),
        ("am Marktplatz von Celle", {"markt"}),
        ("Parkplatz " * 2000, set()),
        ("Ä" * 5000 + "straße", {"a" * 5000}),
    ],
)
def test_a_site_named_with_a_street_ending_is_no_street(location: str, streets: set[str]) -> None:
    """A German compound ending in a street word that is a kind of site (an airfield, a
    campsite, a dam) names no street: two reports naming the airfield by two words are not
    of two spots. Hostile runs take linear time."""
    assert {s.casefold() for s in streets_in(location)} == streets


def test_one_landing_told_at_the_airfield_by_two_german_words_is_one_event() -> None:
    figure = [
        {"id": "f1", "text": "zwölf Menschen", "value": 12, "counted": "Menschen", "category": "injured"}
    ]
    first = one_incident(
        "Eine Maschine der NordLink ist am Dienstag auf dem Verkehrslandeplatz Olm notgelandet; zwölf Menschen "
        "wurden verletzt.", type="accident", place="Olm", location="auf dem Verkehrslandeplatz Olm",
        time="Dienstag", figures=figure, language="de",
    )  # fmt: skip
    second = one_incident(
        "Bei der Notlandung einer NordLink-Maschine am Flugplatz Olm wurden am Dienstag zwölf Menschen "
        "verletzt.", type="accident", place="Olm", location="am Flugplatz Olm", time="Dienstag",
        figures=figure, language="de",
    )  # fmt: skip
    assert len(merged(first, second).incidents) == 1
