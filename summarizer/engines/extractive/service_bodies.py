"""Public services named by their kind, in lower case: "la police cantonale genevoise",
"the Geneva police", "la policía local", "les pompiers catalans", and with their article
alone, "la préfecture", "die Polizei", "the police". Copy names the police, the fire
service and the prefecture far more often so than by a proper name; the daily merge reads
such a body as the day's one police, fire service or prefecture (``daily.organisations``).
A qualified name is read first, so a later bare "la police" of the same article is its."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.text.exonyms import exonym_of, is_city
from summarizer.text.gazetteer import known_places_in
from summarizer.text.lexicon import UPPER
from summarizer.text.place_levels import region_level

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder
    from summarizer.engines.extractive.names import Candidate

_PLACE_WORD = rf"[{UPPER}][\w'’\-]+"
# The service's noun, then an adjective or two that qualify it (a level, a demonym) or a
# place it belongs to; or a place before it, as English writes ("the Geneva police").
SERVICES: dict[str, re.Pattern[str]] = {
    "fr": re.compile(
        r"(?<![\w'’-])(?P<name>(?:police|gendarmerie|pompiers|sapeurs-pompiers)"
        r"(?: (?:cantonale|municipale|nationale|judiciaire|régionale|locale|fédérale|"
        r"[a-zéè]+(?:oise|aise|ienne|anne|ane|ans|ois|ais|iens)s?)){1,2})(?![\w'’-])"
    ),
    "es": re.compile(
        r"(?<![\w'’-])(?P<name>(?:policía|bomberos)"
        r"(?: (?:local|nacional|municipal|autonómica|foral|regional|"
        r"[a-záéíóú]+(?:an[oa]s?|in[oa]s?|es[ae]s?|eñ[oa]s?)))"
        rf"|(?:policía|bomberos) de(?:l| la)? {_PLACE_WORD})(?![\w'’-])"
    ),
    "en": re.compile(
        rf"(?<![\w'’-])(?P<name>{_PLACE_WORD}(?:['’]s)? (?:police|fire service|fire brigade))(?![\w'’-])"
    ),
}


# The service with its definite article and nothing after it: "la police", "die Polizei",
# "the police", "la préfecture".
BARE: dict[str, re.Pattern[str]] = {
    "fr": re.compile(r"(?<![\w'’-])(?i:la|les) (?P<name>police|gendarmerie|préfecture|pompiers)(?![\w'’-])"),
    "de": re.compile(r"(?<![\w'’-])(?i:die|der) (?P<name>Polizei|Feuerwehr)(?![\w'’-])"),
    "es": re.compile(r"(?<![\w'’-])(?i:la|los) (?P<name>policía|bomberos)(?![\w'’-])"),
    "en": re.compile(r"(?<![\w'’-])(?i:the) (?P<name>police)(?![\w'’-])"),
}


def find_service_bodies(finder: ActorFinder) -> None:
    """Add each qualified public service the text names (``SERVICES``) as a government
    body, named as written."""
    pattern = SERVICES.get(finder.rules.lang)
    for found in pattern.finditer(finder.text) if pattern is not None else ():
        name = found.group("name")
        if finder.rules.lang == "en" and not _known_place(name.split()[0]):
            continue  # "Riot police", "Two firefighters": what stands before is no place
        finder.add(name, "government", found.start("name"))
    find_bare_services(finder)


def _known_place(word: str) -> bool:
    """A town or a region the tables know ("Geneva", "Valais", "Catalonia's")."""
    word = re.sub(r"['’]s$", "", word)
    return (
        is_city(word)
        or exonym_of(word) is not None
        or region_level(word) is not None
        or any(True for _ in known_places_in(word))
    )


def find_bare_services(finder: ActorFinder) -> None:
    """Add each service the text names with its article alone (``BARE``): to the body of
    the article its noun opens ("la police cantonale"), or as a body of its own."""
    pattern = BARE.get(finder.rules.lang)
    if pattern is None:
        return
    # The body each noun stands for, found once: a scan of every candidate for each of a
    # text's thousand "die Polizei" made the read quadratic.
    bodies: dict[str, Candidate] = {}
    for found in pattern.finditer(finder.text):
        noun = found.group("name")
        body = bodies.get(noun.casefold()) or _body_opened_by(finder, noun)
        if body is not None:
            body.aliases.add(noun)  # "la police cantonale ... la police": one body
        else:
            body = finder.add(noun, "government", found.start("name"))
        bodies[noun.casefold()] = body


def _body_opened_by(finder: ActorFinder, noun: str) -> Candidate | None:
    """The first body the article named whose name opens with ``noun``."""
    folded = noun.casefold()
    return next(
        (
            c
            for c in finder.candidates
            if c.kind != "person" and c.name.split(maxsplit=1)[0].casefold() == folded
        ),
        None,
    )
