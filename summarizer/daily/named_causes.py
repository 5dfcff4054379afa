"""The event a report names as its own event's cause ("23 campers were evacuated after the
dam's purge"), and whether another report is of that cause: a newsroom tells a flood of a
campsite and the purge that flooded it as one story, though the briefings type one an
accident and the other "other" (``kinds.CHAINED_TYPES``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.daily.merge import report_words
from summarizer.daily.report_words import common_words
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.causes import CAUSE_CUES
from summarizer.text.lexicons.concepts_who_where import PEOPLE, SITES

if TYPE_CHECKING:
    from summarizer.daily.reports import ReportEvidence

# The words a cause's name takes at most after its cue ("la purge du barrage de la
# Dérotse"): enough for a noun and its complement, not the next clause.
CAUSE_SPAN_WORDS = 6
# A cue ends on a word or on an elided article ("après l'", "dopo l'"), whose noun follows at once.
_CAUSE = re.compile(
    r"(?<!\w)(?:" + "|".join(CAUSE_CUES.values()) + r")(?:(?<=['’])|(?!\w))\s*(?P<cause>[^,.;:!?()\"«»]*)"
)
_WORD = re.compile(r"[\w'’-]+")
# Words that name where or whom an event struck, not what it was ("après la rupture du
# barrage": the dam is the site; its rupture and its owner's tariff rise are two events).
NOT_AN_EVENT = frozenset(SITES) | frozenset(PEOPLE)


def cause_words(evidence: str) -> frozenset[str]:
    """The words (as ``merge.report_words`` reads them) of what a report's evidence names as
    the cause of its event: the words after each cue ("après la", "nach dem", "tras el") up
    to the clause's end or ``CAUSE_SPAN_WORDS`` words."""
    found: set[str] = set()
    for match in _CAUSE.finditer(fold_accents(evidence.casefold())):
        span = _WORD.findall(match.group("cause"))[:CAUSE_SPAN_WORDS]
        found |= report_words(" ".join(span))
    return frozenset(found)


def names_the_cause(effect: ReportEvidence, cause: ReportEvidence) -> bool:
    """The effect's named cause (``ReportEvidence.causes``) shares a word with the other
    report's words that is neither what every report says, nor a name of a place, time or
    actor of either (``plain``), nor a site or people struck (``NOT_AN_EVENT``): the other
    report tells that cause ("après la purge du barrage", "procéderont à une purge de
    sédiments"). The dam, its town or its owner alone is no cause: another event there
    shares it."""
    shared = effect.causes.intersection(cause.words)
    return bool(shared.difference(common_words(), effect.plain, cause.plain, NOT_AN_EVENT))


def cause_named(a: ReportEvidence, b: ReportEvidence) -> bool:
    """Of two reports, one typed "other" and the other not, the other names the first's
    event as its cause (``names_the_cause``)."""
    if (a.type == "other") == (b.type == "other"):
        return False
    other, effect = (a, b) if a.type == "other" else (b, a)
    return names_the_cause(effect, other)
