"""Words of one name in two languages' spellings, and words that only look alike."""

from __future__ import annotations

import time

import pytest

from summarizer.text.cognates import cognates, skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [("mobilités", "movilidad"), ("Côte", "Costa"), ("basque", "vasca"), ("socialiste", "socialista"),
     ("banque", "banco"), ("Valence", "Valencia"), ("transports", "transportes"), ("Grenade", "Granada"),
     ("energía", "énergie"), ("Adour", "adour")],
)  # fmt: skip
def test_one_word_in_two_spellings_is_a_cognate(a: str, b: str) -> None:
    assert cognates(a.casefold(), b.casefold())


@pytest.mark.parametrize(
    ("a", "b"),
    [("madrid", "marseille"), ("brava", "basque"), ("navarre", "aragon"), ("murcia", "madrid"),
     ("santander", "sabadell"), ("cortes", "costa"), ("mobilites", "mutualite"), ("norte", "sur"),
     ("agricultores", "ganaderos"), ("tren", "tram"), ("bus", "bis")],
)  # fmt: skip
def test_words_that_only_look_alike_are_no_cognates(a: str, b: str) -> None:
    assert not cognates(a, b)


def test_a_hostile_word_is_read_fast() -> None:
    started = time.thread_time()
    assert skeleton("qu" * 50000 + "é" * 50000)
    assert not cognates("b" * 100000, "v" * 99999 + "x")
    assert time.thread_time() - started < 2.0
