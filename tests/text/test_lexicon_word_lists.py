"""The word lists each language's lexicon holds for the body, counted-noun and speaker rules."""

from __future__ import annotations

import pytest

from summarizer.engines.extractive.counted_nouns import counted_noun
from summarizer.engines.extractive.grammar import grammar
from summarizer.text.lexicon import lexicon


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_indefinite_articles_are_determiners_of_their_language(lang: str) -> None:
    lex = lexicon(lang)
    assert lex.indefinite_articles and lex.indefinite_articles <= set(lex.determiners)
    g = grammar(lang)
    assert not set(g.definite) & lex.indefinite_articles


@pytest.mark.parametrize(
    ("lang", "after", "counted"),
    [
        ("de", " Beschäftigte in drei Werken", "Beschäftigte"),
        ("de", " schwer verletzte Menschen wurden", "schwer verletzte Menschen"),
        ("fr", " personnes ont été évacuées", "personnes"),
        ("fr", " habitants sans électricité", "habitants"),
        ("es", " heridos y dos desaparecidos", "heridos"),
        ("es", " vecinos fueron desalojados", "vecinos"),
    ],
)
def test_a_counted_noun_ends_at_its_languages_stop_words(lang: str, after: str, counted: str) -> None:
    assert counted_noun(after, lang)[0] == counted


def test_stop_words_are_the_languages_own() -> None:
    # Each list holds its own language's function words, not every language's.
    assert "und" in lexicon("de").counted_stops and "und" not in lexicon("fr").counted_stops
    assert "avec" in lexicon("fr").counted_stops and "avec" not in lexicon("es").counted_stops
    assert "fueron" in lexicon("es").counted_stops and "fueron" not in lexicon("de").counted_stops


@pytest.mark.parametrize(
    ("lang", "noun"), [("de", "staatsanwaltschaft"), ("fr", "préfecture"), ("es", "ayuntamiento")]
)
def test_government_words_and_report_nouns_are_per_language(lang: str, noun: str) -> None:
    lex = lexicon(lang)
    assert noun in lex.government_words
    assert lex.report_nouns and not lex.report_nouns & lex.government_words
