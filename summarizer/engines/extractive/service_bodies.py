"""Public services named by their kind, in lower case, with what qualifies them: "la police
cantonale genevoise", "the Geneva police", "la policía local", "les pompiers catalans".
Copy names the police, the fire service and the prefecture so far more often than by a
proper name; the daily merge reads such a body as the day's one police, fire service or
prefecture (``daily.organisations``). A bare "the police" with nothing to qualify it is
left out, as the engine leaves out every bare generic body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.text.exonyms import exonym_of, is_city
from summarizer.text.gazetteer import known_places_in
from summarizer.text.lexicon import UPPER
from summarizer.text.place_levels import region_level

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder

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
        rf"(?<![\w'’-])(?<!the )(?P<name>{_PLACE_WORD}(?:['’]s)? (?:police|fire service|fire brigade))(?![\w'’-])"
    ),
}


def find_service_bodies(finder: ActorFinder) -> None:
    """Add each qualified public service the text names (``SERVICES``) as a government
    body, named as written."""
    pattern = SERVICES.get(finder.rules.lang)
    if pattern is None:
        return
    for found in pattern.finditer(finder.text):
        name = found.group("name")
        if finder.rules.lang == "en" and not _known_place(name.split()[0]):
            continue  # "Riot police", "Two firefighters": what stands before is no place
        finder.add(name, "government", found.start("name"))


def _known_place(word: str) -> bool:
    """A town or a region the tables know ("Geneva", "Valais", "Catalonia's")."""
    word = re.sub(r"['’]s$", "", word)
    return (
        is_city(word)
        or exonym_of(word) is not None
        or region_level(word) is not None
        or any(True for _ in known_places_in(word))
    )
