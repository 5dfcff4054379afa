"""A road's number is one key however a newsroom writes it (issue 25, round 6b): with or
without its hyphen ("A-7", "A7"), and a national or departmental road's two-letter prefix
as the one letter of its signs (Portugal's "EN13" is a Spanish report's "N-13"; France's
"RN7" and "RD906" are "N7" and "D906"). Two roads stay two ("AP-7" and "A-7")."""

from __future__ import annotations

import pytest

from summarizer.text.roads_and_works import road_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("EN13", "N-13"),  # pt / es
        ("en13", "n13"),
        ("RN7", "N7"),  # fr
        ("RD906", "D-906"),  # fr
        ("A-7", "A7"),  # es / en
        ("B27", "b27"),  # de
        ("SS36", "SS-36"),  # it
    ],
)
def test_one_road_written_two_ways_is_one_key(first: str, second: str) -> None:
    assert road_key(first) == road_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("AP-7", "A-7"),  # a toll motorway and the free one beside it
        ("SS36", "S36"),
        ("EN13", "N-14"),
        ("E15", "N15"),  # a European route is no national road
        ("RN7", "RD7"),
        ("A12", "A1"),
    ],
)
def test_two_roads_stay_two_keys(first: str, second: str) -> None:
    assert road_key(first) != road_key(second)


def test_anything_but_a_roads_number_is_returned_as_it_is() -> None:
    assert road_key("hugo") == "hugo"
    assert road_key("Bahnhofstrasse") == "Bahnhofstrasse"
    assert road_key("EN" * 10_000 + "13") == "EN" * 10_000 + "13"
