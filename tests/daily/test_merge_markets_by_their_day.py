"""A town's market is one kind of site in every language the merge reads, and the weekday
it is named for is one day in every language: "marché du vendredi", "mercato del venerdì",
"mercadillo de los viernes" and "Friday market" are one site (issue 25, day 89: a
counterfeit seizure at Ventimiglia's Friday market keyed "marche vendredi" by an English
blog and "mercato venerdi" by Italian radio, two places that could never meet). A market of
another day, or another town's, stays another place; a saint's name that is a weekday
("Santo Domingo") is no weekday. Every place here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import place_chain
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    "place",
    [
        "Friday market, Borgolento",
        "marché du vendredi, Borgolento",
        "mercato del venerdì, Borgolento",
        "mercadillo de los viernes, Borgolento",
        "mercado de sexta-feira, Borgolento",
    ],
)
def test_a_market_named_for_its_day_is_one_key_in_any_language(place: str) -> None:
    assert place_chain(place)[:2] == ("friday market", "borgolento")


def test_a_saint_named_like_a_weekday_is_no_weekday() -> None:
    assert place_chain("Plaza de Santo Domingo, Borgolento")[0] == "st domingo square"


def _seizure(text: str, place: str, language: str, items: str) -> object:
    return one_incident(
        text,
        type="other",
        place=place,
        language=language,
        time="this morning",
        figures=[{"id": "f1", "text": items, "value": 3000, "bound": "more_than", "category": "other",
                  "counted": "fake designer items seized"}],
    )  # fmt: skip


def test_one_seizure_at_a_towns_friday_market_in_three_languages_is_one() -> None:
    en = _seizure(
        "Finance police seized more than 3,000 fake designer items at Borgolento's Friday market this morning.",
        "Friday market, Borgolento",
        "en",
        "more than 3,000 fake designer items",
    )
    it = _seizure(
        "La Guardia di Finanza ha sequestrato stamattina oltre 3.000 falsi al mercato del venerdì di Borgolento.",
        "mercato del venerdì, Borgolento",
        "it",
        "oltre 3.000 falsi",
    )
    fr = _seizure(
        "Plus de 3 000 contrefaçons saisies ce matin au marché du vendredi de Borgolento.",
        "marché du vendredi, Borgolento",
        "fr",
        "Plus de 3 000 contrefaçons",
    )
    day = merged(en, it, fr)
    assert len(day.incidents) == 1, [[r.article_id for r in i.reports] for i in day.incidents]


@pytest.mark.parametrize("other", ["mercato della domenica, Borgolento", "mercato del venerdì, Castelrotto"])
def test_seizures_at_another_days_or_another_towns_market_stay_two(other: str) -> None:
    en = _seizure(
        "Finance police seized more than 3,000 fake designer items at Borgolento's Friday market this morning.",
        "Friday market, Borgolento",
        "en",
        "more than 3,000 fake designer items",
    )
    it = _seizure(
        "La Guardia di Finanza ha sequestrato stamattina oltre 3.000 falsi al mercato.",
        other,
        "it",
        "oltre 3.000 falsi",
    )
    day = merged(en, it)
    assert len(day.incidents) == 2, [[r.article_id for r in i.reports] for i in day.incidents]
