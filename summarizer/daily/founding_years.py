"""A club's or company's name with the year it was founded ("TSV Kellbach 1898",
"Borussia 09", "FC Vallmar 1911") is the one named without it ("TSV Kellbach"): the year
is part of the registered name that copy, and a translation above all, leaves out. Two
bodies whose names differ in the year alone ("TSV Kellbach 1898", "TSV Kellbach 1920")
are two, and a bare name that could be either joins neither."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.daily.organisations import BODY_WORDS
from summarizer.linkage import UnionFind

# A year a body was founded in, as its name writes it: 1800 to 2099.
_YEAR = re.compile(r"(?:18|19|20)\d\d")


def _without_year(key: str) -> str | None:
    """The key without its year, when it has one and says more than a kind of body."""
    words = key.split()
    rest = [w for w in words if not _YEAR.fullmatch(w)]
    if len(rest) == len(words) or not set(rest) - BODY_WORDS:
        return None
    return " ".join(rest)


def join_founding_years(flat: Sequence[OrganisationNames], groups: UnionFind) -> None:
    """Each body named with a year to the day's one body named as it is without it."""
    spellings = organisation_spellings(flat)
    by_rest: dict[str, set[int]] = defaultdict(set)
    for index in spellings:
        for key in flat[index].keys:
            by_rest[_without_year(key) or key].add(index)
    for index in spellings:
        rests = {rest for key in flat[index].keys if (rest := _without_year(key))}
        if not rests:
            continue
        own = groups.find(index)
        others = {groups.find(i) for rest in rests for i in by_rest[rest]} - {own}
        if len(others) == 1:
            groups.union(index, others.pop())
