"""Reports of one theft or seizure in several languages share what was taken as one word
(``text.lexicons.concepts_everyday``): "sette motori fuoribordo", "fünf Außenbordmotoren"
and "five outboard motors" are one haul, "tavolini e sedie", "Tische und Stühle" and
"tables and chairs" one seizure. Two thefts of the same goods in one town on one night,
at two harbours, and two seizures in two neighbouring towns stay two. Every report here is
invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import report_words
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("first", "second", "concepts"),
    [
        ("Ignoti hanno rubato nella notte sette motori fuoribordo nel rimessaggio.",
         "Unbekannte haben in der Nacht fünf Außenbordmotoren abmontiert.",
         {"outboard"}),
        ("Des voleurs ont démonté trois moteurs hors-bord au port de plaisance.",
         "Se robaron tres motores fueraborda en el puerto deportivo.",
         {"outboard"}),
        ("Gli ispettori hanno sequestrato tavolini e sedie che occupavano il marciapiede.",
         "Die Behörde hat Tische und Stühle auf dem Gehweg beschlagnahmt.",
         {"table", "chairs"}),
        ("Inspectors cleared tables and chairs from the pavement.",
         "Les agents ont saisi tables et chaises sur le trottoir.",
         {"table", "chairs"}),
        ("La policia ha retirat cadires de la vorera.",
         "De politie haalde stoelen van de stoep.",
         {"chairs"}),
        ("Due sub sorpresi a prelevare corallo rosso dal gommone.",
         "Dos submarinistes van extreure corall vermell des d'una llanxa.",
         {"coral", "boat"}),
    ],
)  # fmt: skip
def test_goods_taken_told_in_two_languages_are_one_word(first: str, second: str, concepts: set[str]) -> None:
    assert concepts <= report_words(first) & report_words(second)


@pytest.mark.parametrize(
    "text",
    [
        "Il governo convoca un tavolo tecnico con i sindacati.",  # a negotiating table
        "La mesa electoral abrió a las nueve.",  # an electoral board
        "El Govern torna a la taula de diàleg.",  # a negotiating table
    ],
)
def test_a_board_or_a_negotiating_table_is_no_table(text: str) -> None:
    assert "table" not in report_words(text)


def test_a_motorbike_rider_is_read_as_a_motorbike_not_a_motor() -> None:
    """German "Motor" heads no compound here: "Motorradfahrer" is the motorbike's rider."""
    assert "motorbike" in report_words("Ein Motorradfahrer stürzte unterhalb der Passhöhe.")


def test_outboard_motors_stolen_told_in_three_languages_are_one_theft() -> None:
    place = "Winterlager des Segelclubs, Hafenstraße, Valmora"
    day = merged(
        one_incident(
            "Unbekannte haben in der Nacht zum Montag im Winterlager des Segelclubs in Valmora "
            "Außenbordmotoren von aufgebockten Booten abmontiert.",
            type="other", place=place, time="in der Nacht zum Montag",
        ),
        one_incident(
            "A Valmora ignoti hanno rubato nella notte sette motori fuoribordo nel rimessaggio del circolo velico.",
            type="other", place=place, time="nella notte",
        ),
        one_incident(
            "Police in Valmora say five outboard motors were taken overnight from boats laid up for the winter.",
            type="other", place=place, time="overnight",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_pavement_tables_seized_told_in_three_languages_are_one_seizure() -> None:
    place = "Marina Street, Porto Salvo"
    day = merged(
        one_incident(
            "Questa mattina gli ispettori hanno sequestrato tavolini e sedie di diversi locali di "
            "Marina Street, a Porto Salvo, che occupavano il marciapiede senza permesso.",
            type="other", place=place, time="questa mattina",
        ),
        one_incident(
            "In Porto Salvo hat die Landbehörde am Montag Tische und Stühle von Restaurants "
            "beschlagnahmt, die den Gehweg ohne Genehmigung belegten.",
            type="other", place=place, time="am Montag",
        ),
        one_incident(
            "Enforcement officers are clearing tables and chairs from the pavement on Marina Street, Porto Salvo.",
            type="other", place=place, time="this morning",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_outboard_thefts_at_two_harbours_of_one_town_stay_two() -> None:
    """One night, one town, the same goods: the two harbours are two places."""
    day = merged(
        one_incident(
            "Unbekannte haben in der Nacht im Winterlager des Segelclubs in Valmora Außenbordmotoren abmontiert.",
            type="other", place="Winterlager des Segelclubs, Valmora", time="in der Nacht",
        ),
        one_incident(
            "Nella stessa notte ignoti hanno rubato due motori fuoribordo nel porto di Bad Almen, a Valmora.",
            type="other", place="Porto di Bad Almen, Valmora", time="nella notte",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


def test_pavement_seizures_in_two_neighbouring_towns_stay_two() -> None:
    """The same goods taken the same morning by the same inspectors in the next town."""
    day = merged(
        one_incident(
            "Gli ispettori hanno sequestrato tavolini e sedie che occupavano il marciapiede a Porto Salvo.",
            type="other", place="Porto Salvo", time="questa mattina",
        ),
        one_incident(
            "Inspectors seized tables and chairs from the pavement in Castelreno this morning.",
            type="other", place="Castelreno", time="this morning",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


def test_two_crashes_onto_the_pavement_of_one_town_told_in_two_languages_stay_two() -> None:
    """The pavement is where a car or a van left the road, no good taken: two crashes of one
    town's day, a morning's and an afternoon's, share no thing for it."""
    day = merged(
        one_incident(
            "Stamattina a Valmora un'auto è salita sul marciapiede e ha investito un pedone.",
            type="accident", place="Valmora", time="stamattina",
        ),
        one_incident(
            "Lundi après-midi à Valmora, une camionnette est montée sur le trottoir et a renversé une cycliste.",
            type="accident", place="Valmora", time="lundi après-midi",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2
