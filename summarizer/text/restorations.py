"""Whether a sentence tells a return to normal after an event (a road reopened, residents
allowed back home, an evacuation lifted): a newsroom's own event, of another hour than the
crash or leak that caused it though it names the same road, toll and cause. Read by the
daily merge (which keeps a restoration apart from its cause) and by the offline engine
(which types an event's sentence telling people back home as that return); the cues are
``lexicons.restorations``."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.restorations import NEGATED, RESTORATION_PATTERN, RETURN_HOME_PATTERN


def tells_a_restoration(evidence: str) -> bool:
    """The evidence tells a return to normal ("Route 11 reopened", "wurde die Autobahn wieder
    freigegeben", "le retour des résidents"). Not a closure said to go on ("ne rouvrira pas
    avant mars")."""
    return _told(RESTORATION_PATTERN, evidence)


def tells_a_return_home(evidence: str) -> bool:
    """The evidence tells people going back home or their evacuation lifted ("Residents
    evacuated after the rollover were allowed to return home", "le retour des résidents"):
    the end of an evacuation, whatever hazard it names. Not one said to wait ("will not be
    allowed to return home before Monday")."""
    return _told(RETURN_HOME_PATTERN, evidence)


def _told(cues: re.Pattern[str], evidence: str) -> bool:
    text = fold_accents(evidence.casefold())
    return any(not NEGATED.search(text, 0, cue.start()) for cue in cues.finditer(text))
