"""Goods are counted by the unit a report names, in every language the merge reads: a
smuggler's cigarettes by the carton ("1.250 cartones", "1.500 cartrons", "more than 1,200
cartons"), a cheese by the wheel ("37 meules", "24 forme di formaggio", "Käselaibe"). Two
reports of one seizure or one theft that count it differently disagree (issue 25, days 84
and 86: the Spanish, Catalan and English cartons were three measures, "cartone", "cartron
urgell" and "carton urgell", and the Italian and French wheels two). What befell the goods
still tells two counts apart: the wheels stolen and those found again. Every report here is
invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from summarizer.models.daily_v2 import DailyFigure
from tests.daily.test_daily import count_measure, merged, one_incident


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("1.250 cartones", "cartones de tabaco intervenidos en la furgoneta"),
        ("1.500 cartrons", "cartrons de tabac de la furgoneta aturada a Tremp"),
        ("more than 1,200 cartons", "cartons of cigarettes seized near Tremp"),
        ("800 Stangen", "Stangen Zigaretten im Kofferraum"),
        ("800 stecche", "stecche di sigarette sequestrate al valico"),
        ("60 sloffen", "sloffen sigaretten in beslag genomen"),
        ("1 200 cartons", "cartons de cigarettes saisis à la douane"),
    ],
)
def test_cigarettes_are_counted_by_the_carton_in_every_language(text: str, counted: str) -> None:
    assert count_measure(text, counted) == "other:carton"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("37 meules", "meules volées à l'alpage de Torrent"),
        ("24 forme di formaggio", "forme di raclette rubate"),
        ("30 Laibe", "gestohlene Käselaibe"),
        ("at least 20 wheels", "cheese wheels stolen above the village"),
        ("40 hormas", "hormas de queso robadas en la quesería"),
        ("12 kaaswielen", "kaaswielen gestolen uit de opslag"),
    ],
)
def test_cheese_is_counted_by_the_wheel_in_every_language(text: str, counted: str) -> None:
    assert count_measure(text, counted) == "other:wheel"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("12.500 paquetes", "paquetes de tabaco intervenidos"),  # the packs a carton holds
        ("300 Schachteln", "Schachteln Zigaretten"),
        ("200 kilos", "kilos de fromage volé"),
    ],
)
def test_packs_and_weights_are_no_cartons_nor_wheels(text: str, counted: str) -> None:
    assert count_measure(text, counted) not in {"other:carton", "other:wheel"}


def _goods(text: str, value: float, counted: str, bound: str = "exact") -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "bound": bound, "counted": counted, "category": "other"}


_SEIZURE = "La Guardia Civil detuvo a dos hombres en Tremp con tabaco de contrabando."
_THEFT = "Des voleurs ont vidé la cave d'un alpage au-dessus de Grimentz."


def _report(lead: str, sentence: str, figure: dict[str, Any], **incident: Any) -> Briefed:
    return one_incident(f"{lead} {sentence}", evidence=lead, figures=[figure], **incident)


def _seizure(sentence: str, figure: dict[str, Any]) -> Briefed:
    return _report(_SEIZURE, sentence, figure, place="Tremp", type="arrest")


def _theft(sentence: str, figure: dict[str, Any]) -> Briefed:
    return _report(_THEFT, sentence, figure, place="Grimentz", type="other")


def _groups(*reports: Briefed) -> list[DailyFigure]:
    day = merged(*reports)
    assert len(day.incidents) == 1
    return [f for f in day.figures if f.category == "other"]


def test_one_seizures_cartons_told_in_three_languages_disagree() -> None:
    spanish = _seizure(
        "Llevaban 1.250 cartones en la furgoneta.",
        _goods("1.250 cartones", 1250, "cartones de tabaco intervenidos en la furgoneta"),
    )
    catalan = _seizure(
        "Portaven 1.500 cartrons de tabac.",
        _goods("1.500 cartrons", 1500, "cartrons de tabac de la furgoneta aturada a Tremp"),
    )
    english = _seizure(
        "Officers found more than 1,200 cartons.",
        _goods("more than 1,200 cartons", 1200, "cartons of cigarettes seized near Tremp", "more_than"),
    )
    (figure,) = _groups(spanish, catalan, english)
    assert len(figure.values) == 3
    assert figure.conflict


def test_one_seizures_cartons_that_agree_are_no_dispute() -> None:
    """The near miss: "more than 1,200" allows the 1,250 another report counts."""
    spanish = _seizure(
        "Llevaban 1.250 cartones en la furgoneta.",
        _goods("1.250 cartones", 1250, "cartones de tabaco intervenidos en la furgoneta"),
    )
    english = _seizure(
        "Officers found more than 1,200 cartons.",
        _goods("more than 1,200 cartons", 1200, "cartons of cigarettes seized near Tremp", "more_than"),
    )
    (figure,) = _groups(spanish, english)
    assert len(figure.values) == 2
    assert not figure.conflict


def test_cartons_and_the_packs_they_hold_are_two_counts() -> None:
    cartons = _seizure(
        "Llevaban 1.250 cartones en la furgoneta.",
        _goods("1.250 cartones", 1250, "cartones de tabaco intervenidos en la furgoneta"),
    )
    packs = _seizure(
        "Portaven 12.500 paquets de tabac.",
        _goods("12.500 paquets", 12500, "paquets de tabac de la furgoneta"),
    )
    groups = _groups(cartons, packs)
    assert len(groups) == 2
    assert not any(f.conflict for f in groups)


def test_one_thefts_wheels_told_in_three_languages_disagree() -> None:
    french = _theft("Les voleurs ont emporté 37 meules.", _goods("37 meules", 37, "meules volées à l'alpage"))
    italian = _theft(
        "Secondo la polizia sono state rubate 24 forme di formaggio.",
        _goods("24 forme di formaggio", 24, "forme di raclette rubate"),
    )
    german = _theft("Gestohlen wurden 30 Laibe.", _goods("30 Laibe", 30, "gestohlene Käselaibe"))
    (figure,) = _groups(french, italian, german)
    assert len(figure.values) == 3
    assert figure.conflict


@pytest.mark.parametrize(
    ("sentence", "text", "counted"),
    [
        ("La police a retrouvé 24 meules dans une grange.", "24 meules", "meules retrouvées dans une grange"),
        ("La polizia ha ritrovato 24 forme.", "24 forme", "forme ritrovate dalla polizia"),
        ("Police recovered 24 wheels from a barn.", "24 wheels", "cheese wheels recovered from a barn"),
        ("La policía recuperó 24 hormas.", "24 hormas", "hormas de queso recuperadas"),
    ],
)
def test_wheels_found_again_are_no_rival_to_those_stolen(sentence: str, text: str, counted: str) -> None:
    stolen = _theft("Les voleurs ont emporté 37 meules.", _goods("37 meules", 37, "meules volées à l'alpage"))
    found = _theft(sentence, _goods(text, 24, counted))
    groups = _groups(stolen, found)
    assert len(groups) == 2
    assert not any(f.conflict for f in groups)
