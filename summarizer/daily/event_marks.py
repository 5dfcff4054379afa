"""The marks a report tells its event by that no other event of its day and town shares:
the odd minute it clocks the event at (``clock_minutes``), the age of a person it names
(``person_ages``), the rank it gives its event among the day's of its kind ("a second
diver", ``ordinal_events``) and the day a decision takes effect ("from Thursday",
``decision_days``). Two reports of one type, town and day that share one tell one event
(``report_pairs.shared_specifics``, one specific for each kind of mark shared)."""

from __future__ import annotations

from summarizer.daily.clock_minutes import clock_minutes
from summarizer.daily.decision_days import decision_start
from summarizer.daily.found_bodies import whose_body
from summarizer.daily.ordinal_events import event_rank
from summarizer.daily.person_ages import person_ages


def event_marks(
    time_text: str | None, evidence: str | None, language: str, type_: str = ""
) -> frozenset[str]:
    """A report's marks as "kind:value" ("minute:1180", "age:19", "rank:2", "starts:thursday",
    "body:woman")."""
    rank, start, body = event_rank(evidence), decision_start(type_, time_text), whose_body(evidence)
    return frozenset(
        {f"minute:{m}" for m in clock_minutes(time_text, evidence)}
        | {f"age:{age}" for age in person_ages(evidence, language)}
        | ({f"rank:{rank}"} if rank else set())
        | ({f"starts:{start}"} if start else set())
        | ({f"{_BODY}:{body}"} if body else set())
    )


# Whose body was found (``found_bodies``): a woman's and a man's are two finds, but two
# women's bodies of one town and day may be two as well, so it is no specific shared.
_BODY = "body"


def marks_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both reports tell whose body was found, and not the same person's: a woman's, a man's."""
    bodies_a = {mark for mark in a if mark.startswith(f"{_BODY}:")}
    bodies_b = {mark for mark in b if mark.startswith(f"{_BODY}:")}
    return bool(bodies_a and bodies_b and bodies_a.isdisjoint(bodies_b))


def shared_marks(a: frozenset[str], b: frozenset[str]) -> int:
    """How many kinds of mark two reports share a value of: a minute, an age, a rank, a
    decision's first day (one each)."""
    return len({kind for mark in a & b if (kind := mark.partition(":")[0]) != _BODY})
