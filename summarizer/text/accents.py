"""Latin letters without their diacritics: one table for every comparison that ignores
accents (``fold_accents`` for names and counted things of several languages, and the
disguise ``skeleton`` of ``normalize``)."""

from __future__ import annotations

import unicodedata

# Letters with a stroke do not decompose: their base letter is given.
_STROKED = {ord("ł"): "l", ord("ø"): "o", ord("đ"): "d"}


def _latin_diacritics() -> dict[int, str]:
    """Latin-1, Latin Extended-A and -B letters with diacritics (``é``, ``ö``, ``ș``) to their
    base letter, lower case. One character for one, so positions are kept."""
    table = {}
    for code in range(0xC0, 0x250):
        decomposed = unicodedata.normalize("NFD", chr(code))
        if len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha():
            table[code] = decomposed[0].lower()
    return table | _STROKED


LATIN_DIACRITICS = _latin_diacritics()

# A table, not decomposition: decomposing every character of every passage took a sixth of
# a busy day's merge. The dotless "ı" (Turkish names) reads as "i" here; ``skeleton`` keeps
# it, as it always has.
_FOLD = LATIN_DIACRITICS | {ord("ı"): "i"}


def fold_accents(text: str) -> str:
    """Lower case without accents ("Météo" -> "meteo", "Behörde" -> "behorde"): how names
    and counted things of several languages are compared."""
    folded = text.casefold()  # "ß" is "ss" already
    if folded.isascii():
        return folded
    folded = folded.translate(_FOLD)  # the common letters, without decomposing
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# German writes its umlauts out where a keyboard or a wire service lacks them ("Bärtschi",
# "Baertschi"; "Obergrächen", "Obergraechen"): both spellings are one name.
_UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def umlauts_spelled_out(text: str) -> str:
    """``text`` with its German umlauts written as two letters ("Bärtschi" -> "Baertschi");
    unchanged when it has none."""
    return text.translate(_UMLAUTS_SPELLED)
