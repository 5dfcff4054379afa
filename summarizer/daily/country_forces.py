"""A country's force named by the country's adjective ("französische Feuerwehr", "French
gendarmes", "la policía francesa"): a foreign newsroom's name for the force where its
story happens, which the local press names by its place ("Moselle fire service",
"gendarmes de la Moselle"). Such a name is the day's one force of that kind named by a
place that lies in that country and no other (``text.subdivisions``: Moselle is in France); with two
("gendarmes de la Moselle", "gendarmerie du Bas-Rhin") it joins neither, and a place of
another country ("Saarland police") is never the French police. With none so placed, it is
the day's one force of that kind named by words no table places ("région de sécurité
néerlandaise": "Veiligheidsregio Midden- en West-Brabant"), when no city, no part of
another country and no other kind of body is among them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

from summarizer.daily.body_countries import COUNTRY_WORDS, country_word
from summarizer.daily.kinds_by_place import one_place
from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.daily.organisations import PLACE_LEVELS
from summarizer.daily.translated_names import known_concepts
from summarizer.linkage import UnionFind
from summarizer.text.exonyms import is_city
from summarizer.text.lexicons.body_domains import EXPANSIONS, PHRASE_EXPANSIONS
from summarizer.text.lexicons.organisations import UNQUALIFIED_HEADS
from summarizer.text.lexicons.places import COMPASS_POINTS
from summarizer.text.subdivisions import subdivision_countries

# Words that say at what level a force serves a place, not which place: "police in the
# province of Zeeland" is Zeeland's, and Austria's "Landespolizeidirektion Vorarlberg"
# (the state's police directorate) the police of Vorarlberg, Austrian.
_LEVELS = PLACE_LEVELS | {"state", "directorate"}
# And where within it: "Polizei Nord" is no place's. A part of a place is no level of one
# force, though: "Polizei Tirol Nord" and "Polizei Tirol Süd" are two (``_served``).
_WITHIN = _LEVELS | frozenset(COMPASS_POINTS)


def _country_force(words: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """A key of one country and forces' kinds alone ("fire-service france"): the country
    and the kinds; None for any other key."""
    countries, kinds = words & COUNTRY_WORDS, words & UNQUALIFIED_HEADS
    if len(countries) == 1 and kinds and words == countries | kinds:
        return next(iter(countries)), kinds
    return None


def _placed_force(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """A key of forces' kinds and the country parts it names alone ("fire-service moselle"):
    the kinds and the countries those parts lie in; None for any other key, and when the
    parts lie in no country together. Of several ("police jura" may be the Swiss canton's,
    "polizei limburg" Belgium's or the Netherlands'), only the places of the articles say
    which (``join_country_forces``); "polizei nord" is no place's."""
    kinds = words & UNQUALIFIED_HEADS
    places = words - kinds - _WITHIN
    if not kinds or not places or places & COUNTRY_WORDS:
        return None
    countries: set[str] | None = None
    for place in places:
        lies_in = {country_word(c) for c in subdivision_countries(place)}
        if not lies_in:
            return None  # a word that is no country's part: a name, another kind of body
        countries = lies_in if countries is None else countries & lies_in
    return (kinds, frozenset(countries)) if countries else None


def join_country_forces(
    flat: Sequence[OrganisationNames], groups: UnionFind, places_of: Sequence[frozenset[str]] | None = None
) -> None:
    """Each force named by its country's adjective joins the day's one force of its kinds
    named by a place of that country alone; else the one named by a place of that country
    and another whose articles' places (``places_of``, ``kinds_by_place.item_places``) its
    own articles share ("Politie Limburg" of a release on the A2 near Maastricht, "police
    néerlandaise" of a report of that arrest); else the one no table places."""
    spellings = organisation_spellings(flat)
    here: dict[int, set[str]] = defaultdict(set)  # each spelling's articles' place words
    for index, item in enumerate(flat):
        here[id(item)] |= places_of[index] if places_of is not None else frozenset()
    placed: dict[frozenset[str], list[tuple[int, frozenset[str]]]] = defaultdict(list)
    unplaced: list[tuple[int, frozenset[str]]] = []
    for index in spellings:
        for key in flat[index].keys:
            if (found := _placed_force(frozenset(key.split()))) is not None:
                placed[found[0]].append((index, found[1]))
            elif (kinds := _unplaced_force(frozenset(key.split()))) is not None:
                unplaced.append((index, kinds))
    # Forces whose country only where the stories meet says: a cross-border story's "police
    # belge" and "police néerlandaise" both meet the "Politie Limburg" of Limburg, Belgian
    # and Dutch; claimed by two countries, it is neither's.
    guessed: list[tuple[int, int, str]] = []
    for index in spellings:
        for key in flat[index].keys:
            if (named := _country_force(frozenset(key.split()))) is None:
                continue
            country, kinds = named
            of_country = [
                (other, countries) for other, countries in placed.get(kinds, ()) if country in countries
            ]
            alone = [other for other, countries in of_country if len(countries) == 1]
            if alone:
                # One force, though named at two of its levels ("polizia di Salisburgo",
                # "Landespolizeidirektion Salzburg": both the police of Salzburg).
                if len({_served(flat[other].keys, kinds) for other in alone}) == 1:
                    for other in alone:
                        groups.union(index, other)
                continue
            mine = here[id(flat[index])]
            met = {other for other, _ in of_country if one_place(mine, here[id(flat[other])])}
            if not placed.get(kinds):
                # Words no table places say no country: "Polizei Glarnerland" is no "Spanish
                # police" of a report in Madrid. Only where their stories meet, when known.
                met = {
                    other
                    for other, theirs in unplaced
                    if theirs == kinds and (places_of is None or one_place(mine, here[id(flat[other])]))
                }
            if len({groups.find(other) for other in met}) == 1:
                guessed.append((index, met.pop(), country))
    claims: dict[int, set[str]] = defaultdict(set)
    for _, force, country in guessed:
        claims[groups.find(force)].add(country)
    claimed = {force: claims[groups.find(force)] for _, force, _ in guessed}
    for index, force, _ in guessed:
        if len(claimed[force]) == 1:
            groups.union(index, force)


def _served(keys: Iterable[str], kinds: frozenset[str]) -> frozenset[frozenset[str]]:
    """The places a force's keys of ``kinds`` name, without the levels it serves them at
    but with the part of them it serves."""
    found = (frozenset(key.split()) for key in keys)
    return frozenset(words - kinds - _LEVELS for words in found if kinds <= words)


@cache
def _said_kinds() -> frozenset[str]:
    """Words that say what kind of body a name is or whose: another kind of force ("police
    zone", "municipal police") than the kinds alone."""
    expanded = {w for found in (*EXPANSIONS.values(), *PHRASE_EXPANSIONS.values()) for w in found}
    return known_concepts() | expanded


def _unplaced_force(words: frozenset[str]) -> frozenset[str] | None:
    """The kinds of a key of forces' kinds and words of their own no table places
    ("brabant midden safety-region west"): None when any word is a city, a part of a
    country, a level or another kind of body, or when it has no word of its own."""
    kinds = words & UNQUALIFIED_HEADS
    own = words - kinds - _WITHIN
    if not kinds or not own or own & _said_kinds():
        return None
    if any(is_city(word) or subdivision_countries(word) for word in own):
        return None
    return kinds
