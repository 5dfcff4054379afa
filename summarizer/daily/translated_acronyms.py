"""An acronym of a body's name in another language than the one the day names it in: "SBB"
(Schweizerische Bundesbahnen) and "CFF" (Chemins de fer fédéraux) of the day's "Swiss
Federal Railways". A multilingual country's newsrooms write the acronym of their own
language's name, and copy in a third language writes the name out: the letters are read
against the words each concept of the name has in any language the tables know."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.daily.organisations import COUNTRY_WORDS
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


def spells_translation(acronym: str, key: str) -> bool:
    """True when the capitals of ``acronym`` are the initials of the organisation key's
    concepts written in some language's words, in some order, one letter a word ("SBB":
    schweizerische, bundes, bahnen of ``federal railway switzerland``; "CFF": chemins,
    fer, fédéraux), every concept spelt once but the country. A key word no table knows
    is spelt as it is."""
    letters = fold_accents(acronym.casefold())
    concepts = key.split()
    if not acronym.isupper() or not letters.isalpha() or len(letters) < SHORTEST:
        return False
    if not 2 <= len(concepts) <= MOST_WORDS or len(letters) > 3 * len(concepts):
        return False
    forms = _forms()
    initials = [
        {"".join(w[0] for w in form if w not in FILLER) for form in forms.get(c, {(c,)})} for c in concepts
    ]

    # The country a name says it is of may go unspelt: "CFF" is the Chemins de fer
    # fédéraux of "Swiss Federal Railways", its "suisses" left out.
    whose = frozenset(n for n, c in enumerate(concepts) if c in COUNTRY_WORDS)

    @cache
    def spelt(at: int, left: frozenset[int]) -> bool:
        if at == len(letters):
            return left <= whose
        return any(
            letters.startswith(written, at) and spelt(at + len(written), left - {n})
            for n in left
            for written in initials[n]
            if written
        )

    return spelt(0, frozenset(range(len(concepts))))


def join_translated_acronyms(flat: Sequence[OrganisationNames], groups: UnionFind) -> None:
    """An acronym still on its own once the day's spelt and defined acronyms are joined is
    the day's one organisation whose name it spells in another language's words
    (``spells_translation``); with two such it joins neither."""
    spellings = organisation_spellings(flat)
    keyed = [(i, key) for i in spellings for key in flat[i].keys if " " in key]
    named: dict[int, set[int]] = defaultdict(set)  # group -> its spellings (by identity)
    for index, item in enumerate(flat):
        named[groups.find(index)].add(id(item))
    for index in spellings:
        short = flat[index].abbreviation
        if short is None or not short.isupper() or len(named[groups.find(index)]) > 1:
            continue
        roots = {groups.find(i) for i, key in keyed if i != index and spells_translation(short, key)}
        if len(roots) == 1:
            groups.union(index, roots.pop())
