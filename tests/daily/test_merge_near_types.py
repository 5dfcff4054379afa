"""Near types of one event: a fire typed a disaster in one report and an accident in
another, and the harm of an accident told by the organisation at work at its site. They
join on strong shared evidence (one spot, one toll, one person or organisation), never on
their type alone; two events of near types in one town stay apart (invented reports)."""

from __future__ import annotations

from typing import Any

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged


def _report(
    text: str,
    kind: str,
    place: str,
    figures: list[dict[str, Any]] = (),
    actors: list[tuple[str, str, str]] = (),
) -> Briefed:  # type: ignore[assignment]
    evidence = text.split(". ")[0].rstrip(".") + "."
    return briefed(
        text,
        actors=list(actors),
        incidents=[{"id": "i1", "evidence": evidence, "type": kind, "place": place, "time": "Saturday"}],
        figures=list(figures),
    )


def _homes(text: str, value: float) -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "counted": "homes", "category": "other"}


_BRANDT = [("a1", "Ola Brandt", "person")]
_WILDFIRE = "A wildfire at Tarnby burned 40 homes on Saturday, fire chief Ola Brandt said."


def test_one_fire_typed_a_disaster_and_an_accident_is_one_event() -> None:
    disaster = _report(_WILDFIRE, "disaster", "Tarnby", [_homes("40 homes", 40)], _BRANDT)
    accident = _report(
        "Ola Brandt said 40 homes were lost to the fire at Tarnby on Saturday.",
        "accident",
        "Tarnby",
        [_homes("40 homes", 40)],
        _BRANDT,
    )
    assert len(merged(disaster, accident).incidents) == 1


def test_two_fires_of_near_types_in_one_town_stay_apart() -> None:
    disaster = _report(_WILDFIRE, "disaster", "Tarnby", [_homes("40 homes", 40)], _BRANDT)
    sawmill = _report(
        "A fire at the Tarnby sawmill injured two workers on Saturday, the company said.",
        "accident",
        "Tarnby",
        [{"id": "f1", "text": "two workers", "value": 2, "counted": "workers", "category": "injured"}],
    )
    assert len(merged(disaster, sawmill).incidents) == 2


def test_a_fire_and_a_crash_of_near_types_stay_apart_whatever_they_share() -> None:
    disaster = _report(_WILDFIRE, "disaster", "Tarnby", [_homes("40 homes", 40)], _BRANDT)
    crash = _report(
        "A lorry crashed into 40 homes' fences at Tarnby on Saturday, fire chief Ola Brandt said.",
        "accident",
        "Tarnby",
        [_homes("40 homes", 40)],
        _BRANDT,
    )
    assert len(merged(disaster, crash).incidents) == 2


_PLANT = ("a1", "Química Norte", "organization")
_LEAK = (
    "Una fuga de cloro en la planta de Química Norte en Villasur obligó el sábado a confinar a los vecinos."
)


def _harm_told_by(company: tuple[str, str, str], town: str) -> Briefed:
    """A company's report of three slightly injured by "the leak this morning" in ``town``."""
    return _report(
        f"{company[1]} eleva a tres los heridos leves por la fuga de esta mañana en {town}.",
        "civilian_harm",
        town,
        [
            {
                "id": "f1",
                "text": "tres los heridos leves",
                "value": 3,
                "counted": "heridos",
                "category": "injured",
            }
        ],
        [company],
    )


def test_the_harm_of_a_leak_told_by_the_company_at_its_site_is_the_leaks() -> None:
    leak = _report(_LEAK, "accident", "Villasur", actors=[_PLANT])
    harm = _harm_told_by(_PLANT, "Villasur")
    assert len(merged(leak, harm).incidents) == 1


def test_harm_told_by_another_company_of_the_town_is_another_event() -> None:
    leak = _report(_LEAK, "accident", "Villasur", actors=[_PLANT])
    harm = _harm_told_by(("a1", "Transportes Ebro", "organization"), "Villasur")
    assert len(merged(leak, harm).incidents) == 2


def test_harm_told_by_the_company_in_another_town_is_another_event() -> None:
    leak = _report(_LEAK, "accident", "Villasur", actors=[_PLANT])
    harm = _harm_told_by(_PLANT, "Castrillo")
    assert len(merged(leak, harm).incidents) == 2


def test_one_fire_of_near_types_in_two_towns_is_two_fires() -> None:
    disaster = _report(_WILDFIRE, "disaster", "Tarnby", [_homes("40 homes", 40)], _BRANDT)
    accident = _report(
        "Ola Brandt said 40 homes were lost to the fire at Selsing on Saturday.",
        "accident",
        "Selsing",
        [_homes("40 homes", 40)],
        _BRANDT,
    )
    assert len(merged(disaster, accident).incidents) == 2
