"""How organisations named differently are joined into one actor, once the day's equal
keys are (``actors.same_actor_groups``): an abbreviation to the name it spells, a
shorter form to the longer name it is short for, a kind alone ("the council") to the
day's one body of that kind. Each joins only to the day's one candidate: with two, a
name stays on its own. A brand and a body named by its level join in ``brand_joins`` and
``region_joins``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from summarizer.daily.acronym_choices import Described, described_by_role, kind_only
from summarizer.daily.acronyms_of_two import spells_another_body
from summarizer.daily.city_names import named_place
from summarizer.daily.departmental_bodies import other_departments
from summarizer.daily.german_compounds import compound_parts
from summarizer.daily.kind_elsewhere import placed_elsewhere, placed_here
from summarizer.daily.kind_referents import named_beside, possible_referents, same_actor_kind
from summarizer.daily.name_heads import head_keys, kind_named, name_heads
from summarizer.daily.organisations import (
    BODY_WORDS,
    NATIONWIDE,
    names_a_level,
    shorter_form,
    without_place_level,
)
from summarizer.linkage import UnionFind
from summarizer.text.abbreviations import abbreviates, english_place_names, name_words
from summarizer.text.accents import fold_accents


class OrganisationNames(Described, Protocol):
    """What joining organisations reads of an actor (``actors._ActorItem``): its keys and
    role too (``acronym_choices.Described``)."""

    @property
    def is_person(self) -> bool: ...
    @property
    def names(self) -> list[str]: ...
    @property
    def defined(self) -> set[str]: ...
    @property
    def possessive(self) -> bool: ...
    @property
    def abbreviation(self) -> str | None: ...
    @property
    def kind(self) -> str: ...


def abbreviation_keys(short: str) -> set[tuple[str, str]]:
    """The index keys (first letters of a name's first two words) of names ``short`` may
    abbreviate (see ``abbreviates``): its first letter and any later one."""
    letters = fold_accents(short.casefold())
    return {(letters[0], c) for c in letters[1:]} if letters else set()


def abbreviation_key(name: str) -> tuple[str, str] | None:
    """The index key of a name an abbreviation may stand for (see ``abbreviation_keys``)."""
    words = [fold_accents(w.casefold()) for w in name_words(name)]
    return (words[0][0], words[1][0]) if len(words) >= 2 else None


def join_abbreviations(flat: Sequence[OrganisationNames], groups: UnionFind, places: frozenset[str]) -> None:
    """An abbreviation ('MFEMA', 'Aemet') is the one organisation of the day it abbreviates
    (see ``organisations.abbreviates``) or that a text defined it for ("Swiss Federal
    Railways (SBB)": ``OrganisationNames.defined``). Names are indexed by their first two words'
    initials, so an abbreviation meets only names it could spell."""
    spellings = organisation_spellings(flat)
    by_key: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    by_definition: dict[str, set[int]] = defaultdict(set)
    by_compound: dict[str, set[int]] = defaultdict(set)  # first letter -> names opened by a compound
    for index in spellings:
        for name in flat[index].names:
            if (key := abbreviation_key(name)) is not None:
                by_key[key].append((index, name))
            first = fold_accents(name.split()[0].casefold()) if name.split() else ""
            if len(compound_parts(first)) > 1:
                by_compound[first[0]].add(index)
        for defined in flat[index].defined:
            by_definition[defined.casefold()].add(index)
    for index in spellings:
        if (short := flat[index].abbreviation) and not kind_only(flat[index].keys):
            candidates = [
                (o, n) for key in abbreviation_keys(short) for o, n in by_key.get(key, ()) if o != index
            ]
            roots = {groups.find(o) for o, name in candidates if abbreviates(short, name, places)}
            if not roots:
                # Spelled only by a compound's parts ("Suva", "DLRG"): only when no other body
                # opens with such letters, which may spell it in a way not read here ("SRG" of
                # "Schweizerische Radio- und Fernsehgesellschaft").
                parted = {groups.find(o) for o, n in candidates if abbreviates(short, _parted(n), places)}
                roots = parted if {groups.find(o) for o, _ in candidates} == parted else set()
            roots |= {groups.find(i) for i in by_definition.get(short.casefold(), ()) if i != index}
            if not roots:
                roots = {
                    groups.find(i)
                    for i in by_compound.get(fold_accents(short[:1].casefold()), ())
                    if i != index and any(compound_syllables(short, name, places) for name in flat[i].names)
                }
            roots = described_by_role(flat, groups, roots, index)
            # A health service's "SAS" is no NGO's, "Solidaridad Al Sur (SAS)": one actor kind.
            if len(roots) == 1 and same_actor_kind(flat, groups, next(iter(roots)), flat[index].kind):
                groups.union(index, roots.pop())


def _parted(name: str) -> str:
    """A name with each German compound as its known parts: an abbreviation spells each
    part's letter ("Suva", Schweizerische Unfall-versicherungs-anstalt)."""
    return " ".join(part for word in name.split() for part in compound_parts(fold_accents(word.casefold())))


# A syllable of a compound's part in its short form is at most this many letters ("Schu"
# of "Schutzpolizei" in "Schupo").
SYLLABLE_LETTERS = 4


def compound_syllables(short: str, name: str, places: frozenset[str]) -> bool:
    """True when ``short`` is the first syllables of the parts of the German compound that
    opens ``name`` ("Kapo" of "Kantonspolizei Wallis", "Kripo" of "Kriminalpolizei",
    "Stapo" of "Stadtpolizei Tarrel"): a syllable of each part in order, at most half of
    it (rounded up) and ``SYLLABLE_LETTERS``, and the name's other words only the place it serves."""
    words = name.split()
    folded = fold_accents(short.casefold())
    if not words or not folded.isalpha() or not 3 <= len(folded) <= 2 * SYLLABLE_LETTERS:
        return False
    rest = [fold_accents(w.casefold()) for w in words[1:]]
    if not all(named_place(w, places) for w in rest):
        return False
    parts = compound_parts(fold_accents(words[0].casefold()))
    if len(parts) < 2:
        return False

    def spelt(at: int, part: int) -> bool:
        if part == len(parts):
            return at == len(folded)
        longest = min(SYLLABLE_LETTERS, (len(parts[part]) + 1) // 2, len(folded) - at)
        return any(
            folded[at : at + size] == parts[part][:size] and spelt(at + size, part + 1)
            for size in range(1, longest + 1)
        )

    return spelt(0, 0)


def organisation_spellings(flat: Sequence[OrganisationNames]) -> list[int]:
    """The first index of each organisation's spelling: every actor spelled alike shares
    one item and is in its group already (equal keys are joined first), so the joins
    below look at each spelling once, not once per article that names it."""
    first: dict[int, int] = {}
    for index, item in enumerate(flat):
        if not item.is_person:
            first.setdefault(id(item), index)
    return list(first.values())


def join_shorter_forms(
    flat: Sequence[OrganisationNames],
    groups: UnionFind,
    places: frozenset[str],
    placed: set[int],
    places_of: Sequence[frozenset[str]] | None = None,
) -> None:
    """An organisation named shortly ("Interior", "das Innenministerium", "the police") is
    the one organisation of the day it is a shorter form of (see
    ``organisations.shorter_form``); with two such (two countries' interior ministries) it
    stays on its own. Longer names first, so that a chain of forms ("Interior", "Interior
    Ministry", "Germany's Interior Ministry") is one group by the time the shortest looks.
    Not those ``placed`` (by identity): a town's government alone is its own town's; nor,
    with ``places_of`` (each item's article's place words), a kind alone to another place's
    body (``kind_elsewhere``)."""
    every = organisation_spellings(flat)
    told = frozenset().union(*places_of) if places_of else frozenset()
    spellings = [i for i in every if id(flat[i]) not in placed]
    keyed = [(i, frozenset(key.split())) for i in spellings for key in flat[i].keys]
    by_word: dict[str, set[int]] = defaultdict(set)
    for number, (_, words) in enumerate(keyed):
        for word in words:
            by_word[word].add(number)
    # "Federal" and "national" are no words of a longer form (``shorter_form``): "Autoridade
    # Marítima Nacional" looks after "Portuguese maritime authority" has joined "Autorité
    # maritime nationale portugaise", so it finds one body of the two, not two.
    for index, said in sorted(keyed, key=lambda kw: (-len(kw[1] - NATIONWIDE), -len(kw[1]))):
        words = without_place_level(said, places)
        # A longer form holds every word of the shorter but "federal" and "national".
        rarest = min(words - NATIONWIDE or words, key=lambda w: len(by_word[w]))
        # A kind a body is also named by ("Polizei Köln", also "Polizei") is no other
        # place's body of that kind ("Saarland police").
        own = _places_said(flat[index].keys, places) if words <= BODY_WORDS else set()
        fitting = [
            number
            for number in by_word[rarest]
            if (other := keyed[number][0]) != index
            and shorter_form(words, keyed[number][1], places, flat[index].possessive)
            and (words == said or not names_a_level(keyed[number][1]))
            and not _other_place(own, keyed[number][1], places)
            and not other_departments(flat[index].names, flat[other].names)
        ]
        here = places_of[index] if places_of else None  # where this article's incidents are
        away = {n for n in fitting if placed_elsewhere(words, keyed[n][1], places, here, told)}
        if away and not any(placed_here(words, keyed[n][1], here) for n in fitting if n not in away):
            continue  # another town's body of its kind, and none named by its own place
        roots = {groups.find(keyed[n][0]) for n in fitting if n not in away}
        # An acronym spelling another body's name too is no shorter form of one (``acronyms_of_two``).
        if len(roots) == 1 and not spells_another_body(flat, groups, index, roots, every, places):
            groups.union(index, roots.pop())


def _places_said(keys: Iterable[str], places: frozenset[str]) -> set[str]:
    """The places organisation keys name: the day's and the exonym table's."""
    return {w for key in keys for w in key.split() if w in places or w in english_place_names()}


def _other_place(own: set[str], words: frozenset[str], places: frozenset[str]) -> bool:
    """True when a key's ``words`` name a place and ``own`` places, none of them."""
    theirs = _places_said([" ".join(words)], places) if own else set()  # read only when needed
    return bool(theirs and own.isdisjoint(theirs))


def join_kind_nouns(
    flat: Sequence[OrganisationNames], groups: UnionFind, articles: Sequence[str] | None, placed: set[int]
) -> None:
    """A body named by its kind alone ("the council", "la mairie", "das Gericht", "the
    airline") is the one organisation of the day whose name says it is of that kind, by its
    first or last word ("Tarrel City Council", "mairie de Tarrel", "Landgericht Hamburg",
    "Norair Airlines"); with two such it stays on its own. Any kind, not a list of them:
    the noun is read from the names themselves. With ``articles``, its own articles come
    first (``kind_referents.named_beside``): "the company" beside "Kestrel Plastics" is Kestrel, whose
    name does not say it is a company, not the day's one "Tarrel Bus Company". Not those
    ``placed`` (by identity): a town's government alone is its own town's (``kinds_by_place``)."""
    spellings = organisation_spellings(flat)
    by_head: dict[str, set[int]] = defaultdict(set)
    for index in spellings:
        for name in flat[index].names:
            for key in head_keys(name_heads(name)):
                by_head[key].add(index)
    bare = {
        index: kinds
        for index in spellings
        if (kinds := set().union(*(kind_named(n) for n in flat[index].names)))
    }
    company = (
        named_beside(flat, groups, articles, {id(flat[i]) for i in bare}) if articles is not None else None
    )
    apart = _settled_apart(flat, groups)
    for index, kinds in bare.items():
        if id(flat[index]) in apart or id(flat[index]) in placed:
            continue  # "die Polizei" of two towns' articles, each joined its own (``kinds_by_place``)
        roots = {groups.find(i) for kind in kinds for i in by_head.get(kind, ()) if i != index}
        if company is not None:
            beside = {groups.find(r) for r in company.get(id(flat[index]), ())} - {groups.find(index)}
            # Only those it may stand for: "le club" is no government body, nor a "Centre".
            beside = (
                possible_referents(flat, groups, beside - roots, kinds, flat[index].kind) | beside & roots
            )
            roots = roots & beside or (set() if beside else roots)
        if len(roots) == 1:
            groups.union(index, roots.pop())


def _settled_apart(flat: Sequence[OrganisationNames], groups: UnionFind) -> set[int]:
    """The spellings (by identity) whose actors are already in two groups or more."""
    roots: dict[int, set[int]] = defaultdict(set)
    for index, item in enumerate(flat):
        roots[id(item)].add(groups.find(index))
    return {key for key, found in roots.items() if len(found) > 1}
