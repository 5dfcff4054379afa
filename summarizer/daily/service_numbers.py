"""An emergency service named by its telephone number alone ("118", "112", "061", "144"): a
local paper writes the number its readers dial ("il 118 è intervenuto"), a foreign one the
service with its number ("Genoa's 118 emergency service", "le SAMU, le 15"). The bare number
is the day's one body whose name holds that number as a word beside a word of a service
("118 emergency service", "servizio 118", "Notruf 112", "Rettungsdienst 144"); with two such
bodies (two towns' "118") it joins neither, unless those are one service named in several
languages: each in an article of another language, saying at most one country and one of
them a place ("Cecoes 112 Canarias", "Notrufzentrale 112", "Spaanse alarmcentrale 112" are
the one emergency centre foreign copy names by its number). A number is never joined to a body by its digits
inside a longer number or a date, nor to one that holds it as something else's number
("France 24", "Bus line 118 operator", "Route 112 residents' association")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.city_names import named_place
from summarizer.daily.organisation_joins import OrganisationNames
from summarizer.daily.organisations import organisation_key
from summarizer.linkage import UnionFind
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS
from summarizer.text.lexicons.organisations import CONCEPTS

# A service's number as a name: two to four digits, alone ("118", "112", "1813"); not a
# year, which names an event's body ("Paris 2026", "Expo 1992"), never a service to dial.
_NUMBER = re.compile(r"(?!(?:19|20)\d\d$)\d{2,4}")


def _number_alone(item: OrganisationNames) -> str | None:
    """The number a body is named by, when one of its names is that number alone."""
    return next((name.strip() for name in item.names if _NUMBER.fullmatch(name.strip())), None)


# What the word beside a service's number names (``organisation_key``): a service one dials;
# or, inside a compound or an acronym the concepts do not split, the stem of one in the
# languages read ("Sanitätsnotruf", "Noodcentrale", "SAMU", "Hulpdiensten", the Dutch
# "alarmcentrale", German "Alarmzentrale" and French "centre de traitement de l'alerte" a
# centre one dials in an emergency).
_SERVICE_CONCEPTS = frozenset(
    {"emergency", "rescue", "office", "ambulance", "health", "fire-service", "police"}
)
_SERVICE_STEMS = re.compile(
    r"emerg|urgen|alarm|alert|notruf|notfall|rettung|nood|hulp|soccors|secour|socorr|ambul|sanit|samu"
)


def _holds(name: str, number: str) -> bool:
    """``name`` holds ``number`` as a word after a word of a service or just before one
    ("Genoa's 118 emergency service", "servizio 118 di Genova", "Centro Coordinador de
    Emergencias y Seguridad (Cecoes) 112 Canarias": a Romance name gives its kind first and
    may put its acronym between), not as another thing's number ("Route 118 residents'
    association", "Linea 118 di Trenord")."""
    if name.strip() == number or not re.search(r"[^\W\d_]", name):
        return False
    found = re.search(rf"(?<![\w.,:/-]){re.escape(number)}(?![\w.,:/-]|[.,:/]\d)", name)
    if found is None:
        return False
    before = re.findall(r"[^\W\d_]+", name[: found.start()])
    after = re.findall(r"[^\W\d_]+", name[found.end() :])[:1]
    return any(
        not _SERVICE_CONCEPTS.isdisjoint(organisation_key(word).split())
        or _SERVICE_STEMS.search(fold_accents(word.casefold())) is not None
        for word in [*before, *after]
    )


# Words of a key that say what a body is or whose country, never where within it (a town
# called "Centre" is no service's place).
_SAID = COUNTRY_WORDS | frozenset(CONCEPTS.values()) | frozenset(DOMAIN_CONCEPTS.values())


def _one_service(
    holders: Sequence[int], flat: Sequence[OrganisationNames], langs: Sequence[str | None]
) -> bool:
    """Whether the bodies holding one number are one service each language names its own
    way: no two of them in one language (one newsroom names its region's centre once; two
    in one language are two towns' or regions'), at most one country said among them, and
    at most one saying a place of its own ("Canarias", "Tirol"): "Leitstelle 112 Tirol" and
    "centrale 112 de Savoie" are two regions' centres, "Notrufzentrale 112 Österreich" and
    "centrale 112 italienne" two countries'."""
    said = [langs[n] for n in holders]
    if None in said or len(set(said)) != len(said):
        return False
    words = [frozenset(w for key in flat[n].keys for w in key.split()) for n in holders]
    countries = frozenset().union(*words) & COUNTRY_WORDS
    placed = [
        n for n, found in zip(holders, words, strict=True) if any(named_place(w) for w in found - _SAID)
    ]
    return len(countries) <= 1 and len(placed) <= 1


def join_service_numbers(
    flat: Sequence[OrganisationNames], groups: UnionFind, langs: Sequence[str | None] | None = None
) -> None:
    """Each body named by a number alone to the day's one body whose name holds it, or to
    the day's bodies holding it when they are one service named in several languages
    (``langs``: each actor's article's language, if known)."""
    bodies = [n for n, item in enumerate(flat) if not item.is_person]
    for index in bodies:
        number = _number_alone(flat[index])
        if number is None:
            continue
        holding = [n for n in bodies if any(_holds(name, number) for name in flat[n].names)]
        holders = {groups.find(n) for n in holding}
        holders.discard(groups.find(index))
        if len(holders) > 1 and langs is not None and _one_service(holding, flat, langs):
            for other in holding:
                groups.union(holding[0], other)
            holders = {groups.find(holding[0])} - {groups.find(index)}
        if len(holders) == 1:
            groups.union(index, holders.pop())
