"""The one number reader: numbers written as news copy writes them, read back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import summarize
from summarizer.testing import Reply, ScriptedServer
from summarizer.text.numbers import find_numbers, numbers_in, parse_number
from tests.conftest import llm_settings

UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def below_thousand(n: int, british_and: bool, hyphen: bool) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words += [UNITS[n // 100], "hundred"]
        n %= 100
        if n and british_and:
            words.append("and")
    if n >= 20:
        tens, unit = TENS[n // 10], n % 10
        words += [f"{tens}-{UNITS[unit]}" if hyphen else f"{tens} {UNITS[unit]}"] if unit else [tens]
    elif n or not words:
        words.append(UNITS[n])
    return words


def in_words(n: int, british_and: bool, hyphen: bool) -> str:
    """English cardinal words for 0 <= n < 10**12, as a writer might set them."""
    if n == 0:
        return "zero"
    parts: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            parts += below_thousand(group, british_and, hyphen) + ([name] if name else [])
    return " ".join(parts)


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999_999), st.booleans(), st.booleans())
def test_numbers_written_in_words_read_back(n: int, british_and: bool, hyphen: bool) -> None:
    written = in_words(n, british_and, hyphen)
    found = find_numbers(f"Officials said {written} people were affected.")
    assert [(m.written, m.value) for m in found] == [(written, n)]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.booleans())
def test_numerals_with_and_without_separators_read_back(n: int, separated: bool) -> None:
    written = f"{n:,}" if separated else str(n)
    assert numbers_in(f"about {written} homes") == {float(n)}


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([("million", 1e6), ("billion", 1e9), ("trillion", 1e12)]),
)
def test_decimals_with_a_scale_word_read_back(whole: int, tenth: int, scale: tuple[str, float]) -> None:
    written = f"{whole}.{tenth} {scale[0]}"
    (mention,) = find_numbers(f"a deficit of {written} dollars")
    assert mention.written == written
    assert mention.value == pytest.approx((whole + tenth / 10) * scale[1])
    assert mention.base == pytest.approx(whole + tenth / 10)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("one hundred and twenty people", "one hundred and twenty", 120),
        ("a hundred homes", "a hundred", 100),
        ("a dozen eggs", "a dozen", 12),
        ("two dozen tents", "two dozen", 24),
        ("dozens of buildings", "dozens", 24),
        ("scores of people", "scores", 40),
        ("tens of thousands of lives", "tens of thousands", 20_000),
        ("hundreds of thousands fled", "hundreds of thousands", 200_000),
        ("half a million doses", "half a million", 500_000),
        ("profit of $44.6bn", "44.6bn", 44.6e9),
        ("a budget of £8.5m", "8.5m", 8.5e6),
        ("€3 billion in aid", "3 billion", 3e9),
        ("nineteen hundred", "nineteen hundred", 1900),
        ("two thousand and five", "two thousand and five", 2005),
    ],
)
def test_written_forms(text: str, written: str, value: float) -> None:
    (mention,) = find_numbers(text)
    assert (mention.written, mention.value) == (written, pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "value"),
    [("one-third of voters", 1 / 3), ("two-thirds of the seats", 2 / 3), ("a quarter of staff", 0.25)],
)
def test_fractions_are_read_and_marked(text: str, value: float) -> None:
    (mention,) = find_numbers(text)
    assert mention.fraction and mention.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "the twenty-first century",  # an ordinal
        "test scores rose",  # not "scores of"
        "someone left",  # "one" inside a word
        "a tent and the tense talks",  # "ten" inside longer words
        "half the staff",  # "half" alone is not a count
        "a wall 10m high",  # metres, not millions
    ],
)
def test_words_that_are_not_numbers(text: str) -> None:
    values = numbers_in(text)
    assert 10e6 not in values and 0.5 not in values and 21 not in values and 40 not in values
    assert 1.0 not in values


def test_two_numbers_side_by_side_stay_two() -> None:
    assert [m.value for m in find_numbers("two three")] == [2, 3]
    assert [m.value for m in find_numbers("between 20 billion and 21 billion crowns")] == [20e9, 21e9]


def test_parse_number_reads_one_whole_expression() -> None:
    assert parse_number("2,500") == 2500
    assert parse_number("twenty-five") == 25
    assert parse_number("twenty five people") is None


ARTICLE = (
    "Floods in Vellmark\n\n"
    "One hundred and twenty people were moved to shelters in Vellmark on Monday, the fire service said. "
    "A hundred homes were flooded and tens of thousands of residents lost power.\n"
)


@pytest.mark.usefixtures("free_generation")  # scripted whole briefing drafts
def test_grounding_keeps_figures_an_llm_copies_in_words(server: ScriptedServer) -> None:
    draft = {
        "summary": "Floods in Vellmark moved 120 people to shelters. A hundred homes were flooded.",
        "actors": [],
        "quotes": [],
        "figures": [
            {
                "id": "f1",
                "text": "One hundred and twenty people",
                "value": 120,
                "bound": "exact",
                "unit": "count",
                "counted": "people",
                "category": "displaced",
                "claimed_by": None,
            },
            {
                "id": "f2",
                "text": "A hundred homes",
                "value": 100,
                "bound": "exact",
                "unit": "count",
                "counted": "homes",
                "category": "destroyed",
                "claimed_by": None,
            },
            {
                "id": "f3",
                "text": "tens of thousands of residents",
                "value": 20000,
                "bound": "at_least",
                "unit": "count",
                "counted": "residents",
                "category": "other",
                "claimed_by": None,
            },
        ],
        "incidents": [],
    }
    server.push(Reply(draft))
    briefing = summarize(ARTICLE, settings=llm_settings(server))
    assert [f.value for f in briefing.figures] == [120, 100, 20000]
    assert not [
        w for w in briefing.warnings if w.code.startswith("figure") or w.code.startswith("ungrounded")
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("about 3k people fled", {3000}),
        ("3 dozen homes", {36}),
        ("it fell to minus 12 overnight", {-12}),
        ("it fell to -12 overnight", {-12}),
        ("a low of \u221212", {-12}),
        ("the 10-12 people there", {10, 12}),  # a range, not a sign
        ("the COVID-19 ward", {19}),
        ("area 5\u00b3 units", set()),  # a superscript against the digits: no reading is the number
        ("2\u00bd million", set()),
        ("\u4e94\u767e\u4eba", {500}),  # 五百人
        ("\u4e09\u5343\u96f6\u4e94", {3005}),  # 三千零五
        ("\u4e8c\u3007\u4e8c\u56db\u5e74", {2024}),  # 二〇二四年
        ("\uff13\uff10 people", {30}),  # fullwidth digits
    ],
)
def test_numbers_are_read_whole_as_written(text: str, values: set[float]) -> None:
    assert numbers_in(text) == values
