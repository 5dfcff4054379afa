"""What two reports of an event share that tells they are of one: one spot, one toll or
figure, one kind of event told, and whether a report of harm or of a decision is of the
disaster or accident another tells (read by ``report_pairs.incompatible`` and
``report_pairs.shared_specifics``)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from summarizer.daily.figure_conflicts import counts_alike
from summarizer.daily.kinds import HAZARD_TYPES, ONCE_A_DAY_KINDS, chained, nationwide, response_and_hazard
from summarizer.daily.measures import one_count
from summarizer.daily.named_causes import cause_named
from summarizer.daily.places import named_by, places_related
from summarizer.daily.sums import one_sum
from summarizer.text.lexicons.sieges import COURT_WORDS, GETAWAY_WORDS, SIEGE_WORDS
from summarizer.text.lexicons.things import THING_WORDS

if TYPE_CHECKING:
    from summarizer.daily.reports import ReportEvidence

# The categories of a figure that counts an event's toll (``shares_a_toll``).
TOLL_CATEGORIES = frozenset({"killed", "injured"})


def kinds_clash(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Both reports tell a kind of event, and not the same (a collapse and a crash)."""
    return a.kind is not None and b.kind is not None and a.kind != b.kind


def harm_of_hazard(a: ReportEvidence, b: ReportEvidence) -> bool:
    """A report of harm and one of a disaster or accident are of one event only where the
    place agrees (one spot, or one names the other's place: "Alzira" and "the Ribera Alta
    district" that a report says holds it) and what happened agrees: a figure of one count
    (three dead in both) or the same kind of event told in both (a crash and a crash). Two
    kinds told (a crash and a flood) are two events; the day is checked as for any pair."""
    if kinds_clash(a, b) or not (a.place and b.place):
        return False
    if not (one_spot(a, b) or places_related(a.place, a.places, b.place, b.places, a.levels, b.levels)):
        return False
    return shares_a_figure(a, b) or (a.kind is not None and a.kind == b.kind) or one_site_at_work(a, b)


