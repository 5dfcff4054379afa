"""Where a report that names no place happened, for the merge to compare: where its
article's report of the same kind before it was. "In a separate accident earlier that day,
a crane collapsed at the container terminal", after a gangway's fall at Carrick Haven, is
at Carrick Haven, as a reader takes it. An engine gives an incident only the place its own
sentence names (so a briefing scored alone keeps its sentence's reading); the merge reads
the article around it, as a hand-written briefing does. Left unplaced, no other outlet's
report of the event could share its place, nor could an article that tells two events at
one place set them apart (``one_place_prior``). A report of another kind borrows nothing
(a brawl told after a crane's fall is not known to be at the port), nor one told after a
country alone, nor one whose sentence names a place or a country of its own ("Lavrov
visited India", after talks in Kyiv). The story keeps each incident as its briefing gave
it: the borrowed place is the report's evidence only (``records.article_record``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.models import Incident
from summarizer.text.places import find_place, is_country

# A name as written: one or two capitalised words ("India", "South Africa").
_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?")


def _names_a_place(sentence: str, lang: str) -> bool:
    if find_place(sentence, lang)[1] is not None:
        return True
    return any(is_country(m.group()) or is_country(m.group().split()[0]) for m in _NAME.finditer(sentence))


def places_by_kind(incidents: Sequence[Incident], lang: str = "en") -> dict[str, str]:
    """For each incident of ``incidents`` (one article's) with no place nor location and a
    sentence naming none, by id: the town of the nearest incident of its type before it in
    the text, if one has one."""
    borrowed: dict[str, str] = {}
    town_of_kind: dict[str, str] = {}
    for incident in sorted(incidents, key=lambda i: i.evidence_span.start):
        # An empty place or location ("", " ") is none: it lends no town, as None does not.
        place, location = (incident.place or "").strip(), (incident.location or "").strip()
        if not place and not location:
            if incident.type in town_of_kind and not _names_a_place(incident.evidence, lang):
                borrowed[incident.id] = town_of_kind[incident.type]
        elif place and not is_country(place):
            town_of_kind[incident.type] = place
    return borrowed
