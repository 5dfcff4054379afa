"""One entry per real-world actor: actors of every article matched by name (alias table,
surname to the one full name), each keeping its mentions as (article id, span)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from summarizer.daily.merge import Briefed, source_ref, unique
from summarizer.linkage import UnionFind, name_key
from summarizer.models import Actor
from summarizer.models.daily_v1 import (
    DailyActor,
)
from summarizer.text.gazetteer import (
    canonical,
)

# A daily actor links to passages naming it in its first articles only; ``articles`` lists
# them all. One named by every article of a busy day would otherwise carry tens of
# thousands of links, most of the day's memory.
MENTIONS_FROM_ARTICLES = 25
MENTIONS_PER_ARTICLE = 3


@dataclass
class _ActorItem:
    source: Briefed
    actor: Actor

    @cached_property
    def names(self) -> list[str]:
        return [n for n in (self.actor.canonical_name, self.actor.name, *self.actor.aliases) if n]

    @cached_property
    def keys(self) -> set[str]:
        return {name_key(n) for n in self.names}


def _same_person(a: _ActorItem, b: _ActorItem) -> bool:
    """Surname alone matches the one full name; full names match on a near-equal first name."""
    if a.actor.kind != "person" or b.actor.kind != "person":
        return False
    for x in a.keys:
        for y in b.keys:
            xs, ys = x.split(), y.split()
            if xs[-1] != ys[-1]:
                continue
            if len(xs) == 1 or len(ys) == 1:
                return True
            if fuzz.ratio(" ".join(xs[:-1]), " ".join(ys[:-1])) >= 80:  # Vitali / Vitaly
                return True
    return False


def merge_actors(items: Sequence[Briefed]) -> tuple[list[DailyActor], dict[tuple[str, str], str]]:
    """Daily actors, and a map from (article id, local actor id) to the daily actor id."""
    flat = [_ActorItem(b, a) for b in items for a in b.briefing.actors]
    groups = UnionFind(len(flat))
    by_key: dict[str, int] = {}
    for index, item in enumerate(flat):
        for key in item.keys:
            if key in by_key:
                groups.union(index, by_key[key])
            else:
                by_key[key] = index
    # People are compared only with people who share a surname, and each spelling once:
    # whether two people match depends on their names alone, so a name repeated by every
    # article of the day is one comparison, not one per pair of articles.
    by_surname: dict[str, dict[frozenset[str], int]] = defaultdict(dict)
    for index, item in enumerate(flat):
        if item.actor.kind == "person":
            for surname in {key.split()[-1] for key in item.keys if key}:
                by_surname[surname].setdefault(frozenset(item.keys), index)
    for spellings in by_surname.values():
        people = list(spellings.values())
        for n, i in enumerate(people):
            for j in people[n + 1 :]:
                if groups.find(i) != groups.find(j) and _same_person(flat[i], flat[j]):
                    groups.union(i, j)

    actors: list[DailyActor] = []
    local_to_daily: dict[tuple[str, str], str] = {}
    for number, members in enumerate(groups.groups(), start=1):
        daily_id = f"a{number}"
        group = [flat[i] for i in members]
        names = unique(n for item in group for n in item.names)
        primary = Counter(canonical(item.actor.canonical_name or item.actor.name) for item in group)
        kind = Counter(item.actor.kind for item in group).most_common(1)[0][0]
        mentions = [
            source_ref(item.source.article, span)
            for item in group[:MENTIONS_FROM_ARTICLES]
            for span in item.actor.mentions[:MENTIONS_PER_ARTICLE]
        ]
        actors.append(
            DailyActor(
                id=daily_id,
                name=max(primary, key=lambda n: (primary[n], len(n))),
                kind=kind,
                roles=unique(item.actor.role for item in group if item.actor.role),
                names=names,
                articles=unique(item.source.article.id for item in group),
                mentions=mentions,
            )
        )
        for item in group:
            local_to_daily[(item.source.article.id, item.actor.id)] = daily_id
    return actors, local_to_daily
