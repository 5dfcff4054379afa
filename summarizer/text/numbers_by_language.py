"""Numbers as German, French and Spanish copy writes them, from each language's lexicon.

A decimal comma and a thousands dot or space ("1.000", "1 000", "2,5"), a scale word
after a numeral ("2,5 Millionen", "3 Mrd.", "1,2 millones", "4 milliards"), cardinal words
joined as the language joins them ("vingt-cinq", "treinta y cinco", "fünfundzwanzig") and
vague plurals read as the least they can mean ("Dutzende" 24, "des centaines" 200,
"decenas de miles" 20,000). The word for "one" is also the indefinite article, so it counts
only inside a run ("vingt et un") or before a large scale ("un million", "eine Milliarde").
A sign touching a numeral makes it negative ("-5 Grad"); a numeral written the English way
("1,000,000", "1,234.5") keeps its English value; a telephone number ("030 1234567", "+49 30
123 45 67", "01 23 45 67 89") and a day and month ("am 3.10.") are not numbers.
``numbers.find_numbers`` hands these languages here: callers see one reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.text.gazetteer import literal_alternation
from summarizer.text.lexicon import Numbers, lexicon
from summarizer.text.normalize import lower_keeping_offsets
from summarizer.text.numbers import NumberMention, find_numbers
from summarizer.text.overlaps import without_overlaps


@dataclass(frozen=True)
class _Reader:
    numeral: re.Pattern[str]
    word: re.Pattern[str] | None
    joined: re.Pattern[str] | None  # the next word of a run of number words
    scale: re.Pattern[str] | None  # a scale word after a number
    of_scale: re.Pattern[str] | None  # "de milliers" after a vague plural
    one_before_scale: re.Pattern[str] | None  # "un million", "eine Milliarde"
    numbers: Numbers
    # After each number word that is also another word, what makes it that word.
    homographs: dict[str, re.Pattern[str]]


# A telephone number: an international prefix, or a leading zero, and more groups of
# digits ("+49 30 123 45 67", "030 1234567", "01 23 45 67 89", "030/123456"). Its groups
# would otherwise read as counts ("30 123" as 30,123).
# A signed grouped number ("+1 200 emplois") has one group after the sign, a number
# with a prefix at least two.
_TELEPHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}(?:[ \u00a0]?\(0\))?(?:[ \u00a0/.-]\d{2,}){2,}|0\d{1,4}(?:[ \u00a0/.-]\d{2,})+)"
    r"(?![\w,]|\.\d)"
)
# A day and a month with their dots ("am 3.10.", "vom 03.10. bis"): a date, not 3.1.
_DAY_AND_MONTH = re.compile(r"\d{1,2}\.\d{1,2}\.(?!\d)")
# A sign touching a numeral, not after a word or a number ("2-0" is a score, not 2 and -0).
_SIGN = re.compile(r"[-−–]$")
_AFTER_NUMBER_OR_WORD = re.compile(r"[\w.,]$")


@cache
def _reader(lang: str) -> _Reader:
    numbers = lexicon(lang).numbers
    separators = "".join(re.escape(c) for c in numbers.thousands)
    decimal = re.escape(numbers.decimal)
    # Grouped digits, then plain digits with an optional decimal part; a dot before other
    # than three digits is a decimal point even here ("2.5"). Never part of a longer run
    # of digits and separators ("05.03.2024", "1,2,3").
    # A numeral written the English way comes first: two or more comma groups, or comma
    # groups before a decimal point ("1,000,000", "1,234.5"), are never a decimal comma.
    # A scale written onto the numeral ("10mila") is read with it, as if a space stood between.
    attached = (
        rf"(?:{literal_alternation(sorted(numbers.attached_scales))})?" if numbers.attached_scales else ""
    )
    suffixes = rf"(?!(?:{literal_alternation(numbers.suffixes)})(?!\w))" if numbers.suffixes else ""
    numeral = re.compile(
        rf"(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}}){{2,}}(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+\.\d+"
        rf"|\d{{1,3}}(?:[{separators}]\d{{3}})+(?:{decimal}\d+)?"
        rf"|\d+{decimal}\d+|\d+\.\d{{1,2}}(?!\d)|\d+)(?![.,]?\d){attached}(?!{suffixes}[^\W\d_])"
    )
    cardinals = {**numbers.words, **numbers.vague}
    word = joined = scale = of_scale = one_before_scale = None
    if cardinals:
        alternation = literal_alternation(sorted(cardinals, key=len, reverse=True))
        word = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
        joiners = "|".join(re.escape(j) for j in sorted(numbers.joiners))
        joint = rf"(?:\s+(?:{joiners})\s+|-(?:{joiners})-|-|\s+)" if joiners else r"(?:-|\s+)"
        following = sorted([*numbers.words, *numbers.ones], key=len, reverse=True)
        joined = re.compile(rf"{joint}(?P<word>{literal_alternation(following)})(?!\w)")
    if numbers.scales:
        scales = sorted(numbers.scales, key=len, reverse=True)
        scale = re.compile(rf"[ \u00a0\u202f]+(?P<scale>{literal_alternation(scales)})(?!\w)")
        big = [s for s in scales if numbers.scales[s] >= 1e3 and not s.endswith(".")]
        of_scale = re.compile(rf"\s+(?:de|d'|d’)\s*(?P<scale>{literal_alternation(big)})(?!\w)")
        millions = [s for s in big if numbers.scales[s] >= 1e6]
        if numbers.ones and millions:
            one_before_scale = re.compile(
                rf"(?<!\w)(?:{literal_alternation(sorted(numbers.ones))})(?=[ \u00a0\u202f]+(?:{literal_alternation(millions)})(?!\w))"
            )
    homographs = {w: re.compile(rf"\s+(?:{after})(?!\w)") for w, after in numbers.homographs.items()}
    return _Reader(numeral, word, joined, scale, of_scale, one_before_scale, numbers, homographs)


def find_numbers_in(text: str, lang: str) -> list[NumberMention]:
    """Every number expression of ``text`` as ``lang`` writes numbers, in order."""
    reader = _reader(lang)
    lowered = lower_keeping_offsets(text)
    found: list[NumberMention] = []
    not_numbers = [m.span() for m in _TELEPHONE.finditer(text)]
    not_numbers += [m.span() for m in _DAY_AND_MONTH.finditer(text)]
    for numeral in reader.numeral.finditer(text):
        value = _numeral_value(numeral.group(), reader.numbers)
        mention = _scaled(text, lowered, reader, numeral.start(), numeral.end(), value, numeral=True)
        found.append(_signed(text, mention))
    if reader.word is not None:
        position = 0
        while (word := reader.word.search(lowered, position)) is not None:
            other = reader.homographs.get(word.group())
            if other is not None and other.match(lowered, word.end()):
                position = word.end()  # "venti forti": winds, not twenty
                continue
            mention, position = _words(text, lowered, reader, word)
            found.append(mention)
    if reader.one_before_scale is not None:
        for one in reader.one_before_scale.finditer(lowered):
            found.append(_scaled(text, lowered, reader, one.start(), one.end(), 1.0, numeral=False))
    if not_numbers:
        found = [m for m in found if not any(s <= m.start and m.end <= e for s, e in not_numbers)]
    found.sort(key=lambda m: m.start)
    return without_overlaps(found)


def _signed(text: str, mention: NumberMention) -> NumberMention:
    """``mention`` negated and widened to a sign that touches it ("-5 Grad", "−3,5 %")."""
    before = text[max(0, mention.start - 2) : mention.start]
    if not _SIGN.search(before) or _AFTER_NUMBER_OR_WORD.search(before[:-1]):
        return mention
    return mention._replace(
        start=mention.start - 1,
        value=-mention.value,
        base=-mention.base,
        written=text[mention.start - 1 : mention.end],
    )


def _numeral_value(written: str, numbers: Numbers) -> float:
    lowered = written.lower()
    for attached, factor in numbers.attached_scales.items():
        if lowered.endswith(attached) and lowered[: -len(attached)][-1:].isdigit():
            return _numeral_value(written[: -len(attached)], numbers) * factor
    if written.count(",") > 1 or ("," in written and "." in written[written.rindex(",") :]):
        return float(written.replace(",", ""))  # written the English way: "1,000,000", "1,234.5"
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
    "mil" multiply the group before them ("deux mille cinq cents" 2,500); a vague plural is
    the least it can mean."""
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
    closed, group = _start(numbers.words[word])
    end = first.end()
    while reader.joined is not None and (more := reader.joined.match(lowered, end)) is not None:
        following = numbers.words.get(more.group("word"), 1.0)  # a "one" ("vingt et un")
        step = _next(closed, group, following)
        if step is None:
            break
        closed, group = step
        end = more.end()
    mention = _scaled(text, lowered, reader, first.start(), end, closed + group, numeral=False)
    return mention, max(mention.end, end)


