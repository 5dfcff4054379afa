"""An acronym of a body's name in another language than the one the day names it in: "SBB"
(Schweizerische Bundesbahnen) and "CFF" (Chemins de fer fédéraux) of the day's "Swiss
Federal Railways". A multilingual country's newsrooms write the acronym of their own
language's name, and copy in a third language writes the name out: the letters are read
against the words each concept of the name has in any language the tables know."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.kind_referents import same_actor_kind
from summarizer.daily.organisation_joins import OrganisationNames, abbreviation_key, organisation_spellings
from summarizer.linkage import UnionFind
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS, PHRASE_EXPANSIONS
from summarizer.text.lexicons.organisations import CONCEPTS, FILLER, PHRASES

# An acronym this short spells too many names' initials to be read against translations.
SHORTEST = 3
# Names of more words than this are not read so: their initials are too many to try in
# every order (4! = 24 orders).
MOST_WORDS = 4


@cache
def _forms() -> dict[str, frozenset[tuple[str, ...]]]:
    """Each concept -> the ways the tables write it, each as its words ("railway":
    ("railway",), ("eisenbahn",), ("bahnen",), ("chemins", "fer"), ...)."""
    found: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for table in (CONCEPTS, DOMAIN_CONCEPTS):
        for word, concept in table.items():
            found[concept].add((word,))
    for pair, concept in PHRASES.items():
        found[concept].add(pair)
    for pair, concepts in PHRASE_EXPANSIONS.items():
        if len(concepts) == 1:
            found[concepts[0]].add(pair)
    return {concept: frozenset(forms | {(concept,)}) for concept, forms in found.items()}


@lru_cache(maxsize=65536)
def _initials(key: str) -> tuple[tuple[frozenset[str], ...], frozenset[str], frozenset[int]]:
    """For each concept of an organisation key, the initials its ways of writing give
    ("railway": "r", "e", "b", "cf"...); every letter they hold; which concepts are
    countries (a name's country may go unspelt)."""
    forms = _forms()
    concepts = key.split()
    initials = tuple(
        frozenset(
            written
            for form in forms.get(c, {(c,)})
            if (written := "".join(w[0] for w in form if w not in FILLER))
        )
        for c in concepts
    )
    letters = frozenset("".join(w for found in initials for w in found))
    whose = frozenset(n for n, c in enumerate(concepts) if c in COUNTRY_WORDS)
    return initials, letters, whose


def _mask(letters: Iterable[str]) -> int:
    """Letters as a bit set: whether an acronym's letters are among a name's, in one step."""
    found = 0
    for letter in letters:
        found |= 1 << (ord(letter) & 0x3FF)
    return found


def spells_translation(acronym: str, key: str) -> bool:
    """True when the capitals of ``acronym`` are the initials of the organisation key's
    concepts written in some language's words, in some order, one letter a word ("SBB":
    schweizerische, bundes, bahnen of ``federal railway switzerland``; "CFF": chemins,
    fer, fédéraux), every concept spelt once but the country. A key word no table knows
    is spelt as it is."""
    letters = _letters(acronym)
    return letters is not None and _spelt(letters, key)


def _letters(acronym: str) -> str | None:
    """An acronym's letters, folded, when it is one this rule reads."""
    letters = fold_accents(acronym.casefold())
    if not acronym.isupper() or not letters.isalpha() or len(letters) < SHORTEST:
        return None
    return letters


def _spelt(letters: str, key: str) -> bool:
    count = key.count(" ") + 1
    if not 2 <= count <= MOST_WORDS or len(letters) > 3 * count:
        return False
    initials, known, whose = _initials(key)
    if not set(letters) <= known:
        return False

    @cache
    def spelt(at: int, left: frozenset[int]) -> bool:
        if at == len(letters):
            return left <= whose
        return any(
            letters.startswith(written, at) and spelt(at + len(written), left - {n})
            for n in left
            for written in initials[n]
        )

    return spelt(0, frozenset(range(count)))


def join_translated_acronyms(flat: Sequence[OrganisationNames], groups: UnionFind) -> None:
    """An acronym still on its own once the day's spelt and defined acronyms are joined is
    the day's one organisation whose name it spells in another language's words
    (``spells_translation``); with two such it joins neither. A name is tried only when
    its concepts' initials hold every letter of the acronym (a bit set each)."""
    spellings = organisation_spellings(flat)
    keyed = [
        (i, key, _mask(_initials(key)[1]))
        for i in spellings
        for key in flat[i].keys
        if 2 <= key.count(" ") + 1 <= MOST_WORDS
    ]
    opened: dict[str, set[int]] = defaultdict(set)  # two initials -> groups of names opened so
    for i in spellings:
        for name in flat[i].names:
            if (key := abbreviation_key(name)) is not None:
                opened["".join(key)].add(groups.find(i))
    named: dict[int, set[int]] = defaultdict(set)  # group -> its spellings (by identity)
    for index, item in enumerate(flat):
        named[groups.find(index)].add(id(item))
    for index in spellings:
        short = flat[index].abbreviation
        if short is None or len(named[groups.find(index)]) > 1 or (letters := _letters(short)) is None:
            continue
        wanted = _mask(letters)
        roots = {
            groups.find(i)
            for i, key, mask in keyed
            if not wanted & ~mask and i != index and _spelt(letters, key)
        }
        # Another body whose first two words open the acronym may spell it in words the
        # tables do not read ("SRG" of "Schweizerische Radio- und Fernsehgesellschaft", not
        # the "Schweizerische Rettungsgesellschaft"): then it joins neither. One of its actor
        # kind only (``kind_referents.same_actor_kind``).
        if (
            len(roots) == 1
            and not opened.get(letters[:2], set()) - {groups.find(index), *roots}
            and same_actor_kind(flat, groups, next(iter(roots)), flat[index].kind)
        ):
            groups.union(index, roots.pop())
