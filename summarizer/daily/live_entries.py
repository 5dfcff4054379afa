"""A live blog's entries as reports of their own. A blog is written as its day goes on, and
two of its entries may tell one event: its first word and its update ("13:05 - a decision
is expected this afternoon", "16:20 - Decision: passengers can disembark"). Yet a blog
keeps one thread of many stories, and its entries often tell look-alikes ("15:10 - Une
deuxième avalanche", a gangway collapse and a crane accident at one port): two of its
entries are taken for one event only when they continue each other (``entries_continue``)."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.article import Article
from summarizer.daily.busy_types import in_a_city
from summarizer.daily.named_causes import cause_named
from summarizer.daily.pair_evidence import one_chain
from summarizer.daily.passages import ENTRY_MARK, live_entry_at, owner_of
from summarizer.daily.places import places_related
from summarizer.daily.report_pairs import SAME_EVENT_THRESHOLD, incident_similarity, incompatible
from summarizer.daily.reports import ReportEvidence


def report_owner(article: Article, start: int) -> str:
    """Who tells the report whose evidence starts at ``start``: its article, or, when the
    evidence's line opens on an entry's time (``passages.LIVE_ENTRY``), that entry."""
    return owner_of(article.meta.id, live_entry_at(article.text, start))


def article_of(owner: str) -> str:
    """The article a report's owner (an article, or an entry of one) belongs to."""
    return owner.partition(ENTRY_MARK)[0]


def entries_continue(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Two reports of one article that may be of one event: two entries of a blog of one
    type and kind of event, or one telling a kind and the other none but its figures
    (``_counts_of_its_event``: an entry gives the toll or the aftermath of the event another
    told, "15.12 Uhr: ein Gerüst ist eingestürzt", "16.30 Uhr: sieben Verletzte"), naming
    one place (its writer names the place of one event one
    way all day, or finer the first time: "Sporthalle am Schulzentrum Nord, Mühlhagen", then
    "Mühlhagen", the town the first names its place in, ``ReportEvidence.held_by``; "Paris",
    then "France"; or where the event's tail was seen, ``_places_meet``), neither saying its
    event is another, and alike by their own words, or
    placed at one place of a town that is no city (``busy_types.in_a_city``) with nothing
    against their being one (``report_pairs.incompatible``): a blog's update shares no
    words with its first entry but the place ("19:05 - Firefighters called to Torre Marina,
    a lift stuck between floors", "22:41 - All out after almost four hours"), and a small
    town's tower block or station sees one such event a day; a city's see many. Or of two
    types that may be of one event, at places that agree, one naming the other's event as
    its cause (``pair_evidence.one_chain``, ``named_causes``): "07.05 - the dam's flushing
    has begun", "08.50 - campers trapped after the flushing". Or of one type, at places that
    meet, one going back to the other's story ("13:10 - Back to Ferrol: ...", ``resumes``)."""
    if a.owner == b.owner or a.says_another or b.says_another or a.says_distinct or b.says_distinct:
        return False
    if one_chain(a, b) and cause_named(a, b):
        return True  # a later entry names an earlier one's event as its cause, at places that agree
    if (a.resumes or b.resumes) and a.type == b.type and _places_meet(a, b) and not incompatible(a, b):
        return True  # "13:10 - Back to Ferrol: ...", an entry going back to the Ferrol story
    return (
        a.type == b.type
        and (a.kind == b.kind or _counts_of_its_event(a, b) or _counts_of_its_event(b, a))
        and a.place is not None
        and b.place is not None
        and (
            (a.place == b.place and not in_a_city(a.place) and not incompatible(a, b))
            or (_places_meet(a, b) and incident_similarity(a, b) >= SAME_EVENT_THRESHOLD)
        )
    )


def _counts_of_its_event(update: ReportEvidence, told: ReportEvidence) -> bool:
    """``update`` tells no kind of event but counts something (a toll, the evacuees, a
    height), and ``told`` tells a kind: the update gives the figures of the event ``told``
    names, unless the two count people harmed of other kinds (``_tolls_apart``). An entry
    with neither a kind nor a figure ("09:15 - A crane operator has been killed at the
    container terminal") may open an event of its own."""
    return (
        update.kind is None
        and told.kind is not None
        and bool(update.measured)
        and not _tolls_apart(update, told)
    )


def _tolls_apart(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Both reports count people harmed, and of no one kind in common: one the dead, the
    other the injured ("09:15 - A crane operator has been killed", "17:05 - four passengers
    in hospital after a gangway collapse")."""
    tolls_a = {m.partition(":")[0] for m, _, _ in a.measured} & _TOLLS
    tolls_b = {m.partition(":")[0] for m, _, _ in b.measured} & _TOLLS
    return bool(tolls_a and tolls_b and tolls_a.isdisjoint(tolls_b))


# The categories of a toll of people harmed (``_tolls_apart``).
_TOLLS = frozenset({"killed", "injured"})


def _places_meet(a: ReportEvidence, b: ReportEvidence) -> bool:
    """One place named (``_one_place_named``), one written in the other, or each named beside
    the other by the day's reports (``incidents.with_places_of_the_day``: "containers washing
    up at Sennen after the ship lost cargo off Land's End"): a blog's update places its event
    where the event's tail was seen, as the day's other reports do."""
    if a.place is None or b.place is None:
        return False
    if _one_place_named(a.place, b.place) or a.place in b.held_by or b.place in a.held_by:
        return True
    return a.place in b.places and b.place in a.places


def one_article_apart(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Two clusters one article tells apart: some report of one and some of the other come
    from one article and do not continue each other (``entries_continue``)."""
    articles = {article_of(items[j].owner) for j in right}
    return any(
        not entries_continue(items[i], items[j])
        for i in left
        if article_of(items[i].owner) in articles
        for j in right
        if article_of(items[j].owner) == article_of(items[i].owner)
    )


def _one_place_named(first: str, second: str) -> bool:
    """One place key, one named whole within the other ("muhlhagen" within "sporthale
    schulzentrum nord muhlhagen"), or a country and a town of it ("paris", "france"): a
    blog's later entry names its event's town or country alone (``places.places_related``
    with nothing else named)."""
    return first == second or places_related(first, frozenset(), second, frozenset())
