"""What the offline engine reads as reported by the writer, and bodies named by what they
are: a quotation is speech, not an incident; where a speaker spoke is not where anything
happened; the comma before a closing mark is not part of the quote; "the national
disaster agency Senapred" is a government body; "Consejo de Ministros" and "Deutschem
Wetterdienst" are bodies, not people. Sentences are invented."""

from __future__ import annotations

import pytest

from summarizer import Article, summarize
from summarizer.engines.extractive.incidents import incident_type
from summarizer.models import Briefing


def brief(body: str, lang: str = "en") -> Briefing:
    # A headline first: a lone line would be read as the headline itself.
    return summarize(Article(text=f"Report\n\n{body}", language=lang))


def actors(briefing: Briefing) -> dict[str, str]:
    return {a.name: a.kind for a in briefing.actors}


def test_a_quotation_reports_no_incident_but_the_sentence_beside_it_does() -> None:
    briefing = brief(
        "A strong earthquake struck the coast of Valmora on Sunday, killing at least 12 people, officials said.\n\n"
        '"We are asking people to stay away from the beaches until the tsunami warning is lifted," '
        "Interior Minister Carla Ruiz told reporters in Santiago."
    )
    assert [(i.type, i.evidence[:20]) for i in briefing.incidents] == [("disaster", "A strong earthquake ")]


def test_where_a_speaker_spoke_is_not_the_place_of_the_event() -> None:
    speaking = brief(
        "Speaking in Santiago on Monday, the minister said the floods had killed 12 people in the north."
    )
    event = brief("The floods killed 12 people in Talca on Monday, the minister told reporters in Santiago.")
    assert [i.place for i in speaking.incidents] == [None]
    assert [i.place for i in event.incidents] == ["Talca"]


def test_a_quote_loses_the_comma_of_the_reporting_sentence_and_keeps_its_own_stops() -> None:
    briefing = brief(
        '"We will rebuild every house," the mayor, Ana Ruiz, said on Monday. '
        '"Who will pay for it?" asked the opposition leader, Tom Hale. "Nobody knows."'
    )
    assert [q.text for q in briefing.quotes] == [
        "We will rebuild every house",
        "Who will pay for it?",
        "Nobody knows.",
    ]
    assert all(q.span.end - q.span.start == len(q.text) for q in briefing.quotes)


def test_a_body_introduced_by_its_noun_is_an_actor_of_the_kind_the_noun_says() -> None:
    found = actors(
        brief(
            "The quake killed two people, the national disaster agency Senapred said on Sunday. "
            "The football federation, FFV, said it had opened an inquiry into the crush at the stadium. "
            "The Belgian metalworkers' union ABVV-Metaal called the closure a slap in the face for the workers. "
            "The company's chief executive, Anna Berg, said the plant would close in the spring."
        )
    )
    assert found["Senapred"] == "government"
    assert found["FFV"] == "organization"
    assert found["ABVV-Metaal"] == "organization" and "ABVV" not in found
    assert found["Anna Berg"] == "person" and "Anna" not in found


def test_a_capitalised_word_after_a_body_noun_that_is_a_day_or_a_place_is_no_body() -> None:
    found = actors(
        brief(
            "The agency Monday said the service London had closed, and the company Ford said it would hire 200 people."
        )
    )
    assert "Monday" not in found and "London" not in found and found.get("Ford") == "organization"


def test_names_holding_a_body_noun_are_bodies_not_people_in_german_and_spanish() -> None:
    german = actors(
        brief(
            "Laut Deutschem Wetterdienst fielen in der Nacht mehr als 150 Liter Regen pro Quadratmeter.", "de"
        )
    )
    spanish = actors(
        brief(
            "Un sismo sacudió la costa y dejó al menos cuatro muertos, según informó la presidenta del "
            "Consejo de Ministros, Ana Torres.",
            "es",
        )
    )
    assert german == {"Deutschem Wetterdienst": "government"}
    assert spanish == {"Consejo de Ministros": "government", "Ana Torres": "person"}


def test_a_quotation_that_gives_a_toll_still_reports_its_incident() -> None:
    briefing = brief(
        '"The enemy launched 15 missiles at the city overnight and killed four civilians," the governor said on Friday.'
    )
    assert [i.type for i in briefing.incidents] != [] and briefing.incidents[0].casualty_figures


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Fire swept through a furniture warehouse in Dunmore on Monday, fire officials said.", "accident"),
        ("Four fans died in a crush at the gates of the stadium before the match.", "accident"),
        ("Thousands of nurses walked out across the region on Friday over pay.", "protest"),
        ("The court struck down the ban on street trading on Tuesday.", "political_decision"),
        ("The central bank raised its main interest rate to 4% on Thursday.", "political_decision"),
        ("A cyberattack shut down the council's payment systems on Monday.", "other"),
    ],
)
def test_events_of_topics_the_rules_were_not_written_on_are_incidents(sentence: str, kind: str) -> None:
    assert incident_type(sentence) == kind
