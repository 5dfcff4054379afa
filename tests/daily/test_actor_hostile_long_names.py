"""Long hostile names through the actor merge's place and acronym rules: a department
repeated ("Polizei Nord Nord ..."), a long name whose endings a cited acronym's proper name
is looked up among ("Capitania do Porto de a a ..."). Each was quadratic in the name's
words (a list of found spans checked for each match; every ending of every name built)."""

from __future__ import annotations

import time

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.departmental_bodies import departments_in
from tests.daily.test_multilingual_actors import ActorStub


def test_a_department_repeated_in_a_long_name_is_read_in_time() -> None:
    departments_in("SDIS Moselle")  # the tables load before the clock starts
    started = time.thread_time()
    assert departments_in("Polizei " + "Nord " * 20_000) == frozenset({"Nord"})
    assert time.thread_time() - started < 2


def test_a_long_name_beside_a_cited_acronym_is_read_in_time() -> None:
    name = "Capitania do Porto de " + "a " * 20_000
    same_actor_groups([ActorStub("PZ Nordland"), ActorStub("Polizei Nordland")])  # tables load
    started = time.thread_time()
    same_actor_groups([ActorStub(name), ActorStub("SIS " + "Valmora " * 2_000), ActorStub("PZ Valmora")])
    assert time.thread_time() - started < 3
