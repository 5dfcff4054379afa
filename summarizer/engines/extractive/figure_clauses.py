"""The clause a number stands in: where a toll's category is read from.

"A quake struck on Sunday, killing at least two people and forcing about 3,000 residents
to leave": the nearest casualty word to 3,000 is "killing", but the verb governing it is
"forcing ... to leave". The sentence is cut at the words that open a clause (the language's
``ClauseWords``); a number's category comes from its own clause, or, when a conjunction
joins it to the clause before without a verb of its own, from that one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from summarizer.text.lexicons.clauses import CLAUSE_WORDS, ClauseWords
from summarizer.text.normalize import lower_keeping_offsets


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    # Where the clause before this one starts (its verb may govern this one's number).
    previous_start: int
    # Opened by a joining word ("and", "including", "et", "darunter"), not a new clause.
    joined: bool
    # Where the clause after this one ends, when a joining word opens it ("15 missiles and
    # 21 drones were destroyed": its verb governs both); else ``end``.
    next_end: int
    # Has a verb of its own after the number ("six remain missing").
    finite: bool
    # A causative verb stands right before the number ("forcing", "leaving", "dejó").
    causative: bool


@dataclass(frozen=True)
class _Patterns:
    boundary: re.Pattern[str]
    finite: re.Pattern[str]
    causative: re.Pattern[str]


@cache
def clause_words(lang: str) -> ClauseWords:
    return CLAUSE_WORDS.get(lang, CLAUSE_WORDS["en"])


@cache
def _patterns(lang: str) -> _Patterns:
    words = clause_words(lang)
    return _Patterns(
        # White space before an opener is read only from the start of its run (each space
        # of a run would otherwise start a read of all ways to split it around a comma:
        # 400 s for one sentence with 2,000 spaces); a match from inside a run would be
        # the one from its start, as no opener starts with a space.
        boundary=re.compile(
            rf"(?P<join>(?:(?<!\s)\s+)?(?:,\s*)?(?:{words.joins})\s+)"
            rf"|(?P<break>(?:(?<!\s)\s+)?(?:,\s*)?(?:{words.breaks})\s*)"
            rf"|(?P<participle>{words.participle})"
        ),
        finite=re.compile(words.finite),
        # The causative, then at most two words (a bound: "more than", "about") before the number.
        causative=re.compile(rf"(?:{words.causatives})\s+(?:[^\W\d]+\s+){{0,2}}$"),
    )


# How far after a number its clause's own verb is looked for, and how far before it a
# causative: bounded, so that a sentence of thousands of numerals is read in linear time.
VERB_WINDOW = 80


@dataclass(frozen=True)
class _Sentence:
    lowered: str
    starts: tuple[int, ...]  # each clause opener's start, in order
    ends: tuple[int, ...]  # and end
    joins: tuple[bool, ...]  # whether it joins rather than breaks


@lru_cache(maxsize=256)
def _read(sentence: str, lang: str) -> _Sentence:
    """A sentence's clause openers, found once per sentence rather than once per number."""
    lowered = lower_keeping_offsets(sentence)
    found = list(_patterns(lang).boundary.finditer(lowered))
    return _Sentence(
        lowered,
        tuple(m.start() for m in found),
        tuple(m.end() for m in found),
        tuple(m.lastgroup == "join" for m in found),
    )


def clause_of(sentence: str, position: int, lang: str = "en", end: int | None = None) -> Clause:
    """The clause holding the number written at ``sentence[position:end]``."""
    end = position if end is None else end
    read = _read(sentence, lang)
    before = bisect.bisect_right(read.ends, position)  # openers ending before the number
    start = read.ends[before - 1] if before else 0
    previous_start = read.ends[before - 2] if before > 1 else 0
    joined = read.joins[before - 1] if before else False
    after = bisect.bisect_left(read.starts, end)
    clause_end = read.starts[after] if after < len(read.starts) else len(sentence)
    next_end = clause_end
    if after < len(read.starts) and read.joins[after]:
        next_end = read.starts[after + 1] if after + 1 < len(read.starts) else len(sentence)
    patterns = _patterns(lang)
    return Clause(
        start=start,
        end=clause_end,
        previous_start=previous_start,
        joined=joined,
        next_end=next_end,
        finite=patterns.finite.search(read.lowered, end, min(clause_end, end + VERB_WINDOW)) is not None,
        causative=patterns.causative.search(read.lowered, max(start, position - VERB_WINDOW), position)
        is not None,
    )
