"""The day's actors as the briefing lists them: one ``DailyActor`` per group of actors that
``actors.same_actor_groups`` finds to be one, with its names, roles (without a dateline or
outlet, ``clean_role``), articles and first mentions as (article id, span), and a note for
each bare surname left on its own because it could be two people."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.daily.actors import actor_names, same_actor_groups
from summarizer.daily.merge import unique
from summarizer.daily.office_words import offices
from summarizer.daily.people import Ambiguous
from summarizer.models.daily_v2 import DailyActor
from summarizer.text.abbreviations import is_acronym
from summarizer.text.gazetteer import canonical

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord

# A daily actor links to passages naming it in its first articles only (and to the first
# ``records.MENTIONS_PER_ARTICLE`` of each); ``articles`` lists them all. One named by every
# article of a busy day would otherwise carry tens of thousands of links, most of the
# day's memory.
MENTIONS_FROM_ARTICLES = 25


def clean_role(role: str | None) -> str | None:
    """A role without the dateline or outlet a reader of the article's first line would
    skip ('HARLAN CITY Wire Gov' -> 'Gov'): the words after the last all-capital word
    that is not itself a title, from the first role word on."""
    if not role:
        return None
    words = role.split()
    caps = [n for n, w in enumerate(words) if is_acronym(w.strip(".,()")) and not offices(w)]
    if caps:
        words = words[caps[-1] + 1 :]
        while words and not offices(words[0]):
            words = words[1:]
    cleaned = " ".join(words).strip(" ,;—-")
    return cleaned or None


def merge_actors(
    items: Sequence[ArticleRecord], notes: list[str] | None = None
) -> tuple[list[DailyActor], dict[tuple[str, str], str]]:
    """Daily actors, and a map from (article id, local actor id) to the daily actor id.
    A bare surname left on its own because it could be two people is said in ``notes``."""
    sources = [(b, a) for b in items for a in b.actors]
    actors: list[DailyActor] = []
    local_to_daily: dict[tuple[str, str], str] = {}
    ambiguous: Ambiguous = []
    places = {i.place for b in items for i in b.incidents if i.place}
    article_places = {b.id: [i.place for i in b.incidents if i.place] for b in items}
    articles = [b.id for b, _ in sources]
    # The places of the incidents whose passage names the actor: where it is at work.
    own_places = [[i.place for i in b.incidents if i.place and a.id in i.named] for b, a in sources]
    groups = same_actor_groups(
        [a for _, a in sources],
        ambiguous,
        articles,
        places,
        article_places,
        own_places,
        [b.language for b, _ in sources],
    )
    for number, members in enumerate(groups, start=1):
        daily_id = f"a{number}"
        group = [sources[i] for i in members]
        names = unique(n for _, actor in group for n in actor_names(actor))
        primary = Counter(canonical(actor.canonical_name or actor.name) for _, actor in group)
        kind = Counter(actor.kind for _, actor in group).most_common(1)[0][0]
        mentions = [
            source.ref(passage)
            for source, actor in group[:MENTIONS_FROM_ARTICLES]
            for passage in actor.mentions
        ]
        actors.append(
            DailyActor(
                id=daily_id,
                name=max(primary, key=lambda n: (primary[n], len(n))),
                kind=kind,
                roles=unique(role for _, actor in group if (role := clean_role(actor.role))),
                names=names,
                articles=unique(source.id for source, _ in group),
                mentions=mentions,
            )
        )
        for source, actor in group:
            local_to_daily[(source.id, actor.id)] = daily_id
    if notes is not None:
        daily_name = {i: actors[n].name for n, members in enumerate(groups) for i in members}
        for index, candidates in ambiguous:
            source, actor = sources[index]
            who = " or ".join(sorted({daily_name[c] for c in candidates}))
            notes.append(f'"{actor.name}" in article {source.id} could be {who}; it is listed on its own')
    return actors, local_to_daily
