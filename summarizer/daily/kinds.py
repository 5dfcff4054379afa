"""The kind of event a report tells, finer than its incident type (``EVENT_KINDS``): a
bridge collapse and a road crash are both "accident"; two reports of two kinds are of one
event only on strong evidence (``report_pairs.incident_similarity``). And which incident types
reports of one event may carry (``families_meet``)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache

from summarizer.daily.place_keys import COUNTRY_NAMES, COUNTRY_OF_CAPITAL
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.concepts_what import KIND_CONCEPTS
from summarizer.text.lexicons.event_kinds import EVENT_KIND_PATTERN
from summarizer.text.lexicons.figurative import ADJECTIVE_FIRST, MODIFIERS
from summarizer.text.vocabulary import KINETIC_EVENTS


def event_kind(evidence: str) -> str | None:
    """The kind of event a report's evidence sentence tells first: "a bus struck a van ...,
    hours after a bridge collapsed" is a crash, though it names the collapse too. The first
    kind, as a report opens on its own event and names others after; never a figure of
    speech ("calls the raid a political earthquake", "un séisme politique": ``_figurative``)."""
    folded = fold_accents(evidence.casefold())
    for found in EVENT_KIND_PATTERN.finditer(folded):
        if found.lastgroup and not _figurative(folded, found.start(), found.end()):
            return sys.intern(found.lastgroup)
    return None


# An abstract adjective beside a kind's cue makes it a metaphor (``lexicons.figurative``):
# before it in English and German ("a political earthquake", "ein politisches Erdbeben"),
# after it in the Romance languages ("un séisme politique", "uno tsunami politico"). Each on
# its own side only: "le local du parti politique incendié" was set on fire.
_ABSTRACT_BEFORE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(fold_accents(m) for lang, m in MODIFIERS.items() if lang in ADJECTIVE_FIRST)
    + r")\s+$"
)
_ABSTRACT_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(fold_accents(m) for lang, m in MODIFIERS.items() if lang not in ADJECTIVE_FIRST)
    + r")(?!\w)"
)


def _figurative(folded: str, start: int, end: int) -> bool:
    """The cue at ``folded[start:end]`` is governed by an abstract adjective (``_ABSTRACT_BEFORE``,
    ``_ABSTRACT_AFTER``): a figure of speech, no event."""
    return bool(
        _ABSTRACT_BEFORE.search(folded, max(start - 40, 0), start) or _ABSTRACT_AFTER.match(folded, end)
    )


@lru_cache(maxsize=65536)
def tells_a_kind(word: str) -> bool:
    """A word that tells a kind of event ("fire", "Brand", or a concept such as "evacuated",
    ``KIND_CONCEPTS``): two events of one kind share it."""
    return word in KIND_CONCEPTS or EVENT_KIND_PATTERN.fullmatch(word) is not None


# A report of the harm an event did ("three people died in Lyon on Tuesday") and a report
# of the disaster or accident that did it ("floods hit Lyon on Tuesday") can be of one
# event: the offline engine types a sentence by its first cue, so two reports of one flood
# come as "civilian_harm" and "disaster" (``reports.harm_of_hazard`` decides).
HARM_TYPES = frozenset({"civilian_harm"})
HAZARD_TYPES = frozenset({"disaster", "accident"})
# Kinds of event that strike a place once a day: two reports of a flood or a heatwave at
# one spot on one day are of one flood (two fires or two crashes of one town and day are
# not, see ``event_kind``).
ONCE_A_DAY_KINDS = frozenset({"weather", "heat"})


def event_family(incident_type: str) -> str:
    if incident_type in KINETIC_EVENTS:
        return "kinetic"  # every kinetic pair may match (with a lower type score)
    return incident_type


def harm_and_hazard(type_a: str, type_b: str) -> bool:
    """One type is of harm to people, the other of a disaster or an accident."""
    return (type_a in HARM_TYPES and type_b in HAZARD_TYPES) or (
        type_b in HARM_TYPES and type_a in HAZARD_TYPES
    )


# A decision taken because of a disaster or accident ("the president declared three days
# of mourning after the earthquake, which killed 12"): the offline engine types such a
# report by its verb, so it may be the only report of the quake in its article. It is one
# event with the quake only on strong evidence (``reports.response_to_hazard``).
RESPONSE_TYPES = frozenset({"political_decision"})


def response_and_hazard(type_a: str, type_b: str) -> bool:
    """One type is of a decision, the other of a disaster, an accident or its harm."""
    hazards = HAZARD_TYPES | HARM_TYPES
    return (type_a in RESPONSE_TYPES and type_b in hazards) or (
        type_b in RESPONSE_TYPES and type_a in hazards
    )


# An event and what it led to or how it ended, typed apart by reports that tell it from
# either side: the people moved out of a flood's or a crash's way ("evacuation"), the arrest
# that ended a siege the types do not name ("other"), and the flood or the evacuation that
# an event the types do not name caused (a dam's purge that flooded a campsite). Two such
# reports are of one event only at one place on strong evidence (``pair_evidence.one_chain``):
# of "other" and an evacuation or accident, only where the evacuation's or accident's report
# names the other's event as its cause ("après la purge du barrage": ``named_causes``). Not
# "other" and a disaster: a town's closure and its flood share a count of residents and a
# river's name as often as a flood and its evacuation do.
_CHAINED_TYPES = (
    ("evacuation", "disaster"),
    ("evacuation", "accident"),
    ("arrest", "other"),
    ("evacuation", "other"),
    ("accident", "other"),
)
CHAINED_TYPES = frozenset(frozenset(pair) for pair in _CHAINED_TYPES)


def chained(type_a: str, type_b: str) -> bool:
    """One type may be of an event, the other of what it led to or how it ended (``CHAINED_TYPES``)."""
    return frozenset((type_a, type_b)) in CHAINED_TYPES


def families_meet(type_a: str, type_b: str) -> bool:
    """Two types that reports of one event may carry: of one family (``event_family``),
    or harm and the disaster or accident that did it (``reports.harm_of_hazard`` decides)."""
    return event_family(type_a) == event_family(type_b) or harm_and_hazard(type_a, type_b)


# A vote of a whole nation, in English, German, French and Spanish: a parliamentary or
# general election, a presidential one, a national referendum, ballots cast "nationwide".
# Its place is the nation, whichever town a report tells its count from ("Marrow voters
# turned out at 58 percent in Sunday's parliamentary election"). Accents folded, lower case.
NATIONAL_VOTE = re.compile(
    r"\b(?:parliamentary|general|presidential|national|legislative)\s+elections?\b"
    r"|\bnew\s+parliament\b|\bnational\s+referendum\b|\bnationwide\b"
    r"|\b(?:bundestags|parlaments|nationalrats|prasidentschafts)wahl(?:en)?\b|\bbundesweit\b"
    r"|\belections?\s+(?:legislatives?|presidentielles?)\b|\blegislatives\b|\bpresidentielle\b"
    r"|\belecciones\s+(?:generales|presidenciales|legislativas)\b|\ba\s+nivel\s+nacional\b"
)


# The kind of event of a report of a nation's vote (``report_kind``).
NATIONAL_VOTE_KIND = "national_vote"


def report_kind(incident_type: str, evidence: str) -> str | None:
    """The kind of event a report tells (``event_kind``), or ``NATIONAL_VOTE_KIND`` for a
    report of a nation's vote (``NATIONAL_VOTE``): the town it is told from is not its place."""
    if incident_type == "political_decision" and NATIONAL_VOTE.search(fold_accents(evidence.casefold())):
        return NATIONAL_VOTE_KIND
    return event_kind(evidence)


