"""A nursery (a kindergarten, a crèche, a "Kita", a guardería) takes children too young for
school: one word for it in every language, and not a school's. Two evacuations in one town
on one day, of a nursery and of a secondary school, are two (issue 25, day 63), while a
nursery's evacuation told in three languages, sharing nothing but the town, is one. Every
report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import Briefed
from summarizer.text.concepts import concepts_of
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize("word", ["nursery", "kindergarten", "kita", "kinderkrippe", "creche", "guarderia"])
def test_a_nursery_is_one_concept_in_every_language(word: str) -> None:
    assert concepts_of(word) == ("nursery",)


@pytest.mark.parametrize("word", ["school", "schule", "college", "lycee", "colegio"])
def test_a_school_is_no_nursery(word: str) -> None:
    assert concepts_of(word) == ("school",)


def _evacuated(text: str, time: str, language: str) -> Briefed:
    return one_incident(text, type="evacuation", place="Orbeval", time=time, language=language)


NURSERY = {
    "de": ("Am Nachmittag wurde in Orbeval ein Kindergarten evakuiert.", "Am Nachmittag"),
    "fr": ("Une crèche d'Orbeval a été évacuée mercredi après-midi.", "mercredi après-midi"),
    "en": ("A nursery in Orbeval was evacuated on Wednesday afternoon.", "on Wednesday afternoon"),
    "es": ("Una guardería de Orbeval fue desalojada el miércoles por la tarde.", "el miércoles por la tarde"),
}
SCHOOL = {
    "fr": ("Le collège d'Orbeval, évacué mercredi, a rouvert ce jeudi.", "mercredi"),
    "en": ("The secondary school in Orbeval, evacuated on Wednesday, reopened on Thursday.", "on Wednesday"),
}


@pytest.mark.parametrize("nursery", sorted(NURSERY))
@pytest.mark.parametrize("school", sorted(SCHOOL))
def test_a_nurserys_and_a_schools_evacuations_in_one_town_stay_two(nursery: str, school: str) -> None:
    day = merged(_evacuated(*NURSERY[nursery], nursery), _evacuated(*SCHOOL[school], school))
    assert len(day.incidents) == 2, [[r.article_id for r in i.reports] for i in day.incidents]


def test_a_nurserys_evacuation_told_in_three_languages_is_one() -> None:
    day = merged(*(_evacuated(*NURSERY[language], language) for language in ("de", "fr", "en")))
    assert len(day.incidents) == 1, [[r.article_id for r in i.reports] for i in day.incidents]
