"""A site of a town named by its kind in each report's language (issue 25, day 58 and 59
generalised): a motorway's exit ("A12 exit Sankt Niklaus", "Ausfahrt Sankt Niklaus, A12",
"jonction de Saint-Nicolas, A12", "salida de Sant Nicolau"), a hall ("Mehrzweckhalle",
"multipurpose hall", "salle polyvalente"), a farm ("ferme Schaller", "Hof Schaller",
"Schaller farm"), a primary school. The road a site lies on is no part of its name. Two
exits of one motorway, two farms of one town stay two. Every place here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import place_chain, site_variants
from summarizer.daily.places import place_key
from tests.daily.test_daily import merged, one_incident


def _forms(*names: str) -> set[str]:
    """Each place's key as a report is placed by it: a chain's finest part, else its key."""
    keys = [(place_chain(n) or (place_key(n),))[0] for n in names]
    variants = site_variants(keys)
    return {variants.get(k, k) for k in keys}


@pytest.mark.parametrize(
    "names",
    [
        ("A12 exit Sankt Niklaus", "Ausfahrt Sankt Niklaus", "jonction de Saint-Nicolas"),
        ("salida de Sant Nicolau", "uscita di San Nicola", "A7 exit Saint Nicholas"),
        ("Mehrzweckhalle, Oberried", "multipurpose hall, Oberried", "salle polyvalente, Oberried"),
        ("ferme Schaller", "Hof Schaller", "Schaller farm", "fattoria Schaller"),
        ("Primarschule, Oberried", "école primaire, Oberried", "primary school, Oberried"),
    ],
)
def test_one_site_named_by_its_kind_in_several_languages_has_one_form(names: tuple[str, ...]) -> None:
    assert len(_forms(*names)) == 1


@pytest.mark.parametrize(
    "names",
    [
        ("A12 exit Sankt Niklaus", "Ausfahrt Feldbrunnen"),  # two exits of one motorway
        ("ferme Schaller", "Hof Meier"),  # two farms
        ("Mehrzweckhalle, Oberried", "multipurpose hall, Unterried"),
    ],
)
def test_two_sites_of_one_kind_keep_two_forms(names: tuple[str, ...]) -> None:
    assert len(_forms(*names)) == 2


def test_sankt_niklaus_is_the_saint_of_saint_nicolas() -> None:
    assert place_key("Sankt Niklaus") == place_key("St. Niklaus") == place_key("Saint Nicholas")
    # A town the data knows keeps its saint's name as written (São Paulo is not Saint Paul),
    # so the towns of Saint-Nicolas and Sankt Niklaus are one only where a day's article says
    # so (``place_aliases``); their exits, read as sites, still key alike (above).
    assert place_key("Saint-Nicolas") == place_key("San Nicolás")
    # A saint's name only after a title: "Niklaus Meier" is a person's given name.
    assert place_key("Niklaus") != place_key("Nicolas")


def _spill(text: str, place: str, lang: str) -> object:
    return one_incident(text, type="accident", place=place, location=None, time=None, language=lang)


def test_one_spill_at_a_motorway_exit_told_in_three_languages_is_one() -> None:
    day = merged(
        _spill(
            "A lorry has lost part of its load of maize grain at the Sankt Niklaus exit of the "
            "A12 on Friday evening.",
            "A12 exit Sankt Niklaus",
            "en",
        ),
        _spill(
            "Ein Lastwagen hat am Freitagabend an der Ausfahrt Sankt Niklaus auf der A12 drei "
            "Tonnen Mais verloren.",
            "Ausfahrt Sankt Niklaus, A12",
            "de",
        ),
        _spill(
            "Un camion a perdu vendredi soir une partie de son chargement de maïs à la jonction "
            "de Saint-Nicolas de l'A12.",
            "jonction de Saint-Nicolas, A12",
            "fr",
        ),
    )
    assert len(day.incidents) == 1


def test_two_spills_at_two_exits_of_one_motorway_stay_two() -> None:
    day = merged(
        _spill(
            "A lorry has lost part of its load of maize grain at the Sankt Niklaus exit of the A12.",
            "A12 exit Sankt Niklaus",
            "en",
        ),
        _spill(
            "Ein Lastwagen hat an der Ausfahrt Feldbrunnen auf der A12 Mais verloren.",
            "Ausfahrt Feldbrunnen, A12",
            "de",
        ),
    )
    assert len(day.incidents) == 2
