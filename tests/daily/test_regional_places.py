"""A body of a level below the country joins no mention whose article's stories all happen
in another region of that country (``daily.regional_places``): the Azores' regional civil
protection is not Madeira's, Baden-Württemberg's Landeskriminalamt not the "LKA" of a theft
in Bavaria. Regions are GeoNames' (``exonyms.city_regions``); towns of one region, a
national body, and a town only another country's city is named like keep their joins."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.regional_places import PlaceMark, apart_by_place, place_marks
from tests.daily.test_multilingual_actors import ActorStub

Said = tuple[str, str, str]  # the actor's name, its article's one place, the article's language


def _groups(*said: Said) -> list[list[str]]:
    """The actors as grouped, each article naming one actor at one place."""
    actors = [ActorStub(name) for name, _, _ in said]
    articles = [f"art{n}" for n in range(len(said))]
    groups = same_actor_groups(
        actors,
        articles=articles,
        places=[place for _, place, _ in said],
        article_places={article: [place] for article, (_, place, _) in zip(articles, said, strict=True)},
        languages=[lang for _, _, lang in said],
    )
    return sorted(sorted(said[i][0] for i in group) for group in groups)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Two autonomous regions' civil protection: the Azores' and Madeira's.
        (
            ("Proteção Civil", "ao largo de Ponta Delgada, São Miguel, Açores", "pt"),
            ("Serviço Regional de Proteção Civil", "Caminho do Monte, Funchal", "pt"),
        ),
        # Two Länder's criminal police: a bare "LKA" of a Bavarian town's theft.
        (
            ("LKA", "Hafen Bad Schachen, Lindau", "de"),
            ("Landeskriminalamt Baden-Württemberg", "Konstanz", "de"),
        ),
        (("Protezione civile regionale", "Udine", "it"), ("Protezione civile", "Venezia", "it")),
        (("regional fire service", "Bilbao", "en"), ("fire service", "Valencia", "en")),
        (("servicio regional de emergencias", "Bilbao", "es"), ("servicio de emergencias", "Sevilla", "es")),
        (("police régionale", "Lyon", "fr"), ("police", "Marseille", "fr")),
    ],
)
def test_two_regions_bodies_of_one_kind_stay_apart(first: Said, second: Said) -> None:
    assert _groups(first, second) == sorted([[first[0]], [second[0]]])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One region's acronym and its full name, at two places of Madeira.
        (
            ("SRPC", "Caminho do Monte, Funchal", "es"),
            ("Serviço Regional de Proteção Civil", "Funchal", "pt"),
        ),
        # Two Bavarian towns: one Land's criminal police.
        (("LKA", "Hafen, Lindau", "de"), ("Landeskriminalamt", "Innenstadt, Augsburg", "de")),
        # Two towns of the canton of Fribourg, one named in German ("Freiburg" is a German city too).
        (("police cantonale", "Bulle", "fr"), ("Kantonspolizei Freiburg", "Freiburg", "de")),
        (("Protezione civile regionale", "Udine", "it"), ("Protezione civile", "Trieste", "it")),
        (("Bombers de la Generalitat", "Figueres", "ca"), ("Bombers", "Girona", "ca")),
        # A national body is one wherever its stories happen.
        (("Guardia Civil", "Bilbao", "es"), ("Guardia Civil", "Sevilla", "es")),
        # The state a body is "of" is the nation: its key's "state" says no region.
        (("Conseil d'État", "Lyon", "fr"), ("Conseil d'Etat", "Marseille", "fr")),
        (("Consejo de Estado", "Barcelona", "es"), ("Consejo de Estado", "Sevilla", "es")),
        (("Abogacía del Estado", "Bilbao", "es"), ("Abogacía del Estado", "Valencia", "es")),
        (
            ("Secretaria de Estado da Proteção Civil", "Porto", "pt"),
            ("Secretaria de Estado da Proteção Civil", "Faro", "pt"),
        ),
    ],
)
def test_one_regions_body_still_joins(first: Said, second: Said) -> None:
    assert _groups(first, second) == [sorted([first[0], second[0]])]


def test_a_body_named_with_its_region_is_placed_by_its_name_not_its_story() -> None:
    # Catalonia's firefighters quoted in a report from Perpignan (France).
    marks = place_marks(
        [{"catalonia fire-service"}], [["pompiers catalans"]], ["art0"], {"art0": ["Perpignan"]}, None
    )
    assert marks == [None]


def test_an_acronym_of_a_regions_body_the_day_names_is_a_regions_body() -> None:
    keys = [{"civil office protection regional"}, {"srpc"}, None]
    names = [["Serviço Regional de Proteção Civil"], ["SRPC"], ["João Freitas"]]
    places = {"a": ["Funchal"], "b": ["Ponta Delgada"], "c": ["Funchal"]}
    marks = place_marks(keys, names, ["a", "b", "c"], places, None)
    assert marks[1] is not None and marks[1].regional
    assert marks[2] is None  # a person
    assert marks[0] is not None and apart_by_place(marks[0], marks[1])


def test_regions_of_two_countries_say_nothing() -> None:
    # "São Miguel" is a Brazilian city's name too: no Portuguese region is told apart by it.
    brazil = PlaceMark(frozenset({"BR.27"}), regional=True)
    madeira = PlaceMark(frozenset({"PT.10"}), regional=False)
    assert not apart_by_place(brazil, madeira)
    assert apart_by_place(
        PlaceMark(frozenset({"PT.23", "BR.27"}), regional=False), PlaceMark(frozenset({"PT.10"}), True)
    )


def test_two_bodies_neither_a_regions_are_never_set_apart_by_place() -> None:
    assert not apart_by_place(PlaceMark(frozenset({"PT.23"}), False), PlaceMark(frozenset({"PT.10"}), False))
