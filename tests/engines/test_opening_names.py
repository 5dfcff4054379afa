"""A capitalised word opening a sentence is a name when the article writes it capitalised
mid-sentence in running prose and never in lower case (``opening_names``): "Valais cantonal
police said" after "the canton of Valais". A common word ("Regional", "Local") that the text
also writes in lower case, or capitalises only in a title-case headline, stays no name, so
no service is read from it. Invented texts in English, French, Spanish, German and Dutch
(German capitalises every noun, so there the test says only that a place is a name)."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.opening_names import named_in_text


def _names(text: str) -> list[str]:
    return [a.name for a in ExtractiveEngine().brief(Article(id="a", text=text), None).actors]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thieves struck in the canton of Valais. Valais cantonal police said so.", "Valais"),
        ("Le vol a eu lieu dans le canton du Valais. Valais a fermé la route.", "Valais"),
        ("Der Unfall geschah in der Gemeinde Grimentz. Grimentz zählt drei Verletzte.", "Grimentz"),
        ("Het ongeluk gebeurde bij de molen in Dokkum. Dokkum telt drie gewonden.", "Dokkum"),
    ],
)
def test_a_word_the_text_writes_capitalised_mid_sentence_is_a_name(text: str, word: str) -> None:
    assert named_in_text(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Only at sentence starts: any word opens a sentence capitalised.
        ("Yesterday police said two men fled. Yesterday the road reopened.", "Yesterday"),
        # Also written in lower case: a common word.
        ("Regional police said two men fled. The regional police chief agreed.", "Regional"),
        ("La police locale a fermé la route. Locale, la fête a continué.", "Locale"),
        # Capitalised mid-line only in a title-case headline.
        ("Three Hurt as Local Police Raid Farm\n\nLocal police said three were hurt.", "Local"),
        ("Tres Heridos En Un Choque\n\nUn choque dejó tres heridos. Un testigo lo vio.", "Un"),
    ],
)
def test_a_word_capitalised_only_where_any_word_is_is_no_name(text: str, word: str) -> None:
    assert not named_in_text(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Thieves took wheels above Grimentz in the canton of Valais overnight. "
            "Valais cantonal police said at least 20 wheels were taken.",
            "Valais cantonal police",
        ),
        (
            "Three riders were hurt on a zipline in the province of Quebec.\n\n"
            "Quebec provincial police say one of them is in serious condition.",
            "Quebec provincial police",
        ),
        (
            "Young men from the Bavarian town of Tittmoning took the maypole. "
            "Bavarian police briefly stopped the convoy on the bridge.",
            "Bavarian police",
        ),
    ],
)
def test_a_service_opening_a_sentence_after_a_place_the_text_names_is_an_actor(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two men fled on foot. Regional police said the regional police chief would speak.",
        "Three Hurt as Yesterday Police Raid Farm\n\nYesterday police said three were hurt.",
        "Meanwhile the road was closed. Local police said the local council would pay.",
        # A state word the text capitalises only in another body's name is still a kind.
        "The National Assembly voted on Monday in Paris. National police said two men were held.",
        "Members of the Federal Reserve met on Monday. Federal police said two men were held in Bern.",
        "The Regional Council of Tarrel met on Monday. Regional police said two men were held.",
    ],
)
def test_a_common_word_opening_a_sentence_makes_no_service(text: str) -> None:
    names = _names(text)
    assert not any(n.endswith("police") and n != "police" and n[0].isupper() for n in names), names


def test_a_word_written_thousands_of_times_on_one_line_of_capitals_is_read_quickly() -> None:
    # Each line's prose test is read once, not once per occurrence (quadratic before).
    text = "Valais police said.\n" + "THE Valais IN " * 20_000
    started = time.thread_time()
    assert not named_in_text(text, "Valais")
    assert time.thread_time() - started < 1.0
