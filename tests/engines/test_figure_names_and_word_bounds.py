"""A number that names a service is no count ("El 112 habla de ...", "Emergencias 112
Aragón", "(CECOES) 112 Canarias"), and a toll written in words keeps the bound before it
("al menos un fallecido", "at least one person", "au moins un mort"): otherwise two reports
of one toll look like a dispute. Invented sentences; look-alike counts stay counts."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.figures import find_figures


def _figures(text: str, lang: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.bound) for f in find_figures(text, 0, len(text), lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El 112 habla de al menos un fallecido en Tarrel.", "es"),
        ("Según el Centro de Emergencias 112 Olmeda, hubo heridos.", "es"),
        ("Según el Centro Coordinador (CECOES) 112 Tarrel, hubo heridos.", "es"),
        ("Le 17 confirme qu'il y a eu des blessés à Varens.", "fr"),
    ],
)
def test_a_number_that_names_a_service_is_no_count(text: str, lang: str) -> None:
    assert not any(value == 112 or value == 17 for _, value, _ in _figures(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The 112 passengers were rescued off Dunmore.", "en", 112),
        ("At least one person died and 12 Britons were injured.", "en", 12),
        ("Bei der Entgleisung sind am Montagmorgen sieben Menschen verletzt worden.", "de", 7),
        ("Los 112 pasajeros fueron rescatados.", "es", 112),
    ],
)
def test_a_count_that_looks_like_a_name_is_still_counted(text: str, lang: str, value: int) -> None:
    assert any(v == value for _, v, _ in _figures(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El 112 habla de al menos un fallecido y de un desaparecido.", "es"),
        ("At least one person died in the crash.", "en"),
        ("Au moins un mort et 14 blessés, selon les pompiers.", "fr"),
    ],
)
def test_a_toll_in_words_keeps_its_bound(text: str, lang: str) -> None:
    ones = [(t, b) for t, v, b in _figures(text, lang) if v == 1]
    assert ones
    assert all(b == "at_least" for _, b in ones)


def test_names_and_bounds_read_hostile_text_in_bounded_time() -> None:
    hostile = [
        "El " + "112 " * 5000 + "habla.",
        "(CECOES) " * 3000 + "112 Tarrel",
        "al menos " * 5000 + "un muerto",
    ]
    for text in hostile:
        started = time.thread_time()
        find_figures(text, 0, len(text), "es")
        assert time.thread_time() - started < 3.0
