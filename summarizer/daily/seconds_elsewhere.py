"""Reports that say their event is "a second" or "another" one, whose own article tells the
first at another place: "The first blast wrecked a bank in Bourg-Madame ...; the second hit
a branch in neighbouring Puigcerda". Such a report says the day holds two events of its
kind, but the two are the article's own: it says nothing of a second one at its place, where
the one-place prior may join its reports as any others (``one_place_prior``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from summarizer.daily.reports import ReportEvidence

# The most places of one type an article's reports are compared at: a live blog's entries
# name a handful, and comparing thousands of entries pairwise would be quadratic.
MOST_PLACES = 12


def seconds_told_elsewhere(
    items: Sequence[ReportEvidence], apart: Callable[[ReportEvidence, ReportEvidence], bool]
) -> frozenset[int]:
    """The reports (by position) saying their event is another (``says_another``) whose own
    article tells a report of their type at a place ``apart`` from theirs (two towns)."""
    saying = {(item.owner, item.type) for item in items if item.says_another}
    if not saying:
        return frozenset()
    # Of each article and type, one report per place: what the others are compared with.
    placed: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for n, item in enumerate(items):
        if (item.owner, item.type) in saying and item.place:
            placed[(item.owner, item.type)].setdefault(item.place, n)
    found = set()
    for n, item in enumerate(items):
        if not item.says_another or not item.place:
            continue
        others = [m for place, m in placed[(item.owner, item.type)].items() if place != item.place]
        if any(apart(item, items[m]) for m in others[:MOST_PLACES]):
            found.add(n)
    return frozenset(found)
