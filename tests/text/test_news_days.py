"""The words that date a sentence to the day's news come from the lexicons, in every
language: the weekday names (with their other names: "Sonnabend"), today and yesterday."""

from __future__ import annotations

import pytest

from summarizer.engines.extractive.incidents import incident_type
from summarizer.text.dates import news_day_words, weekday_in
from summarizer.text.language import SUPPORTED
from summarizer.text.lexicon import lexicon


def test_every_lexicon_weekday_dates_the_news() -> None:
    words = set(news_day_words())
    for code in SUPPORTED:
        assert set(lexicon(code).weekdays) <= words
    assert {"today", "yesterday", "heute", "gestern", "aujourd'hui", "hier", "hoy", "ayer"} <= words


def test_sonnabend_is_saturday() -> None:
    assert weekday_in("am Sonnabend") == "saturday"
    assert weekday_in("am Samstag") == "saturday"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Der Stadtrat hat den Haushalt 2027 am Sonnabend im Rathaus beschlossen."),
        # "anoche" (last night) dates it: a relative day of the Spanish lexicon.
        ("es", "Ana Ruiz fue elegida anoche para el mandato en 2027."),
        ("fr", "Le maire, élu en 2014, a été réélu hier soir."),
    ],
)
def test_a_decision_of_the_day_is_news_though_a_year_is_named(lang: str, sentence: str) -> None:
    assert incident_type(sentence, lang) == "political_decision"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "El concejal fue elegido en 2019 por primera vez."),
        ("de", "Sie wurde 2013 in den Landtag gewählt."),
    ],
)
def test_a_decision_dated_to_a_year_alone_is_history(lang: str, sentence: str) -> None:
    assert incident_type(sentence, lang) is None
