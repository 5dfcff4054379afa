"""People a toll counts by the care they got ("23 bathers treated", "23 bañistas atendidos",
"vingt-trois baigneurs soignés", "23 bagnanti medicati", "23 Badegäste behandelt") are the hurt
themselves: one measure with "more than 50 people injured" of the same jellyfish stings, in
every language, so sources that disagree on it are flagged (issue 25). Invented phrases."""

from __future__ import annotations

from functools import partial

import pytest

from summarizer.daily.measures import measure_of, one_count
from tests.daily.test_daily import FigureStandIn

_Injured = partial(FigureStandIn, category="injured", text="23", value=23)


@pytest.mark.parametrize(
    "counted",
    [
        "bathers treated", "bathers treated on Saturday", "bañistas atendidos", "baigneurs soignés",
        "bagnanti medicati", "Badegäste behandelt", "banhistas atendidos", "swimmers hospitalised",
    ],
)  # fmt: skip
def test_people_counted_by_their_care_are_the_tolls_people(counted: str) -> None:
    measure = measure_of(_Injured(counted))
    assert measure is not None and one_count(measure, measure_of(_Injured("personas heridas")) or "")


def test_care_outside_a_toll_stays_its_own_count() -> None:
    # Near miss: 40 treated bathers of a toll and 300 bathers told to leave the water are two
    # counts; so are bathers treated and ambulances sent.
    treated = measure_of(_Injured("bañistas atendidos"))
    assert treated is not None
    for other in (
        FigureStandIn("bañistas desalojados", category="displaced"),
        _Injured("ambulancias enviadas"),
    ):
        assert not one_count(treated, measure_of(other) or "")
