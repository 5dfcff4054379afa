"""A crime at one named site: two reports telling a crime (a robbery, a break-in) at one
petrol station, bank or shop named by more than its kind ("the petrol station on the
Münchner Bundesstraße") are of one crime, as a careful reader takes them: a site is robbed
once a day. One town's two robberies are at two such sites, or one report says its
robbery is "a second" one (then neither shares the place, ``report_pairs.shared_specifics``).
Each report tells its crime in its own words ("überfallen", "rapinato", "robbed"), which
no two reports share as written, and a kind of crime two robberies of one town share
anyway: so the crime told at one site is one specific, and the site another."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.concepts_who_where import SITES
from summarizer.text.lexicons.crime_events import CRIME_CUES
from summarizer.text.lexicons.crime_families import CRIME_FAMILIES

if TYPE_CHECKING:
    from summarizer.daily.reports import ReportEvidence

# Sites a crime is committed at, named by their kind and a name or street. Not a town's
# parts of many sites (a valley, a beach, a forest, a border): two crimes there are two.
CRIME_SITES = frozenset(
    {
        "petrol_station",
        "bank",
        "jeweller",
        "pharmacy",
        "nightclub",
        "car_park",
        "museum",
        "library",
        "town_hall",
        "care_home",
    }
    & set(SITES)
)


@cache
def _crime_told() -> re.Pattern[str]:
    """The crime cues of every language (``CRIME_CUES``), folded as a report's words are,
    with a plural or case ending ("Überfälle", "rapinatori"): matched on a report's words."""
    cues = sorted({fold_accents(cue) for cues in CRIME_CUES.values() for cue in cues}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(cues) + r")(?:e|en|es|n|s)?\b")


def tells_a_crime(item: ReportEvidence) -> bool:
    """The report's words tell a crime (``CRIME_CUES`` of any language)."""
    return _crime_told().search(" ".join(item.words)) is not None


def crime_families(item: ReportEvidence) -> frozenset[str]:
    """The families of crime the report's words tell (``CRIME_FAMILIES``: a robbery, a
    burglary, a drive-off), none for a theft told by "stolen" alone."""
    return frozenset(
        family
        for family, stems in CRIME_FAMILIES.items()
        if any(word.startswith(stems) for word in item.words)
    )


def one_family(a: ReportEvidence, b: ReportEvidence) -> bool:
    """The two reports may tell one crime: both tell one family of crime, or either none
    said. A station's morning hold-up and its night break-in are two crimes at one site."""
    mine, theirs = crime_families(a), crime_families(b)
    return not (mine and theirs) or bool(mine & theirs)


def at_a_named_site(place: str | None) -> bool:
    """A place that is a site of ``CRIME_SITES`` named by more than its kind ("munchner
    bundestrase petrol_station"), not a town nor "the petrol station" alone."""
    words = (place or "").split()
    return len(words) > 1 and not CRIME_SITES.isdisjoint(words)


def one_crime_at_one_site(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Both reports, typed "other", at one named site (``at_a_named_site``), each telling a
    crime (``tells_a_crime``) of one family (``one_family``): a site is robbed once a day,
    but broken into or left without paying that day too. The caller has checked they
    share the place."""
    return (
        a.type == b.type == "other"
        and a.place == b.place
        and at_a_named_site(a.place)
        and tells_a_crime(a)
        and tells_a_crime(b)
        and one_family(a, b)
    )
