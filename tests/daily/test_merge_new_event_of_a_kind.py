"""A blog's entry that opens on a new event of a kind ("15h40 — Nouvel éboulement, cette fois
sur la D84 ..."), told by the adjective before its noun as French, German, Spanish, Italian
and Portuguese put it, is another event than the one before: read as one paragraph, the
blog's later entry borrowed its earlier entry's town (``placed_by_kind``) and joined the
morning's rockfall (issue 25: day 76, in the offline engine's flow, five must-not-merge
violations). A toll's update ("Nouveau bilan", "neue Zahlen") tells no other event, nor does
English "a new fire station". Rock coming down a slope is a kind of event (a landslide's) in
every language. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.kinds import event_kind
from summarizer.daily.passages import tells_another_event
from tests.daily.test_daily import briefed, merged


@pytest.mark.parametrize(
    "sentence",
    [
        "15h40 — Nouvel éboulement, cette fois sur la D84 entre Ota et Porto.",
        "Nouvel incendie dans la nuit à Vernet.",
        "Neuer Brand in der Altstadt von Kehl.",
        "Nuevo incendio en la sierra de Lugo.",
        "Nuova frana sulla statale 125.",
        "Novo incêndio na serra da Lousã.",
    ],
)
def test_a_new_event_of_a_kind_is_another_event(sentence: str) -> None:
    assert tells_another_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nouveau bilan : trois blessés, dont un grave.",
        "Neue Zahlen der Feuerwehr: drei Verletzte.",
        "Nuevo balance de Protección Civil.",
        "The town opened a new fire station on Monday.",
        "La Nouvelle-Aquitaine débloque une aide.",
        "Nova Scotia declared a state of emergency.",
    ],
)
def test_an_update_or_a_name_is_no_new_event(sentence: str) -> None:
    assert not tells_another_event(sentence)


@pytest.mark.parametrize(
    "evidence",
    [
        "Un éboulement a touché la route ce matin.",
        "Ein Felssturz hat die Straße verschüttet.",
        "Steinschlag auf der Passstraße.",
        "Una frana ha bloccato la strada.",
        "A rockfall struck a car on the coast road.",
        "Un desprendimiento de rocas cortó la carretera.",
    ],
)
def test_rock_coming_down_a_slope_is_a_landslide_s_kind(evidence: str) -> None:
    assert event_kind(evidence) == event_kind("A landslide buried the road.")


def test_a_blog_s_new_rockfall_with_no_place_of_its_own_stays_apart_from_the_morning_s() -> None:
    first = "Éboulement sur la D81 à Piana : une voiture touchée par des rochers ce matin."
    second = "Nouvel éboulement, cette fois sur la D84 dans les gorges, vers 15h15."
    text = f"Le direct de Radio Ouest. 07h35 — {first} 11h05 — Bilan : deux blessés. 15h40 — {second}"
    blog = briefed(
        text,
        incidents=[
            {"id": "i1", "type": "disaster", "place": "Piana", "time": "ce matin", "evidence": first},
            # As the offline engine gives it: its sentence's places are not read.
            {"id": "i2", "type": "disaster", "place": None, "time": "15h40", "evidence": second},
        ],
    )
    blog = type(blog)(blog.article, blog.briefing.model_copy(update={"language": "fr"}))
    wire = briefed(
        "Un éboulement a touché ce matin la route D81 à Piana ; deux blessés.",
        incidents=[{"id": "i1", "type": "disaster", "place": "Piana", "time": "ce matin",
                    "evidence": "Un éboulement a touché ce matin la route D81 à Piana ; deux blessés."}],
    )  # fmt: skip
    sizes = sorted(len(incident.reports) for incident in merged(blog, wire).incidents)
    assert sizes == [1, 2]
