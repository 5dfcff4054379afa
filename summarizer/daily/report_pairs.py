"""How two reports of events compare (``reports.ReportEvidence``): whether anything says
they are of two events (``incompatible``), what specific evidence they share
(``shared_specifics``) and how alike they are (``incident_similarity``)."""

from __future__ import annotations

from summarizer.daily.event_marks import marks_apart, shared_marks
from summarizer.daily.figure_conflicts import counts_far_apart
from summarizer.daily.kinds import (
    chained,
    families_meet,
    harm_and_hazard,
    nationwide,
    two_nations,
    votes_apart,
)
from summarizer.daily.measures import one_count
from summarizer.daily.named_bodies import bodies_apart
from summarizer.daily.named_causes import cause_named
from summarizer.daily.pair_evidence import (
    harm_of_hazard,
    hazards_of_one_kind,
    kinds_clash,
    once_a_day_at_one_spot,
    one_chain,
    one_spot,
    response_to_hazard,
    shares_a_figure,
)
from summarizer.daily.participants import (
    marches_apart,
    participants_apart,
    participants_shared,
    strike_and_march,
)
from summarizer.daily.place_chains import holders_apart
from summarizer.daily.place_keys import COUNTRY_NAMES
from summarizer.daily.places import places_compatible, places_related
from summarizer.daily.reports import SAME_EVENT_EVIDENCE, ReportEvidence
from summarizer.daily.site_crimes import one_crime_at_one_site
from summarizer.daily.spots import streets_apart
from summarizer.text.dates import dates_of, days_apart
from summarizer.text.vocabulary import (
    same_event_family,
)

# An incident pair must score at least this to be one event (see ``incident_similarity``).
SAME_EVENT_THRESHOLD = 0.45


# Two reports telling two kinds of event (``kinds_clash``) are of one only on this much
# besides their wording (a crash report that names the town's collapse shares its words):
# the place, a figure and a person. A report may tell its event by a cause or effect
# another report does not name.
CLASHING_KINDS_EVIDENCE = 3
# Shared specifics that stand for a place a report does not name, or join a decision to
# the disaster it answers (``incident_similarity``).
STRONG_EVIDENCE = 3


def incompatible(a: ReportEvidence, b: ReportEvidence, *, across_days: bool = False) -> bool:
    """Evidence that two reports are of different events, whatever else they share. Across
    days (a story followed from one day to the next) a later date is no such evidence."""
    if not families_meet(a.type, b.type) and not (
        response_to_hazard(a, b) or hazards_of_one_kind(a, b) or one_chain(a, b)
    ):
        return True
    if harm_and_hazard(a.type, b.type) and not harm_of_hazard(a, b):
        return True
    if (a.restores and b.type != "other") or (b.restores and a.type != "other"):
        # A road's reopening and the crash that closed it. A report typed "other" as the
        # reopening is may tell the closure and its end at once ("the beach, evacuated in the
        # morning, reopened at 16.30"): one event, as its own article tells it.
        return True
    if not across_days and days_apart(dates_of(a.date, a.weekdays), dates_of(b.date, b.weekdays)):
        return True
    if not across_days and days_apart(a.weekdays, b.weekdays):
        return True
    if not across_days and days_apart(a.weekdays_as_dated, b.weekdays_as_dated):
        return True  # "yesterday" and "heute Morgen", each told by its article's day
    if a.type == b.type == "protest" and (
        strike_and_march(a.words, b.words) or participants_apart(a.participants, b.participants)
    ):
        return True  # a strike and a march; the bus drivers' strike and the farmers' rally
    if not across_days and marches_apart(a.words, a.hours, b.words, b.hours):
        return True  # the morning's power cut and the evening's; the morning's march and the evening's
    if holders_apart(a.held_by, a.place, b.held_by, b.place):
        return True  # a fire on Zürich's Bahnhofstrasse and one on Bern's; in Chile's Santiago and Spain's
    if streets_apart(a.streets, b.streets):
        return True  # a fire on Dock Road and one on Canal Street; a power cut in the west, one in the east
    if bodies_apart(a.bodies, b.bodies):
        return True  # one company's closure and another's in one town
    if marks_apart(a.marks, b.marks):
        return True  # a woman's body found in a flat, a man's pulled from the canal
    if nationwide(a.kind, b.kind):
        # A nation's vote, told from any town of it; two nations' or two offices' votes are two.
        return two_nations(a.place, b.place) or votes_apart(a.words, b.words)
    return not places_compatible(a.place, a.places, b.place, b.places, a.levels, b.levels)


