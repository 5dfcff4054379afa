"""Numbers as German, French and Spanish copy writes them, from each language's lexicon.

A decimal comma and a thousands dot or space ("1.000", "1 000", "2,5"), a scale word
after a numeral ("2,5 Millionen", "3 Mrd.", "1,2 millones", "4 milliards"), cardinal words
joined as the language joins them ("vingt-cinq", "treinta y cinco", "fünfundzwanzig") and
vague plurals read as the least they can mean ("Dutzende" 24, "des centaines" 200,
"decenas de miles" 20,000). ``numbers.find_numbers`` hands these languages here: callers
see one reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.text.gazetteer import literal_alternation
from summarizer.text.lexicon import Numbers, lexicon
from summarizer.text.normalize import lower_keeping_offsets
from summarizer.text.numbers import NumberMention


@dataclass(frozen=True)
class _Reader:
    numeral: re.Pattern[str]
    word: re.Pattern[str] | None
    joined: re.Pattern[str] | None  # the next word of a run of number words
    scale: re.Pattern[str] | None  # a scale word after a number
    of_scale: re.Pattern[str] | None  # "de milliers" after a vague plural
    numbers: Numbers


@cache
def _reader(lang: str) -> _Reader:
    numbers = lexicon(lang).numbers
    separators = "".join(re.escape(c) for c in numbers.thousands)
    decimal = re.escape(numbers.decimal)
    # Grouped digits, then plain digits with an optional decimal part; a dot before other
    # than three digits is a decimal point even here ("2.5"). Never part of a longer run
    # of digits and separators ("05.03.2024", "1,2,3").
    numeral = re.compile(
        rf"(?<![\w.,])(?:\d{{1,3}}(?:[{separators}]\d{{3}})+(?:{decimal}\d+)?"
        rf"|\d+{decimal}\d+|\d+\.\d{{1,2}}(?!\d)|\d+)(?![.,]?\d)(?![^\W\d_])"
    )
    cardinals = {**numbers.words, **numbers.vague}
    word = joined = scale = of_scale = None
    if cardinals:
        alternation = literal_alternation(sorted(cardinals, key=len, reverse=True))
        word = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
        joiners = "|".join(re.escape(j) for j in sorted(numbers.joiners))
        joint = rf"(?:\s+(?:{joiners})\s+|-|\s+)" if joiners else r"(?:-|\s+)"
        joined = re.compile(
            rf"{joint}(?P<word>{literal_alternation(sorted(numbers.words, key=len, reverse=True))})(?!\w)"
        )
    if numbers.scales:
        scales = sorted(numbers.scales, key=len, reverse=True)
        scale = re.compile(rf"[ \u00a0\u202f]+(?P<scale>{literal_alternation(scales)})(?!\w)")
        big = [s for s in scales if numbers.scales[s] >= 1e3 and not s.endswith(".")]
        of_scale = re.compile(rf"\s+(?:de|d'|d’)\s*(?P<scale>{literal_alternation(big)})(?!\w)")
    return _Reader(numeral, word, joined, scale, of_scale, numbers)


def find_numbers_in(text: str, lang: str) -> list[NumberMention]:
    """Every number expression of ``text`` as ``lang`` writes numbers, in order."""
    reader = _reader(lang)
    lowered = lower_keeping_offsets(text)
    found: list[NumberMention] = []
    for numeral in reader.numeral.finditer(text):
        value = _numeral_value(numeral.group(), reader.numbers)
        found.append(_scaled(text, lowered, reader, numeral.start(), numeral.end(), value, numeral=True))
    if reader.word is not None:
        position = 0
        while (word := reader.word.search(lowered, position)) is not None:
            mention, position = _words(text, lowered, reader, word)
            found.append(mention)
    found.sort(key=lambda m: m.start)
    return _without_overlaps(found)


def _numeral_value(written: str, numbers: Numbers) -> float:
    digits = written
    for separator in numbers.thousands:
        if separator == "." and re.fullmatch(r"\d+\.\d{1,2}", written):
            continue  # "2.5": a decimal point, not a separator
        digits = digits.replace(separator, "")
    return float(digits.replace(numbers.decimal, "."))


def _scaled(
    text: str, lowered: str, reader: _Reader, start: int, end: int, value: float, *, numeral: bool
) -> NumberMention:
    """The number at ``text[start:end]``, widened over a scale word after it."""
    base = value
    if reader.scale is not None and (scale := reader.scale.match(lowered, end)) is not None:
        value *= reader.numbers.scales[scale.group("scale")]
        end = scale.end()
    return NumberMention(start, end, value, text[start:end], base, numeral)


def _words(text: str, lowered: str, reader: _Reader, first: re.Match[str]) -> tuple[NumberMention, int]:
    """A run of number words starting at ``first``: units and tens add, "hundert", "cent",
    "mil" multiply what came before; a vague plural is the least it can mean."""
    numbers = reader.numbers
    word = first.group()
    if word in numbers.vague:
        value, end = numbers.vague[word], first.end()
        if reader.of_scale is not None and (more := reader.of_scale.match(lowered, end)) is not None:
            value *= numbers.scales[more.group("scale")]
            end = more.end()
        return NumberMention(
            first.start(), end, value, text[first.start() : end], value, False, vague=True
        ), end
    total = numbers.words[word]
    end = first.end()
    while reader.joined is not None and (more := reader.joined.match(lowered, end)) is not None:
        following = numbers.words[more.group("word")]
        if following in (100, 1000) and total < following:
            total *= following
        elif total % 10 == 0 and 0 < following < 10 and total >= 20:
            total += following  # "vingt-cinq", "treinta y cinco"
        elif total >= 100 and following < _place(total):
            total += following  # "cent dix", "dos mil quinientos"
        else:
            break
        end = more.end()
    mention = _scaled(text, lowered, reader, first.start(), end, total, numeral=False)
    return mention, max(mention.end, end)


def _place(total: float) -> float:
    """The smallest round place of ``total`` (1,000 of 2,000; 100 of 2,500): a number word
    after it adds only below that place."""
    return 1000.0 if total % 1000 == 0 else 100.0 if total % 100 == 0 else 10.0


def _without_overlaps(found: list[NumberMention]) -> list[NumberMention]:
    kept: list[NumberMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
