"""Figures that only look different, or only look alike (invented reports): one amount in two
units or rounded by one writer is no conflict; two counts of two scopes ("847 cases this
year" in the country, "nine cases" at one school) or of two facets of a thing (visibility and
a distance; children in hospital and children ill) are no conflict either; a real dispute
between them stays flagged."""

from __future__ import annotations

import math
import time
from typing import Any

import pytest

from summarizer.daily.figure_facets import facet_of
from summarizer.daily.figure_units import rescaled, rounding_slack, unit_scale
from summarizer.daily.merge import Briefed
from summarizer.models.daily_v2 import DailyBriefing, DailyFigure
from tests.daily.test_daily import briefed, merged, one_incident


def _report(text: str, *figures: dict[str, Any], kind: str = "accident") -> Briefed:
    numbered = [{"id": f"f{n}", "category": "other", **f} for n, f in enumerate(figures, start=1)]
    return one_incident(text, figures=numbered, type=kind, place="Tarrel", time="Tuesday")


def _of_unit(day: DailyBriefing, *units: str) -> list[DailyFigure]:
    return [f for f in day.figures if f.unit in units]


# --------------------------------------------------------------------------- units


def test_one_volume_in_litres_and_cubic_metres_is_one_measure_and_agrees() -> None:
    en = "A water main burst in Tarrel on Tuesday, releasing some 20 million litres of water."
    de = "In Tarrel ist am Dienstag eine Wasserleitung geborsten, rund 20.000 Kubikmeter Wasser traten aus."
    day = merged(
        _report(en, {"text": "some 20 million litres", "value": 20e6, "bound": "approximately", "unit": "l",
                     "counted": "water released"}),
        _report(de, {"text": "rund 20.000 Kubikmeter", "value": 20_000, "bound": "approximately", "unit": "m3",
                     "counted": "ausgetretenes Wasser"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    (water,) = _of_unit(day, "l", "m3")
    assert len(water.values) == 2 and not water.conflict
    # Each value is given in the group's unit, so it reads right beside the others.
    assert sorted(v.value for v in water.values) == [20e6, 20e6]


def test_two_quantities_of_one_dimension_in_two_units_stay_apart() -> None:
    # A perimeter in metres and a distance in kilometres, a curfew in hours and a term in
    # years: one dimension each, but two quantities, neither disputing the other.
    a = (
        "Police set up a 50-metre security perimeter around a chemical plant in Tarrel on Tuesday "
        "and imposed a 24-hour curfew."
    )
    b = (
        "The chemical plant, 3 km from the town of Tarrel, leaked gas on Tuesday; its manager, "
        "jailed two years ago for safety breaches, was not on site."
    )
    day = merged(
        _report(a, {"text": "50-metre", "value": 50, "unit": "m", "counted": "security perimeter"},
                {"text": "24-hour", "value": 24, "unit": "hours", "counted": "curfew"}),
        _report(b, {"text": "3 km", "value": 3, "unit": "km", "counted": "distance from the town"},
                {"text": "two years", "value": 2, "unit": "years", "counted": "prison term"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    assert len(_of_unit(day, "m", "km")) == 2 and len(_of_unit(day, "hours", "years")) == 2
    assert not any(f.conflict for f in day.figures)


def test_one_spill_disputed_beyond_twofold_in_two_units_is_one_group() -> None:
    # Far apart, but counted by one head word: one volume, disputed.
    en = "A water main burst in Tarrel on Tuesday, releasing some 20 million litres of water."
    city = (
        "The town of Tarrel says only 5,000 cubic metres of water were lost when the main burst on Tuesday."
    )
    day = merged(
        _report(en, {"text": "some 20 million litres", "value": 20e6, "bound": "approximately", "unit": "l",
                     "counted": "litres of water"}),
        _report(city, {"text": "5,000 cubic metres", "value": 5_000, "unit": "m3", "counted": "cubic metres of water"}),
    )  # fmt: skip
    (water,) = _of_unit(day, "l", "m3")
    assert len(water.values) == 2 and water.conflict


def test_a_volume_that_differs_in_another_unit_is_flagged() -> None:
    en = "A water main burst in Tarrel on Tuesday, releasing some 20 million litres of water."
    fr = "Une conduite d'eau a cédé mardi à Tarrel : 12 000 mètres cubes d'eau se sont déversés."
    day = merged(
        _report(en, {"text": "some 20 million litres", "value": 20e6, "bound": "approximately", "unit": "l",
                     "counted": "water released"}),
        _report(fr, {"text": "12 000 mètres cubes", "value": 12_000, "unit": "m3", "counted": "eau déversée"}),
    )  # fmt: skip
    (water,) = _of_unit(day, "l", "m3")
    assert water.conflict


def test_weeks_and_months_of_one_closure_disagree() -> None:
    # Six weeks (42 days) against at least 61: within twofold, so one closure whatever the
    # words (``figure_joins._one_quantity``); three weeks against two months, in two
    # languages' words, would be too far apart to tell from two quantities.
    fr = "Le tunnel de Tarrel, fermé mardi après un éboulement, rouvrira dans six semaines."
    es = "El túnel de Tarrel, cerrado el martes por un desprendimiento, no reabrirá en al menos dos meses."
    day = merged(
        _report(fr, {"text": "six semaines", "value": 6, "unit": "weeks", "counted": "délai avant la réouverture"}),
        _report(es, {"text": "al menos dos meses", "value": 2, "bound": "at_least", "unit": "months",
                     "counted": "plazo antes de la reapertura"}),
    )  # fmt: skip
    (closure,) = _of_unit(day, "weeks", "months")
    assert closure.conflict


def test_unit_scales_convert_within_a_dimension_only() -> None:
    assert rescaled(7200, "kg", "t") == pytest.approx(7.2)
    assert rescaled(2, "months", "weeks") == pytest.approx(8.697, rel=1e-3)
    assert rescaled(5, "km", "kg") == 5  # two dimensions: left as it is
    assert rescaled(5, "EUR", "CHF") == 5  # currencies have no rate here
    assert rescaled(None, "km", "m") is None
    assert unit_scale("count") is None and unit_scale("percent") is None


# --------------------------------------------------------------------------- rounding


def test_a_rounded_amount_agrees_with_the_precise_one() -> None:
    en = "Police seized 7.2 tonnes of cocaine in a container at the port of Tarrel on Tuesday."
    es = "La policía intervino el martes siete toneladas de cocaína en un contenedor del puerto de Tarrel."
    de = "Die Polizei hat am Dienstag im Hafen von Tarrel mehr als sieben Tonnen Kokain sichergestellt."
    day = merged(
        _report(en, {"text": "7.2 tonnes", "value": 7.2, "unit": "t", "counted": "cocaine seized"}, kind="arrest"),
        _report(es, {"text": "siete toneladas", "value": 7, "unit": "t", "counted": "cocaína intervenida"},
                kind="arrest"),
        _report(de, {"text": "mehr als sieben Tonnen", "value": 7, "bound": "more_than", "unit": "t",
                     "counted": "sichergestelltes Kokain"}, kind="arrest"),
    )  # fmt: skip
    assert len(day.incidents) == 1
    (seized,) = _of_unit(day, "t")
    assert len(seized.values) == 3 and not seized.conflict


def test_amounts_beyond_rounding_still_disagree() -> None:
    en = "Police seized 7.2 tonnes of cocaine in a container at the port of Tarrel on Tuesday."
    fr = "La police a saisi mardi neuf tonnes de cocaïne dans un conteneur du port de Tarrel."
    day = merged(
        _report(en, {"text": "7.2 tonnes", "value": 7.2, "unit": "t", "counted": "cocaine seized"}, kind="arrest"),
        _report(fr, {"text": "neuf tonnes", "value": 9, "unit": "t", "counted": "cocaïne saisie"}, kind="arrest"),
    )  # fmt: skip
    (seized,) = _of_unit(day, "t")
    assert seized.conflict


def test_counts_of_people_are_never_rounded() -> None:
    a = "Two people were killed when a bus overturned in Tarrel on Tuesday, police said."
    b = "Drei Menschen kamen ums Leben, als am Dienstag in Tarrel ein Bus umkippte."
    day = merged(
        _report(a, {"text": "Two people", "value": 2, "counted": "people", "category": "killed"}),
        _report(b, {"text": "Drei Menschen", "value": 3, "counted": "Menschen", "category": "killed"}),
    )  # fmt: skip
    (killed,) = [f for f in day.figures if f.category == "killed"]
    assert killed.conflict


@pytest.mark.parametrize(
    ("value", "slack"),
    [(7, 0.35), (7.2, 0.05), (300, 15), (420, 5), (48e6, 0.5e6), (0, 0), (-9, 0.45),
     (math.inf, 0), (math.nan, 0), (1e308, 5e306), (1e-300, 5e-301)],
)  # fmt: skip
def test_rounding_slack_is_half_a_last_digit_and_at_most_five_percent(value: float, slack: float) -> None:
    assert rounding_slack(value) == pytest.approx(slack)


# --------------------------------------------------------------------------- scopes


def test_a_countrys_cases_and_a_schools_cases_are_no_dispute() -> None:
    a = "Tarrel's school closed on Tuesday: the country has recorded 847 measles cases since January."
    b = "Health officials have confirmed nine measles cases at a school in Tarrel, closed on Tuesday."
    day = merged(
        _report(a, {"text": "847 measles cases", "value": 847, "counted": "cases"}, kind="disaster"),
        _report(b, {"text": "nine measles cases", "value": 9, "counted": "cases"}, kind="disaster"),
    )  # fmt: skip
    assert len(day.incidents) == 1
    (cases,) = [f for f in day.figures if f.unit == "count"]
    assert len(cases.values) == 2 and not cases.conflict


def test_a_toll_of_dead_disputed_tenfold_is_a_conflict() -> None:
    # The authorities against the opposition: one toll of one clash, not two scopes.
    text = (
        "Police dispersed a protest in Tarrel on Tuesday. The Interior Ministry said two people were "
        "killed; the Tarrel Opposition Front says 25 protesters were killed."
    )
    day = merged(
        briefed(
            text,
            actors=[("a1", "Interior Ministry", "organization"), ("a2", "Tarrel Opposition Front", "organization")],
            incidents=[{"id": "i1", "type": "protest", "place": "Tarrel", "time": "Tuesday", "evidence": text,
                        "casualty_figures": ["f1", "f2"]}],
            figures=[
                {"id": "f1", "text": "two people", "value": 2, "counted": "people", "category": "killed",
                 "claimed_by": "a1"},
                {"id": "f2", "text": "25 protesters", "value": 25, "counted": "people", "category": "killed",
                 "claimed_by": "a2"},
            ],
        )
    )  # fmt: skip
    (dead,) = [f for f in day.figures if f.category == "killed"]
    assert len(dead.values) == 2 and dead.conflict


def test_none_against_a_large_count_is_still_a_dispute() -> None:
    a = "Hackers who attacked Tarrel hospital on Tuesday claim to hold 300,000 patient files."
    b = "L'hôpital de Tarrel, attaqué mardi, assure qu'aucun dossier de patient n'a quitté ses serveurs."
    day = merged(
        _report(a, {"text": "300,000 patient files", "value": 300_000, "counted": "patient files"}, kind="other"),
        _report(b, {"text": "aucun dossier de patient", "value": 0, "counted": "dossiers de patients"},
                kind="other"),
    )  # fmt: skip
    assert any(f.conflict for f in day.figures)


def test_a_dispute_some_sevenfold_apart_stays_flagged() -> None:
    es = "Un petrolero encalló el martes frente a Tarrel y vertió unas 40 toneladas de combustible."
    en = "More than 300 tonnes of fuel leaked from a tanker that ran aground off Tarrel on Tuesday."
    day = merged(
        _report(es, {"text": "unas 40 toneladas", "value": 40, "bound": "approximately", "unit": "t",
                     "counted": "combustible vertido"}),
        _report(en, {"text": "More than 300 tonnes", "value": 300, "bound": "more_than", "unit": "t",
                     "counted": "fuel leaked"}),
    )  # fmt: skip
    (fuel,) = _of_unit(day, "t")
    assert fuel.conflict


# --------------------------------------------------------------------------- facets


def test_visibility_and_a_distance_of_one_grounding_are_two_measures() -> None:
    en = (
        'A ferry ran aground off Tarrel in fog on Tuesday. "Visibility was less than 50 metres," police said.'
    )
    de = "Eine Fähre ist am Dienstag im Nebel rund 300 Meter vor der Hafeneinfahrt von Tarrel auf Grund gelaufen."
    day = merged(
        _report(en, {"text": "less than 50 metres", "value": 50, "bound": "fewer_than", "unit": "m",
                     "counted": "visibility", "category": "distance"}),
        _report(de, {"text": "rund 300 Meter", "value": 300, "bound": "approximately", "unit": "m",
                     "counted": "Entfernung zur Hafeneinfahrt", "category": "distance"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    lengths = _of_unit(day, "m")
    assert len(lengths) == 2 and not any(f.conflict for f in lengths)


def test_one_depth_told_two_ways_is_flagged() -> None:
    en = "A roof fell in a mine at Tarrel on Tuesday about 350 metres below ground, trapping miners."
    fr = "Un éboulement s'est produit mardi dans la mine de Tarrel à 420 mètres de profondeur."
    day = merged(
        _report(en, {"text": "about 350 metres", "value": 350, "bound": "approximately", "unit": "m",
                     "counted": "depth of the roof fall", "category": "distance"}),
        _report(fr, {"text": "420 mètres", "value": 420, "unit": "m", "counted": "profondeur de l'éboulement",
                     "category": "distance"}),
    )  # fmt: skip
    (depth,) = _of_unit(day, "m")
    assert depth.conflict


def test_children_in_hospital_and_children_ill_are_two_counts() -> None:
    fr = "Rougeole à Tarrel : mardi, deux enfants sont hospitalisés, selon l'agence de santé."
    de = "Masern in Tarrel: Laut Elternverband sind am Dienstag 14 Kinder erkrankt."
    es = "Sarampión en Tarrel: dos niños hospitalizados este martes, según Sanidad."
    day = merged(
        _report(fr, {"text": "deux enfants", "value": 2, "counted": "enfants hospitalisés"}, kind="disaster"),
        _report(de, {"text": "14 Kinder", "value": 14, "counted": "erkrankte Kinder"}, kind="disaster"),
        _report(es, {"text": "dos niños", "value": 2, "counted": "niños hospitalizados"}, kind="disaster"),
    )  # fmt: skip
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)
    assert sorted(len(f.values) for f in day.figures if f.unit == "count") == [1, 2]


def test_children_in_hospital_told_two_ways_are_flagged() -> None:
    fr = "Rougeole à Tarrel : mardi, deux enfants sont hospitalisés, selon l'agence de santé."
    en = "Measles in Tarrel: five children were in hospital on Tuesday, parents said."
    day = merged(
        _report(fr, {"text": "deux enfants", "value": 2, "counted": "enfants hospitalisés"}, kind="disaster"),
        _report(en, {"text": "five children", "value": 5, "counted": "children in hospital"}, kind="disaster"),
    )  # fmt: skip
    assert any(f.conflict for f in day.figures)


@pytest.mark.parametrize(
    ("counted", "unit", "facet"),
    [("Sichtweite", "m", "visibility"), ("Wassertiefe", "m", "depth"), ("visibilité", "m", "visibility"),
     ("profundidad del pozo", "km", "depth"), ("hauteur de la vague", "m", "height"),
     ("enfants hospitalisés", "count", "hospitalised"), ("personas desaparecidas", "count", "missing"),
     # A word of both tables counts in its own only: a high school's pupils are in no state.
     ("pupils at the high school", "count", None), ("visibility", "count", None),
     # Two facets named, or none: no facet to split by.
     ("depth and height", "m", None), ("carretera sepultada", "m", None), (None, "m", None),
     ("hospital", "EUR", None)],
)  # fmt: skip
def test_facets_are_read_in_every_language_and_only_for_their_units(
    counted: str | None, unit: str, facet: str | None
) -> None:
    assert facet_of(counted, unit) == facet


def test_hostile_counted_words_are_read_quickly() -> None:
    hostile = ("Sichtweiteweite" * 2000) + " " + ("ü" * 10_000) + " деп" * 3000 + " 🌊" * 3000
    started = time.thread_time()
    assert facet_of(hostile, "m") is None
    assert facet_of("a" * 100_000, "count") is None
    assert time.thread_time() - started < 2


# --------------------------------------------------------------------------- wider groups


def test_pupils_and_children_in_hospital_of_one_canteen_disagree() -> None:
    a = "Intoxication à la cantine de Tarrel mardi : six élèves ont été hospitalisés, selon la mairie."
    b = "Intoxication à la cantine de Tarrel mardi : cinq enfants ont été hospitalisés, selon l'agence."
    day = merged(
        _report(a, {"text": "six élèves", "value": 6, "counted": "élèves hospitalisés", "category": "injured"}),
        _report(b, {"text": "cinq enfants", "value": 5, "counted": "enfants hospitalisés", "category": "injured"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    (hospitalised,) = [f for f in day.figures if f.category == "injured"]
    assert len(hospitalised.values) == 2 and hospitalised.conflict


def test_firefighters_hurt_are_no_rival_to_the_whole_toll() -> None:
    a = "Twelve people were injured in a fire at a depot in Tarrel on Tuesday, police said."
    b = "Drei Feuerwehrleute wurden am Dienstag beim Brand eines Depots in Tarrel verletzt."
    day = merged(
        _report(a, {"text": "Twelve people", "value": 12, "counted": "people", "category": "injured"}),
        _report(b, {"text": "Drei Feuerwehrleute", "value": 3, "counted": "Feuerwehrleute", "category": "injured"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)


def test_a_count_naming_two_states_is_no_rival_to_either() -> None:
    ill = "Rougeole à Tarrel : mardi, neuf élèves sont malades, dont sept jamais vaccinés."
    fr = "Rougeole à Tarrel : mardi, deux élèves sont hospitalisés, selon l'agence de santé."
    de = "Masern in Tarrel: Laut Schule sind am Dienstag drei Schüler im Krankenhaus."
    day = merged(
        _report(fr, {"text": "deux élèves", "value": 2, "counted": "élèves hospitalisés"}, kind="disaster"),
        _report(de, {"text": "drei Schüler", "value": 3, "counted": "Schüler im Krankenhaus"}, kind="disaster"),
        _report(ill, {"text": "sept", "value": 7, "counted": "élèves malades jamais vaccinés"}, kind="disaster"),
    )  # fmt: skip
    assert len(day.incidents) == 1
    flagged = [f for f in day.figures if f.conflict]
    # Two and three in hospital disagree; the seven ill and unvaccinated is no third side.
    assert [sorted(v.value or 0 for v in f.values) for f in flagged] == [[2, 3]]


# --------------------------------------------------------------------------- beyond the passage

_MINE = (
    "A roof fall killed two miners at the Tarrel colliery on Thursday morning. "
    "Rescue teams reached the men within hours. The mine was closed for the day. "
    "Inspectors arrived in the afternoon. The union called for an inquiry. "
)


def _mine_report(text: str, figure: dict[str, Any], evidence: str, tolls: bool = False) -> Briefed:
    return briefed(
        text,
        incidents=[
            {"id": "i1", "evidence": evidence, "type": "accident", "place": "Tarrel", "time": "Thursday",
             "casualty_figures": ["f1"] if tolls else []}
        ],
        figures=[{"id": "f1", "category": "distance", "unit": "m", **figure}],
    )  # fmt: skip


def _mine_day(closing: str, figure: dict[str, Any]) -> DailyBriefing:
    told = "A roof fall 420 metres below ground killed two miners at the Tarrel colliery on Thursday morning."
    far = _MINE + closing
    return merged(
        _mine_report(told, {"text": "420 metres", "value": 420, "counted": "depth of the roof fall"}, told),
        _mine_report(far, figure, _MINE.split(". ")[0] + "."),
    )


def test_a_depth_told_after_the_passage_still_disputes_the_other_reports() -> None:
    day = _mine_day(
        "Workers said the fall happened about 350 metres below ground.",
        {"text": "about 350 metres", "value": 350, "bound": "approximately", "counted": "depth of the fall"},
    )
    assert len(day.incidents) == 1
    (depth,) = _of_unit(day, "m")
    assert depth.incident == "i1" and len(depth.values) == 2 and depth.conflict


def test_a_length_far_unlike_the_incidents_is_not_adopted() -> None:
    day = _mine_day(
        "Police kept onlookers 40 metres back from the shaft.",
        {"text": "40 metres", "value": 40, "counted": "cordon"},
    )
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)
    (loose,) = [f for f in _of_unit(day, "m") if f.incident is None]
    assert len(loose.values) == 1


def test_a_second_length_of_an_article_beyond_its_passage_is_not_adopted() -> None:
    told = "A roof fall 420 metres below ground killed two miners at the Tarrel colliery on Thursday morning."
    first = (
        "A roof fall 400 metres below ground killed two miners at the Tarrel colliery on Thursday morning."
    )
    far = (
        first
        + " Rescue teams reached the men within hours. The mine was closed for the day. "
        + (
            "Inspectors arrived in the afternoon. The union called for an inquiry. "
            "In 2009 a fall about 350 metres below ground killed three."
        )
    )
    other = briefed(
        far,
        incidents=[{"id": "i1", "evidence": first, "type": "accident", "place": "Tarrel", "time": "Thursday",
                    "casualty_figures": []}],
        figures=[
            {"id": "f1", "category": "distance", "unit": "m", "text": "400 metres", "value": 400, "counted": "depth"},
            {"id": "f2", "category": "distance", "unit": "m", "text": "about 350 metres", "value": 350,
             "bound": "approximately", "counted": "depth"},
        ],
    )  # fmt: skip
    day = merged(_mine_report(told, {"text": "420 metres", "value": 420, "counted": "depth"}, told), other)
    assert len(day.incidents) == 1
    (depth,) = [f for f in _of_unit(day, "m") if f.incident == "i1"]
    assert sorted(v.value or 0 for v in depth.values) == [400, 420]
