"""The rank a report gives its event among the day's events of its kind, when its clause
opens on it: "A second diver, a woman, was airlifted off Porto Vecchio", "14h30 — Deuxième
accident de plongée de la journée", "Eine zweite Lawine ging ...", "Un segundo incendio ...".
Two reports that both tell "the second" tell one event, as the first of the day has no rank
(``event_marks``); a report of the first and one of the second share none."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.ordinals import ordinal_pattern, ordinal_rank

# The articles of the eight languages read ("een tweede duiker", "de derde brand").
_ARTICLES = r"a|an|the|un|une|ein|eine|einen|einem|einer|una|uno|um|uma|il|la|le|el|der|die|das|o|een|de|het"
# The ordinal opens the evidence, a clause after a dash or a colon (a blog's clock, a
# headline), or a sentence; an article may stand before it, and a word (its noun) follows:
# "Second, the council ..." and "a second-hand car" are no ranks.
_RANKED = re.compile(
    rf"(?:^|[:—–-]\s+|[.!?]\s+)(?:(?:{_ARTICLES})\s+)?(?P<ordinal>{ordinal_pattern(folded=True)})\s+[^\W\d_]",
    re.IGNORECASE,
)


def event_rank(evidence: str | None) -> int | None:
    """The rank the evidence gives its event (2 for "A second diver ..."), or None."""
    if not evidence:
        return None
    found = _RANKED.search(fold_accents(evidence[:600]))
    if found is None:
        return None
    return ordinal_rank(found["ordinal"])
