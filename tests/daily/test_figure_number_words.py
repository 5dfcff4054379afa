"""The words for "the number" ("the toll", "le bilan", "la cifra", "die Zahl") are one list
per language (``lexicons.counted.NUMBER_WORDS``), read both where a running total brings
the number to a count (``figure_updates``) and where a party restates it
(``figure_speakers``): a word either knew, both read. Every sentence here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.figure_speakers import restated_count_words
from summarizer.daily.figure_updates import told_as_risen


def _span(sentence: str, figure: str) -> tuple[int, int]:
    start = sentence.index(figure)
    return start, start + len(figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "lang", "words"),
    [
        ("The coroner raised the total of dead to five.", "five", "en", "of dead"),
        ("La Guardia Civil eleva el recuento de detenidos a cinco.", "cinco", "es", "de detenidos"),
        ("La Guardia Civil eleva el saldo de heridos a cinco.", "cinco", "es", "de heridos"),
        ("La préfecture a relevé le compteur des blessés à cinq.", "cinq", "fr", "des blessés"),
    ],
)
def test_a_restated_count_reads_every_word_for_the_number(
    sentence: str, figure: str, lang: str, words: str
) -> None:
    assert restated_count_words(sentence, lang, 0, *_span(sentence, figure)) == words


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("A second march set off at noon, which brings the crowd to 3,000.", "3,000"),
        ("Two more boats arrived, which brought the estimate to 120 people.", "120 people"),
        ("Dos barcos más llegaron, lo que eleva la estimación a 120 personas.", "120 personas"),
        ("Deux bateaux sont arrivés, ce qui porte l'estimation à 120 personnes.", "120 personnes"),
    ],
)
def test_a_running_total_reads_every_word_for_the_number(sentence: str, figure: str) -> None:
    assert told_as_risen(sentence, *_span(sentence, figure))
