"""A count told as one that has risen ("Damit steigt die Zahl der Toten auf drei", "le bilan
s'est alourdi à trois morts", "ha subido a cinco", "the toll rose to 12", "la Guardia Civil,
que ya tiene tres detenidos"): the count of its writer's hour, after lower ones. Another
source's lower count may be one of those earlier counts, not a dispute (a toll rises
through a day; arrests add up); a higher one still is (``figures.values_conflict``).

Only a count that moved by itself: a party that "raises" another's count ("la Asamblea
eleva a 2.100 los afectados", "the union puts the figure higher") disputes it, and a
party that "by now speaks of twelve injured" while another keeps to nine does too."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents

# How far before a figure and after it its risen-to verb may stand, within its sentence:
# "steigt die Zahl der Toten auf drei", "auf vier gestiegen".
_BEFORE = 50
_AFTER = 25
# The end of a sentence or line: a cue past it is of another clause.
_STOP = re.compile(r"[.!?;\n]")
# Cues of a count that rose, accents folded, in English, German, French and Spanish.
_RISEN = re.compile(
    r"(?<!\w)(?:"
    # English: "rose to", "has risen to", "climbed to", "up from"
    r"(?:rose|risen|rising|rises|climbed|climbs|climbing|jumped|increased|grew|gone up|went up) to"
    r"|up from"
    # German: "steigt/stieg/ist gestiegen (auf)", "erhöhte sich auf", "kletterte auf"
    r"|steigt|stieg|gestiegen|erhoht sich|erhohte sich|hat sich erhoht|klettert|kletterte|geklettert"
    # French: "s'alourdit à", "s'est alourdi à", "est passé à", "grimpe à", "monte à"
    r"|s['’]alourdi[rt]?|s['’]est alourdie?|(?:est|a) passee? a|passe a|a grimpe a|grimpe a"
    r"|est montee? a|monte a"
    # Spanish: "ha subido a", "sube a", "asciende a" (of a count), "se eleva a" (never the
    # transitive "eleva a": a party raising another's count), "ya tiene tres detenidos"
    r"|(?:ha|han) (?:subido|ascendido|aumentado) (?:a|hasta)|(?:sube|suben|aumenta|aumentan) (?:a|hasta)"
    r"|se elevan? a|ya (?:tiene|tienen|hay|son|suman|van)"
    r")(?!\w)",
    re.IGNORECASE,
)


def told_as_risen(text: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` of ``text`` is told as a count that rose (``_RISEN``),
    by a cue within its sentence just before it or just after it."""
    before = text[max(0, start - _BEFORE) : start]
    stops = list(_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    after = text[end : end + _AFTER]
    stop = _STOP.search(after)
    if stop:
        after = after[: stop.start()]
    window = fold_accents(f"{before} {text[start:end]} {after}")
    return _RISEN.search(window) is not None
