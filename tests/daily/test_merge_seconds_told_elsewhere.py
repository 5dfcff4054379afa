"""A report saying its event is "the second" one, whose own article tells the first in
another town, says nothing of a second one in its own town: there the one-place prior joins
its reports as any others (``seconds_elsewhere``). Where its article tells both in one town,
the day holds two there, and a third report of the town stays apart. Every report here is
invented."""

from __future__ import annotations

from summarizer.daily.seconds_elsewhere import seconds_told_elsewhere
from tests.daily.test_daily import briefed, merged, one_incident


def _wire(first_town: str, second_town: str):  # type: ignore[no-untyped-def]
    first = f"Thirty residents of {first_town} were evacuated overnight after a gas alert."
    second = f"A second evacuation followed in neighbouring {second_town} at dawn."
    return briefed(
        f"{first} {second}",
        incidents=[
            {"id": "i1", "type": "evacuation", "place": first_town, "time": "overnight", "evidence": first},
            {"id": "i2", "type": "evacuation", "place": second_town, "time": "at dawn", "evidence": second},
        ],
    )


def _local(town: str):  # type: ignore[no-untyped-def]
    return one_incident(
        f"Els veïns de {town} van ser desallotjats aquesta matinada.",
        type="evacuation", place=town, time="aquesta matinada", language="ca",
    )  # fmt: skip


def test_the_second_event_told_beside_a_first_in_another_town_joins_its_towns_report() -> None:
    day = merged(_wire("Montbrun", "Vilaret"), _local("Vilaret"))
    vilaret = [i for i in day.incidents if i.place == "Vilaret"]
    assert len(vilaret) == 1 and len(vilaret[0].articles) == 2


def test_a_second_event_told_in_the_same_town_leaves_a_third_report_apart() -> None:
    day = merged(_wire("Vilaret", "Vilaret"), _local("Vilaret"))
    assert all(len(i.articles) == 1 for i in day.incidents)


def test_only_a_report_saying_another_is_read() -> None:
    from dataclasses import replace

    from summarizer.daily.reports import ReportEvidence

    base = ReportEvidence(owner="a", type="other", date=None, weekdays=frozenset(), place="vilaret",
                          places=frozenset(), words=(), plain=(), measures=frozenset(), measured=(),
                          says_distinct=False)  # fmt: skip
    items = [
        replace(base, place="montbrun"),
        replace(base, says_another=True),
        replace(base, owner="b", says_another=True),  # its article tells no first
        replace(base, owner="c", says_another=True, type="arrest"),
        replace(base, owner="c", place="montbrun"),  # another type
    ]
    assert seconds_told_elsewhere(items, lambda a, b: a.place != b.place) == {1}
