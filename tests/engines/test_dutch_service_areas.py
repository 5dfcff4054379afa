"""Dutch public services named by their noun and their area, with no word between
("de politiezone Dilbeek", "de politie Zeeland-West-Brabant"; ``service_bodies``), and the
near-misses Dutch word order makes: the object right after the subject "de politie"."""

from __future__ import annotations

import pytest

from tests.engines.test_place_named_bodies import engine_actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vier mensen raakten gewond, meldt de politiezone Damme/Knokke-Heist.",
            "politiezone Damme/Knokke-Heist",
        ),
        ("De politiezone Dilbeek meldt twee gewonden na de aanrijding.", "politiezone Dilbeek"),
        (
            "De politiezone Erpe-Mere/Lede leidt het verkeer om via Lede en Aalst.",
            "politiezone Erpe-Mere/Lede",
        ),
        (
            "De politie Zeeland-West-Brabant heeft in Terneuzen een man opgepakt.",
            "politie Zeeland-West-Brabant",
        ),
        ("De brandweerzone Oost meldt drie gewonden.", "brandweerzone Oost"),
        ("Volgens de veiligheidsregio Fryslân is de brand onder controle.", "veiligheidsregio Fryslân"),
        # A single word after "politie": a place because the article puts it after "in".
        ("In Utrecht was het onrustig. De politie Utrecht meldt drie arrestaties.", "politie Utrecht"),
    ],
)
def test_a_dutch_service_and_its_area_is_one_body(text: str, name: str) -> None:
    assert engine_actors(text, "nl").get(name) == "government"


@pytest.mark.parametrize(
    "text",
    [
        # Dutch word order: the object follows the subject "de politie".
        "Zondag heeft de politie Jansen opgepakt in Hulst.",
        "Gisteren ondervroeg de politie Marco over de brand.",
        "Zondag heeft de politie Jansen-de Vries opgepakt.",
        # A sentence ends after the noun.
        "Het ongeluk gebeurde om acht uur, meldt de politie. Utrecht blijft afgesloten.",
    ],
)
def test_the_word_after_the_police_is_not_its_area(text: str) -> None:
    assert not any(name.startswith(("politie ", "brandweer ")) for name in engine_actors(text, "nl"))


def test_other_languages_keep_their_own_readers() -> None:
    # German capitalises the noun: the name readers read "Polizei Lindau"; an English
    # text with the Dutch word reads nothing of it.
    assert not any(n.startswith("politie ") for n in engine_actors("The politie Utrecht said so.", "en"))
