"""A government named by its level alone ("die Kreisverwaltung", "the district
authorities", "la Ville") is the day's one government of that level named with its
place ("Rhein-Sieg-Kreis", "Landkreis Selmark", "city of Tarrel"): copy names the
district or town its story is in as "the district". Only a body that is that level's
government and nothing more: a district's Red Cross says what else it is (a town's
council is its government). With two such (two districts, two towns) it joins neither."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from summarizer.daily.city_names import named_place
from summarizer.daily.holder_places import held_by
from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.daily.organisations import NATIONWIDE
from summarizer.linkage import UnionFind
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS, EXPANSIONS, RIVERS
from summarizer.text.lexicons.organisations import CONCEPTS, LEVEL_WORDS

# The levels below a nation whose government a level's word names alone ("district",
# "city", "cantonal"), and the words that say only that it governs ("office", "government").
_LEVELS = LEVEL_WORDS - NATIONWIDE
_GOVERNS = frozenset({"office", "government", "administrative"})
_COUNCIL = frozenset({"council"})


def _level_alone(item: OrganisationNames) -> str | None:
    """The one level every key of the item names with nothing but words that it governs."""
    found = set()
    for key in item.keys:
        words = set(key.split())
        levels = words & _LEVELS
        if len(levels) != 1 or words - levels - _GOVERNS:
            return None
        found |= levels
    return found.pop() if len(found) == 1 else None


def _named_by_place(words: frozenset[str], level: str) -> bool:
    """A key of that level's government of a named place: the level, words of no concept
    (its place's name) or a river, and words that say only that it governs."""
    # A town's government named with its town is keyed as its council ("Stadt Aachen":
    # "aachen city council", ``kinds_by_place.town_government_key``).
    rest = words - {level} - _GOVERNS - (_COUNCIL if level == "city" else frozenset())
    unread = {w for w in rest if w not in CONCEPTS and w not in DOMAIN_CONCEPTS.values() and w not in _LEVELS}
    return level in words and bool(unread) and rest <= unread | RIVERS


def _names_a_place(words: frozenset[str], level: str, places: frozenset[str]) -> bool:
    """A key naming its level with a place ("Stadt Aachen": one of the day's or one the
    tables know, ``city_names.named_place``), not with words of its own only ("Märkte- und
    Aktionskreis City")."""
    return any(named_place(word, places) for word in words - {level} - _GOVERNS)


def names_a_government(names: Iterable[str], kind: str, levels: Iterable[str]) -> bool:
    """A club or team named for its town ("Manchester City", "Kansas City Chiefs") reads,
    word by word, as the town named with its level. A body is the town's government when
    labelled one, or when its name says it governs ("Tarrel City Council") or opens on its
    level (one of ``levels``: "City of Tarrel", "Stadt Tarrel", "ville de Tarrel") as a
    team's name does not."""
    if kind == "government":
        return True
    # The names as written: a town's keys say "council" of any town named with its level.
    written = [[fold_accents(word.casefold()) for word in name.split()] for name in names]
    levels = frozenset(levels)
    return any(
        words
        and (words[0] in levels or CONCEPTS.get(words[0]) in levels or any(map(_says_it_governs, words)))
        for words in written
    )


def _says_it_governs(word: str) -> bool:
    """ "council", "Rat", "gouvernement", "mairie", "Gemeinderat": a word naming a government."""
    concept = CONCEPTS.get(word, word)
    return concept in _GOVERNS | _COUNCIL | {"municipality"} or "council" in EXPANSIONS.get(word, ())


def join_levels_alone(
    flat: Sequence[OrganisationNames],
    groups: UnionFind,
    places: frozenset[str] = frozenset(),
    story_places: Sequence[Sequence[frozenset[str]]] | None = None,
) -> None:
    """Each government named by its level alone to the day's one of that level named
    with its place; of several, the one of them named with a place at all (``places``: the
    day's, see ``organisations.place_words``): a traders' "Aktionskreis City" says "City"
    of a town's centre, and is no town's government. Two named with places join none, but
    for the one named with the country part its story's places lie in (``story_places``, each
    item's, nearest first: its passage's, then its whole article's; ``holder_places``):
    "the regional government" of a story in Segovia. Places near it that name a part say
    which, whatever the article's other stories are about."""
    spellings = organisation_spellings(flat)
    alone = {index: level for index in spellings if (level := _level_alone(flat[index])) is not None}
    if not alone:
        return
    # Every key of a candidate says so: a "Kreispolizeibehörde Rhein-Sieg-Kreis" is the
    # district's police, though its umlauts written out leave a compound no table reads.
    keyed = [(i, [frozenset(key.split()) for key in flat[i].keys]) for i in spellings if i not in alone]
    for index, level in alone.items():
        named = [
            (i, keys)
            for i, keys in keyed
            if keys
            and all(_named_by_place(k, level) for k in keys)
            and names_a_government(flat[i].names, flat[i].kind, {level})
        ]
        roots = {groups.find(i) for i, _ in named}
        if len(roots) > 1:
            roots = {
                groups.find(i) for i, keys in named if any(_names_a_place(k, level, places) for k in keys)
            }
        for here in story_places[index] if len(roots) > 1 and story_places is not None else ():
            if held := {groups.find(i) for i, keys in named if any(held_by(here, k) for k in keys)}:
                roots = held
                break
        if len(roots) == 1:
            groups.union(index, roots.pop())
