"""A figure that is part of a count its text has given ("Twelve people were injured ... five
of the injured were in a serious condition", "20 passengers were hurt; the hospital treated
8 of them", "douze blessés, dont cinq graves"). It is one measure with the whole, but no
rival to it: it says only that the whole is at least as large, so the conflict check reads
it as a lower bound (``figures.values_conflict``). Read without it, every report that gives
a toll and then its serious cases would be flagged as a source disagreeing with itself, or
with another source's whole."""

from __future__ import annotations

import re
from functools import cache

from summarizer.models.common import Span
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.counted import PART_AFTER, PART_BEFORE

# How far before a figure its partitive may stand ("..., dont cinq"; "including three").
BEFORE_CHARS = 24


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # Right after the number: "12 residents of the town" names whose they are, not a part.
    after = re.compile(rf"^\s*(?:{PART_AFTER})(?!\w)")
    before = re.compile(rf"(?<!\w)(?:{PART_BEFORE})\s+(?:\w+\s+)?$")
    return after, before


def is_subcount(article_text: str, figure_text: str, span: Span) -> bool:
    """Whether the figure at ``span`` counts some of a count already given: a partitive in
    the figure's own words or right after it ("five of the injured", "8 of them"), or just
    before it ("including three", "dont cinq")."""
    after, before = _patterns()
    number_end = re.search(r"\d[\d.,\s]*|\b\w+\b", figure_text)
    rest = figure_text[number_end.end() :] if number_end else ""
    following = fold_accents(rest + article_text[span.end : span.end + BEFORE_CHARS])
    preceding = fold_accents(article_text[max(0, span.start - BEFORE_CHARS) : span.start])
    return bool(after.search(following) or before.search(preceding))
