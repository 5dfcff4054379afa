"""One table of the words for people killed or hurt (``lexicons.harm``), read by every rule
that reads a toll: counts of none or one, tolls written in words, figure categories and
sentences of harm. Each language's words are written once; every reader agrees."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.engines.extractive.figures import find_figures
from summarizer.engines.extractive.incidents import incident_type
from summarizer.text.lexicons.harm import HARM, HARM_CATEGORIES, figure_cues, harm_nouns, harm_verbs
from summarizer.text.word_counts import HARM_NOUNS

PACKAGE = Path(__file__).resolve().parents[2] / "summarizer"


def test_every_language_has_both_categories_and_every_word_compiles() -> None:
    for code, table in HARM.items():
        assert set(table) == set(HARM_CATEGORIES), code
        for words in table.values():
            for word in words.everything:
                re.compile(word)


def test_the_readers_read_the_table() -> None:
    for code in HARM:
        assert HARM_NOUNS[code] == harm_nouns(code)
        verbs = harm_verbs(code)
        assert verbs is not None
        for category in HARM_CATEGORIES:
            cues = figure_cues(code, category)
            assert set(HARM[code][category].verbs) <= set(cues)


@pytest.mark.parametrize("word", ["getötet", "fallecid", "tuée", "Todesopfer"])
def test_no_other_module_writes_a_harm_word_list(word: str) -> None:
    """The words appear in code only in the table (comments and docstrings may quote them)."""
    for path in PACKAGE.rglob("*.py"):
        if path.name == "harm.py":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            code = line.split("#", 1)[0]
            if re.search(rf"r[\"'][^\"']*{word}", code, re.IGNORECASE):
                pytest.fail(f"{path.relative_to(PACKAGE)} writes {word!r}: {line.strip()}")


def _categories(sentence: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in find_figures(sentence, 0, len(sentence), lang)]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # Fatally injured is killed: the table reads "tödlich verletzt" before "verletzt".
        ("de", "Bei dem Unfall wurden zwei Menschen tödlich verletzt.", ("zwei Menschen", "killed")),
        ("de", "Drei Menschen kamen ums Leben.", ("Drei Menschen", "killed")),
        ("fr", "Trois personnes ont péri dans l'incendie.", ("Trois personnes", "killed")),
        ("es", "Dos personas murieron y cinco resultaron heridas.", ("Dos personas", "killed")),
        ("en", "Four people were killed and 12 hurt.", ("Four people", "killed")),
    ],
)
def test_a_toll_is_read_by_the_tables_words(lang: str, sentence: str, expected: tuple[str, str]) -> None:
    text, category = expected
    assert any(found.startswith(text) and c == category for found, c in _categories(sentence, lang))


@pytest.mark.parametrize(
    ("lang", "sentence", "kind"),
    [
        ("es", "Un empleado resultó herido durante el atraco a una gasolinera de Lorca.", "other"),
        ("fr", "Deux randonneurs ont péri dimanche près de Chamonix.", "civilian_harm"),
        ("de", "Zwei Menschen starben am Montag in Kiel.", "civilian_harm"),
    ],
)
def test_harm_with_no_other_event_is_harm_and_harm_in_a_crime_is_the_crimes(
    lang: str, sentence: str, kind: str
) -> None:
    assert incident_type(sentence, lang) == kind
