"""The text layer in Italian and Portuguese: numbers in words and numerals ("ventitré", "due
milioni", "vinte e três", "1.200", "2,5 milioni", "10mila"), words that are numbers only in
another sense ("venti forti", "sei stato"), quotation marks and the travessão of dialogue,
sentences after abbreviations, weekdays and relative days."""

from __future__ import annotations

import pytest

from summarizer.text.dates import news_day_words, weekday_in
from summarizer.text.lexicon import lexicon
from summarizer.text.numbers import find_numbers
from summarizer.text.quotations import find_quote_spans
from summarizer.text.segment import split_sentences


def numbers(text: str, lang: str) -> list[tuple[str, float]]:
    return [(m.written, m.value) for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "ventitré feriti", [("ventitré", 23)]),
        ("it", "ventitre feriti", [("ventitre", 23)]),
        ("it", "trentotto persone e ventuno auto", [("trentotto", 38), ("ventuno", 21)]),
        ("it", "centoventi sfollati", [("centoventi", 120)]),
        ("it", "duecentocinquanta posti", [("duecentocinquanta", 250)]),
        ("it", "duemila persone", [("duemila", 2000)]),
        ("it", "due milioni di euro", [("due milioni", 2_000_000)]),
        ("it", "un milione di euro", [("un milione", 1_000_000)]),
        ("it", "1.200 residenti", [("1.200", 1200)]),
        ("it", "2,5 milioni di euro", [("2,5 milioni", 2_500_000)]),
        ("it", "10mila persone", [("10mila", 10_000)]),
        ("it", "2,5mila euro", [("2,5mila", 2500)]),
        ("it", "3,5 miliardi", [("3,5 miliardi", 3_500_000_000)]),
        ("it", "decine di migliaia di persone", [("decine di migliaia", 20_000)]),
        # An English numeral inside Italian copy keeps its English value.
        ("it", "1,000,000 di dosi", [("1,000,000", 1_000_000)]),
        # The article is no number; "uno dei feriti" is one of them, not a count.
        ("it", "un uomo e una donna, uno dei feriti", []),
        # Winds and the verb "to be", not twenty and six.
        ("it", "venti forti fino a 90 km/h", [("90", 90)]),
        ("it", "venti di burrasca sulla costa", []),
        ("it", "sei stato fortunato", []),
        ("it", "Venti persone e sei feriti", [("Venti", 20), ("sei", 6)]),
        # A telephone number and a clock time with its dot are no counts of thousands.
        ("it", "chiamare lo 06 1234567", []),
        ("pt", "vinte e três feridos", [("vinte e três", 23)]),
        ("pt", "cento e vinte moradores", [("cento e vinte", 120)]),
        ("pt", "dois mil e quinhentos euros", [("dois mil e quinhentos", 2500)]),
        ("pt", "duas crianças", [("duas", 2)]),
        ("pt", "1.200 pessoas e 1 200 carros", [("1.200", 1200), ("1 200", 1200)]),
        ("pt", "2,5 milhões de euros", [("2,5 milhões", 2_500_000)]),
        ("pt", "um milhão de euros", [("um milhão", 1_000_000)]),
        ("pt", "mil milhões de euros", [("mil milhões", 1_000_000_000)]),
        ("pt", "dezenas de milhares de pessoas", [("dezenas de milhares", 20_000)]),
        ("pt", "um homem e uma mulher", []),
    ],
)
def test_numbers(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert numbers(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "quotes"),
    [
        ("it", "«È una tragedia», ha detto il sindaco.", ["È una tragedia"]),
        (
            "it",
            "“Ripartiremo”, ha detto. «Lo abbiamo “promesso” a tutti»",
            ["Ripartiremo", "Lo abbiamo “promesso” a tutti"],
        ),
        # » never opens a quotation in Italian: "» e «" is no quotation.
        ("it", "«Sì» e «no»", ["Sì", "no"]),
        ("pt", "«Foi horrível», disse a vizinha.", ["Foi horrível"]),
        (
            "pt",
            "— Foi horrível — disse a vizinha. — Nunca vi nada assim.",
            ["Foi horrível", "Nunca vi nada assim."],
        ),
        # A dash inside a sentence of narrative is no dialogue.
        ("pt", "O incêndio — o terceiro este ano — destruiu o armazém.", []),
    ],
)
def test_quotations(lang: str, text: str, quotes: list[str]) -> None:
    assert [text[a:b] for a, b in find_quote_spans(text, lang)] == quotes


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        ("it", "Lo ha detto il dott. Rossi ieri. Poi è partito.", 2),
        ("it", "Il sig. Bianchi e la prof. Neri sono arrivati. Poi sono ripartiti.", 2),
        ("it", "L'esercito è arrivato all'alba. Dell'ospedale resta poco.", 2),
        ("pt", "Falou a Sra. Silva e o Dr. Costa. Depois saíram.", 2),
    ],
)
def test_sentences(lang: str, text: str, sentences: int) -> None:
    assert len(split_sentences(text, lang)) == sentences


@pytest.mark.parametrize(
    ("time_text", "day"),
    [
        ("martedì sera", "tuesday"),
        ("lunedi mattina", "monday"),
        ("domenica", "sunday"),
        ("na terça-feira", "tuesday"),
        ("no sábado à noite", "saturday"),
    ],
)
def test_weekdays(time_text: str, day: str) -> None:
    assert weekday_in(time_text) == day


def test_portuguese_weekdays_without_feira_are_no_days_elsewhere() -> None:
    """Every language's weekdays are read in every text: Spanish "la segunda vuelta" and
    Italian "la quinta edizione" name no day."""
    words = news_day_words()
    assert "segunda" not in words and "quinta" not in words
    assert weekday_in("la segunda vuelta") is None and weekday_in("la quinta edizione") is None


def test_relative_days() -> None:
    assert lexicon("it").relative_days["ieri"] == -1 and lexicon("pt").relative_days["ontem"] == -1


def test_an_age_written_onto_its_number_is_the_number() -> None:
    """ "un 19enne" is a 19-year-old: the numeral is read (the daily merge takes its age), a
    longer word that only starts with digits is not ("19ennale" is no word of numbers)."""
    assert numbers("Arrestato un 19enne, poi due 20enni.", "it") == [("19", 19), ("due", 2), ("20", 20)]
    assert numbers("il 19ennale", "it") == []
