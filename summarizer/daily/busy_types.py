"""Types of event a place may see several of a day, read by the one-place prior with more
care than a flood or a pass closure (``one_place_prior``).

A town sees an arrest, a march, a statement or an event the types do not name ("other": a
robbery, an autopsy, a closure) more than once a day as a rule, but a small town's day
holds one of each more often than not, and its reports in three languages share no word:
"Die Polizei nahm am Sonntagmorgen einen 19-Jährigen fest", "Un suspect de dix-neuf ans est
en garde à vue". Of these types the prior joins clusters only when nothing the day says
allows two, reading more signs of two than it reads of a flood (``busy_apart``): both name
people and none in common (a businessman's verdict, three officers' trial), organisations
and none in common (a hockey club, a chamber of commerce), two speakers
(the minister, a spokesman), or both give counts and none agrees (22 tortoises, 190
goldfinches). A report saying its event is another ("In a separate case") says the day
holds two, as of any type (``one_place_prior.one_in_every_reading``). "Other" names no kind
of event at all: its reports are of one event only when two of them share a word besides
the place (``busy_link``: the "pharmacy" a German and a French report name), tell one
family of crime each in its own words ("Einbrecher", "cambriolé"), or are at one
building of a named spot (``struck_buildings``: the villa at Palombaggia), never a cruise
cancelled and a jeweller's robbery of a week before. A city (``in_a_city``) sees many of
each a day: there the prior reads none of these types. Nor does it read arrests at a site
travellers pass through under the police's and customs' eyes (``CHECKPOINT_SITES``: an
airport, a station, a port, a border, a motorway), a small town's or not: their controls
make arrests all day, and two of one day there are one only where they share specifics
(the people, a count, the goods seized), which the greedy pass joins on.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from summarizer.daily.figure_conflicts import counts_alike
from summarizer.daily.figure_units import unit_scale
from summarizer.daily.measures import one_count
from summarizer.daily.office_words import offices
from summarizer.daily.place_keys import COUNTRY_OF_CAPITAL
from summarizer.daily.reports import ReportEvidence, place_name_words
from summarizer.daily.site_crimes import crime_families
from summarizer.daily.struck_buildings import at_one_building
from summarizer.daily.sums import one_currency
from summarizer.text.exonyms import exonym_of, is_city
from summarizer.text.lexicons.offices import OFFICE_FAMILY

# A town may see two of these a day; a small town's day most often holds one.
BUSY_TYPES = frozenset({"arrest", "protest", "statement", "other"})
# Of these, the type that names no kind of event: a shared word must name it.
UNNAMED_TYPE = "other"
# Sites where the police and customs control travellers: an airport's customs find 190
# goldfinches in one suitcase and 22 tortoises in another on one day (``busy_there``).
CHECKPOINT_SITES = frozenset({"airport", "station", "port", "border", "motorway", "motorway_exit"})
# Sites of a town that are open spaces: any kind of event passes through them in a day (a
# lake's shore sees a drowning, a capsized boat and a fish kill alike; a street a shop's closure
# and a cable theft).
OPEN_SITES = frozenset({"square", "lake", "street", "avenue"})
# The families of crime (``site_crimes.crime_families``) whose words name a crime by
# themselves. Not a drive-off: its words are any payment's ("payer", "pagar", "bezahlen")
# and tell one only at a fuel station, which ``site_crimes`` reads.
NAMING_FAMILIES = frozenset({"robbery", "burglary"})
# The offices of those who speak, by family ("alcaldesa" and "Mayor" are both the mayor).
OFFICES = frozenset(OFFICE_FAMILY.values())


def busy_link(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Two reports of one place and type the prior may join: of a type that names a kind of
    event, or of "other" and sharing a word besides their places (what the event was:
    "pharmacy", "autopsie", "exámenes"), or telling one family of crime, each in its own
    language's words ("Einbrecher", "burgled", "cambriolé": ``site_crimes.crime_families``)."""
    if a.type != UNNAMED_TYPE:
        return True
    if _at_one_site(a, b) or at_one_building(a, b, in_a_city):
        return True
    if not (crime_families(a) & crime_families(b)).isdisjoint(NAMING_FAMILIES):
        return True  # what the event was, as no word both write tells it
    return bool(a.shared_words(b).difference(a.plain, b.plain, _place_words(a), _place_words(b)))


