"""Reports of one event at sea or on a road, placed at one landmark at two precisions ("off
Cape Morvan", "12 nautical miles west of Cape Morvan", "au large du cap Morvan"), are one
event (issue 25, day 80); two ships' losses off two capes stay two
(``text.place_levels.landmark_of``). Every report here is invented."""

from __future__ import annotations

import pytest

from tests.daily.test_daily import merged, one_incident

REPORTS = {
    "en": (
        "Penmarrow - The cargo vessel Tamsin Rose lost 9 containers overboard in heavy seas "
        "12 nautical miles west of Cape Morvan overnight, the coastguard said.",
        "12 nautical miles west of Cape Morvan, Cornwall",
    ),
    "de": (
        "Der Frachter „Tamsin Rose“ hat in der Nacht vor Cape Morvan neun Container verloren, "
        "teilte die Küstenwache mit.",
        "vor Cape Morvan, Cornwall",
    ),
    "fr": (
        "Le cargo Tamsin Rose a perdu neuf conteneurs dans la nuit au large de Cape Morvan, "
        "a indiqué la garde-côtes.",
        "au large de Cape Morvan, Cornwall",
    ),
}


def _report(language: str, text: str, place: str) -> object:
    return one_incident(text, type="accident", place=place, time="overnight", language=language)


@pytest.mark.parametrize("language", ["de", "fr"])
def test_one_ship_s_loss_placed_near_one_landmark_at_two_precisions_is_one_event(language: str) -> None:
    english = _report("en", *REPORTS["en"])
    other = _report(language, *REPORTS[language])
    assert len(merged(english, other).incidents) == 1


def test_two_ships_losses_off_two_capes_stay_two() -> None:
    first = _report("en", *REPORTS["en"])
    second = _report(
        "en",
        "The cargo vessel Tamsin Rose lost 9 containers overboard in heavy seas off Cape Tregar overnight, "
        "the coastguard said.",
        "off Cape Tregar, Devon",
    )
    assert len(merged(first, second).incidents) == 2


CRASH = {
    "en": ("A 78-year-old wrong-way driver died in a head-on crash on the A31 near Ferrange early on Friday, "
           "police said; three people were hurt.", "A31 near Ferrange, Moselle"),
    "fr": ("Un conducteur de 78 ans circulant à contresens est mort vendredi matin dans un choc frontal sur "
           "l'A31 à hauteur de Ferrange ; trois personnes ont été blessées.", "A31 entre Thionville et Ferrange, Moselle"),
    "de": ("Ein 78-jähriger Falschfahrer ist am Freitagmorgen bei einem Frontalzusammenstoß auf der A31 bei "
           "Ferrange ums Leben gekommen; drei Menschen wurden verletzt.", "A31 bei Ferrange, Moselle"),
}  # fmt: skip
HURT = {"fr": "trois personnes ont été blessées", "de": "drei Menschen wurden verletzt"}


@pytest.mark.parametrize("language", ["fr", "de"])
def test_one_crash_on_a_road_located_by_its_town_two_ways_is_one_event(language: str) -> None:
    english, other = (
        one_incident(
            text, type="accident", place=place, time="Friday", language=code,
            figures=[{"id": "f1", "text": hurt, "value": 3, "counted": "people injured", "category": "injured"}],
        )
        for code, (text, place), hurt in (
            ("en", CRASH["en"], "three people were hurt"),
            (language, CRASH[language], HURT[language]),
        )
    )  # fmt: skip
    assert len(merged(english, other).incidents) == 1


def test_crashes_on_two_carriageways_of_one_road_stay_two() -> None:
    first, second = (
        one_incident(
            f"A lorry overturned on the E40 towards {town} at Erpe-Mere on Friday morning, police said.",
            type="accident", place=f"E40 richting {town}, Erpe-Mere", time="Friday", language="en",
        )
        for town in ("Gent", "Brussel")
    )  # fmt: skip
    assert len(merged(first, second).incidents) == 2
