"""A kind of event told as a figure of speech is no kind (``kinds.event_kind``): the
restaurateurs who call a seizure "a political earthquake" tell no earthquake, so a live
blog's entry quoting them continues the entry that told the seizure
(``live_entries.entries_continue``). A real earthquake, and a fire at a party's office,
keep their kinds. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.kinds import event_kind
from tests.daily.test_daily import briefed, merged


@pytest.mark.parametrize(
    "text",
    [
        'Its president calls the raid "a political earthquake for the sector".',
        "Für die Gastronomen ist die Razzia ein politisches Erdbeben.",
        "Pour les restaurateurs, c'est un séisme politique.",
        "Para los hosteleros es un terremoto político.",
        "I ristoratori parlano di un terremoto politico.",
        "The resignation set off a financial collapse of the club.",
    ],
)
def test_a_figure_of_speech_tells_no_kind(text: str) -> None:
    assert event_kind(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("An earthquake hit the political capital on Monday.", "collapse"),
        ("Un séisme a frappé Nice, dit le maire.", "collapse"),
        # The adjective on the other side of a French cue: the office was set on fire.
        ("Le local du parti politique incendié dans la nuit.", "fire"),
        ("The building collapsed, political leaders said.", "collapse"),
    ],
)
def test_an_event_beside_an_abstract_word_keeps_its_kind(text: str, kind: str) -> None:
    assert event_kind(text) == kind


def test_a_blog_entry_calling_a_seizure_an_earthquake_continues_the_seizure() -> None:
    first = "08:45 - Enforcement officers are clearing tables and chairs from the pavement on Harbour Street, Valmora."
    later = ('12:30 - The restaurateurs\' association says no more than 40 tables were taken from the pavement '
             'and calls the raid "a political earthquake for the sector".')  # fmt: skip
    blog = briefed(
        f"Live: Valmora. {first} {later}",
        incidents=[
            {
                "id": "i1",
                "type": "other",
                "evidence": first,
                "place": "Harbour Street, Valmora",
                "time": "08:45",
            },
            {
                "id": "i2",
                "type": "other",
                "evidence": later,
                "place": "Harbour Street, Valmora",
                "time": "12:30",
            },
        ],
    )
    assert len(merged(blog).incidents) == 1
