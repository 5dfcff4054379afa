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
