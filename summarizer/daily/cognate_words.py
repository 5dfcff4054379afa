"""Words two reports in two languages share that the concept table (``text.concepts``)
cannot hold: the name of a drug, a product, a material or a technical term, which each
language spells its own way ("amoxicillin", "amoxicilina", "amoxicillina"; "Legionellen",
"légionelles"), and the word a figure counts by ("400,000 packs to be imported", "400.000
envases importados"). Compared by their consonant skeletons (``text.cognates.skeleton``):
two reports in one language would share these words as written, so two in two languages
share them as spelt.

Only long words with long skeletons are read: a short word's skeleton is shared by too
many unrelated words ("Marseille" and "Madrid" share little, "rail" and "rally" much)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from summarizer.text.accents import fold_accents
from summarizer.text.cognates import skeleton

# The fewest letters of a word, and consonants of its skeleton, read as a cognate:
# "amoxicillin" (11 letters, "amxkln"), "importado" (9, "imprt").
MIN_WORD_LETTERS = 7
MIN_SKELETON = 5
# The letters both spellings begin with, as written: a name borrowed from language to
# language keeps its head ("amoxic-", "import-"), while words of a language's own stock
# part sooner ("opérateur", "operador": one role, said by every grid's spokesman).
SAME_HEAD = 6


@lru_cache(maxsize=65536)
def cognate_key(word: str) -> str | None:
    """The key two spellings of one word share ("amoxicilina" and "amoxicillin":
    "amoxic amxkln"), or None for a word too short to tell, or not only of letters (a
    concept's word such as "car_park")."""
    if len(word) < MIN_WORD_LETTERS or not word.isalpha():
        return None
    key = skeleton(word)
    return f"{fold_accents(word.casefold())[:SAME_HEAD]} {key}" if len(key) >= MIN_SKELETON else None


def cognate_keys(words: Iterable[str]) -> set[str]:
    return {key for word in words if (key := cognate_key(word))}


def shared_cognates(words_a: Iterable[str], words_b: Iterable[str], unread: Iterable[str] = ()) -> int:
    """How many words of one report have a cognate among the other's, one per key, other
    than the keys of ``unread`` (the words that name the reports' places and actors, or
    that every report says: "Spagna" is no word of the event because "Spain" is not)."""
    return len((cognate_keys(words_a) & cognate_keys(words_b)) - cognate_keys(unread))
