"""A count told as of further people or things than the report's count of its measure:
another group ("22 divers from another club", "d'un autre club"), a second one ("weitere
52 Menschen aus einem zweiten Boot", "de una segunda patera") or the next place of the kind
("14 plongeurs sur le site suivant", "am nächsten Tauchplatz"). Said before the figure
("weitere 52", "otras 52") or after it in its own phrase as much as in its ``counted``
words, it counts others than the toll's and is no party's rival count of it. Every report
here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged


def _report(
    text: str, actors: list[tuple[str, str, str]], figures: list[dict[str, Any]], tolls: list[str]
) -> Briefed:
    numbered = [{"id": f"f{n}", "category": "other", **f} for n, f in enumerate(figures, 1)]
    return briefed(
        text,
        actors=actors,
        incidents=[
            {"id": "i1", "evidence": text.split(". ")[0], "type": "other", "place": "Porto Vell",
             "time": "domingo", "claimed_by": "a1", "casualty_figures": tolls}
        ],
        figures=numbered,
    )  # fmt: skip


# (text, toll party, other party, toll's words, toll's counted, other's words, other's counted);
# the toll counts 12, the other 22.
_FURTHER = [
    ("Le club de plongée comptait douze plongeurs dans la palanquée à Porto Vell dimanche. Selon le CROSS, "
     "22 plongeurs étaient sur le site suivant.", "club de plongée", "CROSS",
     "douze plongeurs", "plongeurs de la palanquée", "22 plongeurs", "plongeurs dans l'eau"),
    ("The dive club said 12 divers were in the group off Porto Vell on Sunday. The coastguard counted "
     "22 divers from another club in the water.", "dive club", "coastguard",
     "12 divers", "divers in the group", "22 divers", "divers in the water"),
    ("Die Seenotretter haben am Sonntag vor Porto Vell 12 Menschen gerettet. Das Rote Kreuz betreute "
     "weitere 22 Menschen aus einem zweiten Boot.", "Seenotretter", "Rote Kreuz",
     "12 Menschen", "gerettete Menschen", "22 Menschen", "gerettete Menschen betreut"),
    ("Salvamento Marítimo rescató el domingo a 12 personas frente a Porto Vell. Cruz Roja atendió a "
     "otras 22 personas llegadas en una segunda patera.", "Salvamento Marítimo", "Cruz Roja",
     "12 personas", "personas rescatadas", "22 personas", "personas rescatadas atendidas"),
    ("Il club ha contato domenica 12 subacquei nel gruppo a Porto Vell. Secondo la Guardia costiera, "
     "22 subacquei di un altro club erano in acqua.", "club", "Guardia costiera",
     "12 subacquei", "subacquei del gruppo", "22 subacquei", "subacquei in acqua"),
    ("O clube contou no domingo 12 mergulhadores no grupo em Porto Vell. Segundo a Marinha, "
     "22 mergulhadores de outro clube estavam na água.", "clube", "Marinha",
     "12 mergulhadores", "mergulhadores do grupo", "22 mergulhadores", "mergulhadores na água"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "first", "second", "toll", "toll_counted", "other", "counted"), _FURTHER)
def test_another_partys_count_of_further_people_beside_the_toll_is_no_rival(
    text: str, first: str, second: str, toll: str, toll_counted: str, other: str, counted: str
) -> None:
    report = _report(
        text,
        [("a1", first, "organization"), ("a2", second, "organization")],
        [
            {"text": toll, "value": 12, "counted": toll_counted, "claimed_by": "a1"},
            {"text": other, "value": 22, "counted": counted, "claimed_by": "a2"},
        ],
        tolls=["f1"],
    )
    assert not [f for f in merged(report).figures if f.conflict]


@pytest.mark.parametrize(("text", "first", "second", "toll", "toll_counted", "other", "counted"), _FURTHER)
def test_two_parties_counts_of_further_people_when_no_toll_is_linked_are_no_dispute(
    text: str, first: str, second: str, toll: str, toll_counted: str, other: str, counted: str
) -> None:
    """A report that links no toll: its passage's counts are compared, but never one told as
    of others than those counted."""
    report = _report(
        text,
        [("a1", first, "organization"), ("a2", second, "organization")],
        [
            {"text": toll, "value": 12, "counted": toll_counted, "claimed_by": "a1"},
            {"text": other, "value": 22, "counted": counted, "claimed_by": "a2"},
        ],
        tolls=[],
    )
    assert not [f for f in merged(report).figures if f.conflict]


@pytest.mark.parametrize(
    ("text", "parties", "toll", "other"),
    [
        ("The dive club said 12 divers were in the group off Porto Vell on Sunday. The coastguard counted 22 "
         "divers in the group.", ("dive club", "coastguard"), "12 divers", "22 divers"),
        ("Die Seenotretter haben am Sonntag vor Porto Vell 12 Menschen gerettet. Das Rote Kreuz betreute nach "
         "eigenen Angaben 22 gerettete Menschen am Kai.", ("Seenotretter", "Rote Kreuz"), "12 Menschen",
         "22 gerettete Menschen"),
    ],
)  # fmt: skip
def test_another_partys_count_of_the_same_people_stays_a_dispute(
    text: str, parties: tuple[str, str], toll: str, other: str
) -> None:
    report = _report(
        text,
        [("a1", parties[0], "organization"), ("a2", parties[1], "organization")],
        [
            {"text": toll, "value": 12, "counted": "people rescued", "claimed_by": "a1"},
            {"text": other, "value": 22, "counted": "people rescued", "claimed_by": "a2"},
        ],
        tolls=["f1"],
    )
    assert [f for f in merged(report).figures if f.conflict]
