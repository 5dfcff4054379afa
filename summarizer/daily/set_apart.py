"""A report that sets its event apart from another its own article tells ("17:45 - Separate
incident in Porto: officers arrested a woman at the station", "Par ailleurs, un autre
incendie ...", "in keinem Zusammenhang mit dem Überfall"): the article tells two events of
a kind there, and the one it sets apart is the aside. A third outlet's report that is one
event with a report of the other event, sharing more specifics with it than with the aside
(``report_pairs.shared_specifics``: "drei mutmaßliche Taschendiebe ... in der historischen
Straßenbahn" and "tres presuntos carteristas ... en el tranvía histórico" share the tram;
the aside's woman who took a tourist's phone shares the tourist and the police), is of the
other event, however alike its words to the aside's short ones: it does not join the
aside's cluster, and may join the other event's on its own evidence (``incidents._cluster``).
A report that is an aside too may join an aside: two outlets' asides of one day are one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from summarizer.daily.kinds import event_family
from summarizer.daily.live_entries import article_of
from summarizer.daily.report_pairs import shared_specifics
from summarizer.daily.reports import ReportEvidence
from summarizer.linkage import Clusters


class SetApart:
    """The day's reports that set their event apart from another of their article, and
    which reports are one event with which (the pairs the greedy pass may join)."""

    def __init__(self, items: Sequence[ReportEvidence], linked: Iterable[tuple[int, int]]) -> None:
        by_article: dict[tuple[str, str], list[int]] = defaultdict(list)
        for n, item in enumerate(items):
            by_article[(article_of(item.owner), event_family(item.type))].append(n)
        # Of each report that says its event is another: the reports of its article, of its
        # family of event, that it may be set apart from (another entry of a blog, too).
        self.others: dict[int, list[int]] = {
            n: [m for m in by_article[(article_of(item.owner), event_family(item.type))] if m != n]
            for n, item in enumerate(items)
            if item.says_another
        }
        self.items = items
        self.linked: dict[int, set[int]] = defaultdict(set)
        if self.others:
            for i, j in linked:
                self.linked[i].add(j)
                self.linked[j].add(i)

    def keeps_apart(self, clusters: Clusters, left: int, right: int, i: int, j: int) -> bool:
        """Joining the clusters rooted at ``left`` (holding ``i``) and ``right`` (holding
        ``j``) would put a report (``j`` or ``i``) into the cluster of an aside while it is
        one event with a report of a cluster the aside is set apart from, and shares more
        specifics with that report than with the one it would join through."""
        if not self.others:
            return False
        return self._closer_to_other(clusters, left, right, i, j) or self._closer_to_other(
            clusters, right, left, j, i
        )

    def _closer_to_other(
        self, clusters: Clusters, aside: int, joining: int, through: int, report: int
    ) -> bool:
        find = clusters.groups.find
        # The asides are few: a live blog's cluster of thousands of entries is not walked.
        members = clusters.members[aside]
        asides = members if len(members) < len(self.others) else [n for n in self.others if find(n) == aside]
        apart_from = {find(other) for member in asides for other in self.others.get(member, ())} - {
            aside,
            joining,
        }
        if not apart_from or self.items[report].says_another:
            return False  # an aside too: two asides of the other event may be one
        own = shared_specifics(self.items[through], self.items[report])
        return any(
            shared_specifics(self.items[n], self.items[report]) > own
            for n in self.linked[report]
            if find(n) in apart_from
        )