def _start(value: float) -> tuple[float, float]:
    """(thousands closed, the group below a thousand) of a run's first word."""
    return (value, 0.0) if value >= 1000 else (0.0, value)


def _next(closed: float, group: float, following: float) -> tuple[float, float] | None:
    """The run after one more number word, or None when that word does not go on the
    number ("zwei drei", "vingt cent")."""
    if following == 1000:  # "mille", "mil", "tausend": closes the group before it
        return None if closed else ((group or 1) * 1000, 0.0)
    if following == 100:  # "cent", "cien": multiplies a unit, or adds after a thousand
        if 0 < group < 10:
            return closed, group * 100
        return (closed, 100.0) if group == 0 and closed else None
    if following >= 1000:
        return None
    if group == 0:
        return (closed, following) if closed else None  # "dos mil quinientos"
    if group % 10 == 0 and group % 100 >= 20 and 0 < following < 10:
        return closed, group + following  # "vingt-cinq", "treinta y cinco", "cent vingt et un"
    if group % 100 in (60, 80) and 10 <= following < 20:
        return closed, group + following  # "soixante et onze", "quatre-vingt-douze"
    if group % 100 == 0 and following < 100:
        return closed, group + following  # "cent dix", "ciento veinte", "trescientos cinco"
    return None


def find_numbers_and_english_words(text: str, lang: str) -> list[NumberMention]:
    """The numbers of ``text`` as ``lang`` writes them, and the English number words
    ("two million") that overlap none of them: free text about an article may be written
    in English (a summary asked for in English). In English, just its numbers."""
    mentions = find_numbers(text, lang)
    if lang == "en":
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    words = [
        m for m in find_numbers(text) if not m.numeral and all(m.end <= a or m.start >= b for a, b in taken)
    ]
    return sorted(mentions + words) if words else mentions
