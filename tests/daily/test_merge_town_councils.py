"""Two reports of one kind of event in two neighbouring towns that ISO 3166-2 lists as
country parts (Malta's local councils) stay two events: a local council is a town, not a
region that may hold its neighbour (``subdivisions.names_a_town_only``). Reports invented."""

from __future__ import annotations

import pytest

from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Inspectors seized tables and chairs from the pavement in Porto Salvo.",
         "Inspectors seized tables and chairs from the pavement in Santa Venera this morning."),
        ("Gli ispettori hanno sequestrato tavolini e sedie dal marciapiede a Porto Salvo.",
         "Die Behörde hat in Santa Venera Tische und Stühle vom Gehweg beschlagnahmt."),
    ],
)  # fmt: skip
def test_seizures_in_a_town_and_a_neighbouring_local_council_stay_two(first: str, second: str) -> None:
    day = merged(
        one_incident(first, type="other", place="Porto Salvo", time="this morning"),
        one_incident(second, type="other", place="Santa Venera", time="this morning"),
    )
    assert len(day.incidents) == 2


def test_reports_placed_at_one_local_council_still_join() -> None:
    place = "Santa Venera"
    day = merged(
        one_incident("Inspectors seized tables and chairs from the pavement in Santa Venera.",
                     type="other", place=place, time="this morning"),
        one_incident("Gli ispettori hanno sequestrato tavolini e sedie dal marciapiede a Santa Venera.",
                     type="other", place=place, time="questa mattina"),
    )  # fmt: skip
    assert len(day.incidents) == 1
