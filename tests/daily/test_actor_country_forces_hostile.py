"""Hostile days for a country's force named by its adjective ("französische Polizei",
"French police"): a place that another country has a part of too says no country. Vienne
is a French department and Vienna's French name, Jura a French department and a Swiss
canton, Nord a French department and a region of many countries: a body named by one of
them is not, for that, the French one (invented articles, real places)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.departmental_bodies import with_france
from tests.daily.test_multilingual_actors import ActorStub

# (article, its incidents' places, the body it names)
Named = tuple[str, list[str], str]


def _groups(named: list[Named]) -> list[list[str]]:
    actors = [ActorStub(name) for _, _, name in named]
    articles = [article for article, _, _ in named]
    places = {article: where for article, where, _ in named}
    found = same_actor_groups(actors, articles=articles, article_places=places)
    return sorted(sorted(f"{named[i][0]}:{named[i][2]}" for i in group) for group in found)


@pytest.mark.parametrize(
    ("article", "where", "body"),
    [
        # French copy's Vienna police: "Vienne" is Vienna's French name.
        ("fr", ["Wien"], "police de Vienne"),
        # A German state police's northern directorate.
        ("de", ["Hamburg"], "Polizei Nord"),
        # The Swiss canton of Jura's police, in its own French.
        ("ch", ["Delémont"], "police du Jura"),
    ],
)
@pytest.mark.parametrize("adjective", ["französische Polizei", "French police"])
def test_a_place_another_country_has_too_is_no_french_force(
    article: str, where: list[str], body: str, adjective: str
) -> None:
    groups = _groups([(article, where, body), ("wire", [], adjective)])
    assert [f"wire:{adjective}"] in groups, groups


def test_a_department_only_france_has_still_names_the_french_force() -> None:
    groups = _groups([("fr", ["Metz"], "police de la Moselle"), ("wire", [], "French police")])
    assert groups == [["fr:police de la Moselle", "wire:French police"]]


def test_vienne_says_no_france_unless_a_french_services_acronym_names_it() -> None:
    assert with_france({"police vienna"}, ["police de Vienne"]) == {"police vienna"}
    # "SDIS 86" is the Vienne department's fire service: only France has one.
    assert with_france({"fire-service vienna"}, ["SDIS 86"]) == {"fire-service france vienna"}


def test_a_force_of_a_part_two_countries_have_is_the_country_named_one_where_their_stories_meet() -> None:
    """Limburg is a Dutch and a Belgian province: "Politie Limburg" of a release on an arrest
    near Maastricht is the "police néerlandaise" of a report of that arrest (issue 25, day
    83), not the Belgian police zone of the report's other story."""
    groups = _groups(
        [
            ("release", ["A2 near Maastricht"], "Politie Limburg"),
            ("fr", ["A2 near Maastricht", "Tongeren"], "police néerlandaise"),
            ("be", ["Tongeren"], "politiezone Tongeren-Herstappe"),
        ]
    )
    assert ["fr:police néerlandaise", "release:Politie Limburg"] in groups, groups


def test_a_force_of_a_part_two_countries_have_joins_no_country_named_force_of_another_story() -> None:
    groups = _groups(
        [("release", ["Maastricht"], "Politie Limburg"), ("fr", ["Hasselt"], "police néerlandaise")]
    )
    assert len(groups) == 2, groups


def test_a_force_no_table_places_is_no_force_of_another_countrys_story() -> None:
    """ "Glarnerland" is in no table: the "Spanish police" of a report in Madrid is not, for
    that, the Glarus police of a report in Näfels."""
    groups = _groups([("ch", ["Näfels"], "Polizei Glarnerland"), ("wire", ["Madrid"], "Spanish police")])
    assert len(groups) == 2, groups


def test_a_force_no_table_places_is_the_country_named_force_of_its_story() -> None:
    groups = _groups(
        [
            ("nl", ["Breda"], "Veiligheidsregio Midden-Dal"),
            ("fr", ["Breda"], "région de sécurité néerlandaise"),
        ]
    )
    assert len(groups) == 1, groups


def test_a_street_two_countries_stories_share_is_no_place_they_meet() -> None:
    groups = _groups(
        [
            ("release", ["Stationsstraat, Maastricht"], "Politie Limburg"),
            ("fr", ["Stationsstraat, Hasselt"], "police belge"),
        ]
    )
    assert len(groups) == 2, groups


@pytest.mark.parametrize("belgian", ["police belge", "Belgian police", "belgische Polizei"])
def test_a_force_two_countries_claim_where_their_stories_meet_is_neither_countrys(belgian: str) -> None:
    """A cross-border chase: a report names the Dutch and the Belgian police, a release the
    "Politie Limburg" (Limburg is Dutch and Belgian). Both country-named forces meet it
    where the stories meet; joining both would make the two countries' police one."""
    groups = _groups(
        [
            ("release", ["A2 near Maastricht"], "Politie Limburg"),
            ("fr", ["A2 near Maastricht", "Tongeren"], "police néerlandaise"),
            ("wire", ["A2 near Maastricht", "Tongeren"], belgian),
        ]
    )
    assert not any("fr:police néerlandaise" in g and f"wire:{belgian}" in g for g in groups), groups


@pytest.mark.parametrize("adjective", ["Austrian police", "österreichische Polizei", "police autrichienne"])
def test_a_state_police_directorate_is_its_states_force(adjective: str) -> None:
    """Austria's "Landespolizeidirektion Tirol" is the police of Tyrol (its "Landes" and
    "Direktion" say at what level), so the wire's Austrian police."""
    groups = _groups([("at", ["Kufstein"], "Landespolizeidirektion Tirol"), ("wire", [], adjective)])
    assert groups == [["at:Landespolizeidirektion Tirol", f"wire:{adjective}"]], groups


def test_one_states_force_named_at_two_levels_is_one_force_of_the_country() -> None:
    """ "Polizei Tirol" and "Landespolizeidirektion Tirol" are the one police of Tyrol: the
    Austrian police of the wire is both, not one of two."""
    groups = _groups(
        [
            ("at", ["Kufstein"], "Landespolizeidirektion Tirol"),
            ("de", ["Kufstein"], "Polizei Tirol"),
            ("wire", [], "Austrian police"),
        ]
    )
    assert len(groups) == 1, groups


def test_two_states_forces_of_one_country_leave_its_police_alone() -> None:
    groups = _groups(
        [
            ("at", ["Kufstein"], "Landespolizeidirektion Tirol"),
            ("at2", ["Bregenz"], "Landespolizeidirektion Vorarlberg"),
            ("wire", [], "Austrian police"),
        ]
    )
    assert ["wire:Austrian police"] in groups, groups


def test_two_forces_of_one_state_by_compass_point_leave_its_police_alone() -> None:
    """ "Polizei Tirol Nord" and "Polizei Tirol Süd" are two forces of Tyrol, not one named
    at two levels: the wire's Austrian police may be either, so it joins neither."""
    groups = _groups(
        [
            ("at", ["Innsbruck"], "Polizei Tirol Nord"),
            ("at2", ["Lienz"], "Polizei Tirol Süd"),
            ("wire", [], "Austrian police"),
        ]
    )
    assert ["wire:Austrian police"] in groups, groups
