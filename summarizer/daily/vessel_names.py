"""The names of the ships a report's evidence tells its event of: "the cargo ship Elena
Marr", "Der Frachter „Baltic Star“", "le chalutier Ker Anna", "el carguero Mar Azul", "il
peschereccio Nuova Speranza", "o navio Porto Santo". Two reports of one type, each naming
a ship and no name word in common, tell two ships' events, as two named sites of one town
do (``named_sites.sites_apart``): one cape sees two freighters lose cargo on one night, and
a place read as its landmark ("off Cape Morvan", "vor Cape Morvan",
``place_levels.landmark_of``) no longer tells them apart.

A capitalised word after the ship's kind is not always its name. German and Dutch put a
clause's object or adverb right after its subject ("als der Frachter Hilfe anforderte",
"nahm das Schiff Kurs auf Brest", "nadat de tanker Rotterdam had verlaten"), and German
capitalises every noun: there a name is read when quoted („Baltic Star“), after a ship's
prefix ("MS Europa"), when the kind's phrase opens its clause ("Der Frachter Baltic Star
hat ...", "..., und der Frachter Seemöwe verlor ..."), where the clause's verb can only come
after the whole subject, or when an article, a figure or a preposition and its article
follows the word ("verlor der Frachter Nordstern in der Nacht 40 Container", "verloor het
vrachtschip Noordster 40 containers"): a bare object ends its clause, meets its verb or takes
its own complement ("nahm das Schiff Kurs auf Brest"), a subject's name meets the rest of the
clause. (An object before a preposition and its article, "Kurs auf den Hafen", is read still;
a name before a preposition and a place, "Nordstern vor Cape Morvan", is not.) English names
a day with no "on" ("boarded the vessel Tuesday"): a day or month ends a name, and a nation's
adjective is none of its words ("the trawler British officials detained")."""

from __future__ import annotations

import re

from summarizer.daily.named_sites import NO_NAME, SITE_MARK, fold
from summarizer.text.gazetteer import COUNTRY_BY_DEMONYM
from summarizer.text.vocabulary import MONTHS, WEEKDAYS

