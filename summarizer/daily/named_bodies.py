"""The companies and organisations an event's report names in its evidence sentence, as the
day's actors: what joins the reports of an announcement, a closure or a takeover (typed
"other", with no toll or street to share) and what keeps two of one town apart ("Brightwell
will close its factory" and "Calloway Bakeries will close its bakery", both in Hexley on
one Wednesday). A name is found by its words, whichever article named the body, so "the
Brightwell owner said" names Brightwell though its article only lists "BDA"."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING

from summarizer.daily.merge import stopwords
from summarizer.daily.ordinal_events import ARTICLES
from summarizer.daily.place_keys import place_key
from summarizer.daily.places import places_in
from summarizer.text.accents import fold_accents
from summarizer.text.lexicon import according_to_any_language
from summarizer.text.lexicons.organisations import CONCEPTS, FILLER, GENERIC, PLACE_NAMED_BODIES
from summarizer.text.vocabulary import words

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord

# The kinds of actor an event's report may be about: not a government, an army or a person
# (a ministry or the police is named in the reports of every kind of event).
BODY_KINDS = frozenset({"organization", "group"})
# Bodies that are where events happen, or that attend every kind of them, not whose an
# event is: a court hears two trials a day, a hospital treats the hurt of two accidents, the
# police or the fire brigade are named in the reports of any event. With the bodies named
# after their place (``PLACE_NAMED_BODIES``); a German compound by its last part
# ("Landgericht", "Bundespolizei").
VENUES = PLACE_NAMED_BODIES | words(
    """court courts gericht tribunal tribunale juzgado audiencia cour parliament parlament
    parlement parlamento council rat conseil consejo stadium stadion stade estadio
    police polizei policia gendarmerie guardia constabulary sheriff feuerwehr brigade pompiers
    bomberos ambulance rettungsdienst samu coastguard army armee ejercito bundeswehr"""
)
_VENUE_HEAD_LETTERS = 5
# A word of a name: letters (any script) and digits, "&" and apostrophes apart.
_TOKEN = re.compile(r"[^\W_]+")


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold_accents(text.casefold())))


@cache
def _generic() -> frozenset[str]:
    """Words a body's name shares with any other body's: "Group", "Union", "Ministry", "plc",
    "GmbH", function words of every language."""
    from summarizer.daily.report_words import common_words

    return stopwords() | common_words() | frozenset(CONCEPTS) | GENERIC | FILLER


def _venue(word: str) -> bool:
    return word in VENUES or any(
        word.endswith(v) and len(v) >= _VENUE_HEAD_LETTERS and len(word) > len(v) for v in VENUES
    )


def _names_a_body(name: str) -> bool:
    """A name that can tell one body from another: some capitalised word of it is neither
    a function word nor a word every body's name may hold ("the union", "Polizei" are not),
    and none of it names a venue ("Landgericht Hamburg" hears two trials a day)."""
    generic = _generic()
    folded = [(word, fold_accents(word.casefold())) for word in _TOKEN.findall(name)]
    if any(_venue(word) for _, word in folded):
        return False
    return any(word[:1].isupper() and key not in generic for word, key in folded)


class BodyIndex:
    """The day's bodies by the words of their names (each name's first word a key), a body
    its articles name only by an acronym read as the one whose name it spells ("BDA" and
    "Brightwell Domestic Appliances plc", should the day's actors not have joined them)."""

    def __init__(self, names: Iterable[tuple[str, str]], places: frozenset[str] = frozenset()) -> None:
        """``names``: (a name or alias as written, the day's actor id it names); ``places``:
        the place keys of the day's reports. A body named as one of them ("Toulouse", the
        club; "Orange", the telephone company) is not told from its place: every report of
        the town would name it."""
        self._by_first: dict[str, set[tuple[tuple[str, ...], str]]] = defaultdict(set)
        named = [(name, words, daily_id) for name, daily_id in names if (words := _tokens(name))]
        spelt = {_initials(words): daily_id for name, words, daily_id in named if len(words) > 1}
        self._same: dict[str, str] = {}
        for name, words, daily_id in named:
            if _ACRONYM.fullmatch(name) and (whole := spelt.get(words[0])) and whole != daily_id:
                self._same[daily_id] = whole
            if _names_a_body(name) and place_key(name) not in places:
                self._by_first[words[0]].add((words, daily_id))

    def named_in(self, evidence: str, *, sources: bool = True) -> frozenset[str]:
        """The day's bodies whose name the evidence sentence holds, as whole words; without
        ``sources``, not those named as who tells the event (``_attributed``)."""
        words = _tokens(evidence)
        told_by = frozenset() if sources else _attributed(evidence)
        found: set[str] = set()
        for start, word in enumerate(words):
            if start in told_by:
                continue
            for name, daily_id in self._by_first.get(word, ()):
                if words[start : start + len(name)] == name:
                    found.add(self._same.get(daily_id, daily_id))
        return frozenset(found)


# Where a source's phrase ends: a clause's punctuation ("Según la empresa X, los ladrones").
_CLAUSE_END = re.compile(r"[,;:.!?()\n]")
# The most words a source's phrase holds ("según la empresa de alquiler de coches Atlantia
# Rent"). A cue whose clause runs on is no source's phrase we can bound: "Laut Polizei sind
# Einbrecher bei X eingestiegen" names its source and then the crime's party, and "so",
# "secondo", "segundo" are also "as" and "second" ("il secondo furto da X in un mese").
_SOURCE_WORDS = 8
# An article before a cue makes it a rank: "il secondo furto", "o segundo assalto".
_RANKED_CUE = re.compile(rf"(?<!\w)(?:{ARTICLES})\s+$")


def _attributed(evidence: str) -> frozenset[int]:
    """The positions of the evidence's words (``_tokens``) in a phrase naming who tells the
    event ("según la empresa de alquiler Atlantia", "selon la GNR", "laut der Reederei"):
    from an "according to" of any language to the clause's end, when that comes within
    ``_SOURCE_WORDS``. Read on the words' folded
    text, with each word's and each clause end's offset found once: a hostile text of
    thousands of cues takes no more than one pass and a search per cue."""
    folded = fold_accents(evidence.casefold())
    starts = [word.start() for word in _TOKEN.finditer(folded)]
    ends = [mark.start() for mark in _CLAUSE_END.finditer(folded)]
    found: set[int] = set()
    covered = 0  # the words up to here are a source's already: each is added once
    for cue in according_to_any_language().finditer(folded):
        after = bisect_left(ends, cue.end())
        last = bisect_left(starts, ends[after] if after < len(ends) else len(folded))
        first = bisect_left(starts, cue.end())
        if last - first > _SOURCE_WORDS or _RANKED_CUE.search(folded, max(0, cue.start() - 8), cue.start()):
            continue
        if first == last or not _opens_a_source(evidence, folded, starts[first]):
            continue
        found.update(range(max(covered, first), last))
        covered = max(covered, last)
    return frozenset(found)


def _opens_a_source(evidence: str, folded: str, start: int) -> bool:
    """The word at ``start`` may open who tells the event: a name or a German noun, as
    written with a capital ("laut Polizei", "selon Atlantia"), or a function word ("según la
    empresa", ", so die Polizei"). Not an adverb or an adjective: "so viel", "so quick".
    ``evidence`` tells a capital where folding kept every position (it does unless a
    letter folds to two, as "ß")."""
    found = _TOKEN.match(folded, start)
    as_written = evidence[start] if len(evidence) == len(folded) else "A"
    return as_written.isupper() or (found is not None and found.group() in stopwords())


# An acronym as a name is written: capitals (and digits) only, "BDA", "EQA", "GHL".
_ACRONYM = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9]{1,5}")
# Words of a company's legal form, left out of the name an acronym spells.
LEGAL_FORMS = words("plc ltd llc inc corp co gmbh ag kg se sa sas sarl sl spa nv bv")


def _initials(words: tuple[str, ...]) -> str:
    """The first letters of a name's words, function words and legal forms aside."""
    return "".join(w[0] for w in words if w not in FILLER and w not in LEGAL_FORMS)


def day_bodies(records: Iterable[ArticleRecord], actor_map: Mapping[tuple[str, str], str]) -> BodyIndex:
    """The index of the day's bodies (``BODY_KINDS``), by their names and aliases as each
    article gives them, as the day's actors (``actor_map``)."""
    records = list(records)
    places = frozenset(
        key
        for record in records
        for incident in record.incidents
        for key in (
            place_key(incident.place) if incident.place else "",
            *places_in(incident.evidence, record.language),
        )
        if key
    )
    return BodyIndex(
        (
            (name, actor_map[(record.id, actor.id)])
            for record in records
            for actor in record.actors
            if actor.kind in BODY_KINDS and (record.id, actor.id) in actor_map
            for name in (actor.name, *actor.aliases)
        ),
        places,
    )


def bodies_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both reports name bodies, and none in common: two companies' announcements."""
    return bool(a and b and a.isdisjoint(b))
