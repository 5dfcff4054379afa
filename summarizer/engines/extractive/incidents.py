"""Incidents, sentence by sentence: type from event keywords, then place, time and links.

Types follow ACLED's and PLOVER's coarse event classes; the first matching rule wins, so
more specific rules come first. Mentions of the same type at the same place in one article
fold into one incident.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from summarizer.engines.extractive.incident_guards import NEGATION_REACH, not_an_event
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.crime_events import CRIME_CUES
from summarizer.text.lexicons.escapes_attacks import ANIMAL_ATTACK_CUES, ESCAPE_CUES
from summarizer.text.lexicons.events import INCIDENT_CUES as INCIDENT_CUES_BY_LANGUAGE
from summarizer.text.lexicons.everyday_mishaps import (
    LEAK_CUES,
    LOST_LOAD_CUES,
    POISONING_CUES,
    RESCUE_CUES,
    SEIZURE_CUES,
)
from summarizer.text.lexicons.falls import FALL_CUES
from summarizer.text.lexicons.link_denials import LINK_DENIAL_CUES
from summarizer.text.lexicons.mishap_events import BRAWL_CUES, COLLISION_CUES, ORDNANCE_CUES
from summarizer.text.lexicons.news_events import (
    BUSINESS_CUES,
    COURT_CUES,
    CROWD_CONTROL_CUES,
    DISRUPTION_CUES,
    OUTBREAK_CUES,
    STATEMENT_CUES,
)
from summarizer.text.lexicons.news_events import DISTINCT_EVENT_CUES as DISTINCT_EVENT_CUES_BY_LANGUAGE
from summarizer.text.lexicons.protests import MARCH, STRIKE
from summarizer.text.lexicons.vehicle_troubles import BREAKDOWN_CUES, VEHICLE_BREAK_IN_CUES
from summarizer.text.normalize import lower_keeping_offsets
from summarizer.text.restorations import tells_a_return_home
from summarizer.text.vocabulary import DISTINCT_EVENT_CUES, INCIDENT_CUES, INCIDENT_FALLBACK_CUES

# Each type's cues as one alternation, bounded on both sides: a cue is a whole word. The
# kinds of general news (``lexicons/news_events.py``, ``crime_events.py``) come last, under names of their own,
# and are reported as a schema type (``REPORTED_AS``, ``type_in_article``).
EXTRA_RULES = (
    ("court", COURT_CUES),
    ("business", BUSINESS_CUES),
    ("outbreak", OUTBREAK_CUES),
    ("crime", CRIME_CUES),
    ("escape", ESCAPE_CUES),
    ("animal_attack", ANIMAL_ATTACK_CUES),
    ("collision", COLLISION_CUES),
    ("fall", FALL_CUES),
    ("brawl", BRAWL_CUES),
    ("ordnance", ORDNANCE_CUES),
    ("crowd_control", CROWD_CONTROL_CUES),
    ("statement", STATEMENT_CUES),
    ("disruption", DISRUPTION_CUES),
    ("poisoning", POISONING_CUES),
    ("leak", LEAK_CUES),
    ("lost_load", LOST_LOAD_CUES),
    ("seizure", SEIZURE_CUES),
    ("rescue", RESCUE_CUES),
    ("breakdown", BREAKDOWN_CUES),
    ("break_in", VEHICLE_BREAK_IN_CUES),
)
TYPE_RULES: list[tuple[str, str]] = [
    *((kind, "|".join(cues)) for kind, cues in INCIDENT_CUES),
    *((kind, "|".join(cues["en"])) for kind, cues in EXTRA_RULES),
]
REPORTED_AS = {
    "court": "other",
    "business": "other",
    "outbreak": "other",
    "crime": "other",
    "escape": "other",
    "animal_attack": "other",
    "collision": "accident",
    "fall": "accident",
    "brawl": "other",
    "ordnance": "other",
    "crowd_control": "protest",
    "disruption": "other",
    "poisoning": "accident",
    "leak": "accident",
    "lost_load": "accident",
    "seizure": "other",
    "rescue": "accident",
    "breakdown": "accident",
    "break_in": "other",
    "restoration": "other",
}
# Matched against the lower-cased sentence (see ``lower_keeping_offsets``), so written in lower case.
DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected|refuted)\b")
DISPUTE = re.compile(r"\b(?:disputed|contested|could not be (?:independently )?verified)\b")
CLAIM = re.compile(r"\b(?:claim\w*|alleg\w*|according to|said|says|reported|announced)\b")
# Where a speaker spoke ("told reporters in Santiago", "said at a rally in Leeds"): the
# place of the telling, not of any event.
SPOKEN_AT = re.compile(
    r"\b(?i:told|telling|said|says|saying|speaking|spoke|addressing|addressed)"
    r"(?:\s+(?:to\s+)?(?:reporters|journalists|the press|the media|supporters|lawmakers|parliament|"
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:news conference|press conference|briefing|rally|meeting|audience|crowd)))?"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:capital,?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+"
)


# Types whose cue outranks any other in the same sentence: "drones were shot down" is an
# interception even though "drones" comes first.
PRIORITY_TYPES = ("interception", "missile_strike")
# The rules are written in lower case and matched against the lower-cased sentence:
# Python's IGNORECASE makes these alternations about three times slower.
# Cues start words: the leading ``\b`` lets the scan skip every other position at once
# (a cue may start with a digit: "a 48-hour strike").
PRIORITY_PATTERNS = [(k, re.compile(rf"\b(?=[a-z])(?:{p})\b")) for k, p in TYPE_RULES if k in PRIORITY_TYPES]
ANY_PRIORITY = re.compile(
    r"\b(?=[a-z])(?:" + "|".join(f"(?P<{k}>(?:{p})\\b)" for k, p in TYPE_RULES if k in PRIORITY_TYPES) + ")"
)
# One alternation of every rule, each a named group: the leftmost cue wins in one search,
# and at one position the earlier rule wins, as alternation order guarantees.
FALLBACK = re.compile(
    r"\b(?=[a-z])(?:"
    + "|".join(f"(?P<{kind}>(?:{'|'.join(cues)})\\b)" for kind, cues in INCIDENT_FALLBACK_CUES)
    + ")"
)
# Every fallback cue holds one of these: sentences without them skip the search.
FALLBACK_WORDS = ("kill", "injur", "wound", "death", "died", "hurt")
ANY_TYPE = re.compile(
    r"\b(?=[a-z\d])(?:" + "|".join(f"(?P<{kind}>(?:{pattern})\\b)" for kind, pattern in TYPE_RULES) + ")"
)
# A denial of a link just before a cue, in any language (``lexicons.link_denials``): "the
# road works have nothing to do with the explosion", "no tenen res a veure amb l'explosió".
DENIED_LINK_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(c for cues in LINK_DENIAL_CUES.values() for c in cues) + r")[\s\w'’-]{0,30}$"
)
# Talks are the setting of many a report ("nurses walked out after talks collapsed"): any
# other event of the sentence is what it reports. A crime is the setting of the arrest or
# verdict it led to, and a council (a cue that names where) of what happened there.
# People fleeing, or killed or hurt, in a sentence that names the disaster, accident or
# outbreak they fled or suffered ("400 vecinos han sido desalojados por el fuego", "died
# in the outbreak") are that event's report; people hurt in a crime ("resultó herido
# durante el atraco") are the crime's.
HAZARDS = frozenset({"disaster", "accident", "outbreak"})
YIELDS_TO: dict[str, frozenset[str] | None] = {
    "talks_diplomacy": None,
    "statement": None,
    "disruption": None,
    "crime": frozenset({"arrest", "court"}),
    # An inmate who escaped and was caught is the arrest's report; livestock killed in a
    # flood or a storm is the disaster's.
    "escape": frozenset({"arrest", "court"}),
    "animal_attack": HAZARDS,
    # Goods seized and an arrest are the arrest's report; people rescued from a flood, a
    # crash or a poisoning are that event's.
    "seizure": frozenset({"arrest", "court"}),
    "rescue": HAZARDS | {"collision", "fall", "poisoning", "leak", "crime", "brawl"},
    "evacuation": HAZARDS | {"fall"},
    "civilian_harm": HAZARDS
    | {"crime", "escape", "animal_attack", "collision", "fall", "brawl", "poisoning", "leak"},
    # A tree brought down by a storm named in the same sentence is the storm's report.
    "fall": frozenset({"disaster"}),
}
SETTING_CUES = re.compile(r"gemeinderat|stadtrat")
# A decision that answers a disaster or an accident named in the same sentence ("declared
# three days of national mourning after the earthquake") is that event's report.
ANSWERS_A_HAZARD = re.compile(r"declared\b.*\bmourning|state of emergency")


@cache
def _other_language_types(lang: str) -> re.Pattern[str] | None:
    cues = INCIDENT_CUES_BY_LANGUAGE.get(lang)
    if cues is None:
        return None
    # A language without a kind's table does not read that kind (Italian and Portuguese
    # read no air or business news yet): an empty alternation would match everywhere.
    rules = [*cues, *((kind, extra[lang]) for kind, extra in EXTRA_RULES if extra.get(lang))]
    return re.compile(
        r"(?<!\w)(?:" + "|".join(rf"(?P<{kind}>(?:{'|'.join(c)})(?!\w))" for kind, c in rules) + ")"
    )


# The cues a sentence is read by, at most: a sentence of news holds a handful. Each cue's
# guards read the whole sentence ("was reported every year", ``not_an_event``), so a
# pathological "sentence" of thousands of cues ("trovate armi trovate armi ...", "lake fell
# 30 metres lake fell 30 metres ...") would cost their number times its length.
MAX_CUES = 64


def _first_event(rule: re.Pattern[str], lowered: str, lang: str) -> str | None:
    """The type of the first cue that reports an event. A setting (``YIELDS_TO``) is the
    type only when no later cue of the sentence reports what it yields to, nor one it
    denies a link with (``DENIED_LINK_BEFORE``). Only the first ``MAX_CUES`` cues."""
    settings: list[tuple[str, frozenset[str] | None]] = []
    for found in itertools.islice(rule.finditer(lowered), MAX_CUES):
        kind = found.lastgroup
        if kind is None or not_an_event(lowered, kind, found.start(), found.end(), lang):
            continue
        if settings and DENIED_LINK_BEFORE.search(
            lowered, max(found.start() - 2 * NEGATION_REACH, 0), found.start()
        ):
            # "Traffic cuts for road works, which have nothing to do with the explosion": the
            # sentence's own event came first, and what it is set apart from is none of it.
            # Alone, what is denied a link may be the report ("unrelated to this morning's
            # crane collapse, in which a colleague died").
            continue
        if SETTING_CUES.fullmatch(found.group()):
            settings.append((kind, None))
        elif ANSWERS_A_HAZARD.fullmatch(found.group()):
            settings.append((kind, HAZARDS))
        elif kind in YIELDS_TO:
            # An earlier setting that yields to this one by name (harm to a crime) is its.
            settings = [(k, y) for k, y in settings if y is None or kind not in y]
            settings.append((kind, YIELDS_TO[kind]))
        else:
            # An earlier setting that does not yield to this event is what is reported.
            for setting, yields in settings:
                if yields is not None and kind not in yields:
                    return setting
            return kind
    return settings[0][0] if settings else None


def incident_type(sentence: str, lang: str = "en") -> str | None:
    """The schema type of the event the sentence reports, read alone (``incident_kind``)."""
    kind = incident_kind(sentence, lang)
    return None if kind is None else REPORTED_AS.get(kind, kind)


def type_in_article(kind: str, earlier: list[str]) -> str:
    """The schema type of a sentence's event kind, given the types of the incidents the
    article reported before it: houses that collapsed in a quake are the quake's, tear gas
    fired at a stadium crush is the crush's (unless a protest was reported), and trains
    cancelled in a storm or a strike are the storm's or the strike's. A sentence that tells
    another event (``tells_another_event``: "road works that have nothing to do with the
    explosion") is read with no event before it."""
    if kind in ("accident", "rescue", "fall") and "disaster" in earlier:
        return "disaster"
    if kind == "crowd_control" and "protest" not in earlier:
        for before in reversed(earlier):
            if before in ("accident", "disaster"):
                return before
    if kind == "disruption":
        for before in reversed(earlier):
            if before in ("accident", "disaster", "protest"):
                return before
    return REPORTED_AS.get(kind, kind)


def incident_kind(sentence: str, lang: str = "en") -> str | None:
    """The priority types if their cue is present (interception first); else the kind
    whose cue comes first: a schema type, or one of ``REPORTED_AS``. German, French and
    Spanish read their own cue tables, where the kind whose cue comes first wins. Talks
    yield to any other event of the sentence, and a cue that reports no event
    (``incident_guards``) is passed over. An event's sentence that tells people going back
    home reports that return, whatever hazard it names: "Residents evacuated after the
    rollover were allowed to return home" ends the evacuation (``text.restorations``)."""
    kind = _cue_kind(sentence, lang)
    return "restoration" if kind is not None and tells_a_return_home(sentence) else kind


# A clock time written with a dot ("om 14.05 uur", "um 16.45 Uhr", "at 10.30am"): read
# with a colon, as cues that span a few words up to a full stop ("een vrachtwagen ... is om
# 14.05 uur gekanteld") would otherwise stop at the time. Only a time a preposition or a
# word of hours tells, not an amount ("1.800 quilos").
_CLOCK_WITH_A_DOT = re.compile(
    r"(?P<before>\b(?:om|um|gegen|rond|at|around|about|vers|las|às|alle|ore)\s+)?"
    r"(?<![\d.,])(?P<hours>[01]?\d|2[0-3])\.(?P<minutes>[0-5]\d)(?![\d]|[.,]\d)"
    r"(?P<after>\s*(?:uur|uhr|hores|horas|heures|ore|h|am|pm|a\.m|p\.m)\b)?"
)


def _clock_with_a_colon(found: re.Match[str]) -> str:
    if found.group("before") is None and found.group("after") is None:
        return found.group()
    dot = found.end("hours") - found.start()
    return found.group()[:dot] + ":" + found.group()[dot + 1 :]


def _cue_kind(sentence: str, lang: str) -> str | None:
    lowered = _CLOCK_WITH_A_DOT.sub(_clock_with_a_colon, lower_keeping_offsets(sentence))
    if (other := _other_language_types(lang)) is not None:
        return _first_event(other, lowered, lang)
    priority = ANY_PRIORITY.search(lowered)
    if priority is None:
        found = _first_event(ANY_TYPE, lowered, lang)
        if found is None and any(word in lowered for word in FALLBACK_WORDS):
            found = _first_event(FALLBACK, lowered, lang)
        return found
    if priority.lastgroup == PRIORITY_TYPES[0]:
        return priority.lastgroup
    # The first priority cue is a later-ranked one: an earlier-ranked cue further on wins.
    first_ranked = PRIORITY_PATTERNS[0][1]
    return PRIORITY_TYPES[0] if first_ranked.search(lowered, priority.start()) else priority.lastgroup


WORD = re.compile(r"[^\W\d_]+")
# A strike told without its noun: "walked out", "legten die Arbeit nieder" (accents folded).
STRIKE_PHRASES = re.compile(
    r"\b(?:walk(?:ed|s|ing)? out|downed tools|stopped work|on strike|legten [^.]{0,40}die arbeit nieder"
    r"|en greve|mis(?:es)? en greve|de paro)\b"
)


def protest_form(sentence: str) -> str | None:
    """Whether a protest's sentence names only a strike or only a march ("strike",
    "march"): a walkout and a march through the same city that day are two events, each
    reported on its own."""
    folded = fold_accents(sentence.lower())
    said = set(WORD.findall(folded))
    strike = not STRIKE.isdisjoint(said) or STRIKE_PHRASES.search(folded) is not None
    march = not MARCH.isdisjoint(said)
    if strike == march:
        return None
    return "strike" if strike else "march"


@cache
def _distinct_event(lang: str) -> re.Pattern[str]:
    # A language without a table of its own reads English's and its own denials of a link
    # ("no tenen res a veure amb", "niets te maken met"): what is denied a link is another event.
    cues = DISTINCT_EVENT_CUES_BY_LANGUAGE.get(lang) or (
        *DISTINCT_EVENT_CUES,
        *LINK_DENIAL_CUES.get(lang, ()),
    )
    return re.compile(r"\b(?:" + "|".join(cues) + r")\b")


def tells_another_event(sentence: str, lang: str = "en") -> bool:
    """Whether the sentence opens the report of another event ("In a separate case, ...",
    "Dans une autre affaire, ..."): it continues no incident before it."""
    return _distinct_event(lang).search(lower_keeping_offsets(sentence)) is not None


def status_of(sentence: str) -> str:
    lowered = lower_keeping_offsets(sentence)
    if DENIAL.search(lowered):
        return "denied"
    if DISPUTE.search(lowered):
        return "disputed"
    if CLAIM.search(lowered):
        return "claimed"
    return "reported"


def reported_part(sentence: str, start: int, quoted: list[tuple[int, int]], lang: str = "en") -> str:
    """The sentence (starting at ``start`` in the article) as the writer reports it: the
    words inside its direct quotations and, in English, where its speaker spoke, blanked
    out (position for position). '"We are asking people to stay away from the beaches,"
    the minister told reporters in Santiago' reports no disaster, and none in Santiago."""
    chars = list(sentence)
    for q_start, q_end in quoted:
        for at in range(max(q_start - start, 0), min(q_end - start, len(chars))):
            chars[at] = " "
    blanked = "".join(chars)
    if lang == "en":
        blanked = SPOKEN_AT.sub(lambda m: " " * len(m.group()), blanked)
    return blanked
