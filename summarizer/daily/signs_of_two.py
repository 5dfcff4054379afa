"""Signs that two clusters of reports placed together are of two events, and when two
reports are at one place.

A sign of two sets two clusters apart (``distinct``): an article telling both, conflicting
evidence (``ClusterEvidence.conflicts``: dates, weekdays, kinds, streets, participants,
bodies, hours, places), reports that are ``incompatible`` (a strike and a march), counts of
one measure far apart, a kind of event told by one and by no word of the other, other sites
(a school and a warehouse), other people harmed (a worker and a cyclist), other deciders
(the prefect and the mayor, named as actors or not), two places (``placed_apart``). Two
reports are at one place (``at_one_place``) at one place or site finer than a country, or
where one is placed only in a county or region that holds the other's place."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from summarizer.daily.busy_types import busy_apart, none_in_common, offices_named
from summarizer.daily.cluster_evidence import ClusterEvidence
from summarizer.daily.figure_conflicts import counts_far_apart
from summarizer.daily.live_entries import one_article_apart
from summarizer.daily.measures import PEOPLE_CATEGORIES
from summarizer.daily.other_months import of_another_month
from summarizer.daily.pair_evidence import one_spot, shares_a_figure
from summarizer.daily.place_keys import COUNTRY_NAMES
from summarizer.daily.report_pairs import incompatible
from summarizer.daily.reports import ReportEvidence
from summarizer.daily.town_readings import in_its_town
from summarizer.text.lexicons.hazards import HAZARD_WORDS
from summarizer.text.lexicons.offices import OFFICE_FAMILY
from summarizer.text.lexicons.things import THING_WORDS

# Types of event that are what someone decided or met for: who did it sets two apart. Of a
# flood or a crash, two outlets name whom each reached (a mayor, a fire chief).
DONE_BY_SOMEONE = frozenset({"political_decision", "talks_diplomacy"})
# The offices that decide or meet for a place: a mayor's ban and a prefect's order are two
# decisions (not who speaks for them, nor a company's manager or owner: the café's owner
# is whom the mayor's closure befalls, not a second decider).
DECIDING_OFFICES = (frozenset(OFFICE_FAMILY.values()) - {"spokesperson", "executive", "owner"}) | {"governor"}
# The things events happen to, as ``merge.report_words`` writes them in any language.
SITES = frozenset(THING_WORDS.values())


def at_one_place(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Both reports placed at one place finer than a country, at one site of it
    (``one_spot``), one in a county or region the other's place lies in as the day says,
    naming no finer place ("Saint-Aubin" and "en Gironde"), or one in the town the other's
    site lies in (``in_its_town``; "Lyon's 8th district" and Vénissieux are two places)."""
    if not (a.place and b.place) or a.place in COUNTRY_NAMES or b.place in COUNTRY_NAMES:
        return False
    return a.place == b.place or one_spot(a, b) or in_its_town(a, b) or _holds(a, b) or _holds(b, a)


def _holds(outer: ReportEvidence, inner: ReportEvidence) -> bool:
    """``outer`` is placed only in a county or region (naming no finer place) that the day
    says holds ``inner``'s place, or that ``inner``'s own passage names beside it
    ("Saint-Aubin, a village in the Gironde")."""
    vague = bool(outer.levels.level and outer.levels.vague and outer.place)
    return vague and (outer.place in inner.places or outer.place in inner.levels.holders)


