"""Bodies that English copy introduces by what they are: "the national disaster agency
Senapred", "The football federation, FFV,", "a hacker group, NoName057,". The name is one
word (an acronym, "CalStat", "ABVV-Metaal", "NoName057") that nothing else marks as a
body: the noun before it does. A state body's noun with a state word before it
("national", "federal", "regional") makes a government actor. German, French and Spanish
introduce acronyms the same way ("die Gewerkschaft GDL", "le syndicat CGT"): see
``bodies._acting_acronyms``; one capitalised word after a body noun there is as often a
place or part of a longer name ("la policía de Murcia", "Fundación de Estudios Aplicados")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.engines.extractive.names import NOT_NAME
from summarizer.models import ActorKind
from summarizer.text.gazetteer import COUNTRIES, COUNTRY_BY_DEMONYM, ORG_WORDS, known_places_in
from summarizer.text.lexicon import LOWER, UPPER, alternation
from summarizer.text.vocabulary import MONTHS, ORGANIZATION_ROLES, PERSON_ROLES, WEEKDAYS, words

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder

# The one word that names the body: capitalised, letters, digits and inner hyphens.
_NAME = rf"(?P<name>[{UPPER}][\w]*(?:-[\w]+)*)(?![\w'’-])(?!\s*[{UPPER}][{LOWER}])"
# Nouns of bodies that answer to the state, and the words that say a body does.
STATE_NOUNS = words(
    """agency authority regulator ministry department office service commission watchdog police
    administration board inspectorate institute"""
)
ALWAYS_STATE = words("ministry department regulator authority")
STATE_WORDS = words("national state federal regional provincial government public municipal county city")
_NOT_NAMES = frozenset(
    {*NOT_NAME, *(w.capitalize() for w in (*WEEKDAYS, *MONTHS)), "The", "A", "An", "It", "He", "She", "They"}
)


# English puts what the body is before its noun: "the national disaster agency Senapred".
INTRODUCED = re.compile(
    rf"\b(?i:the|a|an|its|their)\s+(?P<mods>(?:[\w'’-]+\s+){{0,3}}?)"
    rf"(?P<noun>{alternation(ORGANIZATION_ROLES - PERSON_ROLES)})(?:\s*,\s*(?:the\s+)?|\s+){_NAME}"
)


# Nouns of bodies that carry a name of their own, which English puts before the noun: "the
# Verdi union", "the Unity party". Not bodies named after their place ("the Hanover
# police", "the Lyon council"): the word before those is a place.
NAMED_BEFORE_NOUNS = words("union party federation alliance movement coalition syndicate association")
NAMED_BEFORE = re.compile(
    rf"\b(?i:the)\s+(?P<name>[{UPPER}][\w]*(?:-[\w]+)*)\s+(?P<noun>{alternation(NAMED_BEFORE_NOUNS)})\b"
)


# A company introduced by its trade, with or without an article: "Appliance maker
# Brightwell said", "carmaker Veltra will". Not "operator" nor "chief": a person's job.
COMPANY_NOUNS = words(
    """maker carmaker automaker drugmaker chipmaker manufacturer retailer airline insurer lender
    brewer conglomerate supermarket"""
)
COMPANY_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{alternation(COMPANY_NOUNS)})\s+{_NAME}")


def _kind(noun: str, mods: str) -> ActorKind:
    if noun in ALWAYS_STATE or (noun in STATE_NOUNS and STATE_WORDS & set(mods.lower().split())):
        return "government"
    kind = ORG_WORDS.get(noun, "organization")
    return "group" if kind == "group" else "organization"


def find_introduced_bodies(finder: ActorFinder) -> None:
    if finder.rules.lang != "en":
        return
    for match in NAMED_BEFORE.finditer(finder.text):
        name = match.group("name")
        if (
            name in _NOT_NAMES
            or name in finder.rules.not_name
            or name.isupper()
            or any(known_places_in(name))
        ):
            continue  # an acronym ("the NMU union") is read by ``bodies._acting_acronyms``
        if name in COUNTRY_BY_DEMONYM or name in COUNTRIES or finder.lookup(name) is not None:
            continue
        finder.add(name, _kind(match.group("noun").lower(), ""), match.start("name"))
    for match in COMPANY_BEFORE.finditer(finder.text):
        name = match.group("name")
        if name in _NOT_NAMES or name in finder.rules.not_name or any(known_places_in(name)):
            continue
        known = finder.lookup(name)
        if known is not None and known.kind == "person":
            known.kind = "organization"  # "Appliance maker Brightwell said": no surname
        finder.add(name, "organization", match.start("name"))
    for match in INTRODUCED.finditer(finder.text):
        name = match.group("name")
        mods = match.group("mods")
        if name in _NOT_NAMES or name in finder.rules.not_name or finder.rules.is_role(name):
            continue  # "the union's President": a person's title, not a body's name
        if any(known_places_in(name)):
            continue
        noun = match.group("noun").lower()
        kind = _kind(noun, mods)
        known = finder.lookup(name)
        if known is not None and known.kind in {"organization", "person"}:
            known.kind = kind  # the noun before the name says what it is
        finder.add(name, kind, match.start("name"))
