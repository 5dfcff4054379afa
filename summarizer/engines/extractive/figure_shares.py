"""What a percentage is a share of, as its sentence says it: the noun after "of" ("54.2% of
the vote", "35% of doctors", "54,2% des voix", "34,8 Prozent der Stimmen", "el 35% de los
médicos"), else a word for turnout or for a known share next to it ("un 70% el seguimiento
de la huelga") or in its clause before it ("Turnout was 48%", "La participation a atteint
42%", "Die Wahlbeteiligung lag bei 61,4 Prozent", "on a turnout of 45%"). The merge reads
it (``daily.measures.share_of``): a vote's 54.2% "yes" and its 42% turnout are two
measures, and two outlets' 42% and 45% turnout one measure in dispute."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.counted import SHARES, TURNOUT

# "of" and the articles after it, in en, fr, de, es, it, pt, nl, ca.
_OF = re.compile(
    r"\s*(?:of|de|des|du|d'|der|von|del|dels|dei|degli|delle|della|di|van|do|da|dos|das)\s+"
    r"(?:(?:the|les|la|le|l'|los|las|die|den|il|lo|i|gli|het|o|a|os|as|el|els)\s+)?"
    r"(?P<noun>[^\W\d_]+(?:[ -][^\W\d_]+)?)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
# A clause ends before a share ("54.2% of the vote, on a turnout of 45%").
_CLAUSE_BREAK = re.compile(r"[,;:()]")
# How many words after a share a word for what it is of may stand ("un 70% el seguimiento").
_WORDS_AFTER = 3
# How far either side of a share its words are read: a clause's word for turnout stands
# near it, and a sentence of thousands of shares must not be reread for each (quadratic).
_REACH = 160


def _known(word: str) -> bool:
    folded = fold_accents(word).lower()
    return folded in TURNOUT or folded in SHARES


def share_counted(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """What the percentage at ``start``-``end`` (its number and sign) is a share of, as
    written, or None when its sentence does not say."""
    after = text[end : min(sent_end, end + _REACH)]
    if (of := _OF.match(after)) is not None:
        noun: str = of.group("noun")
        return noun
    clause_end = _CLAUSE_BREAK.search(after)
    near: list[str] = _WORD.findall(after[: clause_end.start() if clause_end else len(after)])[:_WORDS_AFTER]
    if (word := next((w for w in near if _known(w)), None)) is not None:
        return word
    before = text[max(sent_start, start - _REACH) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    words: list[str] = _WORD.findall(clause)
    return next((w for w in reversed(words) if _known(w)), None)
