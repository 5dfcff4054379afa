"""A body's name an English article writes after a place's possessive ("Empoli's
Misericordia") is that place's body: another article's bare "Misericordia" of a story
elsewhere is not it (invented articles)."""

from __future__ import annotations

import time

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.possessed_places import owner_names, possessed_names
from tests.daily.test_multilingual_actors import ActorStub


def _named(text: str, name: str) -> list[str]:
    starts = [at for at in range(len(text)) if text.startswith(name, at)]
    return possessed_names(text, name, starts)


def test_a_places_possessive_before_a_name_names_its_body_with_the_place() -> None:
    text = "Volunteers from Empoli's Misericordia and the fire brigade searched the river bank."
    assert _named(text, "Misericordia") == ["Empoli's Misericordia"]
    curly = "Crews of San Miniato’s Misericordia were sent too."
    assert _named(curly, "Misericordia") == ["San Miniato's Misericordia"]


def test_a_countrys_possessive_two_places_or_none_name_no_place() -> None:
    # A country says whose a firm or a national body is, as its adjective does.
    assert _named("a unit of India's Deccan Minerals said", "Deccan Minerals") == []
    # Two places' bodies of one name: one actor named with both would join both.
    text = "Empoli's Misericordia and later Prato's Misericordia sent ambulances."
    assert _named(text, "Misericordia") == []
    assert _named("The Misericordia said. Misericordia's volunteers left.", "Misericordia") == []
    # Lower case before the name is no place's name ("the town's").
    assert _named("the town's Misericordia opened a shelter", "Misericordia") == []


def test_a_body_named_with_its_place_is_not_another_towns_body_of_that_name() -> None:
    places = ["Piazza del Duomo, Prato", "via Roma, Prato"]
    wire = "Prato's carnival ended early; Empoli's Misericordia sent two ambulances to help."
    empoli = ActorStub("Misericordia", kind="organization", aliases=tuple(_named(wire, "Misericordia")))
    actors = [
        ActorStub("Misericordia di Prato", kind="organization"),
        ActorStub("Misericordia", kind="organization"),
        ActorStub("Misericordia", kind="organization"),
        empoli,
    ]
    articles = ["it-local", "de-radio", "fr-paper", "en-wire"]
    article_places = {article: places for article in articles}
    groups = same_actor_groups(actors, articles=articles, places=places, article_places=article_places)
    assert sorted(sorted(group) for group in groups) == [[0, 1, 2], [3]]


def test_a_body_named_with_its_place_is_still_the_bare_name_of_a_story_there() -> None:
    places = ["lungarno, Empoli"]
    wire = "Empoli's Misericordia said the river was rising."
    actors = [
        ActorStub("Misericordia", kind="organization"),
        ActorStub("Misericordia", kind="organization", aliases=tuple(_named(wire, "Misericordia"))),
    ]
    articles = ["it-local", "en-wire"]
    article_places = {article: places for article in articles}
    groups = same_actor_groups(actors, articles=articles, places=places, article_places=article_places)
    assert sorted(sorted(group) for group in groups) == [[0, 1]]


def _joined(wire: str, name: str, *others: str, places: list[str]) -> bool:
    """Whether the wire's body named after a possessive joins the other articles' bodies."""
    actors = [ActorStub(other, kind="organization") for other in others]
    actors.append(ActorStub(name, kind="organization", aliases=tuple(_named(wire, name))))
    articles = [f"article-{at}" for at in range(len(actors))]
    article_places = {article: places for article in articles}
    groups = same_actor_groups(actors, articles=articles, places=places, article_places=article_places)
    return len(groups) == 1


def test_a_regions_possessive_names_no_towns_body() -> None:
    # A country's part says whose a body is, as a country does: the bare name of a story
    # in one of its towns is still that body.
    assert _named("England's Football Association called the match off.", "Football Association") == []
    assert _named("Gaza’s Civil Defence said twelve people died.", "Civil Defence") == []
    # A region English names otherwise ("Toscana", "Catalunya").
    assert _named("Tuscany's Misericordia sent crews.", "Misericordia") == []
    assert _named("Catalonia's Mossos d'Esquadra said.", "Mossos d'Esquadra") == []
    assert _joined(
        "Ticino's Croce Verde sent three ambulances.",
        "Croce Verde",
        "Croce Verde",
        "Croce Verde di Lugano",
        places=["via Nassa, Lugano"],
    )


def test_a_capitalised_word_before_a_countrys_possessive_does_not_hide_it() -> None:
    assert _named("In India's Deccan Minerals, shares fell.", "Deccan Minerals") == []
    assert _named("Across Spain's Guardia Civil, leave was cancelled.", "Guardia Civil") == []


def test_many_possessives_before_many_mentions_stay_quick() -> None:
    text = "Lugano's Lugano's Lugano's Croce Verde " * 3000
    started = time.perf_counter()
    assert _named(text, "Croce Verde") == ["Lugano's Croce Verde"]
    assert time.perf_counter() - started < 2.0


def test_a_persons_or_a_firms_possessive_names_no_place_though_a_town_bears_it() -> None:
    # "Costa" and "Nokia" are towns too: the article's own person and firm say whose.
    owners = owner_names(["António Costa"], ["Nokia", "Bell Labs"])
    text = "António Costa's rivals said Costa's Socialist Party had lost its grip."
    starts = [text.index("Socialist Party")]
    assert possessed_names(text, "Socialist Party", starts, owners) == []
    text = "Nokia said on Monday that Nokia's Bell Labs had built the chip."
    assert possessed_names(text, "Bell Labs", [text.index("Bell Labs")], owners) == []
    # A town's possessive still names its body beside them.
    text = "Nokia staff joined Lugano's Croce Verde on the lake."
    assert possessed_names(text, "Croce Verde", [text.index("Croce Verde")], owners) == [
        "Lugano's Croce Verde"
    ]
