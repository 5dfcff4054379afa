"""How the engine writes a town's name read from capitals, and when a saint's name is a
town's rather than a person's."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.place_name_words import (
    PLACE_NAME_CONJUNCTIONS,
    PLACE_NAME_JOINER_WORDS,
    SAINT_TITLES,
)

# The small words of a town's name, written in lower case inside it ("San Juan del Estanque",
# "Lully-sur-Vernay", "Sant Joan de l'Estany", "Castilla y León").
_NAME_JOINERS = PLACE_NAME_JOINER_WORDS | PLACE_NAME_CONJUNCTIONS


def as_a_name(capitals: str) -> str:
    """A name written in capitals as names are written: each part of a word capitalised
    after a hyphen or an apostrophe ("SAINTE-ALDEGONDE", "L'ALFÀS DE MAR": "Sainte-Aldegonde",
    "L'Alfàs de Mar"), its joiners in lower case, so that it reads as its other mentions."""
    parts = re.split(r"([\s\-'’]+)", capitals.lower())
    named = [p if n and p in _NAME_JOINERS else p[:1].upper() + p[1:] for n, p in enumerate(parts)]
    return "".join(named)


# A preposition that sets where something happened, in each language the newsrooms write.
_IN_A_TOWN = re.compile(r"(?i:\b(?:in|im|at|near|bei|en|à|au|a|em|na|no|nel|nella|a\s+la)\s+)$")


def a_saint_s_town(sentence: str, at: int, location: str) -> bool:
    """A saint's name just after "in" is a town named for him, though the actor reader took
    it for a person: "In Sankt Florin hat die Gendarmerie ...", "à Saint-Florin", "en San
    Pedro". Not after "to" or "of" ("prayed to Saint Anthony", "a statue of Saint Peter")."""
    title = re.split(r"[\s\-]", location, maxsplit=1)[0]
    return fold_accents(title) in SAINT_TITLES and _IN_A_TOWN.search(sentence, 0, at) is not None


# Where a person lives or comes from, just before a town: no place of what happened to
# them ("la victime, domiciliée à Moderbourg", "Zwei Frauen aus Bochum", "un vecino de
# Olmeda", "a man who lives in Dunmore", "un turista residente in Baviera"). Not "residents
# of" (those evacuated where they live) nor "from" (evacuated from a town).
# The people "aus" a town are its people ("Zwei Frauen aus Bochum", "ein 34-Jähriger aus
# Tarvel"); the fire brigades or goods "aus" it are only sent from there.
_PEOPLE_FROM = (
    r"(?:Frau(?:en)?|Mann|Männer|Menschen?|Person(?:en)?|Kind(?:er)?|Jugendliche[rn]?|Schüler(?:in(?:nen)?)?"
    r"|Tourist(?:en|in|innen)?|Urlauber(?:in(?:nen)?)?|Fahrer(?:in(?:nen)?)?|Familie|Ehepaar|Paar"
    r"|Senior(?:in|en|innen)?|Rentner(?:in(?:nen)?)?|Wander(?:er|in|innen)|Gäste?|Besucher(?:in(?:nen)?)?"
    r"|Bewohner(?:in(?:nen)?)?|[\w-]*[Jj]ährige[rn]?)\s+aus"
)
_LIVES_IN = re.compile(
    r"(?:\b(?:who\s+lives?\s+in|who\s+lived\s+in|a\s+native\s+of|a\s+resident\s+of"
    r"|domicilié(?:e|s|es)?\s+(?:à|au|en)|originaire\s+(?:de|du|d['’])"
    r"|wohnhaft\s+in|" + _PEOPLE_FROM + r"|vecin[oa]s?\s+de|natural\s+de|residente\s+en"
    r"|residente\s+(?:a|in)|originari[oa]\s+di|residente\s+em|morador(?:a)?\s+de)\s+)$"
)
_LIVES_IN_REACH = 40


def where_someone_lives(sentence: str, at: int) -> bool:
    """The place read at ``at`` is where a person lives or comes from (``_LIVES_IN``)."""
    return _LIVES_IN.search(sentence, max(0, at - _LIVES_IN_REACH), at) is not None
