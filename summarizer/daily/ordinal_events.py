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
ARTICLES = r"a|an|the|un|une|ein|eine|einen|einem|einer|una|uno|um|uma|il|la|le|el|der|die|das|o|een|de|het"
# The ordinal opens the evidence, a clause after a dash or a colon (a blog's clock, a
# headline), or a sentence; an article may stand before it, and a word (its noun) follows:
# "Second, the council ..." and "a second-hand car" are no ranks.
_RANKED = re.compile(
    rf"(?:^|[:—–-]\s+|[.!?]\s+)(?P<article>(?:{ARTICLES})\s+)?(?P<ordinal>{ordinal_pattern(folded=True)})\s+"
    r"(?P<next>[^\W\d_][\w'’]*)",
    re.IGNORECASE,
)
# Without an article, Italian "secondo" and Portuguese "segundo" are "according to" when a
# determiner, a pronoun, a name or a source follows ("Secondo i carabinieri", "Segundo a PSP",
# "Segundo Rossi", "Segundo fontes policiais"); a rank's noun follows it bare ("Segundo
# acidente do dia"). No other ordinal means "according to": a capital after "Zweiter" or
# "Second" is a German noun or a headline's ("Zweiter Lawinenabgang", "Second Fire Hits Town").
_ACCORDING_TO_WORDS = frozenset({"secondo", "segundo"})
_SOURCE_WORDS = frozenset({
    "i", "il", "lo", "la", "l", "gli", "le", "o", "os", "a", "as", "el", "los", "las",  # determiners
    "quanto", "me", "noi", "lui", "lei", "loro", "ele", "ela", "eles", "elas", "nos",  # pronouns
    "fonti", "fonte", "fontes", "testimoni", "testemunhas", "informazioni", "informacoes",
    "dati", "dados", "indiscrezioni",
})  # fmt: skip


def _according_to(found: re.Match[str], text: str) -> bool:
    """``found`` read in ``text`` folded; ``text`` as written tells a name by its capital
    when folding kept every position (it does unless a letter folds to two, as "ß")."""
    if found["article"] or found["ordinal"].casefold() not in _ACCORDING_TO_WORDS:
        return False
    following = re.split(r"['’]", found["next"])[0]  # "l'Arpa": "l"
    as_written = text[found.start("next") : found.end("next")] if len(text) == len(found.string) else ""
    return as_written[:1].isupper() or following in _SOURCE_WORDS


def event_rank(evidence: str | None) -> int | None:
    """The rank the evidence gives its event (2 for "A second diver ..."), or None."""
    if not evidence:
        return None
    text = evidence[:600]
    for found in _RANKED.finditer(fold_accents(text)):
        if not _according_to(found, text):
            return ordinal_rank(found["ordinal"])
    return None
