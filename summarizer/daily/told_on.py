"""A day that is the telling's, not the event's. News often dates its report by when it was
told: "the council said on Thursday", "a indiqué ce jeudi matin la préfecture", "teilte die
Polizei am Donnerstag mit", "informó el jueves la Guardia Civil". The event told may be of
that day or the one before (a theft noticed on Wednesday evening and told on Thursday), as
another report may date it. Read like a day an event was found (``text.dates.found_on``):
the day named and the one before it. A day that stands with the event ("a fire broke out
on Thursday, police said") keeps its day."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.dates import with_days_before

# A verb of telling, accents folded, a whole word: English, German (the finite verb of "teilte
# ... mit", "gab ... bekannt"), French (the participle of "a indiqué", or the present), Spanish
# and Italian. Not "confirmed", "bestätigt", "confirmó": an outbreak or a death is often the
# confirmation itself, of the day it was confirmed ("a first case of bird flu was confirmed on
# Sunday, a second on Monday": two). Not a statement's noun ("el comunicado", "le communiqué"),
# nor "es gab" ("there was").
_TELLING = (
    r"said|says|announced|reported|stated|declared|disclosed|told[ \t]+\w+"
    r"|sagte|sagten|teilte|teilten|meldete|meldeten|erklarte|erklarten|berichtete|berichteten"
    r"|(?:a|ont|avait|avaient)[ \t]+(?:indique|annonce|declare|precise|affirme|fait[ \t]+savoir)"
    r"|indique|annonce"
    r"|dijo|dijeron|informo|informaron|anuncio|anunciaron|declaro|senalo|explico"
    r"|ha[ \t]+(?:informado|anunciado|declarado|dicho)"
    r"|ha[ \t]+(?:detto|annunciato|dichiarato|riferito|reso[ \t]+noto)"
)
# Types whose event is itself a telling: a statement, talks, a decision announced.
_TOLD_EVENTS = frozenset({"statement", "talks_diplomacy", "political_decision"})
# A German telling whose participle ends its clause after the time ("hat am Donnerstag
# mitgeteilt", "hatte gestern bekanntgegeben"): at most three words between.
_TOLD_AFTER = re.compile(
    r"(?:[ \t]+[\w'-]{1,40}){0,3}?[ \t]+(?:mitgeteilt|bekanntgegeben|bekannt[ \t]+gegeben|gesagt|erklart"
    r"|berichtet|gemeldet)(?!\w)"
)
# "reported missing", "declared dead", "déclaré mort": the event's state, not its telling.
_STATE = r"dead|missing|injured|killed|mort|morte|morts|disparu|muerto|muerta|desaparecid[oa]|tot|vermisst"
# The verb, then at most three words (the teller: "die Polizei", "la Guardia Civil", "the
# operator Swisslos") before the time. Bounded runs of word characters and spaces, so
# no input backtracks far. German "es gab am Dienstag einen Brand" is "there was": no "gab".
_TOLD_BEFORE = re.compile(
    rf"(?<!\w)(?:{_TELLING})(?![\w'-]|[ \t]+(?:{_STATE})(?!\w))(?:[ \t]+[\w'-]{{1,40}}){{0,3}}[ \t]+$"
)


def told_on(type_: str, weekdays: frozenset[str], time_text: str | None, *texts: str) -> frozenset[str]:
    """The weekdays a report may date its event to when its time is the day it was told: the
    day named and the one before it. The time is read where it first stands in ``texts`` (the
    evidence sentence, then its passage) and is a telling's when a verb of telling stands at
    most three words before it (``_TOLD_BEFORE``), or a German participle of telling ends its
    clause at most three words after it (``_TOLD_AFTER``), unless its event is a telling of its own
    (``_TOLD_EVENTS``). Any other time keeps its days."""
    if type_ in _TOLD_EVENTS or not weekdays or not time_text or len(time_text) > 200:
        return weekdays
    wanted = fold_accents(time_text.casefold()).strip()
    for text in texts:
        folded = fold_accents(text[:3000].casefold())
        at = folded.find(wanted)
        if at < 0:
            continue
        before = folded[max(0, at - 120) : at]
        if _TOLD_BEFORE.search(before) or _TOLD_AFTER.match(folded, at + len(wanted)):
            return with_days_before(weekdays)
        return weekdays
    return weekdays
