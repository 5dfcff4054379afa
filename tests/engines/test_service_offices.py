"""Offices English copy names by the place they serve and what they do, never by a
capitalised name: "Galicia's 112 emergency service", "Geneva's education department",
"Spain's maritime rescue service", "Cannes town hall". Each is a government body of its
own (``service_bodies``); a person's or a day's possessive before the noun names none."""

from __future__ import annotations

import pytest

from summarizer import Article, summarize


def bodies(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in summarize(Article(text=text, language="en")).actors if a.kind != "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Three people were hurt, according to Galicia's 112 emergency service.",
            "Galicia's 112 emergency service",
        ),
        ("Three pupils were sent home, Geneva's education department said.", "Geneva's education department"),
        (
            "Two swimmers were rescued, Spain's maritime rescue service said.",
            "Spain's maritime rescue service",
        ),
        ("The road stays closed, Corsica's regional authority said.", "Corsica's regional authority"),
        ("Seven cases were counted, France's public health agency said.", "France's public health agency"),
        (
            "The Fribourg cantonal fisheries office put the number of dead fish at 4,000.",
            "Fribourg cantonal fisheries office",
        ),
        ("Jet-ski rentals were banned in Cannes on Monday, Cannes town hall said.", "Cannes town hall"),
        (
            "Three people are hurt in Funchal, Madeira's civil protection service said.",
            "Madeira's civil protection service",
        ),
    ],
)
def test_an_office_named_by_its_place_and_its_work_is_a_government_body(text: str, name: str) -> None:
    assert bodies(text).get(name) == "government"


@pytest.mark.parametrize(
    "text",
    [
        "Three people were hurt, Ana Ruiz's civil protection service said.",  # a person's
        "Three people were hurt, Monday's emergency service review found.",  # a day's
        "Three people were hurt. Our town hall was closed.",  # no place at all
        "The crowd cheered during Smith's town hall speech in Leeds.",  # a meeting he holds
        "Critics attacked Johnson's city hall remarks on Friday.",
    ],
)
def test_a_possessive_that_is_no_place_names_no_office(text: str) -> None:
    assert bodies(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Paris prosecutor Rémy Heitz said two men were held.",
        "The ferry ran aground, Dover harbour master John Smith said.",
    ],
)
def test_one_prosecutor_before_a_name_is_the_persons_title(text: str) -> None:
    assert bodies(text) == {}


def test_a_prosecutors_office_is_named_whole() -> None:
    assert bodies("Two men were held, the Paris prosecutor's office said.") == {
        "Paris prosecutor's office": "government"
    }
