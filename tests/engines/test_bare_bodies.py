"""Public bodies named by their kind alone as a report's subject or source
(``bare_bodies``), in every language the merge reads, and the near-misses that must stay
out: a body noun used generically, a named body's head before its place, a noun after a
person's article, two towns' bodies in one article."""

from __future__ import annotations

import pytest

from summarizer.engines.extractive.actors import ActorFinder
from summarizer.engines.extractive.bare_bodies import find_bare_bodies
from tests.engines.test_place_named_bodies import engine_actors


def bare(text: str, lang: str) -> dict[str, str]:
    """What this reader alone adds: name -> kind."""
    finder = ActorFinder(text, lang)
    find_bare_bodies(finder, lang)
    return {c.name: c.kind for c in finder.candidates}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Die Gemeinde meldete am Abend fünf Verletzte.", "Gemeinde"),
        ("de", "Laut Feuerwehr haben rund 12.000 Menschen den Bereich verlassen.", "Feuerwehr"),
        ("de", "Der Gemeinderat schätzt die Sanierung auf 1,2 Millionen Franken.", "Gemeinderat"),
        ("de", "Zwei Menschen wurden verletzt, wie die Staatsanwaltschaft mitteilte.", "Staatsanwaltschaft"),
        ("es", "Según el Ayuntamiento, 18 vecinos tuvieron que abandonar sus casas.", "Ayuntamiento"),
        ("es", "El Ayuntamiento, en cambio, cifra en once los heridos.", "Ayuntamiento"),
        ("ca", "Els Bombers confirmen que l'explosió ha causat dos ferits.", "Bombers"),
        ("ca", "L'Ajuntament xifra en 18 els veïns desallotjats.", "Ajuntament"),
        ("it", "Il Comune sostiene di avere mobilitato 2.200 mezzi.", "Comune"),
        ("it", "Secondo la prefettura i feriti sono tre.", "prefettura"),
        ("fr", "Une dizaine de personnes ont été hospitalisées, a indiqué la commune.", "commune"),
        ("fr", "La mairie recommande de se renseigner auprès des maîtres-nageurs.", "mairie"),
        ("pt", "Segundo os bombeiros, há dois feridos ligeiros.", "bombeiros"),
        ("nl", "Vier schaatsers zijn door het ijs gezakt, meldt de politie.", "politie"),
        ("nl", "Volgens de brandweer is het vuur onder controle.", "brandweer"),
        ("en", "The city says 35 households had been evacuated.", "city"),
        ("en", "Nine people were hurt, the fire brigade said.", "fire brigade"),
    ],
)
def test_a_bare_body_as_source_is_a_government_body(lang: str, text: str, name: str) -> None:
    assert bare(text, lang) == {name: "government"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A body noun used generically, with no report of its own.
        ("en", "The fire brigade is a volunteer service in most villages."),
        ("en", "He said the fire brigade was late."),  # what it did, reported by another
        ("en", "A town hall was built in 1890."),
        ("de", "Die Feuerwehr ist in den meisten Dörfern freiwillig."),
        ("es", "El ayuntamiento es el edificio más antiguo de la plaza."),
        ("fr", "La mairie a été construite en 1890."),
        ("it", "Il comune conta 4.000 abitanti."),
        # A named body's head before its place: read as the whole name elsewhere.
        ("es", "Según el Ayuntamiento de Vigo, hay dos heridos."),
        ("ca", "Segons l'Ajuntament de Girona, hi ha dos ferits."),
        ("fr", "Selon la mairie de Namur, le marché est maintenu."),
        # An article before a person's name, not a body noun.
        ("ca", "La Maria confirma que va veure el foc."),
        ("pt", "O João confirmou que viu o incêndio."),
        # A headline's shorthand without an article or a credit.
        ("de", "Feuerwehr meldete keine Verletzten."),
    ],
)
def test_no_body_without_a_report_of_its_own(lang: str, text: str) -> None:
    assert bare(text, lang) == {}


def test_bare_noun_of_a_named_body_adds_nothing() -> None:
    """ "Laut Feuerwehr" after "Feuerwehr Lindau" is that body: no second one, and no alias
    that would let the daily merge read the named body as a kind alone."""
    text = "Das Feuer brach bei der Feuerwehr Lindau aus. Laut Feuerwehr gab es keine Verletzten."
    finder = ActorFinder(text, "de")
    named = finder.add("Feuerwehr Lindau", "government", text.index("Feuerwehr Lindau"))
    find_bare_bodies(finder, "de")
    assert [c.name for c in finder.candidates] == ["Feuerwehr Lindau"]
    assert "Feuerwehr" not in named.aliases


def test_two_towns_bodies_leave_the_bare_noun_to_neither() -> None:
    """An article naming two towns' fire brigades: "the fire brigade" says neither, and is
    no third body either."""
    text = "Die Feuerwehr Lindau und die Feuerwehr Wasserburg rückten aus. Laut Feuerwehr gab es keine Verletzten."
    finder = ActorFinder(text, "de")
    lindau = finder.add("Feuerwehr Lindau", "government", 4)
    wasserburg = finder.add("Feuerwehr Wasserburg", "government", text.index("Feuerwehr Wasserburg"))
    find_bare_bodies(finder, "de")
    assert [c.name for c in finder.candidates] == ["Feuerwehr Lindau", "Feuerwehr Wasserburg"]
    assert "Feuerwehr" not in lindau.aliases | wasserburg.aliases


def test_english_needs_the_article() -> None:
    """ "police said", "according to police": the wire's formula for an unnamed source."""
    assert bare("A tram derailed in Leeds on Monday evening, police said.", "en") == {}
    assert bare("About 25,000 people marched, according to police.", "en") == {}
    assert bare("About 25,000 people marched, according to the fire brigade.", "en") == {
        "fire brigade": "government"
    }
    # Elsewhere a credit needs no article ("Laut Feuerwehr"), a verb after does.
    assert bare("Polizei meldete keine Verletzten.", "de") == {}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "es",
            "Un árbol cayó en Bilbao el lunes. Según el Ayuntamiento, la calle sigue cerrada.",
            "Ayuntamiento",
        ),
        ("ca", "Un arbre va caure a Girona dilluns. Els Bombers confirmen dos ferits lleus.", "Bombers"),
        ("it", "Un albero è caduto a Genova lunedì. Il Comune sostiene che la pianta era sana.", "Comune"),
    ],
)
def test_the_engine_briefs_the_bare_body(lang: str, text: str, name: str) -> None:
    assert engine_actors(text, lang).get(name) == "government"
