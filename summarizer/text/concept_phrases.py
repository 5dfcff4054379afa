"""A concept's name of several words as one word, however a report spaces it: the tables
(``text.concepts``) write "petrol-station", "caja-fuerte", "albero-di-maggio" with hyphens,
and a report writes "a petrol station", "una caja fuerte", "l'albero di maggio" with
spaces. Read word by word, such a phrase is "petrol" (oil) and "station", or "albero" and
"maggio" (a month): two reports of one stolen maypole in two languages share nothing. Joined
here, each phrase is its table form, and so its concept (``daily.merge.report_words``)."""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.concepts import tables


@cache
def _phrase_pattern() -> re.Pattern[str] | None:
    """Every form of the tables written with hyphens, its parts parted by spaces or hyphens,
    longest first ("canot-de-sauvetages" before "canot-de-sauvetage"), whole words only."""
    table, _, _ = tables()
    phrases = sorted((w for w in table if "-" in w), key=len, reverse=True)
    if not phrases:
        return None
    alternatives = ("[ -]+".join(re.escape(part) for part in phrase.split("-") if part) for phrase in phrases)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


def joined_phrases(folded: str) -> str:
    """``folded`` (lower-case, accents folded) with each concept's phrase written as the
    tables write it ("petrol stations" -> "petrol-stations"); every other word as it was."""
    pattern = _phrase_pattern()
    if pattern is None or " " not in folded:
        return folded
    return pattern.sub(lambda found: re.sub(r"[ -]+", "-", found.group()), folded)