def distinct(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """A sign that two clusters are of two events: one article tells both, their evidence
    conflicts, one tells a kind of event and the other none (``kinds.event_kind``), they
    name other people, other sites or other hazards evacuated for, or two of their reports
    are incompatible, placed apart (``placed_apart``) or give counts far apart."""
    if one_article_apart(items, left, right) or busy_apart(items, left, right):
        return True
    if _evidence(items, left).conflicts(_evidence(items, right)):
        return True
    if (
        _named_apart(items, left, right)
        or _sites_apart(items, left, right)
        or _harmed_apart(items, left, right)
        or _hazards_apart(items, left, right)
    ):
        return True
    if any(items[i].kind for i in left) != any(items[j].kind for j in right):
        return True  # a fire, and an event told by no kind's word: not known to be one kind
    if _of_another_month(items, left) != _of_another_month(items, right):
        return True  # a panel fell in March; a ceiling fell on Monday night: not known to be of one day
    return any(
        incompatible(a, b)
        or placed_apart(a, b)
        or (counts_far_apart(a.measured, b.measured) and not shares_a_figure(a, b))
        for a in (items[i] for i in left)
        for b in (items[j] for j in right)
    )


def _of_another_month(items: Sequence[ReportEvidence], members: Sequence[int]) -> bool:
    return any(of_another_month(items[m].weekdays) for m in members)


def placed_apart(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Two reports placed at two places finer than a country, neither naming the other's
    place nor able to hold it (a county or region naming no town): two villages' floods."""
    if not (_placed(a) and _placed(b)) or at_one_place(a, b):
        return False
    if a.place in b.places or b.place in a.places:
        return False  # "Saint-Aubin, in the Gironde": one may lie in the other
    return not any(item.levels.level and item.levels.vague for item in (a, b))


def _named_apart(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Of events that are what someone decided or met for (``DONE_BY_SOMEONE``), both
    clusters name actors and none in common, or offices that decide and none in common
    (``DECIDING_OFFICES``: "le préfet", "the mayor"): the mayor's ban and the prefect's
    order, whether or not the engine made an actor of either."""
    actors = none_in_common(_deciders(items, left, _actors), _deciders(items, right, _actors))
    return actors or none_in_common(_deciders(items, left, _offices), _deciders(items, right, _offices))


def _deciders(
    items: Sequence[ReportEvidence], members: Sequence[int], named: Callable[[ReportEvidence], Iterable[str]]
) -> set[str]:
    return {p for i in members if items[i].type in DONE_BY_SOMEONE for p in named(items[i])}


def _actors(item: ReportEvidence) -> frozenset[str]:
    return item.actors | item.people


def _offices(item: ReportEvidence) -> set[str]:
    return offices_named(item, DECIDING_OFFICES)


def _sites_apart(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Both clusters name what their event struck or was told with, and nothing in common:
    a school's fire and a bakery's blast, the bus drivers' strike and the mill's (the sites
    of ``THING_WORDS`` in any language, a protest's vehicles)."""
    sites_left = {s for i in left for s in _sites(items[i])}
    sites_right = {s for j in right for s in _sites(items[j])}
    return bool(sites_left and sites_right and sites_left.isdisjoint(sites_right))


def _harmed_apart(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Both clusters count people of some kind harmed, and no kind in common: a worker
    killed on a building site and a cyclist killed by a tram."""
    harmed_left = {m for i in left for m in _harmed(items[i])}
    harmed_right = {m for j in right for m in _harmed(items[j])}
    return bool(harmed_left and harmed_right and harmed_left.isdisjoint(harmed_right))


def _hazards_apart(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Both clusters' evacuations name what they were ordered for, and nothing in common
    (``HAZARD_WORDS``): a gas leak's building and a rising river's streets, a bomb scare and
    an avalanche risk."""
    return none_in_common(_hazards(items, left), _hazards(items, right))


def _hazards(items: Sequence[ReportEvidence], members: Sequence[int]) -> set[str]:
    return {
        HAZARD_WORDS[w]
        for i in members
        if items[i].type == "evacuation"
        for w in items[i].words
        if w in HAZARD_WORDS
    }


def _harmed(item: ReportEvidence) -> set[str]:
    return {
        what
        for measure, _, _ in item.measured
        for category, _, what in [measure.partition(":")]
        if category in PEOPLE_CATEGORIES and what != "people"
    }


def _sites(item: ReportEvidence) -> set[str]:
    return {w for w in item.words if w in SITES} | item.participants.means


def _evidence(items: Sequence[ReportEvidence], members: Iterable[int]) -> ClusterEvidence:
    found: ClusterEvidence | None = None
    for member in members:
        one = ClusterEvidence.of(items[member])
        found = one if found is None else found.combined(one)
    assert found is not None  # a cluster has a member
    return found


def clusters_at_one_place(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Every report of one cluster placed finer than a country is ``at_one_place`` with every
    such report of the other."""
    return all(
        at_one_place(items[i], items[j])
        for i in left
        if _placed(items[i])
        for j in right
        if _placed(items[j])
    )


def _placed(item: ReportEvidence) -> bool:
    return bool(item.place) and item.place not in COUNTRY_NAMES
