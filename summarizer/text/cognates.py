"""Whether two words are one word in two Romance or Germanic spellings ("mobilités" and
"movilidad", "basque" and "vasca", "Côte" and "Costa", "socialiste" and "socialista"), as
names translated word by word write them: the consonants each language keeps, compared
with the spelling habits that differ between them (v/b, c/qu/k, y/i, t/d, a silent s)
levelled. A test for the words of two names already alike in every other word, never
alone: short words and unrelated words with like consonants ("Marseille", "Madrid") are
no cognates."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from summarizer.text.accents import fold_accents

# Spellings one language writes where a neighbour writes another, as one letter each.
_LEVELLED = (("qu", "k"), ("ph", "f"), ("th", "t"), ("ch", "k"), ("c", "k"), ("v", "b"), ("w", "b"),
             ("y", "i"), ("z", "s"), ("d", "t"), ("g", "k"))  # fmt: skip
# The endings a word takes in one language and not its neighbour ("-ité"/"-idad", "-es",
# "-o", "-a"): left out before comparing.
_ENDING = re.compile(r"(?:es|os|as|s|e|o|a|i)$")
# Below this many letters a word carries too little to tell it from another.
MIN_LETTERS = 4
# How alike two skeletons must be (rapidfuzz ratio, 0-100).
MIN_SIMILARITY = 80


def skeleton(word: str) -> str:
    """A word's consonants after its first letter, with the spellings that differ between
    languages levelled ("mobilités" -> "mblt", "movilidad" -> "mbltt" -> "mblt")."""
    folded = _ENDING.sub("", fold_accents(word.casefold()))
    for written, spoken in _LEVELLED:
        folded = folded.replace(written, spoken)
    head, rest = folded[:1], re.sub(r"[aeiou\W\d_]", "", folded[1:])
    return re.sub(r"(.)\1+", r"\1", head + rest)


def cognates(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` may be one word in two languages' spellings: the same
    first sound and consonant skeletons at least ``MIN_SIMILARITY`` alike, each word of
    at least ``MIN_LETTERS`` letters ("cote" and "costa" are; "madrid" and "marseille"
    are not)."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_LETTERS or not a.isalpha() or not b.isalpha():
        return False
    x, y = skeleton(a), skeleton(b)
    return x[:1] == y[:1] and fuzz.ratio(x, y) >= MIN_SIMILARITY
