"""A report that names no place, placed where its article's report of the same kind before
it was: "In a separate accident earlier that day, a crane collapsed at the container
terminal", after a gangway's fall at Carrick Haven, is at Carrick Haven, as a reader takes
it. An engine gives an incident only the place its own sentence names (so a briefing
scored alone keeps its sentence's reading); the merge reads the article around it, as a
hand-written briefing does. Left unplaced, no other outlet's report of the event could
share its place, nor could an article that tells two events at one place set them apart
(``one_place_prior``). A report of another kind borrows nothing (a brawl told after a
crane's fall is not known to be at the port), nor one told after a country alone."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.models import Incident
from summarizer.text.places import is_country


def placed_by_kind(incidents: Sequence[Incident]) -> list[Incident]:
    """``incidents`` (one article's), each with no place nor location of its own given the
    town of the nearest report of its type before it in the text, if one has one."""
    placed: list[Incident] = []
    town_of_kind: dict[str, str] = {}
    for incident in sorted(incidents, key=lambda i: i.evidence_span.start):
        if incident.place is None and incident.location is None and incident.type in town_of_kind:
            incident = incident.model_copy(update={"place": town_of_kind[incident.type]})
        elif incident.place is not None and not is_country(incident.place):
            town_of_kind[incident.type] = incident.place
        placed.append(incident)
    order = {i.id: n for n, i in enumerate(incidents)}
    return sorted(placed, key=lambda i: order[i.id])