def nationwide(kind_a: str | None, kind_b: str | None) -> bool:
    """One of two reports tells a nation's vote: their towns are no evidence against them."""
    return NATIONAL_VOTE_KIND in (kind_a, kind_b)


# What a nation's vote elects or decides, by the words its reports use (``merge.report_words``):
# a presidential election, a parliament's, a referendum. Two reports naming two of them and
# nothing in common are of two votes (France's presidential and Bavaria's parliamentary), told
# from towns that say nothing of their countries.
_VOTE_OFFICES = {
    word: office
    for office, block in {
        "president": """presidential presidentielle presidentielles presidenciales presidencial
            prasidentschaftswahl prasidentschaftswahlen""",
        "parliament": """parliamentary legislative legislatives legislativas parlamentarias
            bundestagswahl bundestagswahlen parlamentswahl parlamentswahlen nationalratswahl
            nationalratswahlen""",
        "referendum": "referendum referendums volksabstimmung referendo votation",
    }.items()
    for word in block.split()
}


def votes_apart(words_a: Iterable[str], words_b: Iterable[str]) -> bool:
    """Two reports of nations' votes whose words name what each elects, and nothing alike
    (``_VOTE_OFFICES``): a presidential election and a parliamentary one are two votes."""
    offices_a = {_VOTE_OFFICES[w] for w in words_a if w in _VOTE_OFFICES}
    offices_b = {_VOTE_OFFICES[w] for w in words_b if w in _VOTE_OFFICES}
    return bool(offices_a and offices_b and offices_a.isdisjoint(offices_b))


def two_nations(place_a: str | None, place_b: str | None) -> bool:
    """Two places known to be, or to be the capitals of, two countries: two nations' votes."""
    nations = {COUNTRY_OF_CAPITAL.get(p, p) for p in (place_a, place_b) if p}
    return len(nations) == 2 and nations <= COUNTRY_NAMES
