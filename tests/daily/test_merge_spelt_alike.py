"""Reports of one event in two languages share what each language spells its own way: a
drug's or a product's name ("amoxicilina", "amoxicillin"), the word a figure counts by
("importados", "imported"), and a precise number of one measure (issue 25: one
medicine shortage and one import decision, told in Spanish, English and Italian, shared no
word the concept table holds). Look-alikes stay apart: two drugs, two ministries' imports,
two people in one language whose words differ by a gender ending. Every report here is
invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.cognate_words import cognate_key, shared_cognates
from summarizer.daily.measures import measure_block_key, one_count
from summarizer.daily.pair_evidence import one_precise_number, precise
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    "spellings",
    [("amoxicilina", "amoxicillin", "amoxicillina", "Amoxicillin"), ("paracetamol", "paracétamol"),
     ("salbutamol", "salbutamolo"), ("importado", "imported", "importate", "importés")],
)  # fmt: skip
def test_one_word_in_each_languages_spelling_has_one_key(spellings: tuple[str, ...]) -> None:
    keys = {cognate_key(word.casefold()) for word in spellings}
    assert len(keys) == 1 and None not in keys


@pytest.mark.parametrize(
    ("a", "b"),
    [("amoxicillin", "insulin"), ("amoxicilina", "azitromicina"), ("ibuprofen", "paracetamol"),
     ("imported", "exported"), ("vaccines", "vacations"), ("ventilators", "ventilation"),
     ("operateur", "operador"), ("internacional", "international")],
)  # fmt: skip
def test_two_words_are_not_one_for_a_few_common_letters(a: str, b: str) -> None:
    assert shared_cognates([a], [b]) == 0


@pytest.mark.parametrize("word", ["gas", "rail", "port", "madrid", "x" * 6, "car_park", "h5n1", ""])
def test_a_short_word_or_one_not_of_letters_has_no_key(word: str) -> None:
    assert cognate_key(word) is None


def test_hostile_words_are_read_in_linear_time_and_any_script() -> None:
    long = "ab" * 50_000
    assert cognate_key(long) == cognate_key(long)
    assert shared_cognates(["амоксициллин", "アモキシシリン", long], ["амоксициллина", "z" * 99_999]) <= 1


def test_a_place_or_actor_word_shared_as_spelt_is_no_word_of_the_event() -> None:
    assert shared_cognates(["spagna", "amoxicillina"], ["espana", "amoxicillin"], unread=["espana"]) == 1


def _shortage(text: str, language: str, *, place: str = "Lornaz", **incident: Any) -> Any:
    return one_incident(text, type="other", place=place, time="Monday", language=language, **incident)


# Nothing but the place and the drug in common: no pharmacy, no children, no hospital.
SPANISH = "Desde el lunes ya no queda amoxicilina en Lornaz, denuncian los vecinos."
ENGLISH = "Amoxicillin ran out in Lornaz on Monday, doctors said."
GERMAN = "In Lornaz ist seit Montag kein Amoxicillin mehr zu bekommen, klagen Eltern."


@pytest.mark.parametrize(("first", "second"), [(("es", SPANISH), ("en", ENGLISH)),
                                               (("de", GERMAN), ("es", SPANISH))])  # fmt: skip
def test_one_drugs_shortage_told_in_two_languages_is_one_event(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    day = merged(_shortage(first[1], first[0]), _shortage(second[1], second[0]))
    assert len(day.incidents) == 1


def test_two_drugs_short_in_one_town_on_one_day_stay_two_events() -> None:
    amoxicillin = "Las farmacias de Lornaz no tienen amoxicilina infantil desde el lunes."
    insulin = "Insulin pens have been missing from shelves in Lornaz since Monday, patients said."
    day = merged(_shortage(amoxicillin, "es"), _shortage(insulin, "en"))
    assert len(day.incidents) == 2


def test_a_gender_ending_in_one_language_is_two_words() -> None:
    """Two judges of one court, "el magistrado" and "la magistrada": in one language a word
    spelt two ways is two words, never a cognate."""
    judge = "El magistrado Ruiz suspendió el lunes en Lornaz la vista por la estafa inmobiliaria."
    other = "La magistrada Gil aplazó el lunes en Lornaz el juicio por el incendio del almacén."
    day = merged(_shortage(judge, "es"), _shortage(other, "es"))
    assert len(day.incidents) == 2


def _import(text: str, language: str, figure: str, counted: str, value: float) -> Any:
    return one_incident(
        text, type="political_decision", place="Spain", time="Wednesday", language=language,
        figures=[{"id": "f1", "text": figure, "value": value, "counted": counted, "category": "other"}],
    )  # fmt: skip


def test_one_import_decision_told_in_two_languages_is_one_event() -> None:
    spanish = _import(
        "La ministra de Sanidad anunció el miércoles la importación de 400.000 envases de amoxicilina.",
        "es", "400.000 envases", "envases de amoxicilina importados", 400_000,
    )  # fmt: skip
    english = _import(
        "The health minister said on Wednesday that Spain would import 400,000 packs of amoxicillin.",
        "en", "400,000 packs", "packs of amoxicillin imported", 400_000,
    )  # fmt: skip
    assert len(merged(spanish, english).incidents) == 1


def test_two_ministries_imports_of_one_size_stay_two_decisions() -> None:
    medicine = _import(
        "La ministra de Sanidad anunció el miércoles la importación de 400.000 envases de amoxicilina.",
        "es", "400.000 envases", "envases de amoxicilina importados", 400_000,
    )  # fmt: skip
    wheat = _import(
        "The farm minister said on Wednesday that Spain would import 400,000 tonnes of wheat.",
        "en", "400,000 tonnes", "tonnes of wheat imported", 400_000,
    )  # fmt: skip
    assert len(merged(medicine, wheat).incidents) == 2


def test_a_figure_counted_by_one_word_in_two_spellings_is_one_count() -> None:
    assert one_count("other:importado", "other:imported")
    assert measure_block_key("other:importado", 4e5) == measure_block_key("other:imported", 4e5)
    assert not one_count("other:importado", "other:exported")
    assert not one_count("damaged:importado", "other:imported")  # two categories


@pytest.mark.parametrize(("value", "told"), [(612, True), (1284, True), (48.5, True), (400_000, False),
                                             (1100, False), (3, False), (2019, False), (0.05, False),
                                             (-612, False), (float("inf"), False), (1e300, False)])  # fmt: skip
def test_a_precise_number_has_three_significant_digits_and_is_no_year(value: float, told: bool) -> None:
    assert precise(value) is told


def test_one_precise_number_of_one_measure_is_one_figure_in_any_language() -> None:
    assert one_precise_number("displaced:people", 612, 612, "displaced:people", 612, 612)
    assert one_precise_number("other:importado", 612, 612, "other:imported", 612, 612) is False  # any subject
    assert not one_precise_number("displaced:people", 612, 612, "killed:people", 612, 612)
    assert not one_precise_number("displaced:people", 612, 612, "displaced:people", 613, 613)
    # "More than 612" is no number told exactly.
    assert not one_precise_number("displaced:people", 612, 612, "displaced:people", 612, float("inf"))


@pytest.mark.parametrize(
    ("a", "b"),
    [("other:percent", "other:percent"), ("other:suministro", "other:supply"), ("other:EUR", "other:EUR"),
     ("damaged:percent of pay", "damaged:percent of pay"), ("other:turnout", "other:turnout")],
)  # fmt: skip
def test_a_precise_number_any_story_may_give_is_no_shared_figure(a: str, b: str) -> None:
    # "12.5%" or "612 million" in two unrelated economic stories of one day.
    assert not one_precise_number(a, 12.5, 12.5, b, 12.5, 12.5)


def test_one_evacuation_told_by_a_precise_count_in_two_languages_is_one_event() -> None:
    spanish = _shortage(
        "Un total de 612 vecinos fueron desalojados el lunes en Lornaz.",
        "es", figures=[{"id": "f1", "text": "612 vecinos", "value": 612,
                        "counted": "vecinos desalojados", "category": "displaced"}],
    )  # fmt: skip
    english = _shortage(
        "Some 612 residents had to leave their homes in Lornaz on Monday, officials said.",
        "en", figures=[{"id": "f1", "text": "612 residents", "value": 612,
                        "counted": "residents", "category": "displaced"}],
    )  # fmt: skip
    assert len(merged(spanish, english).incidents) == 1


def test_one_precise_number_of_any_subject_alone_joins_no_two_reports_of_a_town() -> None:
    # The catch-all category says nothing of what is counted: "612 presentaciones" of a
    # shortage and "612 drug presentations" need more than the number to be one event.
    spanish = _shortage(
        "Un total de 612 presentaciones tenían problemas de suministro el lunes en Lornaz.",
        "es", figures=[{"id": "f1", "text": "612 presentaciones", "value": 612,
                        "counted": "presentaciones con problemas de suministro", "category": "other"}],
    )  # fmt: skip
    english = _shortage(
        "The budget of Lornaz grew by 612 positions on Monday, officials said.",
        "en", figures=[{"id": "f1", "text": "612 positions", "value": 612,
                        "counted": "positions", "category": "other"}],
    )  # fmt: skip
    assert len(merged(spanish, english).incidents) == 2


def test_two_shortage_counts_of_one_town_that_differ_stay_two_events() -> None:
    spanish = _shortage(
        "Un total de 612 presentaciones tenían problemas de suministro el lunes en Lornaz.",
        "es", figures=[{"id": "f1", "text": "612 presentaciones", "value": 612,
                        "counted": "presentaciones con problemas de suministro", "category": "other"}],
    )  # fmt: skip
    english = _shortage(
        "Some 587 school meals were not served in Lornaz on Monday, officials said.",
        "en", figures=[{"id": "f1", "text": "587 school meals", "value": 587,
                        "counted": "school meals not served", "category": "other"}],
    )  # fmt: skip
    assert len(merged(spanish, english).incidents) == 2


def test_two_ministries_decisions_in_two_languages_share_no_word_of_an_office() -> None:
    # "ministerio"/"ministère", "provincial"/"provinciale", "municipal"/"municipale": the
    # kind of body and level of government any two such reports name, no word of the event.
    spanish = _shortage(
        "El ministerio provincial aprobó el lunes en Lornaz una subvención para la biblioteca "
        "municipal, informó la administración.",
        "es",
    )
    french = _shortage(
        "Le ministère a décidé lundi à Lornaz, par décision provinciale, de fermer la piscine "
        "municipale, selon l'administration.",
        "fr",
    )
    assert len(merged(spanish, french).incidents) == 2
