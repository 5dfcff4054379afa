"""A bilingual body's two acronyms written as one name ("STIB-MIVB", "SNCB-NMBS": the
French and the Dutch) say that each alone names it: the day's "STIB" of a French report
and "MIVB" of a Dutch one are the body the English live blog calls "STIB-MIVB". Not two
parties' alliance ("ERC-CUP"): an article naming both halves as two actors says they are
two, and two acronyms opening alike ("CDU-CSU") are sister parties, not one body's names
in two languages. Nor two of three letters: that is how a coalition ("PSD-CDS"), a match
("SLB-FCP") or two unions are written, each half named alone by reports that need not
meet in one article; a bilingual body's pair is spelled out longer ("SNCB-NMBS", "FGTB-ABVV")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from summarizer.linkage import UnionFind
from summarizer.text.abbreviations import is_acronym

_PAIR = re.compile(r"^\s*(\w+)\s*-\s*(\w+)\s*$")
# The fewest letters of each acronym of a bilingual pair (not "PSD-CDS", two parties).
_PAIRED_LETTERS = 4


class _Named(Protocol):
    @property
    def is_person(self) -> bool: ...
    @property
    def names(self) -> list[str]: ...


def acronym_pair(name: str) -> tuple[str, str] | None:
    """The two acronyms of a bilingual body's name ("STIB-MIVB"): of as many letters, at
    least four, opening with different ones. None for any other name."""
    match = _PAIR.match(name)
    if match is None:
        return None
    one, other = match.groups()
    if not (is_acronym(one) and is_acronym(other)) or len(one) != len(other) or len(one) < _PAIRED_LETTERS:
        return None
    return (one, other) if one[0] != other[0] else None


def join_paired_acronyms(flat: Sequence[_Named], groups: UnionFind, articles: Sequence[str] | None) -> None:
    """Join each organisation named by one acronym of a pair the day writes as one name to
    that name's body, unless an article names both acronyms as two actors."""
    pairs = {
        index: pair
        for index, item in enumerate(flat)
        if not item.is_person
        for name in item.names
        if (pair := acronym_pair(name)) is not None
    }
    if not pairs:
        return
    named: dict[str, list[int]] = defaultdict(list)  # an acronym -> the items named by it alone
    for index, item in enumerate(flat):
        if not item.is_person:
            for name in item.names:
                named[name.strip()].append(index)
    for index, (one, other) in pairs.items():
        ones, others = named.get(one, []), named.get(other, [])
        if articles is not None and {articles[i] for i in ones} & {articles[i] for i in others}:
            continue
        for alone in (*ones, *others):
            groups.union(index, alone)
