"""The day a decision takes effect, as its reports time it: "engineers would inspect the
cliff from Thursday", "La CdC fera procéder dès jeudi à une inspection", "ab Donnerstag",
"a partir del jueves", "a partire da giovedì", "a partir de quinta-feira". A body's decision
is announced once and told by every report with the day it starts, which the day's other
decisions at that place seldom share: two reports of one place's decisions that name one
such day tell one decision (``event_marks``). The day the report is of ("on Thursday the
council decided") is no such day."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.dates import weekdays_named

# Types whose event is a decision taking effect later.
DECISION_TYPES = frozenset({"political_decision"})
# The time opens on "from" and its kin, an article or "this"/"next" perhaps, then the weekday.
_FROM_A_DAY = re.compile(
    r"^\s*(?:from|starting|as of|des|a partir de(?:l)?|ab|desde(?: el)?|a partire da|a decorrere da)"
    r"\s+(?:(?:this|next|ce|le|el|il|o|a|kommende[nm]?|nachste[nm]?)\s+)?(?P<day>[^\W\d_][\w-]*)",
    re.IGNORECASE,
)


def decision_start(type_: str, time_text: str | None) -> str | None:
    """The weekday (English) a decision's time says it takes effect on, or None."""
    if type_ not in DECISION_TYPES or not time_text:
        return None
    found = _FROM_A_DAY.match(fold_accents(time_text[:80]))
    if found is None:
        return None
    days = weekdays_named(found["day"])
    return next(iter(days)) if len(days) == 1 else None
