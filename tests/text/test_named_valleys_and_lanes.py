"""A German valley, lane or alpine pasture named as one word after its article is a place
("im Eringertal", "in der Laubengasse"), though one word after an article is most often a
common noun; the noun alone, or a common noun with the same ending, stays none ("im Tal",
"im Spital", "im Kapital", "in der Sackgasse")."""

from __future__ import annotations

import pytest

from summarizer.text.places import find_place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Im Eringertal sind am Dienstag zwei Skifahrer in einer Lawine ums Leben gekommen.", "Eringertal"),
        ("Im Zillertal hat eine Mure am Morgen die Landesstraße verschüttet.", "Zillertal"),
        ("15.12 Uhr: In der Laubengasse ist ein Gerüst eingestürzt.", "Laubengasse"),
        ("Beim Brand am Montagabend in der Metzgergasse wurde niemand verletzt.", "Metzgergasse"),
    ],
)
def test_a_named_valley_lane_or_pasture_after_its_article_is_a_place(sentence: str, place: str) -> None:
    assert find_place(sentence, "de") == (place, place)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Verletzte liegt seit Dienstag im Spital.",
        "Die Wanderer sind am Abend sicher im Tal angekommen.",
        "Die Verhandlungen stecken seit Wochen in der Sackgasse.",
        "Die Gewinne flossen im Kapital der Firma zusammen.",
        "Die Kühe bleiben bis September auf der Alp.",
    ],
)
def test_a_common_noun_after_an_article_is_still_no_place(sentence: str) -> None:
    assert find_place(sentence, "de") == (None, None)
