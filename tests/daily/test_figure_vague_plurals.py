"""A count told by a vague plural alone ("Dozens of pupils", "Tausende tote Barsche", "des
milliers de poissons") is the least it can mean, open above: another source's exact 43 pupils
or "rund 4000" fish are among them, not a dispute (issue 25, whole flow: the offline engine's
"Dozens of pupils" fell ill and a canteen's "Quarante-trois élèves", and a lake's "Thousands of
dead fish" against "about 4,000", were flagged as disputes). A count below its least still
is one, and a collective numeral ("une vingtaine") stays a round count. Every report here is
invented."""

from __future__ import annotations

import pytest

from summarizer.daily.figure_units import vague_plural
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    "text",
    ["Dozens of pupils", "hundreds of residents", "thousands of people", "des dizaines d'élèves",
     "des milliers de poissons morts", "Tausende tote Barsche", "Dutzende Schüler", "decenas de alumnos",
     "miles de peces", "centinaia di persone", "migliaia di pesci", "dezenas de alunos", "milhares de peixes",
     "tientallen leerlingen", "duizenden vissen", "desenes d'alumnes", "milers de peixos"],
)  # fmt: skip
def test_vague_plurals_are_read_in_eight_languages(text: str) -> None:
    assert vague_plural(text)


@pytest.mark.parametrize(
    "text",
    # Round counts: a collective numeral, a number before the plural, a plain numeral.
    ["une vingtaine d'élèves", "a dozen pupils", "ein Dutzend Schüler", "un millier de manifestants",
     "two dozen pupils", "deux centaines de poissons", "3 millions d'euros", "5 miles", "43 élèves",
     "about 4,000 fish"],
)  # fmt: skip
def test_round_counts_are_no_vague_plurals(text: str) -> None:
    assert not vague_plural(text)


def _sick(text: str, said: str, value: float, bound: str, lang: str) -> Briefed:
    figure = {"id": "f1", "text": said, "value": value, "bound": bound, "counted": "pupils ill",
              "category": "other", "unit": "count"}  # fmt: skip
    return one_incident(text, figures=[figure], type="other", place="Lérac", time="Tuesday",
                        location="Lérac", language=lang)  # fmt: skip


def _conflict(first: tuple[str, str, float, str, str], second: tuple[str, str, float, str, str]) -> bool:
    day = merged(_sick(*first), _sick(*second))
    assert len(day.incidents) == 1
    (group,) = [f for f in day.figures if len(f.values) == 2]
    return group.conflict


_ANS = (
    "Dozens of pupils fell ill on Tuesday after lunch at the school canteen in Lérac.",
    "Dozens of pupils",
)
_ECHO = "Mardi à Lérac, {said} sont tombés malades après le déjeuner à la cantine de l'école."
_ANZEIGER = "Am Dienstag erkrankten in Lérac {said} nach dem Mittagessen in der Schulkantine."


@pytest.mark.parametrize(
    ("said", "value", "text", "lang"),
    [
        ("Quarante-trois élèves", 43, _ECHO, "fr"),
        ("rund 60 Schüler", 60, _ANZEIGER, "de"),
    ],
)
def test_dozens_and_a_count_among_them_are_no_dispute(said: str, value: float, text: str, lang: str) -> None:
    bound = "approximately" if said.startswith("rund") else "exact"
    assert not _conflict(
        (*_ANS, 24, "approximately", "en"), (text.format(said=said), said, value, bound, lang)
    )


def test_thousands_told_in_german_and_a_count_among_them_are_no_dispute() -> None:
    thousands = _ANZEIGER.format(said="Tausende Schüler")
    assert not _conflict(
        (thousands, "Tausende Schüler", 2000, "approximately", "de"),
        (_ECHO.format(said="environ 4 000 élèves"), "environ 4 000 élèves", 4000, "approximately", "fr"),
    )


def test_a_count_below_the_least_of_dozens_is_still_a_dispute() -> None:
    said = "cinq élèves"
    assert _conflict((*_ANS, 24, "approximately", "en"), (_ECHO.format(said=said), said, 5, "exact", "fr"))


def test_a_collective_numeral_is_still_a_round_count() -> None:
    said = "une vingtaine d'élèves"
    assert _conflict(
        (_ECHO.format(said=said), said, 20, "approximately", "fr"),
        (_ANZEIGER.format(said="43 Schüler"), "43 Schüler", 43, "exact", "de"),
    )


@pytest.mark.parametrize(("said", "value"), [("400 Schüler", 400), ("rund 500 Schüler", 500)])
def test_a_count_hundreds_above_dozens_is_still_a_dispute(said: str, value: float) -> None:
    # "Dozens" are not hundreds: one outlet's dozens and another's 400 truly disagree.
    assert _conflict(
        (*_ANS, 24, "approximately", "en"), (_ANZEIGER.format(said=said), said, value, "exact", "de")
    )


def test_tens_of_thousands_are_read_at_their_own_order() -> None:
    said = "Tens of thousands of pupils"
    tens = ("Tens of thousands of pupils fell ill on Tuesday in Lérac.", said, 20000, "approximately", "en")
    assert not _conflict(tens, (_ECHO.format(said="90 000 élèves"), "90 000 élèves", 90000, "exact", "fr"))
