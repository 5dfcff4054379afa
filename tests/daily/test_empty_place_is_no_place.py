"""An empty place ("" or blank, as an engine or a model may write one) is no place to
``places_by_kind``: it lends no town to the report of its kind after it, so none borrows
"", nor does it hide the town told before it; the empty-placed report itself is placeless,
and borrows as one. Invented reports in English and French."""

from __future__ import annotations

import pytest

from summarizer.daily.placed_by_kind import places_by_kind
from summarizer.models import Incident
from summarizer.models.common import Span


def _report(number: int, evidence: str, place: str | None, location: str | None = None) -> Incident:
    start = number * 200
    return Incident(
        id=f"i{number}",
        type="accident",
        description=evidence,
        place=place,
        location=location,
        evidence=evidence,
        evidence_span=Span(start=start, end=start + len(evidence)),
    )


@pytest.mark.parametrize("empty", ["", " "])
def test_an_empty_place_lends_nothing(empty: str) -> None:
    reports = [
        _report(1, "A scaffold fell on the quay, injuring two dockers.", empty, empty),
        _report(2, "In a separate accident, a crane collapsed, killing its operator.", None),
    ]
    assert places_by_kind(reports, "en") == {}


@pytest.mark.parametrize("empty", ["", " "])
def test_an_empty_place_hides_no_town_and_borrows_as_placeless(empty: str) -> None:
    reports = [
        _report(1, "Un échafaudage s'est effondré à Port-Vendres, blessant deux dockers.", "Port-Vendres"),
        _report(2, "Dans un autre accident, une grue s'est effondrée sur le quai.", empty),
        _report(3, "Un troisième accident, plus tard, a blessé un conducteur.", None),
    ]
    assert places_by_kind(reports, "fr") == {"i2": "Port-Vendres", "i3": "Port-Vendres"}
