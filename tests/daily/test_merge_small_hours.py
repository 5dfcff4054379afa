"""A live entry stamped in the small hours ("Monday 00:40 -") tells the night that began the
day before (issue 25): it may be the report of another outlet's "Sunday" accident. An entry
of the day's morning keeps its day. Every report here is invented; the day is
Monday 4 March 2024 (``tests.daily.test_daily.DAY``)."""

from __future__ import annotations

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import merged, one_incident

_PLACE = "Plaça Major, Sant Pere"


def _entry(stamp: str, words: str) -> Briefed:
    text = f"LIVE: Festa major\n\n{stamp} - {words}"
    return one_incident(
        text, evidence=f"{stamp} - {words}", type="accident", place=_PLACE, time=stamp, language="en"
    )


def _paper() -> Briefed:
    text = (
        "SANT PERE. Al menos diez personas resultaron heridas el domingo en la plaça Major cuando una batería "
        "de cohetes volcó durante el correfoc y disparó contra el público."
    )
    return one_incident(text, type="accident", place=_PLACE, time="el domingo", language="es")


def _clusters(*items: Briefed) -> list[list[str]]:
    day = merged(*items)
    return sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)


_HURT = "At least ten people have been hurt in the Plaça Major after a rack of rockets tipped over during the correfoc."


def test_an_entry_of_the_small_hours_tells_the_evening_befores_accident() -> None:
    assert len(_clusters(_entry("Monday 00:40", _HURT), _paper())) == 1


def test_an_entry_of_the_morning_telling_its_own_event_keeps_its_day() -> None:
    """The near miss: a second rack tips over on Monday morning, told as it happens."""
    assert len(_clusters(_entry("Monday 09:30", _HURT), _paper())) == 2
