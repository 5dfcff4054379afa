"""An acronym written right after the noun of its kind and the place it serves: "de
Brusselse brandweer DBDMH", "la police fédérale DSU", "die Berliner
Feuerwehr BF". The words before the acronym are that body's name in the article's language,
which another article writes in its own ("Brussels fire service"), so the acronym is named
with them too. A kind alone ("les pompiers du SIAMU", "the union UGT") says which body no more
than any other of its kind's name does, and is no name of it; nor is a kind its place has
many of ("the Spanish union UGT", CCOO's too: ``_MANY_PER_PLACE``), nor a list ("la STIB et
la SNCB"), nor words across a comma or a sentence's end. The apposition after an acronym is
``apposed_names``', the bracketed declaration ``defined_names``'."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.daily.organisations import BODY_WORDS, organisation_key
from summarizer.linkage import name_key
from summarizer.text.abbreviations import is_acronym
from summarizer.text.accents import fold_accents

# The article that opens the name before the acronym, in the languages read.
_ARTICLES = frozenset(
    [
        "the",
        "le",
        "la",
        "les",
        "l",
        "die",
        "der",
        "des",
        "dem",
        "den",
        "das",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "gli",
        "i",
        "o",
        "a",
        "os",
        "as",
        "het",
        "de",
    ]
)
# Words of a list or a clause: before them the name is another body's or none.
_NOT_A_NAME = frozenset(
    [
        "and",
        "or",
        "et",
        "ou",
        "und",
        "oder",
        "y",
        "e",
        "ed",
        "en",
        "of",
        "de",
        "du",
        "del",
        "della",
        "dello",
        "van",
        "von",
        "da",
        "do",
        "dos",
        "das",
        "des",
        "di",
    ]
)
_MOST_WORDS = 3
# Kinds a place has many of: "the Spanish union UGT" and "the Spanish union CCOO", "le parti
# wallon PS" and "le parti wallon MR", "the German court BGH" and "the German court BVerfG"
# are two bodies, so a kind of these with its place names neither.
_MANY_PER_PLACE = frozenset(
    {"union", "party", "agency", "department", "ministry", "office", "court", "works-council"}
)
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*")


def _name_before(text: str, start: int) -> str | None:
    """The name of a kind and a place written right before ``start`` after an article."""
    before = text[max(0, start - 120) : start]
    # The words back to the last punctuation, a digit or a line's end.
    tail = re.split(r"[,.;:!?()\[\]\n\"«»“”„\d]", before)[-1]
    if not tail.endswith(" "):
        return None
    words = tail.split()
    folded = [fold_accents(w.casefold()).strip("'’") for w in words]
    opened = [n for n, w in enumerate(folded) if w in _ARTICLES or w.endswith(("l'", "l’"))]
    if not opened:
        return None
    name = words[opened[-1] + 1 :]
    if not 2 <= len(name) <= _MOST_WORDS or any(not _WORD.fullmatch(w) or is_acronym(w) for w in name):
        return None
    if {fold_accents(w.casefold()) for w in name} & _NOT_A_NAME:
        return None
    phrase = " ".join(name)
    key = set(organisation_key(name_key(phrase)).split())
    # A kind of body and more than kinds: "Brusselse brandweer", not "pompiers bruxellois"
    # written as kinds alone, nor a kind its place has many of (``_MANY_PER_PLACE``).
    kinds = key & BODY_WORDS
    return phrase if kinds and key - BODY_WORDS and not kinds <= _MANY_PER_PLACE else None


def kind_acronyms(text: str, name: str, starts: Iterable[int]) -> list[str]:
    """The names an article writes right before the acronym ``name`` where it names it
    (``starts``: where each mention starts); none for another name."""
    if not is_acronym(name):
        return []
    return list(dict.fromkeys(found for start in starts if (found := _name_before(text, start))))
