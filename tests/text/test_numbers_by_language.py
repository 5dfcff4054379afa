"""The number reader in German, French and Spanish, attacked: formatted numbers read back
whatever the thousands separator (dot, space, no-break space, narrow no-break space), dates,
clock times, telephone numbers, scores and signs, English numerals inside German copy,
number words, and linear time on runs of digits and separators."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.engines.extractive.figures import find_figures
from summarizer.text.numbers import find_numbers

LANGUAGES = ("de", "fr", "es")
SEPARATORS = {
    "de": [".", " ", "\u00a0", "\u202f"],
    "fr": [" ", "\u00a0", "\u202f", "."],
    "es": [".", " ", "\u00a0"],
}
NOUN = {"de": "Menschen", "fr": "personnes", "es": "personas"}


def grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(LANGUAGES),
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=99),
    st.booleans(),
    st.data(),
)
def test_formatted_numbers_read_back(
    lang: str, n: int, cents: int, with_decimal: bool, data: st.DataObject
) -> None:
    separator = data.draw(st.sampled_from(SEPARATORS[lang]))
    written = grouped(n, separator) + (f",{cents:02d}" if with_decimal else "")
    found = find_numbers(f"Am Ende waren es {written} {NOUN[lang]}.", lang)
    # The value as the decimal literal reads (n + cents / 100 rounds differently: 1.36 vs
    # 1.3599999999999999).
    expected = float(f"{n}.{cents:02d}") if with_decimal else float(n)
    assert [(m.written, m.value) for m in found] == [(written, expected)]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(LANGUAGES), st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9)
)
def test_decimal_comma_with_a_scale_word_reads_back(lang: str, whole: int, tenth: int) -> None:
    scale, factor = {"de": ("Millionen", 1e6), "fr": ("milliards", 1e9), "es": ("millones", 1e6)}[lang]
    found = find_numbers(f"Es kostet {whole},{tenth} {scale} Euro", lang)
    assert len(found) == 1 and found[0].value == pytest.approx((whole + tenth / 10) * factor)
    assert found[0].base == pytest.approx(whole + tenth / 10)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LANGUAGES), st.integers(min_value=1_000_000, max_value=10**12))
def test_english_numerals_inside_other_languages_keep_their_english_value(lang: str, n: int) -> None:
    # Two or more comma groups, or comma groups before a decimal point, are never a decimal comma.
    assert [m.value for m in find_numbers(f"Die Firma meldete {n:,} Kunden.", lang)] == [n]
    assert [m.value for m in find_numbers(f"Die Firma meldete {n:,}.5 Kunden.", lang)] == [n + 0.5]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "text",
    [
        "Tel. 030 1234567",  # a leading zero and a second group
        "Tel. +49 30 123 45 67",  # an international prefix
        "Appelez le 01 23 45 67 89.",
        "Llame al +34 912 34 56 78.",
        "Hotline 0800/123456",
        "am 3.10. kamen",  # a day and month
        "vom 03.10. bis",
        "am 05.03.2024",  # a full date
        "Version 1.2.3",
    ],
)
def test_telephone_numbers_and_dates_are_not_numbers(lang: str, text: str) -> None:
    assert find_numbers(text, lang) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_sign_touching_a_numeral_makes_it_negative_but_not_a_score_or_a_name(lang: str) -> None:
    assert [(m.written, m.value) for m in find_numbers("auf -5 Grad und −3,5 %", lang)] == [
        ("-5", -5),
        ("−3,5", -3.5),
    ]
    assert [m.value for m in find_numbers("endete 2-0", lang)] == [2, 0]
    assert [m.value for m in find_numbers("COVID-19", lang)] == [19]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "vingt et un", 21),
        ("fr", "vingt-et-un", 21),
        ("fr", "deux mille cinq cents", 2500),
        ("fr", "trois cent mille", 300_000),
        ("fr", "mille cent", 1100),
        ("fr", "soixante et onze", 71),
        ("fr", "quatre-vingt-douze", 92),
        ("fr", "cent vingt et un", 121),
        ("fr", "un million", 1e6),
        ("es", "treinta y un", 31),
        ("es", "treinta y una", 31),
        ("es", "dos mil quinientos", 2500),
        ("es", "ciento veinte", 120),
        ("es", "cien mil", 100_000),
        ("es", "doscientos mil", 200_000),
        ("es", "un millón", 1e6),
        ("es", "dos mil millones", 2e9),
        ("de", "eine Million", 1e6),
        ("de", "eine Milliarde", 1e9),
        ("de", "zwei Millionen", 2e6),
        ("de", "fünfundzwanzig", 25),
        ("de", "einundzwanzig", 21),
        ("de", "dreihundert", 300),
    ],
)
def test_number_words(lang: str, text: str, value: float) -> None:
    found = find_numbers(f"Es waren {text} dort", lang)
    assert [(m.written, m.value) for m in found] == [(text, value)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "un homme est venu"),  # the article is not a number
        ("fr", "une femme et un enfant"),
        ("es", "un hombre y una mujer"),
        ("de", "ein Mann und eine Frau"),
        ("fr", "vingt cent"),  # not how French counts: two numbers at most, never 2,000
        ("de", "zwei drei"),
    ],
)
def test_articles_and_runs_that_are_not_one_number(lang: str, text: str) -> None:
    assert all(m.value < 1000 for m in find_numbers(text, lang))
    assert not any(m.written.lower() in {"un", "une", "una", "ein", "eine"} for m in find_numbers(text, lang))


@pytest.mark.parametrize(
    ("lang", "sentence", "figures"),
    [
        ("de", "Am 05.03.2024 kamen 1.200 Menschen.", [1200]),
        ("de", "Am 5. März 2024 kamen 1.200 Menschen.", [1200]),
        ("de", "Um 14.30 Uhr kamen 1.200 Menschen.", [1200]),
        ("de", "Am 3.10. kamen 1.200 Menschen.", [1200]),
        ("de", "Das Spiel endete 3:1 vor 20.000 Zuschauern.", [20000]),
        ("de", "Das Spiel endete 2-0 vor 20.000 Zuschauern.", [20000]),
        ("de", "Das Spiel endete 1–1 vor 20.000 Zuschauern.", [20000]),
        ("de", "Unter +49 30 123 45 67 meldeten sich 1.200 Menschen.", [1200]),
        ("de", "Die Temperatur fiel auf -5 Grad.", [-5]),
        ("de", "Die Firma meldete 1,000,000 Kunden.", [1_000_000]),
        ("de", "Zwischen 10-20 Menschen wurden verletzt.", [10]),  # one range, not a second 20
        ("fr", "À 14h30, 1 200 personnes étaient là.", [1200]),
        ("fr", "Le match s'est terminé 3-1 devant 20 000 spectateurs.", [20000]),
        ("fr", "Appelez le 01 23 45 67 89 : 1 200 personnes l'ont fait.", [1200]),
        ("fr", "Vingt et un blessés ont été signalés.", [21]),
        ("fr", "Un million de personnes ont manifesté.", [1e6]),
        ("es", "Un millón de personas se manifestó.", [1e6]),
        ("es", "Treinta y un heridos fueron atendidos.", [31]),
        ("es", "A las 14.30 horas llegaron 1.200 personas.", [1200]),
        ("es", "El 5 de marzo de 2024 llegaron 1.200 personas.", [1200]),
    ],
)
def test_figures_leave_out_dates_times_scores_and_telephone_numbers(
    lang: str, sentence: str, figures: list[float]
) -> None:
    assert [f.value for f in find_figures(sentence, 0, len(sentence), lang)] == figures


def _cpu(work: object) -> float:
    started = time.process_time()
    work()  # type: ignore[operator]
    return time.process_time() - started


@pytest.mark.parametrize("lang", ("en", *LANGUAGES))
@pytest.mark.parametrize(
    "unit",
    ["1.000 ", "1 ", "1,0", "1.", "1\u202f", "+49 30 ", "-1 ", "0", "vingt-", "treinta y ", "zwei ", "un "],
)
def test_reading_runs_of_digits_separators_and_number_words_takes_linear_time(lang: str, unit: str) -> None:
    # Four times the text may cost about four times as much, never sixteen (a quadratic rule);
    # the figures are read too, as they read the words after each number.
    small, large = (unit * (5_000 // len(unit)))[:5_000], (unit * (20_000 // len(unit)))[:20_000]

    def read(text: str) -> None:
        find_figures(text, 0, len(text), lang)

    took_small = min(_cpu(lambda: read(small)) for _ in range(2))
    took_large = min(_cpu(lambda: read(large)) for _ in range(2))
    assert took_large <= 8 * took_small + 0.05, f"{took_small:.3f}s -> {took_large:.3f}s"
