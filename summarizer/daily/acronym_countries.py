"""Two countries' bodies that share an acronym: Spain's and Portugal's unions are both "UGT",
Belgium's and France's socialist parties both "PS". Letters alike say one body no more than a
shared word does, so whose country each is keeps them apart: the country its role or name
names ("UGT", role "central sindical portuguesa"; "Portugal's UGT union confederation"),
and for a bare acronym the language of its article. A newsroom names a foreign body with its
country ("la UGT portuguesa", "Portugal's UGT"); an acronym it leaves bare is its own
country's, so a Spanish article's bare "UGT" is no body of a country where Spanish is not
spoken. English is read everywhere (wires, live blogs, expatriate papers) and says no
country; nor does an article whose language the merge does not read.

An acronym's kind says whose it is too: Malta's armed forces ("AFM", kind military) are no
merchants' alliance another article calls "AFM" (an organisation).

``ApartUnionFind`` is the day's union of actors with those pairs refused, whichever join
proposes them, and whatever joined either side before; with them, two regions' bodies of
one kind (``regional_places``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from summarizer.daily.acronym_owners import other_owners, owner_words, short_name
from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.organisations import organisation_key
from summarizer.daily.regional_places import PlaceMark, apart_by_place
from summarizer.linkage import UnionFind, name_key
from summarizer.text.abbreviations import is_acronym
from summarizer.text.gazetteer import KNOWN_ACRONYMS
from summarizer.text.lexicons.organisations import POLICE_FORCES

# Languages that say no country of a bare acronym's body: read in every country.
_COUNTRYLESS_LANGUAGES = frozenset({"en"})


@dataclass(frozen=True)
class AcronymMark:
    """Of an actor named by an acronym: the acronym, the country it is named with (a key
    word, "portugal") or None, and its article's language (None if unknown)."""

    letters: str
    country: str | None
    language: str | None
    # Whose body it is, as its role says ("VvE van vakantiepark De Dellen", ``acronym_owners``).
    owner: frozenset[str] = frozenset()
    # Armed forces (True), a civil organisation (False) or either (None: a government body).
    armed: bool | None = None


@cache
def _territory_codes() -> dict[str, str]:
    """Each country's English name as a key word ("united-kingdom") -> its territory code."""
    from babel import Locale

    return {
        name.casefold().replace(" ", "-"): code
        for code, name in Locale("en").territories.items()
        if code.isalpha() and len(code) == 2
    }


@cache
def country_languages(country: str) -> frozenset[str]:
    """The languages spoken officially in a country, also in a region of it (Spain's
    Catalan, Belgium's German), as two-letter codes; empty for a country not known."""
    from babel.languages import get_official_languages

    code = _territory_codes().get(country)
    if code is None:
        return frozenset()
    return frozenset(get_official_languages(code, regional=True, de_facto=True))


# Kinds that say an acronym's body is armed forces or a civil organisation (company,
# association); a government's body may be either's counterpart, so it says neither.
_ARMED_KINDS = {"military": True, "organization": False}
# A police force of military status (a gendarmerie, Carabinieri, Guardia Civil, GNR) is
# told as armed forces by one report and as a public body by the next: when its names or
# role say it polices, or its letters are a government body's the gazetteer knows, its
# kind says neither.
# The Dutch Marechaussee keeps its own name in a key (it is no "gendarmerie" word).
_POLICING = POLICE_FORCES | {"marechaussee"}


def _armed(name: str, words: set[str], kind: str | None) -> bool | None:
    if not _POLICING.isdisjoint(words) or KNOWN_ACRONYMS.get(name.upper()) == "government":
        return None
    return _ARMED_KINDS.get(kind or "")


def acronym_mark(
    name: str, role: str | None, names: Sequence[str], language: str | None, kind: str | None = None
) -> AcronymMark | None:
    """The mark of a body named by an acronym (``name``, also in mixed case: "VvE"), None
    for any other name. Its country is the one country its role and names name, if exactly
    one; its owner whose body its role says it is (``acronym_owners``)."""
    if not (is_acronym(name) or short_name(name)):
        return None
    words = {w for text in (role, *names) if text for w in organisation_key(name_key(text)).split()}
    countries = words & COUNTRY_WORDS
    country = next(iter(countries)) if len(countries) == 1 else None
    owner = owner_words(name, [role, *names])
    return AcronymMark(name.casefold(), country, language, owner, _armed(name, words, kind))


def _not_of(mark: AcronymMark, country: str) -> bool:
    """A bare acronym's article says its body is not ``country``'s."""
    language = mark.language
    if mark.country is not None or language is None or language in _COUNTRYLESS_LANGUAGES:
        return False
    spoken = country_languages(country)
    return bool(spoken) and language not in spoken


def apart(first: AcronymMark, second: AcronymMark) -> bool:
    """Two marks of one acronym that are two countries' bodies."""
    if first.letters != second.letters:
        return False
    if other_owners(first.owner, second.owner):
        return True
    if first.armed is not None and second.armed is not None and first.armed != second.armed:
        return True
    if first.country is not None and second.country is not None:
        return first.country != second.country
    if first.country is not None:
        return _not_of(second, first.country)
    if second.country is not None:
        return _not_of(first, second.country)
    return False


class ApartUnionFind(UnionFind):
    """A union of actors that refuses to make one group of two countries' bodies sharing an
    acronym (``apart``): the marks of each group are kept with its root. With ``placed`` (each
    actor's ``regional_places.PlaceMark``), nor of two regions' bodies of one kind."""

    def __init__(
        self, marks: Sequence[AcronymMark | None], placed: Sequence[PlaceMark | None] | None = None
    ) -> None:
        super().__init__(len(marks))
        # Each group's distinct marks: a day's hundreds of bare "EU" or "UN" are a handful of
        # (letters, country, language), so a join compares a few, not every pair of mentions.
        self.marks: dict[int, set[AcronymMark]] = {n: {m} for n, m in enumerate(marks) if m is not None}
        self.placed: dict[int, set[PlaceMark]] = {n: {m} for n, m in enumerate(placed or ()) if m is not None}

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        first, second = self.marks.get(ra, set()), self.marks.get(rb, set())
        if any(apart(x, y) for x in first for y in second):
            return
        here, there = self.placed.get(ra, set()), self.placed.get(rb, set())
        if any(apart_by_place(x, y) for x in here for y in there):
            return
        super().union(ra, rb)
        root = self.find(ra)
        joined, placed = first | second, here | there
        for kept in (self.marks, self.placed):
            kept.pop(ra, None)
            kept.pop(rb, None)
        if joined:
            self.marks[root] = joined
        if placed:
            self.placed[root] = placed
