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
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from summarizer.text.gazetteer import literal_alternation
from summarizer.text.normalize import lower_keeping_offsets

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
# Scales written onto a numeral ("$44.6bn", "£8.5m", "5k"). "m" counts only after a
# currency sign: "a 10m wall" is ten metres.
ATTACHED_SCALES = {"bn": 1e9, "tn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3}
AMBIGUOUS_ATTACHED = {"m"}
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
MULTIPLIER_WORDS = ["hundred", *SCALE_WORDS, "dozen", *FRACTIONS]
_NUMBER_WORDS = literal_alternation([*UNITS, *TENS, "hundred", *SCALE_WORDS, "dozen", *VAGUE, *FRACTIONS])
_FIRST_CHARS = "".join(
    sorted({w[0] for w in [*UNITS, *TENS, *SCALE_WORDS, *VAGUE, *FRACTIONS, "hundred", "dozen", "a"]})
)
# Where a number starts: a numeral, or a number word ("a"/"an" only before a multiplier).
# Matched on lower-cased text, which Python's re scans several times faster than with
# IGNORECASE; the lookahead skips positions no number can start at.
START = re.compile(
    rf"(?<![\w.])(?=[-−\d{_FIRST_CHARS}])(?P<minus>minus\s+(?=[\d{_FIRST_CHARS}])|[-−](?=\d))?(?:(?P<numeral>{NUMERAL})(?:(?P<attached>bn|tn|mn|m|k)(?!\w))?"
    rf"|(?P<article>an?\s+(?={literal_alternation(MULTIPLIER_WORDS)}\b))?(?P<word>{_NUMBER_WORDS})\b)"
)
# How a number goes on: a space or hyphen, maybe a connector, and another number word.
NEXT = re.compile(rf"(?:\s+|\s*-\s*)(?:(?P<connector>and|of|an?)\s+)?(?P<word>{_NUMBER_WORDS})\b")
_ORDINAL_AFTER = re.compile(rf"-(?:{ORDINAL_WORDS})\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+(of)\b")
_NO_BEFORE = re.compile(r"(?<!\w)no[\s-]$")
_JOINERS = frozenset(" \t\n-\u00a0")
# Languages that write numbers otherwise ("1.000", "2,5 Millionen"): read from their lexicons.
OTHER_WRITINGS = frozenset({"de", "fr", "es", "it", "pt"})


class NumberMention(NamedTuple):
    """One number expression: where it is, what it is worth, and how it was written (a
    named tuple: thousands are made per batch of articles, and tuples are cheap to make)."""

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


class _Token(NamedTuple):
    start: int
    end: int
    word: str  # lower-cased number word, or "" for a numeral
    numeral: float | None = None
    attached: str = ""


def find_numbers(text: str, lang: str = "en") -> list[NumberMention]:
    """Every number expression in ``text``, in order, as ``lang`` writes numbers (German,
    French and Spanish are read by ``numbers_by_language``; any other language as English).

    Only text next to a number is tokenised ("a", "and" and "of" are common words, and
    become tokens only inside a run of number words); a lone numeral, the usual case, is
    read at once.
    """
    if lang in OTHER_WRITINGS:
        from summarizer.text.numbers_by_language import find_numbers_in

        return find_numbers_in(text, lang)
    mentions: list[NumberMention] = []
    lowered = lower_keeping_offsets(text)
    position = 0
    while (start := START.search(lowered, position)) is not None:
        position = start.end()
        numeral = start.group("numeral")
        if numeral is not None and _number_like(text, start.start("numeral"), start.end("numeral")):
            continue  # "5³", "2½": not a number as written
        joined = lowered[position : position + 1] in _JOINERS
        if (
            numeral is not None
            and not start.group("attached")
            and not (joined and NEXT.match(lowered, position))
        ):
            value = float(numeral.replace(",", ""))
            mention = NumberMention(start.start("numeral"), position, value, numeral, value, True)
            mentions.append(_signed(text, mention, start))
            continue
        run, position = _run(lowered, start, joined)
        i = 0
        while i < len(run):
            parsed = _parse(text, run, i)
            if parsed is None:
                i += 1
                continue
            mention, i = parsed
            if _ORDINAL_AFTER.match(text, mention.end):
                continue  # "twenty-first"
            if mention.written.lower() == "one" and _NO_BEFORE.search(
                lowered, max(0, mention.start - 3), mention.start
            ):
                continue  # "No one was hurt" writes none, not one (``word_counts`` reads it)
            mentions.append(_signed(text, mention, start))
    if not text.isascii():
        mentions = sorted(mentions + _chinese_numbers(text))
    return mentions


def _number_like(text: str, start: int, end: int) -> bool:
    """Whether a number-like character (category No: superscripts, vulgar fractions,
    circled digits) touches the numeral ``text[start:end]``."""
    return any(0 <= i < len(text) and unicodedata.category(text[i]) == "No" for i in (start - 1, end))


def _signed(text: str, mention: NumberMention, start: re.Match[str]) -> NumberMention:
    """``mention`` negated and widened to its sign when the sign written before it
    (``start``'s) belongs to it."""
    if not start.group("minus") or mention.start != start.end("minus"):
        return mention
    return mention._replace(
        start=start.start(),
        value=-mention.value,
        base=-mention.base,
        written=text[start.start() : mention.end],
    )


_CHINESE_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
_CHINESE_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_CHINESE_CHARS = "[" + "".join([*_CHINESE_DIGITS, *_CHINESE_UNITS, *_CHINESE_SCALES]) + "]"
_CHINESE_RUN = re.compile(_CHINESE_CHARS + "+")
# A pattern that opens with a character class is searched for in C, a character at a time
# (0.01 ms for 1,000 words); one that opens with a repetition is tried at every position
# (0.1 ms). Most texts hold no Chinese numeral, so the one class is looked for first.
_CHINESE_CHAR = re.compile(_CHINESE_CHARS)


def _chinese_numbers(text: str) -> list[NumberMention]:
    """Chinese numerals ("五百" 500, "三千零五" 3,005, "两万" 20,000, "二〇二四" 2024): digits
    alone are read one by one; otherwise a digit before a unit multiplies it and a scale
    closes a section."""
    found: list[NumberMention] = []
    if _CHINESE_CHAR.search(text) is None:
        return found
    for run in _CHINESE_RUN.finditer(text):
        chars = run.group()
        if all(ch in _CHINESE_DIGITS for ch in chars):
            value = float("".join(str(_CHINESE_DIGITS[ch]) for ch in chars))
        else:
            total = section = 0.0
            digit: int | None = None
            for ch in chars:
                if ch in _CHINESE_DIGITS:
                    digit = _CHINESE_DIGITS[ch]  # after "零" (a gap), the next digit counts
                elif ch in _CHINESE_UNITS:
                    section += (1 if digit is None else digit) * _CHINESE_UNITS[ch]
                    digit = None
                else:
                    total = (total + section + (digit or 0)) * _CHINESE_SCALES[ch]
                    section, digit = 0.0, None
            value = total + section + (digit or 0)
        found.append(NumberMention(run.start(), run.end(), value, chars, value, numeral=False))
    return found


def _run(lowered: str, start: re.Match[str], joined: bool) -> tuple[list[_Token], int]:
    """The tokens of the run of number words (and connectors) that ``start`` begins, and
    where it ends."""
    if start.group("numeral") is not None:
        value = float(start.group("numeral").replace(",", ""))
        run = [_Token(start.start(), start.end(), "", value, start.group("attached") or "")]
    else:
        run = []
        if start.group("article"):
            article = start.group("article").strip()
            run.append(_Token(start.start(), start.start() + len(article), article))
        run.append(_Token(start.start("word"), start.end("word"), start.group("word")))
    position = start.end()
    while joined and (more := NEXT.match(lowered, position)) is not None:
        if more.group("connector"):
            run.append(_Token(more.start("connector"), more.end("connector"), more.group("connector")))
        run.append(_Token(more.start("word"), more.end("word"), more.group("word")))
        position = more.end()
        joined = lowered[position : position + 1] in _JOINERS
    if run[-1].word in VAGUE and (of := _OF_AFTER.match(lowered, position)) is not None:  # "scores of people"
        run.append(_Token(of.start(1), of.end(1), "of"))
    return run, position


def _parse(text: str, tokens: list[_Token], i: int) -> tuple[NumberMention, int] | None:
    """The expression starting at token ``i`` of a run and the index after it, or None
    when no number starts there ("and", "of")."""
    if tokens[i].numeral is not None:
        return _parse_numeral(text, tokens, i)
    return _parse_words(text, tokens, i)


_NUMERAL_MULTIPLIERS = {"hundred": 100, "dozen": 12}


def _parse_numeral(text: str, tokens: list[_Token], i: int) -> tuple[NumberMention, int]:
    token = tokens[i]
    value = base = token.numeral or 0.0
    end, j = token.end, i + 1
    if token.attached:
        signed = token.start > 0 and text[token.start - 1] in CURRENCY_SIGNS
        if token.attached not in AMBIGUOUS_ATTACHED or signed:
            value *= ATTACHED_SCALES[token.attached]
            if token.attached == "k":
                base = value  # "3k" is written as one number: it never names 3
        else:  # "10m" of a wall: the number is 10, the letter a unit
            end = token.end - len(token.attached)
    elif j < len(tokens) and tokens[j].word in {"hundred", "dozen", *SCALE_WORDS}:
        value *= _NUMERAL_MULTIPLIERS.get(tokens[j].word) or SCALE_WORDS[tokens[j].word]
        if tokens[j].word == "dozen":
            base = value  # "3 dozen" never names 3
        end, j = tokens[j].end, j + 1
        if j < len(tokens) and tokens[j].word in SCALE_WORDS:
            value *= SCALE_WORDS[tokens[j].word]  # "5 hundred thousand"
            end, j = tokens[j].end, j + 1
    mention = NumberMention(token.start, end, value, text[token.start : end], base, numeral=True)
    return mention, j


def _parse_words(text: str, tokens: list[_Token], i: int) -> tuple[NumberMention, int] | None:
    """Number words: a standard reading of English cardinals (units and tens add,
    "hundred" multiplies what came before, a scale closes a group), plus "a"/"an" for one
    before a multiplier, "dozen", vague plurals and fractions."""
    # A reading looks at most three words past the last one it uses, so a window of the run
    # reads alike unless the number nearly fills it (then the whole rest is read): passing
    # the whole rest at every word made a run of "one one one …" quadratic.
    value, used, vague, fraction = _read_words(tuple(t.word for t in tokens[i : i + _WORDS_READ]))
    if used > _WORDS_READ - 4 and len(tokens) - i > _WORDS_READ:
        value, used, vague, fraction = _read_words(tuple(t.word for t in tokens[i:]))
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
# Words of a run given to one reading (``_parse_words``): far more than any number written.
_WORDS_READ = 32


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


def parse_number(written: str, lang: str = "en") -> float | None:
    """The value of one number expression ("2,500", "twenty-five", "1.5 million")."""
    found = find_numbers(written, lang)
    return found[0].value if len(found) == 1 and found[0].written == written.strip() else None


def numbers_in(text: str, lang: str = "en") -> set[float]:
    """Every number written in ``text``, with and without a trailing scale word ("10
    billion" gives 10 and 10,000,000,000)."""
    found: set[float] = set()
    for mention in find_numbers(text, lang):
        found.add(mention.value)
        found.add(mention.base)
    return found
