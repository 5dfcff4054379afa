"""A road's word before its number names a road, not a town called "Route" or "Highway"
("on Route 11", "on Highway 1 near Tarvik", "na Estrada 13"): the place read was the road's
word, so reports of one rollover gave "Route" and "Bathurst" and never met."""

from __future__ import annotations

import pytest

from summarizer.text.places import find_place


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("The crash on Highway 1 near Tarvik closed both lanes.", "en", "Tarvik"),
        ("A tanker rolled over on Route 11 outside Bathurst on Thursday.", "en", "Bathurst"),
        ("Residents evacuated after the rollover on Route 11 were allowed to return home.", "en", None),
        ("Ein Lastwagen kippte auf der Route 66 bei Tulsa um.", "de", "Tulsa"),
    ],
)
def test_a_numbered_road_is_no_town(sentence: str, lang: str, place: str | None) -> None:
    assert find_place(sentence, lang)[1] == place


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("A fire broke out in Highway, Kentucky, on Sunday.", "en", "Highway"),
        ("The bus crashed in Leeds on Route 11.", "en", "Leeds"),
    ],
)
def test_a_town_spelt_as_a_roads_word_without_a_number_stays(sentence: str, lang: str, place: str) -> None:
    assert find_place(sentence, lang)[1] == place
