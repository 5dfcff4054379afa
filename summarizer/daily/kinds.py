"""The kind of event a report tells, finer than its incident type (``EVENT_KINDS``): a
bridge collapse and a road crash are both "accident"; two reports of two kinds are of one
event only on strong evidence (``reports.incident_similarity``)."""

from __future__ import annotations

import sys
from functools import lru_cache

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.event_kinds import EVENT_KIND_PATTERN


def event_kind(evidence: str) -> str | None:
    """The kind of event a report's evidence sentence tells first: "a bus struck a van ...,
    hours after a bridge collapsed" is a crash, though it names the collapse too. The first
    kind, as a report opens on its own event and names others after."""
    found = EVENT_KIND_PATTERN.search(fold_accents(evidence.casefold()))
    return sys.intern(found.lastgroup) if found and found.lastgroup else None


@lru_cache(maxsize=65536)
def tells_a_kind(word: str) -> bool:
    """A word that tells a kind of event ("fire", "Brand"): two events of one kind share it."""
    return EVENT_KIND_PATTERN.fullmatch(word) is not None
