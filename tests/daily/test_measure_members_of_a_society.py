"""A club's or a society's members are one count in every language the project reads:
"I 14 soci della società di giocatori" and "15 Mitglieder der Tippgemeinschaft" dispute one
lottery syndicate's size (issue 25, day 47). Every report here is invented."""

from __future__ import annotations

import pytest

from tests.daily.test_daily import count_measure, merged, one_incident


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("I 14 soci", "soci della società di giocatori"),
        ("14 socios", "socios de la peña"),
        ("14 sócios", "sócios do clube"),
        ("15 Mitglieder", "Mitglieder der Tippgemeinschaft"),
        ("14 members", "members of the syndicate"),
        ("14 membres", "membres du groupe de joueurs"),
    ],
)
def test_a_societys_members_are_one_count_in_every_language(text: str, counted: str) -> None:
    assert count_measure(text, counted, value=14) == "other:member"


def test_a_societys_employees_are_no_members() -> None:
    assert count_measure("14 dipendenti", "dipendenti della società", value=14) == "other:worker"


@pytest.mark.parametrize(
    ("italian", "value", "disagree"), [("I 14 soci", 14, True), ("I 15 soci", 15, False)]
)
def test_two_reports_counts_of_one_syndicate_are_compared(italian: str, value: int, disagree: bool) -> None:
    german = one_incident(
        "Der EuroMillions-Jackpot geht nach Ormey bei Münchwiler: Die Tippgemeinschaft hat am Mittwoch "
        "94 Millionen Franken gewonnen. Sie hat 15 Mitglieder.",
        place="Ormey, Münchwiler",
        type="other",
        figures=[{"id": "f1", "text": "15 Mitglieder", "value": 15, "category": "other",
                  "counted": "Mitglieder der Tippgemeinschaft"},
                 {"id": "f2", "text": "94 Millionen Franken", "value": 94_000_000, "unit": "CHF",
                  "category": "other", "counted": "Jackpot"}],
    )  # fmt: skip
    italian_report = one_incident(
        f"Ormey, Münchwiler: una società di giocatori ha vinto mercoledì il jackpot dell'EuroMillions, "
        f"94 milioni di franchi. {italian} giocavano insieme da anni.",
        place="Ormey, Münchwiler",
        type="other",
        figures=[{"id": "f1", "text": italian, "value": value, "category": "other",
                  "counted": "soci della società di giocatori"},
                 {"id": "f2", "text": "94 milioni di franchi", "value": 94_000_000, "unit": "CHF",
                  "category": "other", "counted": "jackpot"}],
    )  # fmt: skip
    day = merged(german, italian_report)
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if f.unit == "count" and len(f.values) == 2]
    assert figure.conflict is disagree
