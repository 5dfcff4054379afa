"""A live blog tells several events, one entry each: a report's passage ends where the next
entry begins, whether or not the briefing lists that entry's event (issue 25: live blogs
that tell several events in one article). Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.daily.merge import Briefed
from summarizer.daily.passages import incident_context
from summarizer.models import Incident
from summarizer.models.common import Span
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("text", "evidence", "passage"),
    [
        ("Live: Friday in Ashby. 10:05 - A fire gutted the Dunmore warehouse. Nobody was inside. "
         "10:40 - Firefighters were also called to a kitchen fire on Mill Lane.",
         "A fire gutted the Dunmore warehouse.", "A fire gutted the Dunmore warehouse. Nobody was inside."),
        ("Direct : vendredi à Morlaix. 10h05 : Un incendie a détruit l'entrepôt Dunmore. "
         "10h40 : Les pompiers sont aussi intervenus rue Victor Hugo.",
         "Un incendie a détruit l'entrepôt Dunmore.", "Un incendie a détruit l'entrepôt Dunmore."),
        ("Directo: viernes en Olmeda. 10.05 - Un incendio destruyó la nave Dunmore. "
         "10.40 - Los bomberos acudieron también a la calle Mayor.",
         "Un incendio destruyó la nave Dunmore.", "Un incendio destruyó la nave Dunmore."),
        ("Ein Brand zerstörte am Freitag die Halle in Kelbach. Um 10.40 Uhr rückte die Feuerwehr erneut aus.",
         "Ein Brand zerstörte am Freitag die Halle in Kelbach.",
         "Ein Brand zerstörte am Freitag die Halle in Kelbach. Um 10.40 Uhr rückte die Feuerwehr erneut aus."),
    ],
)  # fmt: skip
def test_a_passage_ends_at_the_next_entry_of_a_live_blog(text: str, evidence: str, passage: str) -> None:
    start = text.index(evidence)
    incident = Incident(id="i1", type="accident", description=evidence, evidence=evidence,
                        evidence_span=Span(start=start, end=start + len(evidence)))  # fmt: skip
    assert incident_context(Article(text=text), incident) == passage


BLOG = (
    "Live: Friday in Ashby. 10:05 - A fire gutted the Dunmore warehouse in Ashby; nobody was "
    "inside. 10:40 - Firefighters were also called to a kitchen fire on Mill Lane, where two "
    "people were hurt."
)
KITCHEN = "Two people were hurt in a kitchen fire on Mill Lane in Ashby on Friday, firefighters said."


def _report(text: str, evidence: str, location: str, figure: str) -> Briefed:
    return one_incident(
        text, evidence=evidence, type="accident", place="Ashby", location=location, time="Friday",
        figures=[{"id": "f1", "text": figure, "category": "injured", "value": 2}],
    )  # fmt: skip


def test_a_blog_entry_the_briefing_did_not_list_lends_nothing_to_the_entry_before() -> None:
    blog = one_incident(
        BLOG,
        evidence="A fire gutted the Dunmore warehouse in Ashby; nobody was inside.",
        type="accident",
        place="Ashby",
        location="the Dunmore warehouse in Ashby",
        time="Friday",
    )
    kitchen = _report(KITCHEN, KITCHEN, "Mill Lane in Ashby", "Two people")
    assert len(merged(blog, kitchen).incidents) == 2
