"""An organisation named in a neighbour language's words ("Syndicat des mobilités Côte
basque-Adour", "Sindicato de Movilidad Costa Vasca-Adour"), a company's registered name
and the press's translations of it: one name translated word by word, each word a
cognate of the other's (``text.cognates``) or the same concept (``organisations``)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.daily.organisations import BODY_WORDS, LEVELS
from summarizer.daily.place_keys import place_key
from summarizer.linkage import UnionFind
from summarizer.text.abbreviations import legal_form
from summarizer.text.accents import fold_accents
from summarizer.text.cognates import cognates
from summarizer.text.exonyms import exonym_of, is_city
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS
from summarizer.text.lexicons.organisations import CONCEPTS
from summarizer.text.lexicons.places import EXONYMS
from summarizer.text.vocabulary import words as word_set

# A word shared by more of the day's organisations than this anchors no translation: it
# says what kind of body a name is ("union", "ministry"), not which.
ANCHOR_NAMES = 24
# Names this short are too little to call a translation by their likeness alone; a name
# of two words (one shared) is called one when its other word is a cognate this long
# ("Celulosas del Ebro", "Ebro Cellulose").
TRANSLATED_WORDS = 3
SHORT_NAME_COGNATE_LETTERS = 7
# Words a company's name adds in one language and leaves out in another ("Ebro Cellulose
# Group", "Celulosas del Ebro"): what kind of company, not which.
COMPANY_KINDS = word_set("group groupe gruppe grupo holding holdings konzern")


@cache
def known_concepts() -> frozenset[str]:
    """Words the concept tables know, as organisation keys write them: a key's words
    that differ there differ in meaning, however alike they look ("city", "county")."""
    return (
        frozenset(CONCEPTS.values())
        | frozenset(DOMAIN_CONCEPTS.values())
        | BODY_WORDS
        | LEVELS
        | COUNTRY_WORDS
    )


def _two_places(word: str, other: str) -> bool:
    """Two words that name two places however alike they look ("berlin" and "bern",
    "leon" and "lyon"): a name's place is which body it is, never its translation."""
    places = [place_key(w) for w in (word, other) if is_city(w) or exonym_of(w) or fold_accents(w) in EXONYMS]
    return len(places) == 2 and places[0] != places[1]


def translated(words: Sequence[str], other: Sequence[str]) -> bool:
    """True when two organisation keys' words are one name translated word by word: as
    many words (a company's kind aside, "Group"), one shared at least, and every other
    word a cognate of one of the other's (``text.cognates``): "Syndicat des mobilités Côte
    basque-Adour" and "Sindicato de Movilidad Costa Vasca-Adour"."""
    words = [w for w in words if w not in COMPANY_KINDS]
    other = [w for w in other if w not in COMPANY_KINDS]
    if len(words) != len(other) or len(words) < TRANSLATED_WORDS - 1:
        return False
    mine, theirs = set(words) - set(other), list(set(other) - set(words))
    if not mine or len(mine) == len(words) or (mine | set(theirs)) & known_concepts():
        return False  # two words the tables know differ in meaning ("city", "county")
    shortest = SHORT_NAME_COGNATE_LETTERS if len(words) < TRANSLATED_WORDS else 0
    for word in sorted(mine):
        match = [t for t in theirs if cognates(word, t) and not _two_places(word, t) and len(t) >= shortest]
        if len(match) != 1 or len(word) < shortest:
            return False
        theirs.remove(match[0])
    return not theirs


def join_translated_names(flat: Sequence[OrganisationNames], groups: UnionFind) -> None:
    """An organisation named in a neighbour language's words ("Syndicat des mobilités Côte
    basque-Adour", "Sindicato de Movilidad Costa Vasca-Adour") is the day's one
    organisation whose name it translates (``translated``), met through a word both
    names share that few of the day's bodies have ("Adour")."""
    keyed = [(i, key.split()) for i in organisation_spellings(flat) for key in flat[i].keys]
    by_word: dict[str, list[int]] = defaultdict(list)
    for number, (_, words) in enumerate(keyed):
        for word in set(words):
            by_word[word].append(number)
    for index, words in keyed:
        if len(words) < TRANSLATED_WORDS - 1:
            continue
        met = {n for w in words if len(by_word[w]) <= ANCHOR_NAMES for n in by_word[w]}
        matches = [n for n in met if keyed[n][0] != index and translated(words, keyed[n][1])]
        roots = {groups.find(keyed[n][0]) for n in matches}
        # A company's registered name (with its legal form: "Hanseatische Kreuzfahrt-
        # Gesellschaft mbH") and the press's translations of it ("Compañía Hanseática de
        # Cruceros", "Hanseatic Cruise Company"), each translating the others: one body.
        # Without one registered name, names alike in three languages may be three
        # countries' bodies ("Banque populaire", "Banco Popular", "Banca Popolare").
        registered = [i for i in {index, *(keyed[n][0] for n in matches)} if _registered(flat[i])]
        translations = itertools.combinations(matches, 2)
        # So too a public body named by its kind and remit alone ("Mobilitätsministerium",
        # "ministère de la Mobilité", "ministerie van Mobiliteit"): a newsroom translates
        # such a name into its own language, as it leaves a bank's or a firm's own name as it is.
        alike = len(registered) == 1 or all(_kind_and_remit(keyed[n][1]) for n in matches)
        one_name = alike and all(translated(keyed[m][1], keyed[n][1]) for m, n in translations)
        if len(roots) == 1 or one_name:
            for root in roots:
                groups.union(index, root)


def _registered(item: OrganisationNames) -> bool:
    """Named once by its registered name, which ends with a legal form ("... mbH", "SA")."""
    return any(len(words := name.split()) > 1 and legal_form(words[-1]) for name in item.names)


# The kinds of body a name gives by what they are for ("ministère de la Mobilité"). Other
# kinds' second word says which kind of that body it is ("gouvernement militaire", "police
# militaire", "Militärregierung"): many countries have one, and a day may name three.
REMIT_NAMED_KINDS = frozenset({"ministry"})


def _kind_and_remit(words: Sequence[str]) -> bool:
    """A key of a ministry's kind and one word of what it is for ("ministry mobilite")."""
    return (
        len(words) == 2
        and set(words) & BODY_WORDS <= REMIT_NAMED_KINDS
        and bool(set(words) & REMIT_NAMED_KINDS)
    )
