"""An organisation's name as the daily merge matches it, in any of the languages the rules
read: a bag of concepts ("Ministerio del Interior", "ministère de l'Intérieur",
"Innenministerium" and "Interior Ministry" are all ``interior ministry``), and when one
name is a shorter form of another ("Interior" of "Germany's Interior Ministry")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache, lru_cache

from summarizer.daily.body_countries import COUNTRY_WORDS, country_named
from summarizer.daily.city_names import cities_as_own, named_place
from summarizer.daily.force_stations import station_as_force
from summarizer.daily.german_compounds import compound_parts
from summarizer.linkage import name_key
from summarizer.text.abbreviations import english_place_names, of_place, places_in_english, without_legal_form
from summarizer.text.accents import fold_accents
from summarizer.text.gazetteer import ORG_WORDS
from summarizer.text.lexicons.body_domains import (
    DOMAIN_CONCEPTS,
    EXPANSIONS,
    NAMED_FIRM_KINDS,
    PHRASE_EXPANSIONS,
    RIVERS,
    SPLIT_HEADS,
    UNSAID,
)
from summarizer.text.lexicons.organisations import (
    COMPOUND_HEADS,
    COMPOUND_MODIFIERS,
    CONCEPTS,
    FILLER,
    GENERIC,
    LEVEL_NOUNS,
    LEVEL_WORDS,
    PHRASES,
    PLACE_NAMED_BODIES,
    TRADE_WORDS,
    UNQUALIFIED_HEADS,
    VAGUE_PLURALS,
)
from summarizer.text.lexicons.places import REGION_LEVELS

_SPELLING = {"organisation": "organization", "programme": "program"}
# A word, or a possessive ("germany"s": name keys write every quote mark as '"').
_WORD = re.compile(r"\w+(?:\.\w+)*(?:[\"'’]s\b)?")
# Levels of government and countries: what tells "Germany's Interior Ministry" from the
# day's "Interior Ministry" only in saying whose it is.
LEVELS = LEVEL_WORDS | COUNTRY_WORDS
NATIONWIDE = frozenset({"federal", "national"})
# The levels of places that hold towns, as organisation keys write them (English
# "department" too, after a place: "the Haut-Rhin department").
PLACE_LEVELS = REGION_LEVELS | {"department"}
# Words that say what kind of body a name is ("ministry", "police", "union").
BODY_WORDS = (GENERIC - LEVELS) | UNQUALIFIED_HEADS | {"court", "guard"}


@cache
def name_kinds() -> frozenset[str]:
    """Words that say what kind of body an organisation with a name of its own is, as
    concepts ("union", "group", "bank", "Gewerkschaft", "syndicat", "partido"): a bare name
    ("Verdi", "Corvex") is the day's one body of that name and such a word. The gazetteer's
    organisation words and every lexicon's organisation roles and endings, not the concept
    table's public bodies (police, fire service, court...) nor bodies named after where they
    are (``PLACE_NAMED_BODIES``): "Lindau" is no more its fire brigade than "Russia" its army."""
    from summarizer.text.language import MERGED
    from summarizer.text.lexicon import merge_lexicon

    found = {word for word, kind in ORG_WORDS.items() if kind in ("organization", "group")}
    for code in MERGED:
        lex = merge_lexicon(code)
        found |= {*lex.organization_roles, *lex.organization_endings}
    kinds = {CONCEPTS.get(w, w) for w in map(fold_accents, found)}
    public = set(CONCEPTS.values()) - GENERIC
    return frozenset(GENERIC | NAMED_FIRM_KINDS | (kinds - public - PLACE_NAMED_BODIES))


# German adjectives decline on their suffix ("sozialdemokratische", "-n", "-r"; "freiwillige",
# "-n"): one form for each, whatever the case.
_GERMAN_ADJECTIVE = re.compile(r"(\w{3,}(?:isch|ig|lich))(?:e|en|er|es|em)")


def _uninflected(word: str) -> str:
    """A word of a name without German case endings: a declined adjective as its stem
    ("sozialdemokratischen" -> sozialdemokratisch), and a genitive "-s"/"-es" off a head
    noun of public bodies ("Bundesministeriums" -> bundesministerium, "Landgerichts" ->
    landgericht). Only forms German writes: an English or Romance word is left alone."""
    if match := _GERMAN_ADJECTIVE.fullmatch(word):
        return match.group(1)
    if word in CONCEPTS or word in DOMAIN_CONCEPTS:
        return word
    for ending in ("es", "s"):
        stem = word[: -len(ending)]
        known = stem in CONCEPTS or stem in DOMAIN_CONCEPTS
        head_noun = known or (len(stem) > 6 and stem.endswith(COMPOUND_HEADS))
        if word.endswith(ending) and head_noun:
            return stem
    # A plural "-n" off a feminine head noun ("Gesundheitsbehörden", "Stellen"): the body
    # a newsroom names in the plural is the one it names in the singular.
    stem = word[:-1]
    if (
        word.endswith("en")
        and stem.endswith("e")
        and len(stem) > 6
        and stem.endswith(SPLIT_HEADS + COMPOUND_HEADS)
    ):
        return stem
    return word


def organisation_key(key: str, places: frozenset[str] = frozenset()) -> str:
    """A name key (see ``linkage.name_key``) as a sorted bag of concepts: countries for
    their adjectives, no possessives, articles or prepositions of any language, German
    compounds as their parts and declined words undeclined, each word as the concept it
    names in English, places and their adjectives in English ("Waadt", "vaudoise": vaud,
    see ``abbreviations.places_in_english``), a level's noun before a known place as its
    government ("Land Tirol"), and no legal form at its end (``abbreviations.LEGAL_FORMS``).
    A word of its own among ``places`` (``modifier_named_places``: the day names a place so) is that
    place, not the concept a word spelled alike names: "SDIS des Landes" is the Landes
    department's, no German "Landes-" (a state's)."""
    # Only the places spelled as concepts change a key: the cache keeps one entry a name.
    return _organisation_key(key, _named_as_concepts(places))


@lru_cache(maxsize=64)
def _named_as_concepts(places: frozenset[str]) -> frozenset[str]:
    """The places spelled as concepts, once per day's set of places: the merge keys every
    spelling of every actor with the same set, and a day may name thousands of places."""
    return frozenset(w for w in places if w in CONCEPTS)


@cache
def _organisation_key(key: str, named_as_concepts: frozenset[str]) -> str:
    words: list[str] = []
    said = [w for w in map(fold_accents, _WORD.findall(key)) if w not in FILLER]
    if said and all(w in VAGUE_PLURALS for w in said):
        return " ".join(said)  # "the authorities": no concept, so no body's kind alone
    # No legal form at its end: "Stadtbus GmbH" is "Stadtbus".
    tokens = without_legal_form(_WORD.findall(key))
    for token in tokens:
        # No possessive; no dots inside a word ("ver.di" is Verdi, "u.s." is US).
        token = re.sub(r"[\"'’]s$", "", token).replace(".", "")
        country = country_named(token, alone=len(tokens) == 1)
        words.append(_uninflected(fold_accents(country or token)))
    # "a" before another language's word is Portuguese's article ("A cidade", "a polícia"),
    # never filler in English: "a union" names no one body. ("AS Roma" is a club's "AS".)
    after = [*words[1:], ""]
    words = [w for w, then in zip(words, after, strict=True) if w != "a" or CONCEPTS.get(then, then) == then]
    found: list[str] = []
    english = [w for w in cities_as_own(places_in_english(words)) if w not in FILLER]
    named_places = {w for w in english if w in named_as_concepts}
    # A level's noun before a place names its government only when nothing else in the
    # name says what body it is: "police in the canton of Valais" is the cantonal police.
    bodies = {CONCEPTS.get(w, w) for w in english} & (BODY_WORDS - {"government"})
    for at, word in enumerate(english):
        then = english[at + 1] if at + 1 < len(english) else ""
        if word in LEVEL_NOUNS and then in english_place_names():
            found.extend((LEVEL_NOUNS[word],) if bodies else (LEVEL_NOUNS[word], "government"))
        elif word in EXPANSIONS:
            found.extend(EXPANSIONS[word])
        elif word in named_places and not (then and named_place(then, cities=False)):
            # Before a place's name the word is German's genitive level ("des Landes Salzburg").
            found.append(word)
        else:
            parts = compound_parts(word)
            found.extend(parts)
            named_places -= set(parts)  # "Landespolizei": a state's police wherever
    merged: list[str] = []
    for word in found:  # an unsaid word counts only in a phrase ("instruction publique")
        if merged and merged[-1] in UNSAID and (merged[-1], word) not in PHRASE_EXPANSIONS:
            merged.pop()
        if merged and (merged[-1], word) in PHRASES:
            merged[-1] = PHRASES[(merged[-1], word)]
        elif merged and (merged[-1], word) in PHRASE_EXPANSIONS:
            merged[-1:] = PHRASE_EXPANSIONS[(merged[-1], word)]
        else:
            merged.append(word)
    concepts = {
        w if w in named_places else CONCEPTS.get(w) or DOMAIN_CONCEPTS.get(w) or _SPELLING.get(w, w)
        for w in merged
        if w not in UNSAID
    }
    if concepts & (UNQUALIFIED_HEADS | {"guard"}) and len(concepts) > 1:
        # A police's, fire brigade's, prosecutor's or guard's "service" or "office" names its
        # kind once more: "servicio de bomberos de la Generalitat" is its fire brigade, the
        # "Servicio de Guardacostas de Galicia" Galicia's coastguards. Not an emergency
        # agency's: its "Agencia" is a letter of its acronym ("ARE").
        concepts.discard("office")
    return " ".join(sorted(concepts))


# Words of its own that make a name a person's or a saint's, after whom a venue is named.
NAME_WORDS = 2


def shorter_form(
    smaller: frozenset[str],
    larger: frozenset[str],
    places: frozenset[str] = frozenset(),
    possessive: bool = False,
) -> bool:
    """True when an organisation keyed ``smaller`` may be the one keyed ``larger`` named
    shortly: the larger adds only whose it is ("Interior Ministry" of "Germany's Interior
    Ministry", "Innenministerium" of "Bundesinnenministerium"), or, to a bare name or
    domain, what kind of body it is ("Interior", "Sanidad", "Verdi" of "Gewerkschaft
    Verdi"); or the smaller names only a kind of body ("the police", "das Ministerium") and
    the larger is a body of that kind that says which. Whose it is may be a place of the
    day (``places``, see ``place_words``: "Crown Court" of "Port Adela Crown Court"), and
    a name in the possessive ("St Brendan's", "Harlow's") is short for the body named
    after that person, whatever its kind ("St Brendan's Hospital"), as is a place with a
    word of its own ("Ashby General" of "Ashby Cross General Hospital"). Whether the
    larger is the only candidate is for the caller to decide."""
    # "Federal" and "national" say whose a body is no more than the day's one country does:
    # "Bundesinnenministerium" is "Innenministerium" and "Germany's Interior Ministry".
    small, large = smaller - NATIONWIDE, larger - NATIONWIDE
    if not (small < large or (small == large and smaller < larger)):
        return False
    extra = large - small
    if smaller & NATIONWIDE and not larger & NATIONWIDE and extra & (LEVEL_WORDS | _FORCE_AREAS):
        # A nation's force named with its town is not the town's own ("Policía Nacional
        # Málaga", "Policía Local de Málaga"; "federale politie Gent", "politiezone Gent").
        return False
    if small and small <= BODY_WORDS:
        # Kinds alone ("das Ministerium", "the police"): the day's one body of that kind.
        # A nation's ("Tribunal fédéral", "Bundesgericht") is not an international body's
        # nor a town's: the larger says it is national too, or whose country it is.
        national = not smaller & NATIONWIDE or bool(larger & (NATIONWIDE | COUNTRY_WORDS))
        return national and not extra & BODY_WORDS
    kinds = small - COUNTRY_WORDS
    if kinds and kinds <= BODY_WORDS and len(small & COUNTRY_WORDS) == 1:
        # A country's kind of body alone ("die spanischen Behörden", "the German ministry"):
        # the day's one body of that kind and country, the larger saying only what it does
        # ("Spain's health authorities"), never another level's ("regional government").
        return not extra & (BODY_WORDS | LEVELS)
    if not small - GENERIC - LEVELS:
        return False
    # A place's level ("prefecture of the Haut-Rhin department") and a river ("Papeterie
    # rhénane de Kembsheim") say where a body is, as the day's places do.
    whose = (
        LEVELS
        | places
        | PLACE_LEVELS
        | RIVERS
        | (_force_areas(smaller, larger) if "police" in small else set())
    )
    if not small & BODY_WORDS:
        # A place and a word of its own ("Ashby General") is the body so named, as a
        # possessive is, whatever its kind ("Ashby Cross General Hospital"); so are two
        # words of its own, a saint's or a person's name ("Virgen de la Sierra" of the
        # "Hospital Virgen de la Sierra").
        own = small - whose - set(CONCEPTS.values()) - set(DOMAIN_CONCEPTS.values())
        # A town's two words ("Santa Cruz", "Bad Tölz") or a well-known city ("Real Madrid")
        # are no person's name: "Hospital Santa Cruz" is the town's hospital.
        town = len(own) == 2 and any(named_place(" ".join(pair)) for pair in itertools.permutations(own))
        own = frozenset() if town else frozenset(w for w in own if not named_place(w, cities=False))
        named = possessive or bool(small & places and small - places) or len(own) >= NAME_WORDS
        trades = TRADE_WORDS if own else frozenset()  # "Bodegas X" is "X", a town no "Cantina di Soave"
        return extra <= name_kinds() | whose | trades | (PLACE_NAMED_BODIES if named else frozenset())
    return extra <= whose


# The area a police serves, said beside the towns it is named by: Belgium's "politiezone
# Dilbeek", "zone de police de Dilbeek" is the "police in Dilbeek" (its towns' police). So
# is the directorate that commands it: Austria's "Landespolizeidirektion Salzburg" is what
# the Italian press calls "la polizia di Salisburgo", German "die Salzburger Polizei".
_FORCE_AREAS = frozenset({"zone", "directorate"})


def _force_areas(smaller: frozenset[str], larger: frozenset[str]) -> frozenset[str]:
    """The area words a police's longer name may add (``_FORCE_AREAS``): not a federal
    force's directorate beside an area's police, which commands another force
    ("Bundespolizeidirektion München", the federal police at the station, is no
    "Polizeipräsidium München", Bavaria's)."""
    if larger & NATIONWIDE and not smaller & NATIONWIDE:
        return _FORCE_AREAS - {"directorate"}
    return _FORCE_AREAS


def without_place_level(words: frozenset[str], places: frozenset[str]) -> frozenset[str]:
    """A body's key without the level of the place it names ("police in the province of
    Zeeland": police, zeeland), when it holds a kind of body and a place of the day
    (``places``) besides: the level says what the place is, not which body, so the body
    named by that place alone ("Politie Zeeland-West-Brabant") may be it. The caller
    keeps it from a name that gives a level of its own (``names_a_level``:
    "Kantonspolizei Zürich" is no "police du district de Zurich"). Any other key as it is
    ("district police")."""
    rest = words - PLACE_LEVELS
    if rest == words or not rest & BODY_WORDS or not rest & places - BODY_WORDS:
        return words
    return rest


def names_a_level(words: frozenset[str]) -> bool:
    """True when a body's key says at what level it serves its place: a place's level
    ("province") or a level's adjective ("cantonal", "city", "provincial")."""
    return bool(words & (PLACE_LEVELS | LEVEL_WORDS))


def place_words(places: Iterable[str]) -> frozenset[str]:
    """The words of the day's places (its incidents' places), as organisation keys write
    them, that say where a body is: "Port Adela" -> port, adela. Words that name a kind
    of body ("court" of "Crown Court") are left out: they say what a body is."""
    found = set()
    for place in places:
        written = [fold_accents(re.sub(r"[\"'’]s$", "", t)) for t in _WORD.findall(name_key(place))]
        # As written (an abbreviation leaves out "Wien") and as organisation keys write it.
        for word in {*written, *cities_as_own(places_in_english(written))}:
            if len(word) >= 3 and word not in FILLER and word not in CONCEPTS and word not in BODY_WORDS:
                found.add(word)
    return frozenset(found)


def modifier_named_places(places: Iterable[str]) -> frozenset[str]:
    """The day's places named by one word that German writes only as a compound's first
    part, with its linking "s" (France's department "Landes"; "Landes-", "Bundes-": a
    state's, the federation's): standing alone, the word is the place, never the level
    (``organisation_key``'s ``places``). Only the incidents' places: a body's own name
    ("Bundesamt") says no place."""
    found = set()
    for part in (part for place in places for part in place.split(",")):
        alone = [fold_accents(t) for t in _WORD.findall(name_key(part))]
        if (
            len(alone) == 1
            and alone[0] in CONCEPTS
            and alone[0] in COMPOUND_MODIFIERS
            and alone[0].endswith("s")
        ):
            found.add(alone[0])
    return frozenset(found)


def placed_key(key: str, places: frozenset[str]) -> str:
    """An organisation key with the day's place adjectives as their places: "Hamburger
    Landgericht" is "Landgericht Hamburg" on a day that names Hamburg; a force's station
    named with its place as that place's force (``force_stations``: "commissariat de
    Quimper" is "police quimper")."""
    words = {of_place(word, places) or word for word in key.split()} if places else set(key.split())
    return " ".join(sorted(station_as_force(frozenset(words), places)))