def shared_specifics(a: ReportEvidence, b: ReportEvidence, shared_words: frozenset[str] | None = None) -> int:
    """How much two reports share that two events of one day and type would not: a place
    finer than a country, unless either report says its event is another, or a street both
    locations name (one point), and one more when both tell there a flood, storm or heatwave
    of one day (``once_a_day_at_one_spot``) or a crime at a named site (``site_crimes``),
    a figure of one measure with compatible values
    (one), a person or party named in both, or the company both "other" reports name (one,
    ``named_bodies``), else an organisation both passages name beside a shared figure (one),
    one group or vehicle of a protest named in both (one, ``participants``), the
    event one names as its own's cause told by the other, typed "other" (one, ``cause_named``), an odd minute
    both clock it at or a person's age both give (one each, ``event_marks``), distinctive
    words (one each, two at most)."""
    shared_place = bool(a.place and a.place not in COUNTRY_NAMES and one_spot(a, b))
    # A report saying its event is another may be of a second one at this very place, unless
    # its own article tells the first elsewhere ("a second jet-ski incident, off La Bocca",
    # the first off the Plage du Midi): then its place is its event's as any report's is.
    shared_place = shared_place and not any(r.says_distinct and not r.first_elsewhere for r in (a, b))
    # A street both name is where this event was, whichever other one a report sets it apart
    # from ("a second fire, on Canal Street").
    shared_place = shared_place or not a.streets.isdisjoint(b.streets)
    shared_hazard = shared_place and once_a_day_at_one_spot(a, b)
    # A crime told at one named site ("the petrol station on the Münchner Bundesstraße"):
    # a site is robbed once a day (``site_crimes``).
    shared_crime = shared_place and one_crime_at_one_site(a, b)
    shared_figure = shares_a_figure(a, b)
    # A company both name as what their announcement is of counts as a party both give.
    shared_actor = bool((a.actors | a.people) & (b.actors | b.people) or a.bodies & b.bodies)
    # One unit or company at work in both passages ("12 aeronaves y la Unidad Militar de
    # Emergencias", "10 medios aereos y efectivos de la UME") tells one event only beside a
    # figure both give: one unit serves many events of a day, and so does a figure alone.
    shared_organisation = (
        shared_figure and not shared_actor and not a.organisations.isdisjoint(b.organisations)
    )
    # Who protests, or with what: the bus drivers, or the tractors (``participants``).
    shared_who = participants_shared(a.participants, b.participants)
    words = min(2, a.shared_distinctive(b, a.shared_words(b) if shared_words is None else shared_words))
    # One report names the other's event as its own's cause ("après la purge du barrage"),
    # as no report of another event would (``named_causes``).
    shared_cause = cause_named(a, b)
    against = not shared_figure and counts_far_apart(a.measured, b.measured)
    return (
        int(shared_place)
        + int(shared_hazard)
        + int(shared_crime)
        + int(shared_figure)
        + int(shared_actor)
        + int(shared_organisation)
        + int(shared_who)
        + shared_marks(a.marks, b.marks)
        + int(shared_cause)
        + words
        - int(against)
    )


def incident_similarity(a: ReportEvidence, b: ReportEvidence, *, across_days: bool = False) -> float:
    """0..1: type (0.2), place (0.25), wording (0.3), shared figures (0.25); 0 if incompatible
    or if they share too little specific evidence (``shared_specifics``)."""
    if incompatible(a, b, across_days=across_days):
        return 0.0
    common = a.shared_words(b)
    specifics = shared_specifics(a, b, common)
    if specifics < SAME_EVENT_EVIDENCE:
        return 0.0
    if kinds_clash(a, b) and shared_specifics(a, b, frozenset()) < CLASHING_KINDS_EVIDENCE:
        return 0.0  # a bridge collapse and a road crash of one town and day
    if not families_meet(a.type, b.type) and specifics < STRONG_EVIDENCE:
        return 0.0  # a decision after a quake: the toll and the wording besides the kind
    if (
        nationwide(a.kind, b.kind)
        and not shared_specifics(a, b, frozenset())
        and not places_compatible(a.place, a.places, b.place, b.places, a.levels, b.levels)
    ):
        return 0.0  # two towns' reports of a vote: a figure or a person besides the wording
    if a.type == b.type or cause_named(a, b):
        # A report that names the other's event as its own's cause tells that event too.
        type_score = 1.0
    elif same_event_family(a.type, b.type) or harm_and_hazard(a.type, b.type) or chained(a.type, b.type):
        # Harm and its hazard met ``harm_of_hazard`` already, an event and what it led to
        # ``one_chain`` (``incompatible``): two sides of one event, as a strike and its interception.
        type_score = 0.7
    else:
        type_score = 0.4
    if a.place and a.place == b.place:
        place_score = 1.0
    elif places_related(a.place, a.places, b.place, b.places, a.levels, b.levels):
        place_score = 0.7
    elif not (a.place and b.place) and specifics >= STRONG_EVIDENCE:
        # A report that names no place (a strike told by its union, "the drivers of the
        # city's buses") shares enough else to stand as placed where the other says.
        place_score = 0.7
    else:
        place_score = 0.3  # unknown: neither confirms nor rules out
    alike = len(common) + a.spelt_alike(b, common)
    union = len(a.words) + len(b.words) - alike
    text_score = min(1.0, 2 * alike / union) if union else 0.0
    # Figures matched as ``shared_specifics`` matches them ("12 workers" and "at least 10
    # people" injured are one count), not only by equal measure and value.
    if shares_a_figure(a, b):
        figure_score = 1.0
    elif any(one_count(m, n) for m in a.measure_names for n in b.measure_names):
        figure_score = 0.5
    else:
        figure_score = 0.0
    # The actors ``shared_specifics`` counts: a person both reports name is as much a sign
    # of one event as a party both give as its perpetrator or target.
    actor_bonus = 0.05 if (a.actors | a.people) & (b.actors | b.people) else 0.0
    return min(
        1.0, 0.2 * type_score + 0.25 * place_score + 0.3 * text_score + 0.25 * figure_score + actor_bonus
    )
