"""A German compound whose head is a generic agent noun ("-fahrer") names whoever does
its modifier's activity: "Kajakfahrer" paddle kayaks, "Skifahrer" ski, "Radfahrer" ride
bicycles, and none of them is a driver; "Busfahrer", "Lkw-Fahrer", "Straßenbahnfahrer" and
"Taxifahrer" drive vehicles and are (issue 25). Invented phrases."""

from __future__ import annotations

from functools import partial

import pytest

from summarizer.daily.measures import measure_of, one_count
from tests.daily.test_daily import FigureStandIn

_Count = partial(FigureStandIn, text="4", value=4)


@pytest.mark.parametrize(
    "counted", ["gerettete Kajakfahrer", "Skifahrer am Hang", "Radfahrer auf der Brücke"]
)
def test_people_of_an_activity_are_no_drivers(counted: str) -> None:
    # Near miss: a story's four rescued kayakers and its two bus drivers are two counts.
    assert not one_count(measure_of(_Count(counted)) or "", measure_of(_Count("bus drivers")) or "")


@pytest.mark.parametrize(
    "counted", ["streikende Busfahrer", "Lkw-Fahrer im Stau", "Straßenbahnfahrer", "Taxifahrer", "Autofahrer"]
)
def test_drivers_of_vehicles_are_drivers_in_every_language(counted: str) -> None:
    assert measure_of(_Count(counted)) == measure_of(_Count("conducteurs")) == "other:driver"