def _at_one_site(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Both reports placed at one named site of a town that is no city (``ReportEvidence.site``: "la
    gare de Vernay", "Vernay station"; a Christmas market, an airport, a hermitage): a
    small town's station sees one theft of its cables a day, and a report in another
    language shares no word with the first but the site ("le vol de câbles", "Il s'est
    produit près du poste d'aiguillage"). Not a square: a town's open place holds a market,
    a rally and a festival alike. The prior's signs of two still hold (``busy_apart``,
    ``signs_of_two.distinct``): one article telling both, other hours, other bodies."""
    kind = a.site
    if a.place is None or a.place != b.place or kind is None or kind != b.site or kind in OPEN_SITES:
        return False
    # Sharing the site is all they share, so people named on both sides and none in common
    # tell two events (two trials at one court: "Port Adela" also reads as a port).
    if none_in_common(a.people, b.people):
        return False
    # The town the site is of: its name's other words ("basel mulhouse airport") and the
    # places it is written in ("Bahnhof, Zürich"). A city's station sees many events a day.
    words = a.place.split()
    towns = {w for w in words if w != kind} | {" ".join(words[:-1])} | a.held_by | b.held_by
    return not any(in_a_city(town) for town in towns)


def busy_there(item: ReportEvidence) -> bool:
    """The report is of a type its place sees many of a day: of any busy type in a city
    (``in_a_city``), or an arrest at a site where travellers are controlled
    (``CHECKPOINT_SITES``). Not a march or a statement there: a small town's airport sees one
    of each a day as the town does, and a cable theft at its station is one (``_at_one_site``).
    The site is the report's own (``ReportEvidence.site``): a town named "Port Adela" is no port."""
    if item.type not in BUSY_TYPES:
        return False
    return in_a_city(item.place) or (item.type == "arrest" and item.site in CHECKPOINT_SITES)


def in_a_city(place: str | None) -> bool:
    """The place is a city (15,000 people or more, ``exonyms.is_city``, in any language:
    "München" is Munich): a capital or not, it sees many arrests, marches and statements a
    day, and two reports of one of them there share nothing to join on but the city."""
    if not place:
        return False
    return place in COUNTRY_OF_CAPITAL or is_city(exonym_of(place) or place)


def _place_words(item: ReportEvidence) -> frozenset[str]:
    return place_name_words(item.places | {item.place} if item.place else item.places)


def busy_apart(items: Sequence[ReportEvidence], left: Sequence[int], right: Sequence[int]) -> bool:
    """Of clusters of a busy type (``BUSY_TYPES``), a sign of two events: both name people
    and none in common, or both name organisations and none in common (a hockey club and a
    chamber of commerce), or, of statements, offices of who spoke (the minister and a spokesman),
    or both give counts of things and none alike (``figure_conflicts.counts_alike``)."""
    members = [items[i] for i in left], [items[j] for j in right]
    if not any(item.type in BUSY_TYPES for side in members for item in side):
        return False
    if any(none_in_common(*(named(side) for side in members)) for named in (_people, _bodies, _speakers)):
        return True
    pairs = [
        counts_alike(low_a, high_a, low_b, high_b)
        for a in members[0]
        for b in members[1]
        for measure_a, low_a, high_a in a.measured
        for measure_b, low_b, high_b in b.measured
        if _comparable(measure_a, measure_b)
    ]
    return bool(pairs) and not any(pairs)


def _people(reports: Sequence[ReportEvidence]) -> set[str]:
    return {p for item in reports for p in item.people}


def _bodies(reports: Sequence[ReportEvidence]) -> set[str]:
    """The organisations the reports name (``ReportEvidence.organisations``: a club, a
    union, a protesting group; not a government, named beside most events)."""
    return {a for item in reports for a in item.organisations}


def _comparable(measure_a: str, measure_b: str) -> bool:
    """Two measures whose counts tell one event's from another's: of one count
    (``measures.one_count``), or both counts of things, which reports in two languages name
    in two words (22 tortoises, 190 "Stieglitze"); never a count and an amount (3 suspects
    and 500 g of cocaine are one arrest's)."""
    return (
        one_count(measure_a, measure_b)
        or one_currency(measure_a, measure_b)
        or all(_of_things(measure) for measure in (measure_a, measure_b))
    )


def _of_things(measure: str) -> bool:
    """A count of things or people: not an amount in a unit (500 g, 3 km), a sum of money
    ("other:EUR") nor a share."""
    unit = measure.partition(":")[2]
    return unit_scale(unit) is None and not unit.isupper() and unit not in {"percent", "turnout"}


def none_in_common(left: Set[str], right: Set[str]) -> bool:
    """Both name some, and none in common."""
    return bool(left and right and left.isdisjoint(right))


def _speakers(reports: Sequence[ReportEvidence]) -> set[str]:
    """The offices the statements name ("Die Ministerin", "a spokesman"): who spoke."""
    return {office for item in reports if item.type == "statement" for office in offices_named(item, OFFICES)}


def offices_named(item: ReportEvidence, among: frozenset[str]) -> set[str]:
    """The offices of ``among`` the report's words name, by family ("alcaldesa" and "Mayor"
    are both the mayor)."""
    return offices(" ".join(item.words)) & among
