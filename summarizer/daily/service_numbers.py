"""An emergency service named by its telephone number alone ("118", "112", "061", "144"): a
local paper writes the number its readers dial ("il 118 è intervenuto"), a foreign one the
service with its number ("Genoa's 118 emergency service", "le SAMU, le 15"). The bare number
is the day's one body whose name holds that number as a word beside a word of a service
("118 emergency service", "servizio 118", "Notruf 112", "Rettungsdienst 144"); with two such
bodies (two towns' "118") it joins neither. A number is never joined to a body by its digits
inside a longer number or a date, nor to one that holds it as something else's number
("France 24", "Bus line 118 operator", "Route 112 residents' association")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.daily.organisation_joins import OrganisationNames
from summarizer.daily.organisations import organisation_key
from summarizer.linkage import UnionFind
from summarizer.text.accents import fold_accents

# A service's number as a name: two to four digits, alone ("118", "112", "1813"); not a
# year, which names an event's body ("Paris 2026", "Expo 1992"), never a service to dial.
_NUMBER = re.compile(r"(?!(?:19|20)\d\d$)\d{2,4}")


def _number_alone(item: OrganisationNames) -> str | None:
    """The number a body is named by, when one of its names is that number alone."""
    return next((name.strip() for name in item.names if _NUMBER.fullmatch(name.strip())), None)


# What the word beside a service's number names (``organisation_key``): a service one dials;
# or, inside a compound or an acronym the concepts do not split, the stem of one in the
# languages read ("Sanitätsnotruf", "Noodcentrale", "SAMU", "Hulpdiensten").
_SERVICE_CONCEPTS = frozenset(
    {"emergency", "rescue", "office", "ambulance", "health", "fire-service", "police"}
)
_SERVICE_STEMS = re.compile(
    r"emerg|urgen|notruf|notfall|rettung|nood|hulp|soccors|secour|socorr|ambul|sanit|samu"
)


def _holds(name: str, number: str) -> bool:
    """``name`` holds ``number`` as a word beside a word of a service ("Genoa's 118
    emergency service", "servizio 118 di Genova"), not as another thing's number."""
    if name.strip() == number or not re.search(r"[^\W\d_]", name):
        return False
    found = re.search(rf"(?<![\w.,:/-]){re.escape(number)}(?![\w.,:/-]|[.,:/]\d)", name)
    if found is None:
        return False
    before = re.findall(r"[^\W\d_]+", name[: found.start()])[-1:]
    after = re.findall(r"[^\W\d_]+", name[found.end() :])[:1]
    return any(
        not _SERVICE_CONCEPTS.isdisjoint(organisation_key(word).split())
        or _SERVICE_STEMS.search(fold_accents(word.casefold())) is not None
        for word in [*before, *after]
    )


def join_service_numbers(flat: Sequence[OrganisationNames], groups: UnionFind) -> None:
    """Each body named by a number alone to the day's one body whose name holds it."""
    bodies = [n for n, item in enumerate(flat) if not item.is_person]
    for index in bodies:
        number = _number_alone(flat[index])
        if number is None:
            continue
        holders = {groups.find(n) for n in bodies if any(_holds(name, number) for name in flat[n].names)}
        holders.discard(groups.find(index))
        if len(holders) == 1:
            groups.union(index, holders.pop())
