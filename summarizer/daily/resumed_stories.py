"""A blog's entry that opens by going back to a story an earlier entry told, by the name of
one of its report's places ("13:10 - Back to Ferrol: the Mestral yard says only one worker
was hurt", "Zurück nach Waremme", "De volta a Ferrol"): it continues that story
(``live_entries.entries_continue``, ``ReportEvidence.resumes``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.daily.passages import CLOCK_AND_DASH
from summarizer.daily.place_keys import place_key
from summarizer.text.lexicons.news_events import RESUMED_STORY_CUES

# An entry that opens on its clock and a return to a place's story, before the place's
# name ("13:10 - Back to Ferrol: ..."): not "back to work", "back to normal", nor a capital
# that names no place of the report ("Back to School: ...", "Back to Basics").
_RESUMED = re.compile(
    rf"^(?:{CLOCK_AND_DASH}\s*)?(?:"
    + "|".join(RESUMED_STORY_CUES)
    + r") (?P<place>(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*+(?:[ '’-][^\W\d_]++){0,3})",
    re.IGNORECASE,
)


def resumes_a_story(evidence: str, places: Iterable[str]) -> bool:
    """A blog's entry opens by going back to the story of one of its ``places`` (place keys)
    an earlier entry told ("13:10 - Back to Ferrol: the Mestral yard says only one worker
    was hurt"): it continues that story."""
    found = _RESUMED.search(evidence[:200])
    if found is None:
        return False
    words = found.group("place").split()
    keys = set(places)
    return any(place_key(" ".join(words[:n])) in keys for n in range(1, len(words) + 1))
