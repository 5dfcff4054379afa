"""Numbers as news copy writes them: the one number reader of the product.

Numerals with separators and decimals ("2,500", "4.5"), with a scale word or an attached
scale ("1.5 million", "$44.6bn", "£8.5m"), number words ("twenty-five", "one hundred and
twenty", "a hundred", "two thousand five hundred", "a dozen", "half a million"), fractions
("one-third", "two-thirds", "a quarter") and vague quantities read as the least they can
mean ("dozens" 24, "hundreds" 200, "tens of thousands" 20,000, "hundreds of thousands"
200,000). Grounding, vetting, the offline engine's figures and the daily merge read numbers
only through ``find_numbers`` and ``numbers_in``.

One regex finds the tokens (numerals and number words); a small parser joins adjacent
tokens into expressions, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.text.gazetteer import literal_alternation

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Scales written onto a numeral ("$44.6bn", "£8.5m", "5k"). "m" and "k" count only after a
# currency sign: "a 10m wall" is ten metres.
ATTACHED_SCALES = {"bn": 1e9, "tn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3}
AMBIGUOUS_ATTACHED = {"m", "k"}
CURRENCY_SIGNS = "$€£¥₴₽"
# Vague plurals: the least they can mean ("dozens" is at least 24). "tens" and "scores"
# count only before "of" ("tens of thousands", "scores of people").
VAGUE = {
    "dozens": 24,
    "scores": 40,
    "tens": 20,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2e6,
    "billions": 2e9,
}
VAGUE_NEEDING_OF = {"tens", "scores"}
FRACTIONS = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5,
}  # fmt: skip
ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"

NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = [*UNITS, *TENS, "hundred", *SCALE_WORDS, "dozen", *VAGUE, *FRACTIONS, "a", "an", "and", "of"]
TOKEN = re.compile(
    rf"(?<![\w.])(?:(?P<numeral>{NUMERAL})(?:(?P<attached>bn|tn|mn|m|k)(?!\w))?"
    rf"|(?P<word>{literal_alternation(_WORDS)})\b)",
    re.IGNORECASE,
)
# What may stand between two tokens of one expression.
_JOIN = re.compile(r"\s+|\s*-\s*")
_ORDINAL_AFTER = re.compile(rf"-(?:{ORDINAL_WORDS})\b", re.IGNORECASE)


@dataclass(frozen=True)
class NumberMention:
    """One number expression: where it is, what it is worth, and how it was written."""

    start: int
    end: int
    value: float
    written: str
    # The value before a trailing scale word ("10" of "10 billion"): copy that says "10"
    # of a number written "10 billion" elsewhere still names it.
    base: float
    numeral: bool  # written with digits
    vague: bool = False  # "dozens", "tens of thousands": the least it can mean
    fraction: bool = False  # "a third", "two-thirds"


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str  # lower-cased number word, or "" for a numeral
    numeral: float | None = None
    attached: str = ""


def _tokens(text: str) -> list[_Token]:
    found = []
    for match in TOKEN.finditer(text):
        if match.group("numeral") is not None:
            value = float(match.group("numeral").replace(",", ""))
            found.append(
                _Token(match.start(), match.end(), "", value, (match.group("attached") or "").lower())
            )
        else:
            found.append(_Token(match.start(), match.end(), match.group("word").lower()))
    return found


def find_numbers(text: str) -> list[NumberMention]:
    """Every number expression in ``text``, in order."""
    tokens = _tokens(text)
    mentions: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        parsed = _parse(text, tokens, i)
        if parsed is None:
            i += 1
            continue
        mention, i = parsed
        if not _ORDINAL_AFTER.match(text, mention.end):  # "twenty-first"
            mentions.append(mention)
    return mentions


def _joined(text: str, tokens: list[_Token], i: int) -> bool:
    """Whether token ``i`` follows token ``i - 1`` as part of one expression."""
    return _JOIN.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None


def _parse(text: str, tokens: list[_Token], i: int) -> tuple[NumberMention, int] | None:
    """The expression starting at token ``i`` and the index after it, or None when no
    number starts there ("a", "and", "of" alone)."""
    first = tokens[i]
    if first.numeral is not None:
        return _parse_numeral(text, tokens, i)
    return _parse_words(text, tokens, i)


def _parse_numeral(text: str, tokens: list[_Token], i: int) -> tuple[NumberMention, int]:
    token = tokens[i]
    value = base = token.numeral or 0.0
    end, j = token.end, i + 1
    if token.attached:
        signed = token.start > 0 and text[token.start - 1] in CURRENCY_SIGNS
        if token.attached not in AMBIGUOUS_ATTACHED or signed:
            value *= ATTACHED_SCALES[token.attached]
        else:  # "10m" of a wall: the number is 10, the letter a unit
            end = token.end - len(token.attached)
    elif j < len(tokens) and _joined(text, tokens, j) and tokens[j].word in {"hundred", *SCALE_WORDS}:
        value *= 100 if tokens[j].word == "hundred" else SCALE_WORDS[tokens[j].word]
        end, j = tokens[j].end, j + 1
        if j < len(tokens) and _joined(text, tokens, j) and tokens[j].word in SCALE_WORDS:
            value *= SCALE_WORDS[tokens[j].word]  # "5 hundred thousand"
            end, j = tokens[j].end, j + 1
    mention = NumberMention(token.start, end, value, text[token.start : end], base, numeral=True)
    return mention, j


def _parse_words(text: str, tokens: list[_Token], i: int) -> tuple[NumberMention, int] | None:
    """Number words: a standard reading of English cardinals (units and tens add,
    "hundred" multiplies what came before, a scale closes a group), plus "a"/"an" for one
    before a multiplier, "dozen", vague plurals and fractions."""
    words = [tokens[i].word]
    j = i + 1
    while j < len(tokens) and tokens[j].numeral is None and _joined(text, tokens, j):
        words.append(tokens[j].word)
        j += 1
    value, used, vague, fraction = _read_words(tuple(words))
    if used == 0:
        return None
    last = tokens[i + used - 1]
    mention = NumberMention(
        tokens[i].start,
        last.end,
        value,
        text[tokens[i].start : last.end],
        value,
        numeral=False,
        vague=vague,
        fraction=fraction,
    )
    return mention, i + used


MULTIPLIERS = {"hundred", "dozen", *SCALE_WORDS, *FRACTIONS}


@lru_cache(maxsize=4096)
def _read_words(words: tuple[str, ...]) -> tuple[float, int, bool, bool]:
    """(value, words used, vague, fraction) of the longest number read from the start of
    ``words``; 0 words used when none starts there."""
    n = len(words)
    first = words[0]
    # Vague plurals: "dozens", "hundreds of thousands", "tens of millions".
    if first in VAGUE:
        if n >= 3 and words[1] == "of" and words[2] in {"thousands", "millions", "billions"}:
            return VAGUE[first] * SCALE_WORDS[words[2][:-1]], 3, True, False
        if first in VAGUE_NEEDING_OF and (first == "tens" or n < 2 or words[1] != "of"):
            return 0.0, 0, False, False  # "test scores"; "tens" only of thousands or millions
        return float(VAGUE[first]), 1, True, False
    total = current = 0.0
    used = 0  # words consumed by the longest complete number so far
    last = ""  # kind of the last word: unit, tens, hundred, dozen, scale, a, and
    for k, word in enumerate(words):
        following = words[k + 1] if k + 1 < n else ""
        group = current % 100  # the units and tens of the current group
        if word in {"a", "an"}:
            # One, but only first and before a multiplier: "a hundred", "a third".
            if k or following not in MULTIPLIERS:
                break
            current, last = 1.0, "a"
            continue
        if word in UNITS:
            if not (group == 0 and last != "unit") and not (last == "tens" and 0 < UNITS[word] < 10):
                break  # "two three", "twelve five": two numbers
            current += UNITS[word]
            last = "unit"
        elif word in TENS:
            if group != 0:
                break
            current += TENS[word]
            last = "tens"
        elif word == "hundred":
            if not 0 < current < 100:
                break
            current *= 100
            last = "hundred"
        elif word == "dozen":
            if not 0 < current < 100:
                break
            current *= 12
            last = "dozen"
        elif word in SCALE_WORDS:
            if current == 0:
                break
            total += current * SCALE_WORDS[word]
            current = 0.0
            last = "scale"
        elif word in FRACTIONS:
            if not 0 < current < 10 or total or last not in {"unit", "a"}:
                break  # "half" or "third" alone are not numbers here
            value = current * FRACTIONS[word]
            # "a quarter of a million" is rare; "half a million" is not.
            if k + 2 < n and words[k + 1] in {"a", "an"} and words[k + 2] in SCALE_WORDS:
                return value * SCALE_WORDS[words[k + 2]], k + 3, False, False
            return value, k + 1, False, True
        elif word == "and":
            # Only inside a number: "one hundred and twenty", "two thousand and five".
            inside = last in {"hundred", "scale"} and (following in UNITS or following in TENS)
            if not inside:
                break
            last = "and"
            continue
        else:  # "of", or a vague plural after a number: the number ends here
            break
        used = k + 1
    if used == 0:
        if first == "half" and n >= 3 and words[1] in {"a", "an"} and words[2] in SCALE_WORDS:
            return 0.5 * SCALE_WORDS[words[2]], 3, False, False
        return 0.0, 0, False, False
    return total + current, used, False, False


def parse_number(written: str) -> float | None:
    """The value of one number expression ("2,500", "twenty-five", "1.5 million")."""
    found = find_numbers(written)
    return found[0].value if len(found) == 1 and found[0].written == written.strip() else None


def numbers_in(text: str) -> set[float]:
    """Every number written in ``text``, with and without a trailing scale word ("10
    billion" gives 10 and 10,000,000,000)."""
    found: set[float] = set()
    for mention in find_numbers(text):
        found.add(mention.value)
        found.add(mention.base)
    return found
