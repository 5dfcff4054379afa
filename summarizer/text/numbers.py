"""Numbers as written in news text: numerals, number words and scale words."""

from __future__ import annotations

import re
from collections.abc import Iterator

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}  # fmt: skip
# Vague plurals: the smallest count they can mean ("dozens" is at least 24).
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000,
}  # fmt: skip

NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted((re.escape(w) for w in [*UNITS, *VAGUE]), key=len, reverse=True))
NUMBER_WORD = rf"(?:{_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
SCALE = r"(?:hundred|thousand|million|billion|trillion|bn)"
NUMBER = re.compile(
    rf"(?<![\w.])(?P<num>{NUMERAL}|{NUMBER_WORD})(?:\s*(?P<scale>{SCALE})\b)?",
    re.IGNORECASE,
)
# The same for lower-cased text: several times faster than IGNORECASE, and the lookahead
# skips positions no number can start at.
_FIRST = "".join(sorted({w[0] for w in [*UNITS, *VAGUE]}))
NUMBER_LOWER = re.compile(
    rf"(?<![\w.])(?=[\d{_FIRST}])(?P<num>{NUMERAL}|{NUMBER_WORD.lower()})(?:\s*(?P<scale>{SCALE})\b)?"
)


def number_matches(text: str) -> Iterator[re.Match[str]]:
    """``NUMBER`` matches in ``text``; groups are read from the lower-cased text, positions
    are the same as in ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return NUMBER_LOWER.finditer(lowered)
    return NUMBER.finditer(text)


def word_value(word: str) -> float | None:
    """Value of a number word such as 'two', 'twenty-five' or 'dozens'."""
    word = word.lower().replace("-", " ").strip()
    if word in UNITS:
        return float(UNITS[word])
    if word in VAGUE:
        return float(VAGUE[word])
    parts = word.split()
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS:
        return float(UNITS[parts[0]] + UNITS[parts[1]])
    return None


def parse_number(token: str) -> float | None:
    if token[:1].isdigit():
        return float(token.replace(",", ""))
    return word_value(token)


def numbers_in(text: str) -> set[float]:
    """Every number written in ``text``, with and without its scale word ('10 billion')."""
    found: set[float] = set()
    for match in number_matches(text):
        value = parse_number(match.group("num"))
        if value is None:
            continue
        found.add(value)
        if match.group("scale"):
            found.add(value * SCALES[match.group("scale").lower()])
    return found
