"""A country's police named by its adjective abroad ("Spanish police", "police espagnole")
is the one national force of that country the day's reports of the same place name by its
own kind ("Guarda Civil espanhola", "gendarmerie française"); with a second national force
named (its national police), at another place, or of another country, it joins none (issue
25, day 92; invented places)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
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
    "police",
    ["Spanish police", "police espagnole", "spanische Polizei", "polizia spagnola", "Spaanse politie"],
)
def test_a_countrys_police_abroad_is_its_one_national_force_of_the_place(police: str) -> None:
    groups = _groups(
        [
            ("es", ["área de servicio, Porrela"], "Guardia Civil"),
            ("pt", ["área de serviço, Porrela"], "Guarda Civil espanhola"),
            ("en", ["truck stop, Porrela"], police),
        ]
    )
    assert len(groups) == 1, groups


def test_the_french_gendarmerie_is_the_french_police_of_its_place() -> None:
    groups = _groups(
        [("fr", ["Saint-Aubrac"], "gendarmerie française"), ("en", ["Saint-Aubrac"], "French police")]
    )
    assert len(groups) == 1, groups


def test_two_national_forces_leave_the_countrys_police_alone() -> None:
    """Spain's civil guard at a wedding shooting and its national police at the university
    the same day: the French copy's "police espagnole" of Seville is not, for being Spanish,
    the civil guard (day 50's near miss)."""
    groups = _groups(
        [
            ("es", ["Villarejo de la Vega", "Sevilla"], "Guardia Civil"),
            ("fr", ["Villarejo de la Vega, province de Séville"], "Garde civile espagnole"),
            ("es2", ["Rectorado, Sevilla"], "Policía Nacional"),
            ("fr2", ["Séville"], "police espagnole"),
        ]
    )
    assert ["es:Guardia Civil", "fr:Garde civile espagnole"] in groups, groups


def test_a_national_force_of_another_place_is_not_the_countrys_police_here() -> None:
    groups = _groups(
        [
            ("pt", ["área de serviço, Porrela"], "Guarda Civil espanhola"),
            ("en", ["Valdemora"], "Spanish police"),
        ]
    )
    assert ["en:Spanish police"] in groups, groups


def test_another_countrys_national_force_is_not_this_countrys_police() -> None:
    groups = _groups([("pt", ["Porrela"], "Guarda Civil espanhola"), ("en", ["Porrela"], "French police")])
    assert ["en:French police"] in groups, groups


@pytest.mark.parametrize(
    ("local", "force", "police", "place"),
    [
        ("Mossos d'Esquadra", "Guardia Civil española", "Spanish police", "Barcelona"),
        ("police municipale", "gendarmerie française", "French police", "Nice"),
        ("Policía Local de Vigo", "Guarda Civil espanhola", "spanische Polizei", "Vigo"),
    ],
)
def test_another_force_of_the_place_leaves_the_countrys_police_alone(
    local: str, force: str, police: str, place: str
) -> None:
    """A region's or a town's police named at the place too: the foreign copy's "Spanish
    police" in Barcelona may be the Mossos as well as the civil guard, so it is neither."""
    groups = _groups([("a", [place], force), ("b", [place], local), ("c", [place], police)])
    assert [f"c:{police}"] in groups, groups


def test_the_police_unnamed_at_the_place_is_no_other_force() -> None:
    groups = _groups(
        [
            ("es", ["Porrela"], "Guardia Civil"),
            ("pt", ["Porrela"], "Guarda Civil espanhola"),
            ("es2", ["Porrela"], "la policía"),
            ("en", ["Porrela"], "Spanish police"),
        ]
    )
    assert any({"en:Spanish police", "pt:Guarda Civil espanhola"} <= set(group) for group in groups), groups


@pytest.mark.parametrize("abroad", ["niederländische Polizei", "police néerlandaise", "Dutch police"])
def test_a_country_named_in_its_own_language_is_that_country(abroad: str) -> None:
    """ "Nederland" is a town's name too (in Texas), but a Dutch force named with it is the
    Netherlands' ("Politie Oost-Nederland"): a country's own name in its own language."""
    groups = _groups([("nl", ["A28, Zwolle"], "Politie Oost-Nederland"), ("xx", ["A28 bei Zwolle"], abroad)])
    assert len(groups) == 1, groups


def test_a_countrys_name_in_a_neighbours_language_that_a_city_bears_stays_the_city() -> None:
    """Portuguese "França" is France, but also a city of Brazil, and Portuguese is no
    language of France's: the name stays the city's."""
    from summarizer.text.exonyms import exonym_of

    assert exonym_of("Nederland") == "Netherlands"
    assert exonym_of("Franca") is None
