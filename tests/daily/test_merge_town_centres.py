"""A town's historic centre holds the town's streets (``town_centres``, issue 25, day 111:
tiles stripped from a palace "du centre historique" of Sintra and "na Rua do Arco do
Teixeira, Sintra"): reports of one event placed at the two precisions join on what else they
share. A street of another town, and two streets of one town, stay apart. Every report here
is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.place_keys import place_key
from summarizer.daily.town_centres import centre_keys
from summarizer.models.daily_v2 import DailyBriefing
from tests.daily.test_daily import merged, one_incident


def _told(text: str, place: str, time: str, **incident: Any) -> Any:
    return one_incident(text, type="other", place=place, time=time, **incident)


def _sizes(day: DailyBriefing) -> list[int]:
    return sorted(len(incident.reports) for incident in day.incidents)


STREET_PT = _told(
    "Foram arrancados durante a madrugada azulejos da fachada de um palacete na Rua do Arco, em Tarvel.",
    "Rua do Arco, Tarvel",
    "durante a madrugada",
)
CENTRE_FR = _told(
    "À Tarvel, des carreaux de faïence ont été arrachés dans la nuit sur la façade d'un palais du centre historique.",
    "centre historique, Tarvel",
    "dans la nuit",
)


@pytest.mark.parametrize(
    ("centre", "street"),
    [
        (CENTRE_FR, STREET_PT),
        (
            _told(
                "In der Altstadt von Tarvel haben Unbekannte in der Nacht Fliesen von der Fassade eines Palais gerissen.",
                "Altstadt, Tarvel",
                "in der Nacht",
            ),
            _told(
                "Nella notte ignoti hanno staccato piastrelle dalla facciata di un palazzo in via Roma a Tarvel.",
                "via Roma, Tarvel",
                "nella notte",
            ),
        ),
        (
            _told(
                "Anoche arrancaron azulejos de la fachada de un palacete del casco antiguo de Tarvel.",
                "casco antiguo, Tarvel",
                "anoche",
            ),
            _told(
                "Tiles were stripped overnight from the facade of a mansion on Arch Street, Tarvel.",
                "Arch Street, Tarvel",
                "overnight",
            ),
        ),
    ],
)
def test_a_historic_centre_and_a_street_of_its_town_are_one_place(centre: Any, street: Any) -> None:
    assert _sizes(merged(centre, street)) == [2]


def test_a_street_of_another_town_is_not_in_the_centre() -> None:
    """The street's passage names the centre's town beside its own: the street is Olmeda's."""
    other_town = _told(
        "Foram arrancados durante a madrugada azulejos da fachada de um palacete na Rua do Arco, em Olmeda, perto de Tarvel.",
        "Rua do Arco, Olmeda",
        "durante a madrugada",
    )  # fmt: skip
    assert _sizes(merged(CENTRE_FR, other_town)) == [1, 1]


def test_two_streets_of_one_town_stay_two_places() -> None:
    other_street = _told(
        "Des carreaux de faïence ont été arrachés dans la nuit sur la façade d'un palais de la rue Neuve, à Tarvel.",
        "rue Neuve, Tarvel",
        "dans la nuit",
    )  # fmt: skip
    assert _sizes(merged(other_street, STREET_PT)) == [1, 1]


def test_a_town_centre_is_keyed_as_the_place_keys_key_it() -> None:
    for name in (
        "centro histórico",
        "Altstadt",
        "città vecchia",
        "centre historique",
        "casco antiguo",
        "nucli antic",
    ):
        assert place_key(name) in centre_keys(), name
    assert place_key("Rua do Arco") not in centre_keys()
