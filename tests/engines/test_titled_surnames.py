"""The offline engine's reading of people named by title and surname, of acronyms that
act, and of namesakes in one article (invented articles, several languages)."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.text.abbreviations import abbreviates


def actors(text: str, lang: str = "en") -> dict[str, str]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return {a.name: a.kind for a in briefing.actors}


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Nobody was hurt in Arden on Monday. Gov. Marlowe toured the flooded streets.", "en", "Marlowe"),
        ("Three firefighters were hurt on Friday, Chief Denholm said.", "en", "Denholm"),
        ("16:05 - Not guilty: ex-councillor Brayne leaves court to applause.", "en", "Brayne"),
        ("Live, 9pm: PM Thessaly's party is ahead in the early count.", "en", "Thessaly"),
        ("Hubo dos heridos, aunque el alcalde Urquiza lo niega.", "es", "Urquiza"),
        ("Die SPD von Bürgermeisterin Grasböck stürzte auf 21 Prozent ab.", "de", "Grasböck"),
        ("Le préfet Lambrecq a ordonné l'évacuation du quartier mardi.", "fr", "Lambrecq"),
    ],
)
def test_a_surname_after_a_title_is_a_person(text: str, lang: str, person: str) -> None:
    assert actors(text, lang).get(person) == "person"


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("The President Monday said nothing.", "en", "Monday"),
        ("Der Bürgermeister Berlins sprach von einem schwarzen Tag.", "de", "Berlins"),
        ("Le maire Paris a été cité.", "fr", "Paris"),
        ("Prime Minister Elena Vasko spoke.", "en", "Minister"),
        ("The Minister Interior was not named.", "en", "Interior"),
    ],
)
def test_a_word_after_a_title_that_is_no_surname_is_no_person(text: str, lang: str, word: str) -> None:
    assert word not in actors(text, lang)


def test_a_headline_title_is_the_full_name_given_later() -> None:
    found = actors(
        "Mayor Ndiaye re-elected after recount\n\nPort Ellis Mayor Awa Ndiaye has won a second term, "
        "the city's election board said on Wednesday."
    )
    assert "Awa Ndiaye" in found and "Ndiaye" not in found


def test_namesakes_in_one_article_stay_two_people() -> None:
    found = actors(
        "Turnout reached 61 percent, the Central Electoral Commission said, as Prime Minister "
        "Elena Vasko's Unity Party led early counts. Opposition leader Tomas Vasko called the figure "
        "a fiction."
    )
    assert found.get("Elena Vasko") == "person"
    assert found.get("Tomas Vasko") == "person"
    assert found.get("Unity Party") == "organization"


def test_a_country_or_a_saint_before_a_possessive_stays_in_the_name() -> None:
    found = actors(
        "Brazil's Foreign Minister Carla Mendes said talks would go on. Staff at St Columba's Hospital "
        "said the wards were full. Russia's Defense Ministry said it shot down 12 drones."
    )
    assert found.get("Carla Mendes") == "person"
    assert "St Columba's Hospital" in found
    assert any(name.endswith("Defense Ministry") and name.startswith("Russia") for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "Turnout in the county elections reached 64 percent, the KEBC said on Tuesday.",
        "Four people died, according to the NWX.",
        "The NMX's Okonjo called the hospital's figure a fiction.",
        "Family doctors went on strike on Monday, while the AMX union put the figure at 70%.",
    ],
)
def test_an_english_acronym_that_acts_is_a_body(text: str) -> None:
    acronyms = {name for name, kind in actors(text).items() if name.isupper() and kind == "organization"}
    assert len(acronyms) == 1


def test_acronyms_of_things_are_no_bodies() -> None:
    found = actors("The GDP grew by 2 percent, the CEO said on TV, and the ICU said it was full.")
    assert not {"GDP", "CEO", "TV", "ICU"} & set(found)


def test_an_acronym_after_its_full_name_is_that_body() -> None:
    found = actors(
        "The Independent Electoral and Boundaries Commission opened the count on Monday. "
        "The IEBC said turnout was 64 percent."
    )
    assert "IEBC" not in found and "Independent Electoral and Boundaries Commission" in found


def test_a_german_compound_spells_its_heads_letter_only_in_order() -> None:
    assert abbreviates("DWD", "Deutscher Wetterdienst")
    assert abbreviates("LKA", "Landeskriminalamt Sachsen") is False  # the middle part is not a head
    assert not abbreviates("WDD", "Deutscher Wetterdienst")
    assert not abbreviates("SBB", "Swiss Federal Railways")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Turnout reached 41 percent, the State Elections Board said.", "State Elections Board"),
        ("The Interior Ministry said five people died.", "Interior Ministry"),
        ("The Supreme Court upheld the ruling on Monday.", "Supreme Court"),
    ],
)
def test_a_bodys_own_first_word_stays_in_its_name(text: str, body: str) -> None:
    """Words that are never a person's name ("State", "Interior") are a body's own."""
    assert body in actors(text)


def test_an_acronym_of_a_state_body_joins_it_in_the_flow_article() -> None:
    found = actors(
        "The State Elections Board opened the count on Monday. The SEB said turnout was 41 percent."
    )
    assert "State Elections Board" in found and "SEB" not in found


@pytest.mark.parametrize(
    ("text", "lang", "acronym"),
    [
        ("El sindicato médico SIMEVA cifró en un 60% el seguimiento de la huelga.", "es", "SIMEVA"),
        ("Le syndicat enseignant SNEPX a appelé à la grève mardi.", "fr", "SNEPX"),
    ],
)
def test_an_acronym_after_a_body_noun_and_its_adjective_is_a_body(text: str, lang: str, acronym: str) -> None:
    assert actors(text, lang).get(acronym) == "organization"


def test_a_titled_person_of_a_body_is_two_actors() -> None:
    found = actors(
        "Roads are closed after the crash; Sgt Okonkwo of Tarrow County Police asks drivers to stay away."
    )
    assert found.get("Tarrow County Police") == "government"
    assert not [name for name in found if "of" in name.split()]
    assert "Bank of Tarrow" in actors("The Bank of Tarrow raised its rates on Monday.")


def test_a_bodys_acronym_before_a_surname_titles_a_person() -> None:
    found = actors("The KNU's Adebayo called the figure a fiction; the union's Ministry declined to comment.")
    assert found.get("Adebayo") == "person"
    assert "Ministry" not in {name for name, kind in found.items() if kind == "person"}


def test_a_name_before_a_unions_noun_is_a_body_but_a_place_or_a_people_is_not() -> None:
    found = actors("The strike was called by the Kordal union on Wednesday, police in Paris said.")
    assert found.get("Kordal") == "organization"
    assert not {"German", "Paris"} & set(actors("The German union and the Paris union said talks failed."))
