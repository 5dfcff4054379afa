"""The rank a report gives its event among the day's events of its kind, when its clause
opens on it: "A second diver, a woman, was airlifted off Porto Vecchio", "14h30 — Deuxième
accident de plongée de la journée", "Eine zweite Lawine ging ...", "Un segundo incendio ...".
Two reports that both tell "the second" tell one event, as the first of the day has no rank
(``event_marks``); a report of the first and one of the second share none."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents

# Ordinals by rank, accents folded, in the six languages read (the German and Romance
# endings: "zweiten", "seconda", "segunda").
_RANKS = {
    2: r"second|seconde?|deuxieme|zweite[nrsm]?|segund[oa]|second[oa]",
    3: r"third|troisieme|dritte[nrsm]?|tercer[oa]?|terz[oa]|terceir[oa]",
}
_ARTICLES = r"a|an|the|un|une|ein|eine|einen|einem|einer|una|uno|um|uma|il|la|le|el|der|die|das|o"
# The ordinal opens the evidence, a clause after a dash or a colon (a blog's clock, a
# headline), or a sentence; an article may stand before it, and a word (its noun) follows:
# "Second, the council ..." and "a second-hand car" are no ranks.
_RANKED = re.compile(
    rf"(?:^|[:—–-]\s+|[.!?]\s+)(?:(?:{_ARTICLES})\s+)?(?P<ordinal>{'|'.join(_RANKS.values())})\s+[^\W\d_]",
    re.IGNORECASE,
)


def event_rank(evidence: str | None) -> int | None:
    """The rank the evidence gives its event (2 for "A second diver ..."), or None."""
    if not evidence:
        return None
    found = _RANKED.search(fold_accents(evidence[:600]))
    if found is None:
        return None
    ordinal = found["ordinal"].casefold()
    return next(rank for rank, pattern in _RANKS.items() if re.fullmatch(pattern, ordinal))
