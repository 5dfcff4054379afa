"""A report's passage never runs into an editor's correction (issue 25, the whole flow of
day 60): "Corrección: en una versión anterior ... fue en el de la estación de Rodalies" gave
the town hall's lift review the station's place, and the merge joined the review with the
station's lift breakdown. A correction tells what an earlier version got wrong, often the
wrong place itself. A paragraph that only opens on such a word goes on being read ("Corrections
officers said ..."). Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.daily.passages import incident_context
from summarizer.models import Incident
from summarizer.models.common import Span


def _passage(text: str, evidence: str) -> str:
    start = text.index(evidence)
    incident = Incident(
        id="i1",
        type="accident",
        description=evidence,
        evidence=evidence,
        evidence_span=Span(start=start, end=start + len(evidence)),
    )
    return incident_context(Article(text=text), incident)


@pytest.mark.parametrize(
    ("lead", "note"),
    [
        (
            "Los técnicos municipales han comenzado la revisión de los ascensores de Llevant.",
            "Corrección: en una versión anterior se decía que la mujer quedó atrapada en el ambulatorio; "
            "fue en la estación de Rodalies.",
        ),
        (
            "The landfill slid onto the BI-3721 road on Tuesday morning.",
            "Correction: An earlier version of this story said the landfill was in the city of Bilbao.",
        ),
        (
            "Un essaim d'abeilles a piqué une vingtaine de clients du marché de Lovergnies.",
            "Rectificatif : une précédente version de cet article situait le marché à Tournai.",
        ),
        (
            "Die Fähre ist am Dienstag vor Seeweiler auf Grund gelaufen.",
            "Berichtigung: In einer früheren Fassung dieser Meldung hieß es, die Fähre sei vor Lindau "
            "auf Grund gelaufen.",
        ),
        (
            "Il tir si è ribaltato sulla statale 38 a Cles.",
            "Rettifica: in una versione precedente avevamo scritto che il tir era diretto a Trento.",
        ),
        (
            "O barco virou-se à entrada da barra da Póvoa de Varzim.",
            "Correção: numa versão anterior deste artigo escrevemos que o barco era de Vila do Conde.",
        ),
    ],
)
def test_a_passage_stops_before_a_correction(lead: str, note: str) -> None:
    assert _passage(f"{lead}\n\n{note}", lead) == lead


def test_a_paragraph_opening_on_a_word_of_corrections_is_read_on() -> None:
    lead = "An inmate escaped from Hollweiler prison overnight."
    follow = "Corrections officers said he climbed the wall at 3 a.m."
    assert _passage(f"{lead}\n\n{follow}", lead) == f"{lead}\n\n{follow}"
