"""Which event a report saying its event is "another" means. "Am Nachmittag kam es in der
Gemeinde zu einem zweiten Gleitschirmunfall: ... im Weiler Ried", in an article that told the
morning's collision at the launch site above the village; "La même nuit, une autre cave a été
visitée à Saint-Luc", after the cellar raided at Grimentz: the first event is the one its own
article tells, at another place. Such a report says nothing of a second event at its own
place, so the day's other reports of one event there may still join it
(``one_place_prior``: a report saying another, with no such first beside it, says its place
holds two)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from summarizer.daily.kinds import event_family
from summarizer.daily.live_entries import article_of
from summarizer.daily.reports import ReportEvidence

Apart = Callable[[ReportEvidence, ReportEvidence], bool]


def says_two_there(items: Sequence[ReportEvidence], members: Iterable[int], apart: Apart) -> bool:
    """Some report of ``members`` (reports placed together) says its event is another, and
    not one whose article tells the first placed ``apart`` from it (``another_told_apart``):
    the place may hold two events, any of them either."""
    return any(items[m].says_another and not another_told_apart(items, m, apart) for m in members)


def another_told_apart(items: Sequence[ReportEvidence], at: int, apart: Apart) -> bool:
    """The report ``items[at]`` says its event is another, and its own article (a blog's
    other entries too) tells a report of that family of event placed ``apart`` from it: the
    first of the two. A day's reports come article by article (``incidents.merge_incidents``),
    so its article's others are the ones next to it."""
    item = items[at]
    if not item.says_another:
        return False
    article = article_of(item.owner)
    family = event_family(item.type)
    for step in (-1, 1):
        other = at + step
        while 0 <= other < len(items) and article_of(items[other].owner) == article:
            if event_family(items[other].type) == family and apart(item, items[other]):
                return True
            other += step
    return False
