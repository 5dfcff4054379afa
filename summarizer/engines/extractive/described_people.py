"""People whom copy introduces by what they do and where they are from, with no title and
no reporting verb: "Spanish cyclist Iker Alzaga was banned", "Belgian sprinter Jens
Vermeulen", "el ciclista zaragozano Iker Alzaga", "le sprinteur belge Jens Vermeulen".
English puts the nationality (a demonym) and the occupation before the name; French and
Spanish put an article, the occupation and its adjective. A company, a club or a place
is introduced the same way ("British airline Virgin Atlantic", "la empresa vasca Kintoa
Mobilités", "la ciudad de Nueva York"): a body's or a place's noun is no occupation, and
the name must look like a person's by the engine's own test."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summarizer.engines.extractive.bracketed_acronyms import MOST_BODIES_PER_RULE
from summarizer.engines.extractive.introduced_bodies import COMPANY_NOUNS
from summarizer.text.gazetteer import COUNTRY_BY_DEMONYM, ORG_WORDS, literal_alternation
from summarizer.text.lexicon import LOWER, UPPER, lexicon
from summarizer.text.vocabulary import ORGANIZATION_ROLES, words

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder

# Nouns that introduce a thing, a place or a team by name, never a person.
NOT_OCCUPATIONS = words(
    """city town village region province island river port state capital club team side
    brand group firm company ship vessel carrier band album film book newspaper channel
    station airport hospital school university street square district
    ciudad pueblo región provincia isla río puerto estado capital equipo marca grupo empresa
    barco buque periódico cadena banda película calle plaza barrio
    ville village région province île fleuve port état capitale équipe marque groupe
    entreprise société navire journal chaîne bande film rue place quartier"""
)
# An occupation is an agent noun: "cyclist", "sprinter", "negotiator", "ciclista",
# "sprinteur", "bombera"; not "diplomacy" ("American diplomacy Antony Blinken").
AGENT_ENDINGS = tuple(
    words(
        """er ers or ors ist ists ant ants ent ents ian ians man woman art
        ista istas ero era eros eras dor dora dores ante antes ente entes
        eur euse eurs euses iste istes ier ière iers ières ien ienne"""
    )
)
_NAME = rf"(?P<name>[{UPPER}][{LOWER}'’-]+(?:[ \t]+[{UPPER}][{LOWER}'’-]+){{1,2}})(?![\w'’-])"
_ARTICLES = {"fr": r"le|la|l['’]|du|au", "es": r"el|la|del|al"}


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    noun = rf"(?P<noun>[{LOWER}][{LOWER}-]{{3,}})"
    if lang == "en":
        return re.compile(
            rf"(?<![\w'’-])(?:{literal_alternation(COUNTRY_BY_DEMONYM)})[ \t]+{noun}[ \t]+{_NAME}"
        )
    if lang in _ARTICLES:
        adjective = rf"[{LOWER}][{LOWER}-]{{2,}}"
        return re.compile(rf"(?<![\w'’])(?:{_ARTICLES[lang]})[ \t]*{noun}[ \t]+{adjective}[ \t]+{_NAME}")
    return None


def find_described_people(finder: ActorFinder) -> None:
    pattern = _pattern(finder.rules.lang)
    if pattern is None:
        return
    lex = lexicon(finder.rules.lang)
    for number, match in enumerate(pattern.finditer(finder.text)):
        if number >= MOST_BODIES_PER_RULE:
            break
        noun = match.group("noun")
        if (
            not noun.endswith(AGENT_ENDINGS)
            or noun in NOT_OCCUPATIONS
            or noun in ORGANIZATION_ROLES
            or noun in ORG_WORDS
            or noun in COMPANY_NOUNS
            or noun in lex.organization_roles
        ):
            continue
        tokens = match.group("name").split()
        if not finder.rules.looks_like_person(tokens):
            continue
        known = finder.lookup(match.group("name"))
        if known is not None and known.kind != "person":
            continue
        finder.add(match.group("name"), "person", match.start("name"), role=noun)
