"""Portuguese names a town's government with its article ("A cidade", "a Câmara"): the
article says nothing of which body it is, as French "La Ville" and German "die Stadt"
do not. English "a" stays ("a union" names no one body), and a club named with the "AS"
of its legal name stays the club."""

from __future__ import annotations

from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


def test_a_portuguese_article_is_no_word_of_a_name() -> None:
    assert body_key("A cidade") == body_key("La Ville") == body_key("die Stadt")
    assert body_key("a polícia de Aquisgrão") == body_key("polícia de Aquisgrão")


def test_a_portuguese_level_alone_joins_the_days_one_city_government() -> None:
    groups = actor_groups(ActorStub("A cidade"), ActorStub("La Ville"), ActorStub("Stadt Freiburg"))
    assert groups == [["A cidade", "La Ville", "Stadt Freiburg"]]


def test_english_a_and_a_clubs_as_are_kept() -> None:
    # English "a union" names no one body; "AS Roma" is a club, not the city.
    assert body_key("a union") != body_key("union")
    assert body_key("a ministry") != body_key("the ministry")
    assert body_key("AS Roma") != body_key("Roma")
