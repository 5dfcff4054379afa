"""A body named in translation beside its own acronym: "syndicat allemand des surveillants
VGS", "Gebirgsgendarmerie PGHM", "Association of Shared Micromobility Companies (AEMC)".
Copy in another language translates a foreign body's name but keeps its acronym, which the
translation does not spell: the acronym says which body it is. So two names the day gives
one acronym are one body when one of them does not spell it (it cites the original's),
and two names that each spell it in their own words ("Confédération générale du travail",
"Confederación General del Trabajo", both CGT) stay for the other rules to judge: two
countries' bodies may share an acronym their own languages each spell."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from summarizer.daily.acronym_bearers import two_bearers
from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.city_names import named_place
from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.daily.organisations import BODY_WORDS, name_kinds
from summarizer.linkage import UnionFind
from summarizer.text.abbreviations import (
    ELIDED,
    abbreviates,
    is_acronym,
    legal_form,
    places_in_english,
)
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.organisations import CONCEPTS, FILLER

# An acronym this short is shared by too many bodies to say which one ("PS", "UN").
SHORTEST = 3
# A kind word this long ending a capitalised word is a German compound's head
# ("Gebirgsgendarmerie"); shorter ones end too many names ("rat", "amt").
SHORTEST_HEAD = 5


def cited_acronyms(item: OrganisationNames) -> set[str]:
    """The acronyms an organisation is given: those its articles define for it
    (``OrganisationNames.defined``) and one written among the words of a longer name
    ("société rhénane de levage RKM"); not a country's ("USA") nor a legal form's."""
    found = {a for a in item.defined if len(a) >= SHORTEST}
    for name in item.names:
        words = [w.strip("()[],;:") for w in name.split()]
        written = [n for n, w in enumerate(words) if is_acronym(w) and len(w) >= SHORTEST]
        if len(words) < 2 or len(written) != 1:
            continue
        at = written[0]
        word = words[at]
        # After a preposition the acronym is whose the body is ("comité de empresa de
        # EQA", "works council of the BKW"), not its own name.
        owner = at > 0 and fold_accents(ELIDED.sub("", words[at - 1]).casefold()) in FILLER
        if not owner and word.casefold() not in COUNTRY_WORDS and not legal_form(word):
            found.add(word)
    return found


@cache
def _kind_words() -> frozenset[str]:
    """Words (folded) that say what kind of body a name is, in any language."""
    return frozenset(CONCEPTS) | frozenset(CONCEPTS.values()) | name_kinds() | BODY_WORDS


def _describes(word: str) -> bool:
    """True for a word a translation describes a body with beside its acronym: a lower-case
    word ("allemand", "de levage"), filler, a legal form, a country's word or a kind of
    body ("Gebirgsgendarmerie"). A capitalised word of no kind ("Leeds", "Réseau") is a
    name of its own: a body beside the acronym's owner, or a part of it."""
    folded = fold_accents(ELIDED.sub("", word).casefold())
    if not word[:1].isupper() or folded in FILLER or folded in COUNTRY_WORDS or legal_form(word):
        return True
    kinds = _kind_words()
    return CONCEPTS.get(folded, folded) in kinds or any(
        folded.endswith(kind) for kind in kinds if len(kind) >= SHORTEST_HEAD
    )


def _cites_only(item: OrganisationNames, acronym: str) -> bool:
    """True when every name of the item that writes the acronym among its words writes
    nothing else but words describing a body (``_describes``): "syndicat allemand des
    surveillants VGS" cites the VGS, "Leeds Teaching Hospitals NHS Trust" and "SNCF
    Réseau" are bodies of their own. An acronym in brackets after a name glosses it
    ("Association of Urban Mobility Companies (AEMU)"): the name translates the body's."""
    for name in item.names:
        words = name.split()
        if f"({acronym})" in words:
            continue
        if acronym in words and not all(_describes(w.strip("[],;:")) for w in words if w != acronym):
            return False
    return True


def _spells(item: OrganisationNames, acronym: str, places: frozenset[str]) -> bool:
    """True when a name of the item, without the acronym, spells it in its own words, also
    leaving out the proper name it ends with (``_own_place``)."""
    return any(
        abbreviates(acronym, own := " ".join(w for w in n.split() if w != acronym), places | _own_place(own))
        for n in item.names
    )


def _own_place(name: str) -> frozenset[str]:
    """The capitalised last word of a name otherwise in lower case, a place the day's
    incidents need not name: "Association des parcs d'aventure du Québec (APA)" spells its
    acronym without its province, as "Association des pêcheurs acadiens (APA)" spells it,
    so each is its own body's name, not a translation citing the other's. A title-case name
    ("Association of Urban Mobility Companies") says no such place by its capitals."""
    words = [w for w in ELIDED.sub("", name).split() if w.isalpha()]
    lower = [w for w in words[1:-1] if w.islower() and fold_accents(w.casefold()) not in FILLER]
    if len(words) < 3 or not lower or not words[-1][:1].isupper():
        return frozenset()
    return frozenset({fold_accents(words[-1].casefold())})


def _spells_start(item: OrganisationNames, acronym: str, places: frozenset[str]) -> bool:
    """True when a name of the item, without the acronym, spells the acronym's first
    letters only ("Azione Cattolica (ACI)": Azione Cattolica Italiana without the country
    its acronym ends with)."""
    for name in item.names:
        own = " ".join(w for w in name.split() if w != acronym)
        if any(abbreviates(acronym[:end], own, places) for end in range(len(acronym) - 1, 1, -1)):
            return True
    return False


