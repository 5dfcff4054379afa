"""A body whose seat each newsroom writes in its own language ("policía de Aquisgrán",
"police d'Aix-la-Chapelle", "Polizei Aachen") is one actor on a day that names the city by
its own name; bodies of two cities stay two, and a name that is another city's own name
("Freiburg") is read as the smaller city's only beside that city's own name."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.body_city_names import day_city_names, with_city_names
from summarizer.text.abbreviations import of_place
from tests.daily.test_multilingual_actors import ActorStub


def _groups(names: list[str], places: tuple[str, ...] | list[str] = ()) -> list[list[str]]:
    actors = [ActorStub(n) for n in names]
    return sorted(sorted(actors[i].name for i in g) for g in same_actor_groups(actors, places=places))


@pytest.mark.parametrize(
    ("names", "places"),
    [
        (
            ["Polizei Aachen", "policía de Aquisgrán", "police d'Aix-la-Chapelle", "Police in Aachen"],
            ["Aachen"],
        ),
        (["Kantonspolizei Freiburg", "police cantonale fribourgeoise", "Fribourg cantonal police"], []),
        (["Staatsanwaltschaft Bozen", "public prosecutor in Bolzano"], []),
        (["Polizei Löwen", "police de Louvain", "Leuven police"], ["Leuven"]),
    ],
)
def test_a_body_seated_in_a_city_named_in_several_languages_is_one(
    names: list[str], places: list[str]
) -> None:
    assert _groups(names, places) == [sorted(names)]


def test_bodies_of_two_cities_stay_two() -> None:
    names = ["Polizei Aachen", "policía de Aquisgrán", "policía de Colonia", "Polizei Köln"]
    assert _groups(names, ["Aachen", "Köln"]) == [
        ["Polizei Aachen", "policía de Aquisgrán"],
        ["Polizei Köln", "policía de Colonia"],
    ]


def test_another_citys_own_name_is_read_only_beside_the_smaller_citys_name() -> None:
    # Freiburg im Breisgau is "Freiburg" itself; Fribourg is "Freiburg" only in German.
    assert "freiburg" not in day_city_names(["Polizei Freiburg", "Freiburg im Breisgau"])
    assert day_city_names(["Kantonspolizei Freiburg", "Fribourg"]) == {"freiburg": "Fribourg"}


def test_another_citys_own_name_stays_its_own_where_the_day_names_that_city_too() -> None:
    """Review 2: a day telling a Fribourg story and a Freiburg im Breisgau one read the
    German city's "Polizei Freiburg" as Fribourg's and joined it to "police de Fribourg":
    the day names both cities "Freiburg" may be, so it is neither's other name."""
    day = ["Polizei Freiburg", "Polizeipräsidium Freiburg im Breisgau", "police de Fribourg", "Fribourg"]
    assert "freiburg" not in day_city_names(day)
    assert _groups(["Polizei Freiburg", "police de Fribourg"], ["Freiburg im Breisgau", "Fribourg"]) == [
        ["Polizei Freiburg"],
        ["police de Fribourg"],
    ]


def test_a_name_only_a_one_language_countrys_city_is_also_called_is_no_other_name() -> None:
    """Review 2: GeoNames also calls Freiberg (Saxony) "Freiburg", so a day naming Freiberg
    read "Polizei Freiburg" (Freiburg im Breisgau's own name) as Freiberg's police. A city
    is named by another city's own name in a country of several official languages
    (Fribourg's "Freiburg"), not in Germany or Poland."""
    assert day_city_names(["Polizei Freiburg", "Freiberg"]) == {}
    assert day_city_names(["Kantonspolizei Freiburg", "Fribourg"]) == {"freiburg": "Fribourg"}


def test_a_city_named_only_in_another_language_is_left_as_written() -> None:
    # No own name of the city on the day: nothing says which city the name stands for.
    assert day_city_names(["Staatsanwaltschaft Bozen", "Polizei"]) == {}


def test_a_common_word_some_town_is_called_is_no_city() -> None:
    # Lower-case words are never read as a city's name ("gente" is one of Gent's).
    renamed = day_city_names(["la gente del barrio", "policía de Gante", "Gent"])
    assert "gente" not in renamed
    assert with_city_names("la gente del barrio", {"gente": "Gent"}) == "la gente del barrio"


def test_the_longest_name_of_a_city_is_rewritten_whole() -> None:
    renamed = day_city_names(["police d'Aix-la-Chapelle", "Aachen"])
    assert with_city_names("police d'Aix-la-Chapelle", renamed) == "police d'Aachen"


@pytest.mark.parametrize(
    ("adjective", "place"),
    [("fribourgeoise", "fribourg"), ("fribourgeois", "fribourg"), ("strasbourgeoise", "strasbourg")],
)
def test_a_french_adjective_in_geois_is_its_towns(adjective: str, place: str) -> None:
    assert of_place(adjective, frozenset({place})) == place
    assert of_place(adjective, frozenset({"genf"})) is None
