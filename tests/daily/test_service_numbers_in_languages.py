"""One region's emergency centre named by its number in several languages ("Cecoes 112
Canarias", "Notrufzentrale 112", "Spaanse alarmcentrale 112") is one body, and the bare
number joins it; two towns', two regions' or two countries' centres stay apart
(``daily.service_numbers``)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub


def _groups(*named: tuple[str, str]) -> list[list[str]]:
    """The groups of bodies named (name, its article's language)."""
    actors = [ActorStub(name) for name, _ in named]
    found = same_actor_groups(actors, languages=[lang for _, lang in named])
    return sorted(sorted(actors[i].name for i in group) for group in found)


@pytest.mark.parametrize(
    "named",
    [
        [
            ("Centro Coordinador de Emergencias y Seguridad (Cecoes) 112 Canarias", "es"),
            ("Notrufzentrale 112", "de"),
            ("Spaanse alarmcentrale 112", "nl"),
            ("112", "es"),
        ],
        [
            ("Centrale operativa emergenza 118 della Liguria", "it"),
            ("Notruf 118", "de"),
            ("118", "it"),
        ],
        [
            ("Centre de traitement de l'alerte 112 du Tessin", "fr"),
            ("Alarmzentrale 112", "de"),
            ("112", "de"),
        ],
    ],
)
def test_one_centre_named_in_several_languages_is_one_body(named: list[tuple[str, str]]) -> None:
    assert _groups(*named) == [sorted(name for name, _ in named)]


@pytest.mark.parametrize(
    "named",
    [
        # Two towns' centres in one language: the number alone is either.
        [("servizio 118 di Genova", "it"), ("servizio 118 di Savona", "it"), ("Notruf 118", "de")],
        # Two regions' centres, each named in its own language.
        [("Notruf 112 Tirol", "de"), ("centrale d'urgence 112 de Savoie", "fr")],
        # Two countries' centres.
        [("österreichische Notrufzentrale 112", "de"), ("centrale d'urgence 112 italienne", "fr")],
    ],
)
def test_two_centres_holding_one_number_stay_apart(named: list[tuple[str, str]]) -> None:
    groups = _groups(*named, ("112" if "112" in named[0][0] else "118", "en"))
    assert all(len(group) == 1 for group in groups)


def test_the_number_held_by_a_centre_far_from_it_in_a_romance_name() -> None:
    # The kind first, the acronym between: "Centro Coordinador de Emergencias (Cecoes) 112".
    assert _groups(("112", "es"), ("Centro Coordinador de Emergencias (Cecoes) 112 Canarias", "es")) == [
        ["112", "Centro Coordinador de Emergencias (Cecoes) 112 Canarias"]
    ]


@pytest.mark.parametrize(
    "other", ["Route 112 residents' association", "Linea 112 di Trenord", "Radio 112 FM"]
)
def test_a_number_of_something_else_stays_apart_from_a_centre(other: str) -> None:
    groups = _groups(("Notrufzentrale 112", "de"), (other, "it"), ("112", "es"))
    assert [other] in groups
