"""German names a body in the genitive ("nach Angaben des Polizeipräsidiums Schwaben
Süd/West", "ein Sprecher des Ministeriums für Verkehr"): the body noun with its "-s" is
still a body's noun, so the name is a government body's, never a person's. A person named
right after a body in the genitive stays a person."""

from __future__ import annotations

import pytest

from summarizer import Article, summarize


def actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in summarize(Article(text=text, language="de")).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Das teilte ein Sprecher des Polizeipräsidiums Schwaben Süd/West am Montag mit.",
            "Polizeipräsidiums Schwaben Süd",
        ),
        ("Nach Angaben des Ministeriums für Verkehr wurde niemand verletzt.", "Ministeriums für Verkehr"),
        ("Die Polizeiinspektion Bregenz ermittelt wegen Diebstahls.", "Polizeiinspektion Bregenz"),
    ],
)
def test_a_body_in_the_genitive_is_a_government_body(text: str, name: str) -> None:
    found = actors(text)
    assert found.get(name) == "government"
    assert "person" not in found.values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das teilte eine Sprecherin des Ministeriums, Anna Weber, am Montag mit.", "Anna Weber"),
        ("Laut Hans Lukas sei die Lage ruhig.", "Hans Lukas"),  # a surname ending in -s
    ],
)
def test_a_person_beside_a_genitive_body_stays_a_person(text: str, name: str) -> None:
    assert actors(text).get(name) == "person"
