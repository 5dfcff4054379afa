"""A sentence with no place of its own that revises a toll ("the town hall puts the figure at
11") belongs to the incident that holds that toll, not to a separate incident told just
before it that holds none; a toll with no sign of revision still follows the incident just
before it. Invented copy, written for these tests, in the four languages."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def _tolls(text: str, lang: str) -> list[tuple[str | None, list[float]]]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    value = {f.id: f.value for f in briefing.figures}
    return [(i.place, sorted(value[f] for f in i.casualty_figures)) for i in briefing.incidents]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Saturday a stage collapsed at a concert in Darnley and at least 9 people were hurt. "
            "In a separate incident, a man lost a hand when a firework exploded on Saturday in Welbourne. "
            "Paramedics said 15 people were injured; the council put the number at 12.",
            "en",
        ),
        (
            "Am Samstag stürzte in Kelbach eine Bühne ein, mindestens 9 Menschen wurden verletzt. "
            "Unabhängig davon verlor ein Mann am Samstag in Ostrach eine Hand, als ein Böller explodierte. "
            "Der Rettungsdienst meldete 15 Verletzte, die Stadt bezifferte die Zahl der Verletzten auf 12.",
            "de",
        ),
        (
            "Samedi, une tribune s'est effondrée à Morvelle et au moins 9 personnes ont été blessées. "
            "Dans une autre affaire, un homme a perdu une main samedi à Brassac quand un pétard a explosé. "
            "Les secours font état de 15 blessés ; la mairie a ramené le nombre de blessés à 12.",
            "fr",
        ),
        (
            "El sábado se derrumbó un escenario en Brenna y al menos 9 personas resultaron heridas. "
            "En otro suceso, un petardo explotó el sábado en Toriel y un hombre perdió una mano. "
            "Los servicios de emergencia hablan de 15 heridos; el ayuntamiento rebajó la cifra de heridos a 12.",
            "es",
        ),
    ],
)
def test_a_revised_toll_goes_back_to_the_incident_that_holds_it(text: str, lang: str) -> None:
    found = _tolls(text, lang)
    assert len(found) == 2, found
    (_, first_tolls), (_, second_tolls) = found
    assert 12 in first_tolls and 9 in first_tolls, found
    assert not {12.0, 15.0} & set(second_tolls), found


def test_a_toll_without_a_revision_is_not_taken_back_to_an_earlier_incident() -> None:
    text = (
        "On Saturday a stage collapsed at a concert in Darnley and at least 9 people were hurt. "
        "In a separate incident, a man lost a hand when a firework exploded on Saturday in Welbourne. "
        "Paramedics said 15 people were injured."
    )
    found = _tolls(text, "en")
    assert len(found) == 2, found
    assert found[0][1] == [9.0], found


def test_a_revision_on_another_weekday_goes_to_no_incident_of_another_day() -> None:
    text = (
        "On Saturday a stage collapsed at a concert in Darnley and at least 9 people were hurt. "
        "On Monday a man lost a hand when a firework exploded in Welbourne. "
        "On Monday paramedics said 2 people were injured; the council put the number at 3."
    )
    found = _tolls(text, "en")
    assert found[0][1] == [9.0], found
