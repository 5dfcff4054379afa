"""A kidnapping or a hostage-taking lasts until its doer gives up or is seized: one report
tells it by the morning's abduction ("enlevé samedi matin"), another by the evening's
release ("freed on Saturday evening"). Its reports' parts of the day are no sign of two
events, as a flood's are not (issue 25, round 6b, day 46 generalised). Two events of a
moment (a stabbing in the morning, another in the evening) stay two. Every report here is
invented."""

from __future__ import annotations

import pytest

from summarizer.daily.day_parts import moment_hours
from summarizer.daily.merge import Briefed, report_words
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A bakery owner kidnapped outside his home was freed this evening.", "en"),
        ("Der entführte Bäcker wurde am Abend freigelassen.", "de"),
        ("Le boulanger, victime d'un rapt, a été libéré ce soir.", "fr"),
        ("El panadero secuestrado fue liberado esta tarde.", "es"),
        ("Un homme retient quatre otages dans une agence bancaire depuis ce soir.", "fr"),
        ("Ein Mann hat sich am Abend mit zwei Geiseln in einer Bank verschanzt.", "de"),
    ],
)
def test_a_siege_carries_no_moment_of_the_day(text: str, language: str) -> None:
    words = report_words(text)
    assert moment_hours("civilian_harm", "this evening", words) is None
    assert moment_hours("civilian_harm", "this evening") == (17, 24)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A man was stabbed outside a bakery this evening.", "en"),
        ("Ein Mann wurde am Abend vor einer Bäckerei niedergestochen.", "de"),
        ("Un homme a été poignardé ce soir devant une boulangerie.", "fr"),
    ],
)
def test_an_event_of_a_moment_keeps_its_part_of_the_day(text: str, language: str) -> None:
    assert moment_hours("civilian_harm", "this evening", report_words(text)) == (17, 24)


def _harm(text: str, time_: str, language: str) -> Briefed:
    return one_incident(
        text, type="civilian_harm", place="Pamplona", location="Pamplona", time=time_, language=language
    )


def _clusters(*items: Briefed) -> list[list[str]]:
    return sorted(sorted(r.article_id for r in i.reports) for i in merged(*items).incidents)


def test_a_kidnapping_told_by_its_abduction_and_by_its_release_is_one() -> None:
    release = _harm(
        "A bakery owner, Inigo Arrieta, kidnapped outside his home in Pamplona was freed unharmed on "
        "Saturday evening, police said.",
        "on Saturday evening",
        "en",
    )
    abduction = _harm(
        "El empresario Íñigo Arrieta, dueño de una cadena de panaderías, fue secuestrado el sábado por "
        "la mañana a la salida de su casa en Pamplona.",
        "el sábado por la mañana",
        "es",
    )
    assert len(_clusters(release, abduction)) == 1


def test_two_stabbings_of_one_town_morning_and_evening_stay_two() -> None:
    morning = _harm(
        "Un hombre fue apuñalado el sábado por la mañana a la salida de una panadería en Pamplona.",
        "el sábado por la mañana",
        "es",
    )
    evening = _harm(
        "A man was stabbed outside a bakery in Pamplona on Saturday evening, police said.",
        "on Saturday evening",
        "en",
    )
    assert len(_clusters(morning, evening)) == 2
