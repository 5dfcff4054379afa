"""Which people a passage names when two of an article's people share a surname and each
"Hale" is listed as a mention of both (issue 25, day 16: a blog's two entries on two Hales
shared a person; ``passage_people.actors_named``)."""

from __future__ import annotations

import re

import pytest

from summarizer.daily.passage_people import actors_named
from summarizer.models import Actor
from summarizer.models.common import Span

TEXTS = {
    "en": ("Not guilty: ex-councillor {s} leaves court. ", "{g} {s}, 54, is led down to the cells."),
    "fr": (
        "Acquitté : l'ancien conseiller {s} quitte le tribunal. ",
        "{g} {s}, 54 ans, est conduit en cellule.",
    ),
    "de": ("Freispruch: Ex-Stadtrat {s} verlässt das Gericht. ", "{g} {s}, 54, wird in die Zelle geführt."),
    "es": (
        "Absuelto: el exconcejal {s} sale del juzgado. ",
        "{g} {s}, de 54 años, es conducido al calabozo.",
    ),
}


def _person(actor_id: str, name: str, text: str, *forms: str) -> Actor:
    """A person with a mention at every occurrence of each form of its name, as briefings list them."""
    spans = sorted(
        {m.span() for form in forms for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)}
    )
    return Actor(id=actor_id, name=name, kind="person", mentions=[Span(start=s, end=e) for s, e in spans])


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_each_of_two_people_of_one_surname_is_named_where_a_reader_reads_them(language: str) -> None:
    first, second = (part.format(s="Hale", g="Kevin") for part in TEXTS[language])
    text = first + second
    surname_only = _person("a1", "Hale", text, "Hale")
    in_full = _person("a2", "Kevin Hale", text, "Kevin Hale", "Hale")
    actors = [surname_only, in_full]
    assert [a.id for a in actors_named(actors, text, 0, len(first))] == ["a1"]
    assert [a.id for a in actors_named(actors, text, len(first), len(text))] == ["a2"]


def test_one_person_is_named_by_the_surname_alone() -> None:
    text = "Kevin Hale was sentenced. Hale, 54, was led down to the cells."
    person = _person("a1", "Kevin Hale", text, "Kevin Hale", "Hale")
    assert [a.id for a in actors_named([person], text, text.index("Hale,"), len(text))] == ["a1"]


def test_an_organisation_named_within_a_person_s_name_is_still_named() -> None:
    text = "Hale Shipping's chairman Kevin Hale resigned."
    person = _person("a1", "Kevin Hale", text, "Kevin Hale")
    company = Actor(id="a2", name="Hale Shipping", kind="organization", mentions=[Span(start=0, end=13)])
    assert {a.id for a in actors_named([person, company], text, 0, len(text))} == {"a1", "a2"}
