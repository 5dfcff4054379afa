"""A national body named abroad with its country's adjective ("Garde civile espagnole") is
the day's one body of that name named at home without it ("Guardia Civil"), when the day's
places lie in that country alone and no other country's body of the name is named; on a
border day, with another country's body so named, or on a day in another country, it joins
none (issue 25, day 107; invented places)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.country_named_bodies import places_country
from tests.daily.test_multilingual_actors import ActorStub, actor_groups

# (article, its incidents' places, the body it names)
Named = tuple[str, list[str], str]


def _groups(named: list[Named]) -> list[list[str]]:
    actors = [ActorStub(name) for _, _, name in named]
    articles = [article for article, _, _ in named]
    where = {article: places for article, places, _ in named}
    day = [place for _, places, _ in named for place in places]
    found = same_actor_groups(actors, articles=articles, places=day, article_places=where)
    return sorted(sorted(f"{named[i][0]}:{named[i][2]}" for i in group) for group in found)


# A cave rescue in Cantabria: the local press names the civil guard and its post in the
# village, which makes the bare name a shorter form of two names (``join_shorter_forms``
# joins neither); a foreign newsroom names the force by its country.
_CANTABRIA = ["cueva del Tornillo, Valdecueva de Ruesga, Cantabria"]


def _cave_rescue(abroad: str, where: list[str] = _CANTABRIA) -> list[Named]:
    return [
        ("es", where, "Guardia Civil"),
        ("es2", where, "Guardia Civil de Valdecueva"),
        ("en", where, "Civil Guard"),
        ("fr", where, abroad),
    ]


@pytest.mark.parametrize(
    "abroad",
    [
        "Garde civile espagnole",
        "spanische Guardia Civil",
        "Spaanse Guardia Civil",
        "Guardia Civil spagnola",
        "Guarda Civil espanhola",
        "Guàrdia Civil espanyola",
        "Spanish Civil Guard",
    ],
)
def test_a_national_body_abroad_is_the_one_so_named_at_home(abroad: str) -> None:
    groups = _groups(_cave_rescue(abroad))
    assert ["en:Civil Guard", "es:Guardia Civil", f"fr:{abroad}"] in groups, groups


@pytest.mark.parametrize(
    "abroad", ["Italian civil protection", "protection civile italienne", "Italiaanse civiele bescherming"]
)
def test_a_civil_protection_abroad_is_the_one_named_at_home(abroad: str) -> None:
    groups = _groups(
        [
            ("it", ["frana di Cortevalle, Liguria"], "Protezione civile"),
            ("it2", ["Cortevalle, Liguria"], "Protezione civile di Cortevalle"),
            ("de", ["Cortevalle, Ligurien"], abroad),
        ]
    )
    assert ["de:" + abroad, "it:Protezione civile"] in groups, groups


def test_a_body_of_another_country_is_not_the_one_at_home() -> None:
    """A Spanish day's civil guard is no "garde civile portugaise"."""
    groups = _groups(_cave_rescue("Guarda Civil portuguesa"))
    assert ["fr:Guarda Civil portuguesa"] in groups, groups


def test_two_countries_bodies_of_the_name_leave_the_bare_one_alone() -> None:
    """A day that names a Spanish and a Portuguese civil guard: the bare one may be either
    as far as a name tells."""
    groups = _groups([*_cave_rescue("Garde civile espagnole"), ("pt", _CANTABRIA, "Guarda Civil portuguesa")])
    assert ["es:Guardia Civil"] not in groups and ["fr:Garde civile espagnole"] in groups, groups


def test_a_border_day_says_no_country_of_the_bare_body() -> None:
    """A day with reports from both sides of the Pyrenees: the bare civil guard of either
    report may be Spain's or another's as far as the places tell."""
    groups = _groups(_cave_rescue("Garde civile espagnole", [*_CANTABRIA, "Perpignan"]))
    assert ["fr:Garde civile espagnole"] in groups, groups


def test_a_day_of_unknown_places_says_no_country() -> None:
    groups = _groups(_cave_rescue("Garde civile espagnole", ["Valdecueva de Ruesga"]))
    assert ["fr:Garde civile espagnole"] in groups, groups


def test_the_day_country_is_read_by_the_parts_of_its_places() -> None:
    assert places_country(["cueva del Tornillo, Ramales de la Victoria, Cantabria"]) == "spain"
    assert places_country(["Cascais", "Sintra"]) == "portugal"
    assert places_country(["Perpignan", "Figueres"]) is None  # a border day
    assert places_country(["Valdecueva de Ruesga"]) is None  # no place a table knows


@pytest.mark.parametrize(
    "names",
    [
        ("Franse maritieme prefectuur", "French maritime prefecture", "préfecture maritime française"),
        ("Franse civiele bescherming", "French civil protection", "protezione civile francese"),
        ("Protecció Civil", "Protección Civil"),
    ],
)
def test_dutch_and_catalan_words_of_a_body_name_it_as_the_others_do(names: tuple[str, ...]) -> None:
    assert actor_groups(*map(ActorStub, names)) == [sorted(names)]


def test_two_countries_bodies_in_dutch_stay_apart() -> None:
    names = ("Franse civiele bescherming", "Italian civil protection", "Franse maritieme prefectuur")
    assert len(actor_groups(*map(ActorStub, names))) == 3


@pytest.mark.parametrize(
    "abroad", ["protection civile slovène", "Slovenian civil protection", "slowenischer Zivilschutz"]
)
def test_a_country_the_gazetteer_does_not_list_is_said_by_its_adjective(abroad: str) -> None:
    """Slovenia is in no table of the gazetteer, only of the adjectives: its civil protection
    named abroad is still the one the day's reports from Piran name at home, with or without
    the noun of its kind ("Civil Protection Department"), which tells no two bodies apart."""
    groups = _groups(
        [
            ("en", ["harbour wall, Piran"], "Civil Protection Department"),
            ("it", ["Piran"], "Protezione civile"),
            ("fr", ["Piran"], abroad),
        ]
    )
    assert len(groups) == 1, groups


def test_another_countrys_body_is_not_the_one_at_home_with_or_without_its_kind_noun() -> None:
    groups = _groups(
        [
            ("en", ["harbour wall, Piran"], "Civil Protection Department"),
            ("it", ["Piran"], "Protezione civile"),
            ("fr", ["Piran"], "protection civile croate"),
        ]
    )
    assert ["fr:protection civile croate"] in groups, groups


@pytest.mark.parametrize(
    ("one", "other"),
    [("Health Office", "Health Department"), ("ufficio tecnico", "Technical Department")],
)
def test_two_towns_offices_of_one_kind_are_not_joined_through_the_countrys(one: str, other: str) -> None:
    """Trieste's health office and Udine's health department differ only by the noun of
    their kind, and so does the wire's Italian one: each town's stays its own, as the
    places of their articles say two towns."""
    groups = _groups(
        [
            ("en", ["Trieste"], one),
            ("en2", ["Udine"], other),
            ("de", ["Trieste"], f"Italian {other.lower()}"),
        ]
    )
    assert not any(f"en:{one}" in g and f"en2:{other}" in g for g in groups), groups
