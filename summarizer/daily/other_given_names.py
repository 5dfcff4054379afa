"""Two first names that look alike but are two names: "An" and "Jan", "Jan" and "Jana",
"Andrea" and "Andreas" (one is the other with letters added at an end), "Giulio" and
"Giulia", "Louis" and "Louise" (one name's masculine and feminine). Spelling tolerance
between full names (``people.same_person``) is for one name written two ways ("Vitali",
"Vitaly"; "Mohammed", "Mohamed"), and the nickname table is a genealogist's ("Louise" of
Louis); these are a brother and a sister, or two colleagues who share a surname, and two
people sharing a surname never merge."""

from __future__ import annotations

from summarizer.text.accents import fold_accents

# Final letters that make one given name masculine or feminine in the Romance and Germanic
# languages read ("Giulio"/"Giulia", "Daniele"/"Daniela", "Paulo"/"Paula"; "Louis"/"Louise",
# "Daniel"/"Daniela" add one). Not "i"/"y": those are one Slavic name transliterated two
# ways ("Andrei", "Andrey").
_GENDERED_ENDINGS = frozenset("aoe")

# Letters added at an end that spell one name two ways, not another name: a Slavic name's
# "-iy"/"-ij" transliterated "-i" ("Vitali"/"Vitaliy", "Dmitri"/"Dmitrij", "Yuri"/"Yuriy"),
# and a silent "h" after a final "a" ("Sara"/"Sarah", "Hanna"/"Hannah", "Debora"/"Deborah").
_SPELLING_TAILS = (("i", "y"), ("i", "j"), ("a", "h"))


def other_given_names(one: str, other: str) -> bool:
    """True when two differing first names are two names, however alike they look."""
    a, b = _folded(one), _folded(other)
    if a == b:
        return False
    short, long = sorted((a, b), key=len)
    if one_name_two_spellings(short, long):
        return False
    # One the other with letters added before or after ("An"/"Jan", "Jan"/"Jana").
    return long.startswith(short) or long.endswith(short) or gendered_pair(a, b)


def gendered_pair(one: str, other: str) -> bool:
    """True when two first names are one name's masculine and feminine ("Giulio"/"Giulia",
    "Louis"/"Louise", "Christian"/"Christiane"): never short forms of each other."""
    a, b = sorted((_folded(one), _folded(other)), key=len)
    if len(a) == len(b):
        return a != b and a[:-1] == b[:-1] and a[-1] in _GENDERED_ENDINGS and b[-1] in _GENDERED_ENDINGS
    return len(b) == len(a) + 1 and b.startswith(a) and b[-1] in "ae" and len(a) >= 3


def one_name_two_spellings(short: str, long: str) -> bool:
    """True when ``long`` is ``short`` (folded, three letters or more) with a transliteration's
    or a silent letter added at its end (``_SPELLING_TAILS``): "Vitali" and "Vitaliy"."""
    tails = (tail for end, tail in _SPELLING_TAILS if short.endswith(end))
    return len(short) >= 3 and any(long == short + tail for tail in tails)


def _folded(name: str) -> str:
    return fold_accents(name.casefold())
