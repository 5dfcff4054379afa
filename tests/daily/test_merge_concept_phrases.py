"""A thing a report names in several words ("petrol station", "albero di maggio", "caja
fuerte") is its concept as the one-word name of another language is ("Tankstelle",
"Maibaum", "Tresor": ``text.concept_phrases``), and a German compound headed by a word
that names no concept is never read by a shorter head inside it ("Diebstahl" is no steel).
Two events that share only such a thing, and stand at two places, stay apart. Every
report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import report_words
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("A masked man robbed a petrol station on Mill Road.", "petrol_station"),
        ("Two gas stations were held up overnight.", "petrol_station"),
        ("Ein Unbekannter hat eine Tankstelle überfallen.", "petrol_station"),
        ("Un homme armé a braqué une station-service.", "petrol_station"),
        ("Rapinato un distributore di benzina alla periferia.", "petrol_station"),
        ("Nel pomeriggio è stato rapinato un secondo distributore.", "petrol_station"),
        ("Rapinato il distributore della Esso sulla statale.", "petrol_station"),
        ("Rapinato il distributore di via Roma.", "petrol_station"),
        ("Atracan una estación de servicio en la carretera.", "petrol_station"),
        ("Assalto a um posto de combustível durante a noite.", "petrol_station"),
        ("Overval op een tankstation aan de ringweg.", "petrol_station"),
        ("Atracament a una benzinera de la carretera.", "petrol_station"),
        ("Young men made off with the village maypole.", "maypole"),
        ("Burschen haben den Maibaum gestohlen.", "maypole"),
        ("Im Innviertel herrscht nach einem Maibaumdiebstahl Ausnahmezustand.", "maypole"),
        ("Hanno portato via l'albero di maggio del paese.", "maypole"),
        ("Robaron el árbol de mayo de la plaza.", "maypole"),
        ("Ils ont volé l'arbre de mai du village.", "maypole"),
        ("Jongeren hebben de meiboom gestolen.", "maypole"),
        ("Los ladrones abrieron la caja fuerte.", "safe"),
        ("Les cambrioleurs ont forcé le coffre fort.", "safe"),
    ],
)  # fmt: skip
def test_a_thing_named_in_words_is_its_concept(text: str, concept: str) -> None:
    assert concept in report_words(text)


@pytest.mark.parametrize(
    ("text", "never"),
    [
        # A theft is no steel, whatever was stolen ("Dieb|stahl").
        ("Der Diebstahl wurde am Morgen bemerkt.", "steel"),
        ("Ein Gepäckdiebstahl am Bahnhof.", "steel"),
        # An Italian vending machine is no petrol station.
        ("Danneggiato un distributore automatico alla stazione.", "petrol_station"),
        ("Scassinato un distributore di bevande nella scuola.", "petrol_station"),
        # Nor a distributor of water, power, gas, films or medicines; an apostrophe is
        # folded to '"' in the matching view.
        ("Guasto a un distributore d’acqua nel parco.", "petrol_station"),
        ("Il distributore di energia elettrica annuncia interruzioni.", "petrol_station"),
        ("Il distributore locale del gas ha sospeso la fornitura.", "petrol_station"),
        ("Il distributore del film ha rinviato l'uscita.", "petrol_station"),
        ("Un distributore di farmaci ha chiuso il magazzino.", "petrol_station"),
        # "station" and "tree" alone are no petrol station nor maypole.
        ("The station was closed after the storm.", "petrol_station"),
        ("Un albero è caduto a maggio sulla strada.", "maypole"),
    ],
)  # fmt: skip
def test_a_word_of_a_phrase_alone_or_in_another_sense_is_not_its_concept(text: str, never: str) -> None:
    assert never not in report_words(text)


def test_a_theft_and_a_steelworks_share_no_steel() -> None:
    """German thefts were all read as steel: a theft and a steelworks' news of one town
    shared a word neither says."""
    theft = report_words("In Lindau wurde ein Diebstahl aus einem Lager angezeigt.", "de")
    works = report_words("Im Stahlwerk von Lindau stand die Produktion still.", "de")
    assert "steel" not in theft & works


def test_a_stolen_maypole_told_in_three_languages_is_one_event() -> None:
    """The maypole is what the theft has and the day's other news of the village has not:
    "Maibaumdiebstahl", "maypole", "albero di maggio"."""
    place = "Feuerwehrhaus, Oberhaslach"
    day = merged(
        one_incident(
            "Und in Oberhaslach herrscht nach einem Maibaumdiebstahl Ausnahmezustand.",
            type="other", place=place,
        ),
        one_incident(
            "Young men from a nearby town made off overnight with the maypole of Oberhaslach.",
            type="other", place=place, time="overnight",
        ),
        one_incident(
            "Nella notte un gruppo di giovani ha portato via l'albero di maggio di Oberhaslach.",
            type="other", place=place, time="Nella notte",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_two_villages_maypoles_stolen_the_same_night_stay_two() -> None:
    """Each village has its maypole: the thing shared, the places are two."""
    day = merged(
        one_incident(
            "Burschen haben in der Nacht den Maibaum von Oberhaslach gestohlen.",
            type="other", place="Oberhaslach", time="in der Nacht",
        ),
        one_incident(
            "The maypole of Kirchdorf am Brunn also went missing overnight.",
            type="other", place="Kirchdorf am Brunn", time="overnight",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


def test_two_petrol_stations_robbed_in_one_town_the_same_night_stay_two() -> None:
    """Two petrol stations of one town, each on its street: the thing shared, the places
    and a report's "a second" are two."""
    day = merged(
        one_incident(
            "A masked man robbed a petrol station on Mill Road in Brunnfeld overnight.",
            type="other", place="petrol station, Mill Road, Brunnfeld", time="overnight",
        ),
        one_incident(
            "Nella notte è stato rapinato un secondo distributore di benzina, in via Roma a Brunnfeld.",
            type="other", place="distributore, via Roma, Brunnfeld", time="Nella notte",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Die Diebstähle häufen sich seit dem Frühjahr.",
        "Die Polizei ermittelt wegen des Diebstahls.",
        "Mehrere Gepäckdiebstähle am Bahnhof wurden angezeigt.",
        "Nach den Diebstählen wurde die Streife verstärkt.",
        "Die Autodiebstähle in der Region nehmen zu.",
    ],
)
def test_a_theft_inflected_is_no_steel_either(text: str) -> None:
    """A plural or genitive ("Diebstähle", "des Diebstahls") is the head "Diebstahl"
    inflected, no "Dieb|stähle"."""
    assert "steel" not in report_words(text, "de")