def one_site_at_work(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Both reports at one spot, naming one organisation at work there ("la planta de EQA
    en Zubiondo", "EQA eleva a tres los heridos ... en Zubiondo"): the harm of that
    organisation's accident, whatever words each tells the accident by."""
    at_work_a, at_work_b = a.actors | a.organisations, b.actors | b.organisations
    return one_spot(a, b) and not at_work_a.isdisjoint(at_work_b)


def hazards_of_one_kind(a: ReportEvidence, b: ReportEvidence) -> bool:
    """A disaster and an accident that tell one kind of event ("a wildfire", "the Kettle
    Hills fire"; the offline engine types a sentence by its first cue) at places that
    agree: they may be one event, on strong evidence (``report_pairs.incident_similarity``)."""
    return (
        a.type != b.type
        and {a.type, b.type} <= HAZARD_TYPES
        and a.kind is not None
        and a.kind == b.kind
        and bool(a.place and b.place)
        and (one_spot(a, b) or places_related(a.place, a.places, b.place, b.places, a.levels, b.levels))
    )


def one_chain(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Reports of an event and of what it led to or how it ended (``kinds.chained``: a flood
    and the campers airlifted from it, a siege and the arrest that ended it) at places that
    agree, telling no two kinds of event: they may be one event, on strong evidence
    (``report_pairs.incident_similarity``). An arrest and an "other" event only when both tell a
    siege and neither a getaway (``arrest_ends_a_siege``), or the arrest's report names the
    other event as its cause: the arrest of a company's boss for fraud is not its closure,
    however much the two reports share. An evacuation or an accident and an "other" event
    only when the one names the other as its cause (``named_causes.names_the_cause``): the
    campsite flooded "after the dam's purge" and the purge; not a town's evacuation and the
    same day's unrelated closure there."""
    if not chained(a.type, b.type) or kinds_clash(a, b) or not (a.place and b.place):
        return False
    if not (one_spot(a, b) or places_related(a.place, a.places, b.place, b.places, a.levels, b.levels)):
        return False
    if "other" not in (a.type, b.type):
        return True
    caused = cause_named(a, b)
    if "arrest" in (a.type, b.type):
        return arrest_ends_a_siege(a, b) or (caused and not (got_away(a) or got_away(b)))
    return caused


def arrest_ends_a_siege(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Both reports tell a siege (hostages held, a man barricaded: ``SIEGE_WORDS``), neither
    that its doers got away, and the "other" one no court (``COURT_WORDS``: a ruling on the
    siege is a later event): the arrest is how the siege ended."""
    other = a if a.type == "other" else b
    return COURT_WORDS.isdisjoint(other.words) and all(
        not SIEGE_WORDS.isdisjoint(item.words) and not got_away(item) for item in (a, b)
    )


def got_away(item: ReportEvidence) -> bool:
    """The report says the doers of its event got away (``GETAWAY_WORDS``)."""
    return not GETAWAY_WORDS.isdisjoint(item.words)


def arrest_after_getaway(types_a: Iterable[str], types_b: Iterable[str], fled: bool) -> bool:
    """Reports (or clusters of them) of an arrest and of an "other" event (``kinds.chained``),
    one of which says the doers got away: the robbers "fled on motorbikes", the arrest is of
    "two of the three robbers" hours later at the ferry terminal. An arrest ends a siege
    where it happens; one after a getaway is an event of its own."""
    a, b = set(types_a), set(types_b)
    return fled and (("arrest" in a and "other" in b) or ("other" in a and "arrest" in b))


def response_to_hazard(a: ReportEvidence, b: ReportEvidence) -> bool:
    """A report of a decision and one of a disaster or accident (``response_and_hazard``)
    may be of one event only where both tell the same kind of event ("the earthquake" in
    both) and give one toll (``shares_a_toll``): a decree after a quake is told with the
    quake's dead. The pair must still share strong evidence (``incident_similarity``)."""
    return (
        response_and_hazard(a.type, b.type)
        and a.kind is not None
        and a.kind == b.kind
        and not nationwide(a.kind, b.kind)
        and shares_a_toll(a, b)
    )


def once_a_day_at_one_spot(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Both tell a flood, a storm or a heatwave (``ONCE_A_DAY_KINDS``) at one spot on a day
    both give: one such event a place and day."""
    same_day = bool(a.date and a.date == b.date) or bool(a.weekdays and a.weekdays == b.weekdays)
    return a.kind in ONCE_A_DAY_KINDS and a.kind == b.kind and same_day and one_spot(a, b)


def one_spot(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Both reports placed at one spot: one place, or each one's place named by the other
    (a spot within the other's: "St Olaf's" and "St Olaf's Hospital in Ashby", of a report
    placed in Ashby that the day knows holds St Olaf's). A place that holds towns is no spot."""
    if a.place == b.place:
        return True
    if not (a.place and b.place) or a.levels.level or b.levels.level:
        return False
    if named_by(a.place, b.places) and named_by(b.place, a.places):
        return True
    return one_site(a, b)


def one_site(a: ReportEvidence, b: ReportEvidence) -> bool:
    """A site by its name and by its name and kind ("St Brendan's" and "St Brendan's
    Hospital", "Saint-Louis" and "l'hôpital Saint-Louis"), each report naming one town
    beside it: the site of that town. Only a kind of site (``THING_WORDS``): "Arlo" and
    "Arlo Dam" may be a town and its dam."""
    short, long = sorted((a.place or "", b.place or ""), key=len)
    beside = (a.places - {a.place}) & (b.places - {b.place})
    if not (short and beside) or beside & {short, long}:
        return False
    if long.startswith(f"{short} "):
        kind = long[len(short) + 1 :]
    elif long.endswith(f" {short}"):
        kind = long[: -len(short) - 1]
    else:
        return False
    return kind in THING_WORDS


def shares_a_figure(a: ReportEvidence, b: ReportEvidence) -> bool:
    """A figure of one count (``one_count``) in both reports, with values that can be one
    true value and are alike (``counts_alike``), or one sum of money (``one_sum``), or one
    precise number of one measure (``one_precise_number``)."""
    return any(
        (
            one_count(name_a, name_b)
            and max(low_a, low_b) <= min(high_a, high_b)
            and counts_alike(low_a, high_a, low_b, high_b)
        )
        or one_sum(name_a, low_a, high_a, name_b, low_b, high_b)
        or one_precise_number(name_a, low_a, high_a, name_b, low_b, high_b)
        for name_a, low_a, high_a in a.measured
        for name_b, low_b, high_b in b.measured
    )


def shares_a_toll(a: ReportEvidence, b: ReportEvidence) -> bool:
    """A figure of one count of people killed or hurt in both reports (``shares_a_figure``)."""
    return shares_a_figure(
        replace(a, measured=tuple(m for m in a.measured if m[0].partition(":")[0] in TOLL_CATEGORIES)),
        replace(b, measured=tuple(m for m in b.measured if m[0].partition(":")[0] in TOLL_CATEGORIES)),
    )


# A number told to this many significant digits or more ("612", "1,284", "48.5"), exactly:
# two events of one day rarely give one such number, as they often give "3" or "400,000".
PRECISE_DIGITS = 3
# Whole numbers that are more likely a year than a count ("since 2019").
_YEARS = range(1900, 2101)


def one_precise_number(
    name_a: str, low_a: float, high_a: float, name_b: str, low_b: float, high_b: float
) -> bool:
    """Both figures give one precise number exactly (``precise``) of one measure
    (``one_count``: "612 patients", "612 pacientes"), one that tells its subject: not of
    the catch-all category "other" nor a percentage, which any story may give ("12.5%",
    "612 million" of two unrelated economic stories of one day)."""
    return (
        low_a == high_a == low_b == high_b
        and precise(low_a)
        and one_count(name_a, name_b)
        and not any(of_any_subject(name) for name in (name_a, name_b))
    )


def of_any_subject(measure: str) -> bool:
    """A measure of the catch-all category or a percentage (``measure_of``)."""
    category, _, what = measure.partition(":")
    return category == "other" or what.startswith("percent") or what == "turnout"


def precise(value: float) -> bool:
    """A positive number of at least ``PRECISE_DIGITS`` significant digits that is not a year."""
    value = float(value)
    if not math.isfinite(value) or value <= 0 or (value.is_integer() and int(value) in _YEARS):
        return False
    return len(Decimal(repr(value)).normalize().as_tuple().digits) >= PRECISE_DIGITS