def _shortened_other(
    flat: Sequence[OrganisationNames], named: Sequence[int], acronym: str, places: frozenset[str]
) -> bool:
    """True when one name spells the acronym and another, sharing none of its words, its
    first letters ("Automobile Club of Italy (ACI)", "Azione Cattolica (ACI)"): the second
    is another body's name in its own language, short of the word its acronym ends with,
    where a translation spells none of it in order ("Gebirgsgendarmerie PGHM"), or shares
    the words it translates ("Münchner Wasserwerke" beside "Munich Water Works")."""
    full = [i for i in named if _spells(flat[i], acronym, places)]
    words = {w for i in full for key in flat[i].keys for w in key.split()}
    return bool(full) and any(
        i not in full
        and _spells_start(flat[i], acronym, places)
        and words.isdisjoint(w for key in flat[i].keys for w in key.split())
        for i in named
    )


def _two_places(flat: Sequence[OrganisationNames], named: Sequence[int], places: frozenset[str]) -> bool:
    """True when two of the names say two places ("SPD Hamburg", "SPD Bayern"): one
    party's or union's branches share its acronym, and each is its own actor."""

    def place(word: str) -> bool:
        return named_place(word, places) and word not in COUNTRY_WORDS

    def capitalised(item: OrganisationNames) -> list[str]:
        # Only a name's capitalised words may be its place: "union" is a town too.
        words = [w for n in item.names for w in n.split() if w[:1].isupper() and not is_acronym(w)]
        return places_in_english([fold_accents(w.casefold()) for w in words])

    def spelled_out(word: str) -> str:
        # "Mühlried" (folded "muhlried") and "Muehlried" are one town's name.
        return re.sub(r"([aou])e", r"\1", word)

    said = [found for i in named if (found := {spelled_out(w) for w in capitalised(flat[i]) if place(w)})]
    return any(a.isdisjoint(b) for n, a in enumerate(said) for b in said[:n])


def _branches(flat: Sequence[OrganisationNames], named: Sequence[int], acronym: str) -> bool:
    """True when two names write the acronym beside capitalised words of their own that
    differ ("ARS Bretagne", "ARS Nouvelle-Aquitaine"): each names a branch of the body."""
    beside = []
    for i in named:
        for name in flat[i].names:
            words = name.split()
            if acronym in words and len(words) > 1:
                beside.append({fold_accents(w.casefold()) for w in words if w != acronym and w[:1].isupper()})
    return any(a and b and a.isdisjoint(b) for n, a in enumerate(beside) for b in beside[:n])


# Kinds of body a name says it is, public (``BODY_WORDS``) or not: an agency is no association.
_KINDS = BODY_WORDS | frozenset({"association", "company", "club", "bank", "chamber", "university"})


def _two_kinds(flat: Sequence[OrganisationNames], named: Sequence[int]) -> bool:
    """True when two of the names say two kinds of body ("Polizei NRW" beside the
    "Landesamt für Umwelt NRW", the "Agència de Turisme de les Illes Balears" beside the
    "Asociación de Taxistas de Baleares", both ATB): an acronym two bodies share is no one's."""
    said = [found for i in named if (found := {w for key in flat[i].keys for w in key.split()} & _KINDS)]
    return any(a.isdisjoint(b) for n, a in enumerate(said) for b in said[:n])


def _public_and_private(flat: Sequence[OrganisationNames], named: Sequence[int]) -> bool:
    """True when a government body and an organisation are both named in full ("Agència
    de Turisme de les Illes Balears (ATB)", "Asociación de Taxistas de Baleares (ATB)"): a
    tourism agency and a taxi drivers' association that share letters. An acronym alone is
    no name in full: an engine that does not know what it stands for calls it an
    organisation (``kind_referents.same_actor_kind``)."""
    kinds = {flat[i].kind for i in named if not all(is_acronym(n) for n in flat[i].names)}
    return {"government", "organization"} <= kinds


def join_cited_acronyms(flat: Sequence[OrganisationNames], groups: UnionFind, places: frozenset[str]) -> None:
    """Names given one acronym (``cited_acronyms``), an article defining it for one of
    them, are one body when at most one body of them spells it in its own words
    (``abbreviates``): every name that does not is a translation citing it. Two bodies
    that each spell it, and names of two places ("SPD Hamburg", "SPD Bayern"), stay apart."""
    by_acronym: dict[str, list[int]] = defaultdict(list)
    every = organisation_spellings(flat)
    for index in every:
        for acronym in cited_acronyms(flat[index]):
            by_acronym[acronym].append(index)
    for acronym, cited in by_acronym.items():
        named = [i for i in cited if acronym in flat[i].defined or _cites_only(flat[i], acronym)]
        defined = [i for i in named if acronym in flat[i].defined]
        if (
            len(named) < 2
            or not defined
            or _two_places(flat, named, places)
            or _branches(flat, named, acronym)
            or _two_kinds(flat, named)
            or _public_and_private(flat, named)
            or _shortened_other(flat, named, acronym, places)
            or two_bearers(flat, named, every, acronym, places)
        ):
            continue  # no article defined it; two places', two kinds', two bodies' own names
        spelling = {groups.find(i) for i in named if _spells(flat[i], acronym, places)}
        if len(spelling) <= 1:
            for index in named[1:]:
                groups.union(named[0], index)
