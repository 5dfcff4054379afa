"""Reports that say their event is "a second" or "another" one, whose own article tells the
first: "The first blast wrecked a bank in Bourg-Madame ...; the second hit a branch in
neighbouring Puigcerda". Told at another place, the first is what the report sets its event
apart from: it says nothing of a second one at its own place, where the one-place prior may
join its reports as any others (``seconds_told_elsewhere``). So does a report only set apart
("Across the border, officers are separately searching a yard near Hackballscross", after
a raid on a farm at Crossmaglen) when the other place shares no word of its name: "Omey
Island" and "Omey Strand" may be one shore the engine reads as two. And the report tells its event
by the first's kind, in a word it leaves out ("the second [blast] hit a branch", "un autre
distributeur [sautait]"): it is of that kind (``with_seconds_read``)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import islice

from summarizer.daily.passages import ENTRY_MARK
from summarizer.daily.reports import ReportEvidence
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.ordinals import ordinal_pattern

# "The second", "another", in the eight languages the merge reads, accents folded: an event
# told as one more of the kind just told (the ordinals of ``lexicons.ordinals``, after an
# article). Not another case or matter ("in another case", "dans une autre affaire", "por
# otra parte"): that is another event of any kind. Nor another time, floor, hand or day ("for
# the second time", "otra vez", "au deuxième étage", "de tweede verdieping", "de segunda
# mano", "second-hand", "for the second day"), nor another way, reason or age ("de otra
# manera", "in altro modo", "la tercera edad"): no event at all.
_ONE_MORE = re.compile(
    r"\b(?:(?:a|an|the|un|una|une|ein|eine|einen|einem|der|die|das|le|la|il|el|o|um|uma|een|de)\s+"
    rf"(?:{ordinal_pattern(folded=True)}|weitere[nrs]?|andere[nrs]?|autre|altr[oae]|outr[oa])"
    r"|another|otr[oa]|outr[oa]|un'altra|nog een)\b"
    r"(?![ -](?:case|cases|matter|affaire|dossier|caso|asunto|orden|parte|part|lado"
    r"|fall|sache|zaak|cas|afer|ambit"
    r"|time|fois|vez|volta|mal|keer|vegada|cop"
    r"|floor|storey|etage|piso|planta|piano|andar|stock|stockwerk|verdieping|pis"
    r"|hand|main|mano|mao|day|jour|dia|tag|giorno|dag"
    r"|way|reason|manera|forma|modo|maneira|jeito|raison|razon|motivo|manier|reden|manere|motiu"
    r"|age|edad|idade|eta|edat|leeftijd)\b)"
)


def with_seconds_read(items: Sequence[ReportEvidence], evidence: Sequence[str]) -> list[ReportEvidence]:
    """The reports (``evidence`` their sentences, in article order), each telling its event as
    one more of its kind ("the second", "un autre", ``_ONE_MORE``) marked ``one_more``, and,
    telling no kind of event, given the kind of its article's report of its type just
    before, when that one tells a kind."""
    found = list(items)
    last: dict[tuple[str, str], str | None] = {}
    for n, item in enumerate(items):
        told = (item.owner, item.type)
        if _ONE_MORE.search(fold_accents(evidence[n].casefold())):
            kind = item.kind if item.kind is not None or not last.get(told) else last[told]
            found[n] = replace(item, kind=kind, one_more=True)
        last[told] = found[n].kind
    return found


# The most places of one type an article's reports are compared at: a live blog's entries
# name a handful, and comparing thousands of entries pairwise would be quadratic.
MOST_PLACES = 12


def seconds_told_elsewhere(
    items: Sequence[ReportEvidence], apart: Callable[[ReportEvidence, ReportEvidence], bool]
) -> frozenset[int]:
    """The reports (by position) telling their event as one more of a series (``one_more``:
    "the second hit a branch in Puigcerda") whose own article tells a report of their type
    at a place ``apart`` from theirs (two towns). A report only set apart ("Separately,
    walkers were cut off on Omey Island", after kayakers rescued off Omey Strand) places no
    first: it still says its place may hold two."""
    # A blog's entries are one article: its "17:25 - A second jet-ski incident" follows the
    # first its earlier entry told.
    saying = {(_article(item), item.type) for item in items if item.says_another}
    if not saying:
        return frozenset()
    # Of each article and type, one report per place: what the others are compared with.
    placed: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for n, item in enumerate(items):
        if (_article(item), item.type) in saying and item.place:
            placed[(_article(item), item.type)].setdefault(item.place, n)
    found = set()
    for n, item in enumerate(items):
        if not item.says_another or not item.place:
            continue
        # The first places but its own, read off the first ones only: building the whole list
        # for every report would be quadratic in a blog of thousands of entries.
        first = islice(placed[(_article(item), item.type)].items(), MOST_PLACES + 1)
        others = [m for place, m in first if place != item.place][:MOST_PLACES]
        if item.one_more:
            told = any(apart(item, items[m]) for m in others)
        else:
            # Only set apart, it may be set apart from any of its article's reports of its
            # type: each must be elsewhere ("Separately, walkers were cut off on Omey Island"
            # after kayakers off Omey Strand and a paddleboarder in Clifden Bay may be a second
            # event at Omey).
            told = bool(others) and all(
                apart(item, items[m]) and _names_apart(item, items[m]) for m in others
            )
        if told:
            found.add(n)
    return frozenset(found)


def _names_apart(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Two places whose names share no word: a report only set apart ("Separately, walkers
    were cut off on Omey Island", after kayakers rescued off Omey Strand) may be set apart
    from an event at its own shore, which the other place's name is a part of."""
    return set((a.place or "").split()).isdisjoint((b.place or "").split())


def with_firsts_elsewhere(
    items: Sequence[ReportEvidence], apart: Callable[[ReportEvidence, ReportEvidence], bool]
) -> list[ReportEvidence]:
    """The reports, each telling its event as one more of a series whose first its own
    article tells at a place ``apart`` (``seconds_told_elsewhere``) marked ``first_elsewhere``:
    its place is as much its own event's as any report's (``report_pairs.shared_specifics``)."""
    elsewhere = seconds_told_elsewhere(items, apart)
    return [replace(item, first_elsewhere=True) if n in elsewhere else item for n, item in enumerate(items)]


def _article(item: ReportEvidence) -> str:
    """The article a report is of: a blog's entry's is the blog (``passages.owner_of``)."""
    return item.owner.partition(ENTRY_MARK)[0]
