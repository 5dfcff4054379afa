"""A person named by first name and surname initial ("Artur B.", as German and French copy
names suspects) is the day's one person of that first name and initial; two such, another
first name or another initial stay apart (invented people)."""

from __future__ import annotations

import time

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.surname_initials import initialled_surname
from tests.daily.test_multilingual_actors import ActorStub


def _groups(*names: str) -> list[list[str]]:
    actors = [ActorStub(n, kind="person") for n in names]
    return sorted(sorted(actors[i].name for i in g) for g in same_actor_groups(actors))


def test_a_first_name_and_initial_is_the_days_one_such_person() -> None:
    assert _groups("Artur Brenner", "Artur B.", "le détenu Artur B.") == [
        ["Artur B.", "Artur Brenner", "le détenu Artur B."]
    ]
    assert _groups("Julia Kessler-Ruiz", "Julia K.") == [["Julia K.", "Julia Kessler-Ruiz"]]
    assert len(_groups("Jean-Marc Duval", "Jean-Marc D.")) == 1


def test_two_such_people_another_first_name_or_initial_stay_apart() -> None:
    assert ["Artur B."] in _groups("Artur Brenner", "Artur Bauer", "Artur B.")
    assert ["Dennis B."] in _groups("Artur Brenner", "Dennis B.")
    assert ["Artur K."] in _groups("Artur Brenner", "Artur K.")
    assert ["Michael K."] in _groups("Michael Keller", "Dennis Keller", "Michael Kuhn", "Michael K.")


def test_only_a_name_ending_in_one_initial_is_read_so() -> None:
    assert initialled_surname("artur b.") == ("artur", "b")
    assert initialled_surname("j.-p. dupont") is None
    assert initialled_surname("artur brenner") is None
    assert initialled_surname("artur bb.") is None


def test_a_hostile_key_is_read_in_time() -> None:
    started = time.thread_time()
    for key in ["a" * 50_000, "a " * 25_000 + "b", "ab " * 20_000 + "bb.", "é-" * 30_000 + " x."]:
        initialled_surname(key)
    assert time.thread_time() - started < 1