# A ship's kind as each language names it before the ship's name.
_VESSEL_NOUNS = (
    r"ship|vessel|freighter|cargo\s+ship|container\s+ship|tanker|trawler|ferry|yacht|boat"
    r"|navire|cargo|porte-conteneurs|chalutier|p[eé]trolier|bateau|voilier"
    r"|frachter|schiff|containerschiff|f[aä]hre|kutter|segelyacht"  # "Tanker", "Trawler" as in English
    r"|schip|vrachtschip|containerschip|veerboot|vissersboot|kotter"
    r"|buque|barco|carguero|portacontenedores|petrolero|pesquero|velero"
    r"|nave|mercantile|portacontainer|petroliera|peschereccio|traghetto"
    r"|navio|cargueiro|porta-contentores|petroleiro|traineira|veleiro"
)
# The prefixes of a ship's name, which tell a name follows and are no word of it (two "MV"
# ships are not one): motor and steam ship, motor tanker, yacht, fishing and research vessel.
_PREFIX = r"(?:MS|MV|MT|MY|SY|SS|HMS|RMS|FV|RV|M/[STVY]|F/V|R/V|S/Y)\.?"
# The kind in any case, perhaps a quotation mark or a prefix, then up to three words, of
# which the name is those capitalised ("Baltic Star hat": "Baltic Star").
_NAMED_VESSEL = re.compile(
    rf"(?<![^\W\d_])(?i:{_VESSEL_NOUNS})\s+(?P<quote>[\"'«»„“”‘’]\s?)?(?:(?P<prefix>{_PREFIX})\s+)?"
    r"(?P<name>[^\W\d_]+(?:[ -][^\W\d_]+){0,2})",
)
# Languages whose clause may hold its object or adverb right after its subject (a verb-second
# main clause, a verb-final subordinate one): an unmarked name is read only in first position.
_OBJECT_AFTER_SUBJECT = frozenset({"de", "nl"})
# Where a clause opens: after a sentence's end, a heading's colon, a line break, a dash or a
# comma ("BREST (dpa) - Der Frachter", "14:05 – Der Frachter", "..., der Frachter").
_CLAUSE_OPENING = re.compile(r"[.!?:;,]\s+|\n\s*|\s[-–—]\s+")
# An article, a preposition, and a preposition with its article, German or Dutch.
_ARTICLE = r"(?i:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|de|het|een)"
_PREPOSITION = r"(?i:auf|an|aus|bei|in|mit|nach|unter|von|vor|zu|aan|bij|met|op|uit|van|voor)"
_WITH_ARTICLE = r"(?i:am|beim|im|vom|zum|zur|ins|ans|aufs)"
# The kind's phrase in first position, before the clause's verb: perhaps a conjunction of
# main clauses ("und der Frachter"), a preposition, then an article and up to two adjectives
# in lower case, no article among them ("Der havarierte Frachter", "Auf dem Schiff", "De
# tanker"; ", dem der Frachter" opens a relative clause), or the kind alone ("Frachter
# Baltic Star verliert Container").
_FIRST_POSITION = re.compile(
    r"\W*(?:(?i:und|aber|doch|denn|oder|sondern|en|maar|want|of)\s+)?"
    rf"(?:(?:{_PREPOSITION}|{_WITH_ARTICLE})\s+)?"
    rf"(?:{_ARTICLE}\s+(?:(?!{_ARTICLE}\s)[a-zäöüßë-]+\s+){{0,2}})?"
)
# What follows a subject's name (its capitalised words) in the clause's middle, where a bare
# object would not stand: an article, a figure, or a preposition and its article ("Nordstern
# in der Nacht", "Nordstern im Sturm", "Noordster 40 containers"); not a preposition and a
# name ("Kurs auf Brest"), nor a verb ("nachdem der Frachter Hilfe angefordert hatte").
_REST_OF_CLAUSE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]*){0,2}\s+"
    rf"(?:\d|(?:{_ARTICLE}|{_PREPOSITION}\s+{_ARTICLE}|{_WITH_ARTICLE})(?!\w))"
)
# How far before the kind its clause's opening is looked for: a first position is short.
_FIRST_POSITION_LENGTH = 80
# Words capitalised in English that name no ship: a day or a month ends a name; a nation's
# adjective is skipped ("the tanker Norwegian Star": "star").
_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
_NO_NAME_WORDS = NO_NAME | {fold(demonym) for demonym in COUNTRY_BY_DEMONYM}
# The evidence read: a passage's opening, where a ship is named.
_MOST_READ = 600


def _in_first_position(text: str, start: int) -> bool:
    """Whether the kind's phrase at ``start`` opens its clause: only a preposition, an article
    and adjectives stand between it and the opening of its sentence, heading or entry."""
    window = max(0, start - _FIRST_POSITION_LENGTH)
    before = text[window:start]
    openings = [found.end() for found in _CLAUSE_OPENING.finditer(before)]
    if not openings and window > 0:
        return False  # the clause opens further back: the kind is no first word of it
    return _FIRST_POSITION.fullmatch(before[max(openings, default=0) :]) is not None


def vessel_names(evidence: str | None, of: str = "", language: str = "") -> frozenset[str]:
    """The name words of the ships ``evidence`` names, marked as ``named_sites`` marks a
    site's, with the event's type ``of`` and "ship" ("@accident/ship:marr"). ``language``
    is the report's: German and Dutch names are read as the module says."""
    if not evidence:
        return frozenset()
    text = evidence[:_MOST_READ]
    found: set[str] = set()
    for match in _NAMED_VESSEL.finditer(text):
        marked = match["quote"] or match["prefix"]
        if (
            language in _OBJECT_AFTER_SUBJECT
            and not marked
            and not _in_first_position(text, match.start())
            and not _REST_OF_CLAUSE.match(text, match.start("name"))
        ):
            continue  # "als der Frachter Hilfe anforderte": an object, not a name
        for word in re.split(r"[ -]", match["name"]):
            if not word[:1].isupper() or word.casefold() in _DATE_WORDS:
                break  # the name ends at a word in lower case ("Baltic Star hat") or a day
            if fold(word) not in _NO_NAME_WORDS:
                found.add(fold(word))
    return frozenset(f"{SITE_MARK}{of}/ship:{word}" for word in found)
