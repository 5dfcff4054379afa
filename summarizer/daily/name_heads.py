"""The words a body's name says what kind of body it is with: the kind noun a name is when
it is an article and one noun ("the council", "la mairie"), the heads of a longer name
("Tarrel City Council", "Landgericht Hamburg"), and the keys a kind noun is looked up by
among them (the endings of a German compound head)."""

from __future__ import annotations

import itertools

from summarizer.daily.german_compounds import COMPOUND_LETTERS
from summarizer.daily.organisations import LEVELS
from summarizer.daily.staff_names import staff_body
from summarizer.text.abbreviations import ELIDED, name_words
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.organisations import CONCEPTS, DEFINITE_ARTICLES, FILLER

# A kind noun this short ("bank" aside) is no German compound's head ("rat" of "Murat").
COMPOUND_HEAD_LETTERS = 5


def _noun_forms(word: str) -> set[str]:
    """A noun folded, as its concept, and without a plural "s" ("airlines" -> airline)."""
    forms = {word, CONCEPTS.get(word, word)}
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.add(word[:-1])
    return forms


def kind_named(name: str) -> set[str]:
    """The forms of the kind noun a name is when it is a definite article and one noun
    ("the council", "la mairie", "l'hôpital") or one lower-case noun, its article left out
    ("collège"; not a public body's kind, see ``kinds_by_place``); empty for any other name,
    and for levels, countries and places of government ("the state", "the country"). A body
    named by its staff ("Hospital staff") is its kind noun (``staff_names``)."""
    words = (staff_body(name) or name).split()
    one = words[0] if len(words) == 1 else ""
    if len(words) == 2 and fold_accents(words[0].casefold()) in DEFINITE_ARTICLES:
        noun = words[1]
    elif ELIDED.match(one) or (one[:1].islower() and fold_accents(one.casefold()) not in CONCEPTS):
        noun = ELIDED.sub("", one)
    else:
        return set()
    folded = fold_accents(noun.casefold())
    if not folded.isalpha() or folded in LEVELS or CONCEPTS.get(folded) in LEVELS:
        return set()
    return _noun_forms(folded)


def name_heads(name: str) -> set[str]:
    """The forms of the words a body's name says what kind of body it is with: its first
    and last words and the word before its first preposition ("Tarrel City Council",
    "Ayuntamiento de Tarrel", "Landgericht Hamburg", "Electoral Board of Norland"), for a
    name of two words or more."""
    words = [fold_accents(w.casefold()) for w in name_words(name)]
    if len(words) < 2:
        return set()
    heads = _noun_forms(words[0]) | _noun_forms(words[-1])
    written = [fold_accents(ELIDED.sub("", w).casefold()) for w in name.split()]
    before = next(
        (w for w, after in itertools.pairwise(written) if after in FILLER and w not in FILLER), None
    )
    return heads | (_noun_forms(before) if before and before.isalpha() else set())


def head_keys(heads: set[str]) -> set[str]:
    """What a kind noun is looked up by among names' heads: each head, and the endings of
    a German compound head ("landgericht" is found by "gericht")."""
    found = set(heads)
    # No compound runs longer (``COMPOUND_LETTERS``): a hostile run's endings are not listed.
    for head in (h for h in heads if len(h) <= COMPOUND_LETTERS):
        found |= {head[n:] for n in range(1, len(head) - COMPOUND_HEAD_LETTERS + 1)}
    return found
