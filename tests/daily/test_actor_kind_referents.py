"""A bare kind noun ("le club", "the company", "il circolo") stands first for a body its own
article names, but only one it may be: not one of another actor kind (a government body
beside "le club") nor one whose name says another kind ("Centre subaquatique de la Baie"
is no club). With no such body beside it, it is the day's one body of its kind (invented
articles)."""

from __future__ import annotations

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.kind_referents import may_stand_for
from tests.daily.test_multilingual_actors import ActorStub


def _groups(named: list[tuple[str, ActorStub]]) -> list[list[str]]:
    actors = [actor for _, actor in named]
    found = same_actor_groups(actors, articles=[article for article, _ in named])
    return sorted(sorted(f"{named[i][1].name}@{named[i][0]}" for i in group) for group in found)


def _org(name: str) -> ActorStub:
    return ActorStub(name, kind="organization")


def _gov(name: str) -> ActorStub:
    return ActorStub(name, kind="government")


def test_a_bare_club_beside_a_government_body_and_a_centre_is_the_days_one_club() -> None:
    groups = _groups(
        [
            ("local", _org("Club subaquatique de Bonifacio")),
            ("live", _org("le club")),
            ("live", _gov("Sécurité civile")),
            ("live", _org("Centre subaquatique de la Baie")),
        ]
    )
    assert ["Club subaquatique de Bonifacio@local", "le club@live"] in groups


def test_in_german_italian_and_spanish() -> None:
    for bare, named, beside in [
        ("der Verein", "Tauchverein Lindau", "Wasserwacht Lindau"),
        ("il circolo", "Circolo nautico di Olbia", "Guardia costiera"),
        ("el club", "Club Náutico de Barbate", "Salvamento Marítimo"),
    ]:
        groups = _groups([("a", _org(named)), ("b", _org(bare)), ("b", _gov(beside))])
        assert sorted([f"{bare}@b", f"{named}@a"]) in groups, groups


def test_a_bare_kind_still_takes_a_body_of_its_kind_beside_it_first() -> None:
    # The near miss: the day's other club is not "le club" of an article naming its own club.
    groups = _groups(
        [
            ("local", _org("Club subaquatique de Bonifacio")),
            ("live", _org("le club")),
            ("live", _org("Club de plongée de la Baie")),
            ("live", _gov("Sécurité civile")),
        ]
    )
    assert ["Club de plongée de la Baie@live", "le club@live"] in groups


def test_a_body_whose_name_says_no_kind_may_still_be_the_company() -> None:
    groups = _groups(
        [
            ("bus", _org("Tarrel Bus Company")),
            ("fire", _org("Kestrel Plastics")),
            ("fire", _org("the company")),
        ]
    )
    assert ["the company@fire"] in groups


def test_what_a_bare_noun_may_stand_for() -> None:
    assert may_stand_for({"club"}, "organization", ["Club nautique"], {"organization"})
    assert may_stand_for({"company"}, "organization", ["Kestrel Plastics"], {"organization"})
    assert not may_stand_for({"club"}, "organization", ["Centre subaquatique de la Baie"], {"organization"})
    assert not may_stand_for({"club"}, "organization", ["Sécurité civile"], {"government"})
