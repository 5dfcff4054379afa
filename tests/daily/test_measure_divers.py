"""Divers are one count in every language the project reads ("douze plongeurs", "14
Tauchern": issue 25, day 77, a dive group two reports count differently), and a diving
accident's dead or injured diver is its toll of people, as "Skifahrer getötet" are. Every
report here is invented."""

from __future__ import annotations

import pytest

from tests.daily.test_daily import count_measure, merged, one_incident


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("douze plongeurs", "plongeurs de la palanquée aux Lavezzi"),
        ("14 Tauchern", "Taucher der Gruppe vor den Lavezzi-Inseln"),
        ("twelve divers", "divers in the group off the Lavezzi islands"),
        ("doce buceadores", "buceadores del grupo en las Lavezzi"),
        ("dodici subacquei", "subacquei del gruppo alle Lavezzi"),
        ("doze mergulhadores", "mergulhadores do grupo nas Lavezzi"),
    ],
)
def test_divers_are_one_count_in_every_language(text: str, counted: str) -> None:
    assert count_measure(text, counted) == "other:diver"


@pytest.mark.parametrize(
    ("text", "counted", "category"),
    [
        ("Un plongeur de 54 ans", "plongeur mort aux Lavezzi", "killed"),
        ("Ein 54-jähriger Taucher", "toter Taucher vor den Lavezzi-Inseln", "killed"),
        ("two divers", "divers injured in the rapid ascent", "injured"),
        ("dos buceadores", "buceadores heridos", "injured"),
    ],
)
def test_a_diving_accidents_dead_and_injured_are_its_toll_of_people(
    text: str, counted: str, category: str
) -> None:
    assert count_measure(text, counted, category) == f"{category}:people"


def test_divers_rescued_are_people_rescued() -> None:
    assert count_measure("three divers", "divers rescued off the reef") == "other:rescued"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("douze moniteurs", "moniteurs de plongée du club"),  # the instructors, not the divers
        ("14 Tauchgänge", "Tauchgänge der Gruppe"),  # dives, not divers
    ],
)
def test_other_counts_of_a_dive_are_no_divers(text: str, counted: str) -> None:
    assert count_measure(text, counted) != "other:diver"


@pytest.mark.parametrize(
    ("other", "value", "disagree"), [("14 Tauchern", 14, True), ("zwölf Tauchern", 12, False)]
)
def test_two_reports_counts_of_one_dive_group_are_compared(other: str, value: int, disagree: bool) -> None:
    french = one_incident(
        "Un plongeur est mort jeudi matin aux îles Lavezzi, près de Bonifacio. La palanquée de douze "
        "plongeurs était encadrée par un club local.",
        place="îles Lavezzi, Bonifacio",
        type="accident",
        figures=[{"id": "f1", "text": "douze plongeurs", "value": 12, "category": "other",
                  "counted": "plongeurs de la palanquée aux Lavezzi"}],
    )  # fmt: skip
    german = one_incident(
        f"Tauchunfall vor Korsika: Ein Urlauber ist am Donnerstagmorgen bei den Lavezzi-Inseln nahe Bonifacio "
        f"gestorben. Er tauchte mit einer Gruppe von {other}.",
        place="îles Lavezzi, Bonifacio",
        type="accident",
        figures=[{"id": "f1", "text": other, "value": value, "category": "other",
                  "counted": "Taucher der Gruppe vor den Lavezzi-Inseln"}],
    )  # fmt: skip
    day = merged(french, german)
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if len(f.values) == 2]
    assert figure.conflict is disagree
