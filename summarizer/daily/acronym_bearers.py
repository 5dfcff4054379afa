"""Two bodies behind one acronym on one day: "ACV" is the "Autocaravanistes de la Comunitat
Valenciana (ACV)" in one article and the "Asociación de Consumidores Valencianos" another
article's "Verbraucherverband ACV" stands for; "APS" the "Associação Património de Sintra
(APS)" of a local paper and the "Portuguese Insurers' Association (APS)" of an English one.
Letters that fit a name say which body an acronym is only while one body of the day fits
them. A careful reader counts the bodies that bear it: each name an article gives it in full
("Club Espeleológico Alto Asón (CEA)") and each name of the day that spells it in its own
words without citing it ("Associazione Produttori Trentini" for "APT"). Two such names
that share no word of their own (none but the words every body's name has: association,
club, board; nor a country) are two bodies, and the acronym alone joins neither to the
other (``cited_acronyms.join_cited_acronyms``). A translation of a body's name keeps its
proper names ("Garda Dolomiti tourism board (APT)", "APT Garda Dolomiti"; "Cantabrian Caving
Federation", "Federación Cántabra de Espeleología"), so it shares a word with the original."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from itertools import combinations

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.city_names import named_place
from summarizer.daily.organisation_joins import (
    OrganisationNames,
    abbreviation_key,
    abbreviation_keys,
    organisation_spellings,
)
from summarizer.daily.organisations import BODY_WORDS, name_kinds
from summarizer.linkage import UnionFind
from summarizer.text.abbreviations import abbreviates, is_acronym
from summarizer.text.cognates import cognates
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS
from summarizer.text.lexicons.organisations import CONCEPTS, FILLER


@cache
def _common_words() -> frozenset[str]:
    """Key words any body's name may hold: its kind ("association", "club", "board", "police"),
    filler and countries, but not what it does ("insurance", "tourism": ``DOMAIN_CONCEPTS``
    beyond the public bodies' kinds). Two names sharing only these may be two bodies."""
    public = frozenset(CONCEPTS.values()) | BODY_WORDS
    fields = frozenset(DOMAIN_CONCEPTS.values()) - public
    return (public | name_kinds() | FILLER | COUNTRY_WORDS) - fields


def _own_words(item: OrganisationNames, acronym: str, places: frozenset[str]) -> frozenset[str]:
    """The words of an item's keys that are its own: no kind, filler, country, place's
    adjective ("valenciana", "valencianos" of Valencia: two bodies of one region both say
    it), nor the acronym. A place's own name stays: a translation keeps it ("Seefähren
    Kölbried", "Koelbried Lake Ferries")."""
    common = _common_words()
    letters = acronym.casefold()
    words = {w for key in item.keys for w in key.split() if w not in common and w != letters}
    return frozenset(w for w in words if not _place_adjective(w, places))


# A place's adjective ends in at most this many letters more than its name ("valenciana",
# "valencianos" of Valencia).
_ADJECTIVE_ENDING = 4
_SHORTEST_PLACE = 5


def _place_adjective(word: str, places: frozenset[str]) -> bool:
    """True when ``word`` is no place's name but a place's name with an ending
    (``city_names.named_place``, its cities of GeoNames aside)."""
    if named_place(word, places, cities=False):
        return False
    stems = [word[:-cut] for cut in range(1, _ADJECTIVE_ENDING + 1) if len(word) - cut >= _SHORTEST_PLACE]
    return any(named_place(stem, places, cities=False) for stem in stems)


def _share(first: frozenset[str], second: frozenset[str]) -> bool:
    """True when two names' own words share one, also as spelt in two languages
    ("micromovilidad", "micromobility"; "biodiversité", "biodiversity": ``cognates``)."""
    return not first.isdisjoint(second) or any(cognates(a, b) for a in first for b in second)


def _spells_alone(item: OrganisationNames, acronym: str, places: frozenset[str]) -> bool:
    """True when a name of the item that writes no acronym spells ``acronym`` in its words."""
    return any(
        not any(is_acronym(w) for w in n.split()) and abbreviates(acronym, n, places) for n in item.names
    )


def two_bearers(
    flat: Sequence[OrganisationNames],
    named: Sequence[int],
    every: Sequence[int],
    acronym: str,
    places: frozenset[str],
) -> bool:
    """True when the day holds two bodies the acronym may stand for: of ``named`` (the items
    given the acronym) those an article defines it for, and of ``every`` (the day's
    organisation spellings) the others whose own name spells it, two sharing no word of
    their own (``_own_words``). A bearer with no word of its own (a kind and a country) is
    another body only than a bearer with words of its own that shares none of its words."""
    return _apart(flat, _bearers(flat, named, every, acronym, places), acronym, places)


def _apart(
    flat: Sequence[OrganisationNames], bearers: Sequence[int], acronym: str, places: frozenset[str]
) -> bool:
    """Two of ``bearers`` are two bodies (``two_bearers``)."""
    named_by = [(_own_words(flat[i], acronym, places), _key_words(flat[i], acronym)) for i in bearers]
    return any(
        not _share(own_a, own_b) if own_a and own_b else (bool(own_a or own_b) and not _share(all_a, all_b))
        for (own_a, all_a), (own_b, all_b) in combinations(named_by, 2)
    )


def _bearers(
    flat: Sequence[OrganisationNames],
    named: Sequence[int],
    every: Sequence[int],
    acronym: str,
    places: frozenset[str],
) -> list[int]:
    """The items that bear ``acronym`` (``two_bearers``): those given it that an article
    defines it for, and the others whose own name spells it."""
    given = set(named)
    bearers = [i for i in named if acronym in flat[i].defined]
    return bearers + [i for i in every if i not in given and _spells_alone(flat[i], acronym, places)]


def _key_words(item: OrganisationNames, acronym: str) -> frozenset[str]:
    """Every word of an item's keys but filler and the acronym: a bearer named by its kind
    and country alone ("Armed Forces of Malta": "military malta") is still no other bearer
    whose words share none of them ("Alliance of Food Merchants")."""
    letters = acronym.casefold()
    return frozenset(w for key in item.keys for w in key.split() if w not in FILLER and w != letters)


def letters_of_two_bearers(
    flat: Sequence[OrganisationNames], places: frozenset[str]
) -> list[tuple[list[int], list[int]]]:
    """Letters alone ("AFM") that two bodies of the day bear (``two_bearers``: the "Armed
    Forces of Malta" and the "Alliance of Food Merchants"): the items written so, and the
    bearers."""
    bare: dict[str, list[int]] = defaultdict(list)  # letters -> every item written so
    for index, item in enumerate(flat):
        if not item.is_person and item.names and all(is_acronym(name) for name in item.names):
            for name in set(item.names):
                bare[name].append(index)
    # Names by their first two words' initials, as ``join_abbreviations`` meets them: a day
    # of a thousand bodies and hundreds of letters compares each letters with a few names.
    by_initials: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index in organisation_spellings(flat):
        for name in flat[index].names:
            if (key := abbreviation_key(name)) is not None:
                by_initials[key].add(index)
    found = []
    for acronym, named in bare.items():
        near = sorted({i for key in abbreviation_keys(acronym) for i in by_initials.get(key, ())})
        bearers = _bearers(flat, named, near, acronym, places)
        if _apart(flat, bearers, acronym, places):
            found.append((named, bearers))
    return found


def letters_borne_twice(borne: Sequence[tuple[list[int], list[int]]]) -> set[int]:
    """The items of letters two bodies bear (``letters_of_two_bearers``) that two reports write: each
    report may mean either, so the letters join no other report's by their key
    (``actors.same_actor_groups``). Written once, or with one bearer, they still do."""
    return {index for named, _ in borne if len(named) > 1 for index in named}


# The kinds a briefing tells a body of the state by.
_STATE_KINDS = frozenset({"government", "military"})


def join_letters_by_kind(
    flat: Sequence[OrganisationNames], groups: UnionFind, borne: Sequence[tuple[list[int], list[int]]]
) -> None:
    """Letters two bodies bear (``letters_of_two_bearers``), one of the state and one not: each report's
    joins the bearer of the kind its briefing gives them. The "AFM" a report lists as armed
    forces is the "Armed Forces of Malta", not the "Alliance of Food Merchants". Only a kind
    of the state's bodies tells (government, military), and only when one bearer is of it:
    "organization" is what a briefing calls any letters it cannot place, and "group" an
    association as often."""
    for named, bearers in borne:
        for index in named:
            kind = flat[index].kind
            alike = {groups.find(b) for b in bearers if flat[b].kind == kind}
            if kind in _STATE_KINDS and len(alike) == 1 and index not in bearers:
                groups.union(index, alike.pop())
