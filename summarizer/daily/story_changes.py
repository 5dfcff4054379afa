"""What a story's day says that its last day did not (``story_changes``): a figure revised,
newly disputed or new, an actor the story had not named, a new place or status. Figures,
actors and places are compared as the daily merge compares them."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.figure_conflicts import values_conflict
from summarizer.daily.merge import one_line, unique
from summarizer.daily.place_keys import place_key
from summarizer.daily.story_records import KnownActor, StoryRecord
from summarizer.models import Actor
from summarizer.models.daily_v2 import DailyFigure, DailyIncident


def figure_values(figure: DailyFigure) -> str:
    return " / ".join(unique(v.text for v in figure.values))


def story_changes(
    before: StoryRecord,
    incident: DailyIncident,
    figures: list[DailyFigure],
    statuses: list[str],
    actors: list[KnownActor],
) -> list[str]:
    """What the day says that the story's last day did not: a figure revised (the two days'
    values cannot all be true), newly disputed between sources, or new; an actor the story
    had not named; a new place or status."""
    changes = []
    earlier = {f.measure: f for f in before.figures}
    for figure in figures:
        old = earlier.get(figure.measure)
        if old is None:
            changes.append(f"new figure: {figure.measure} {figure_values(figure)}")
        elif figure.conflict and not old.conflict:
            changes.append(f"{figure.measure} now disputed: {figure_values(figure)}")
        elif _revised(old, figure):
            changes.append(f"{figure.measure} revised: {figure_values(old)} → {figure_values(figure)}")
    named = [("earlier", _actor(a)) for a in before.actors] + [("today", _actor(a)) for a in actors]
    for group in same_actor_groups([actor for _, actor in named]):
        if all(named[i][0] == "today" for i in group):
            changes.append(f"new actor: {actors[group[0] - len(before.actors)].name}")
    # Places by the merge's key: "Genf" and "Geneva", "Region Hannover" and "Hanover" are one.
    if incident.place and before.day.place and place_key(incident.place) != place_key(before.day.place):
        changes.append(f"new place: {incident.place}")
    if _headline_status(statuses) != _headline_status(before.statuses):
        changes.append(f"status: {_headline_status(before.statuses)} → {_headline_status(statuses)}")
    return [one_line(c) for c in changes]


def _revised(before: DailyFigure, today: DailyFigure) -> bool:
    """The two days' values of a figure cannot all be true. A figure disputed on either day
    is revised when a value of today's fits none of the other day's: "12 / 14 dead" then
    "19 dead", or then "14 / 19", is a revision; "12 / 14" then "14" is the dispute told
    again, and a dispute's own values would otherwise make every later day's look like one."""
    # Two days' articles are two sources even under one id (a desk that numbers each day's
    # articles 1, 2...): two values of one source are never a conflict.
    earlier = [
        v.model_copy(
            update={"source": v.source.model_copy(update={"article_id": f"earlier {v.source.article_id}"})}
        )
        for v in before.values
    ]
    if not (before.conflict or today.conflict):
        return values_conflict([*earlier, *today.values])
    return any(all(values_conflict([old, new]) for old in earlier) for new in today.values)


# The status a story is told under when its reports differ: a denial or a dispute is news,
# another outlet merely reporting the event is not.
_STATUS_WEIGHT = {"reported": 0, "claimed": 1, "denied": 2, "disputed": 3}


def _headline_status(statuses: Sequence[str]) -> str:
    return max(statuses, key=lambda s: _STATUS_WEIGHT.get(s, 0), default="reported")


def _actor(known: KnownActor) -> Actor:
    aliases = [n for n in known.names if n != known.name]
    return Actor(id="k", name=known.name, kind=known.kind, role=known.role, aliases=aliases)
