"""An acronym written right after its kind and place is named with them
(``daily.kind_acronyms``), and so joins another article's name of that body."""

from __future__ import annotations

import re

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.kind_acronyms import kind_acronyms
from summarizer.daily.records import ActorRecord
from summarizer.models import Actor, Span
from tests.daily.test_multilingual_actors import ActorStub


def _named(text: str, name: str) -> list[str]:
    return kind_acronyms(text, name, [m.start() for m in re.finditer(name, text)])


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        (
            "de MIVB spreekt van zeven gewonden, de Brusselse brandweer DBDMH van negen.",
            "DBDMH",
            "Brusselse brandweer",
        ),
        ("Nach Angaben der Berliner Feuerwehr BF wurden neun Menschen verletzt.", "BF", "Berliner Feuerwehr"),
        ("Selon la police fédérale DSU, l'homme était armé.", "DSU", "police fédérale"),
        ("Según la policía portuguesa PSP, hubo tres detenidos.", "PSP", "policía portuguesa"),
        ("Secondo la polizia municipale PM di Genova, nessun ferito.", "PM", "polizia municipale"),
    ],
)
def test_the_kind_and_place_before_an_acronym_name_it(text: str, name: str, named: str) -> None:
    assert _named(text, name) == [named]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les pompiers du SIAMU sont intervenus.", "SIAMU"),  # a kind alone, then "du"
        ("the union UGT said", "UGT"),  # a kind alone
        ("Selon la STIB et la SNCB, le trafic reprend.", "SNCB"),  # a list
        ("La delegada de UGT en el astillero habló.", "UGT"),  # a person of the body
        ("Selon la police, SIAMU a évacué la station.", "SIAMU"),  # across a comma
        ("Die Polizei. BF meldet neun Verletzte.", "BF"),  # across a sentence's end
        ("Ein Sprecher der Brüsseler Feuerwehr DBDMH", "Feuerwehr"),  # not an acronym
        # A kind a place has many of: "the Spanish union" is UGT's as much as CCOO's.
        ("The Spanish union UGT called a strike.", "UGT"),
        ("Selon le parti wallon PS, la taxe est injuste.", "PS"),
        ("Il sindacato italiano CGIL ha proclamato lo sciopero.", "CGIL"),
    ],
)
def test_no_name_where_the_words_before_are_no_body_of_a_place(text: str, name: str) -> None:
    assert _named(text, name) == []


def test_the_named_acronym_joins_another_article_s_name_of_the_body() -> None:
    text = "De Brusselse brandweer DBDMH telde negen gewonden."
    start = text.index("DBDMH")
    mention = Span(start=start, end=start + len("DBDMH"))
    record = ActorRecord.of(Actor(id="a1", name="DBDMH", kind="government", mentions=[mention]), text)
    groups = same_actor_groups(
        [record, ActorStub("Brussels fire service"), ActorStub("Antwerp fire service")]
    )
    assert [0, 1] in groups


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Spanish union UGT called a strike on Monday.",
            "The Spanish union CCOO called a strike on Monday.",
        ),
        ("Selon le parti wallon PS, la taxe est injuste.", "Selon le parti wallon MR, la taxe est juste."),
        ("Il sindacato italiano CGIL ha proclamato lo sciopero.", "Il sindacato italiano CISL non aderisce."),
    ],
)
def test_two_bodies_of_a_kind_their_place_has_many_of_stay_apart(first: str, second: str) -> None:
    records = []
    for n, text in enumerate((first, second)):
        name = re.findall(r"\b[A-Z]{2,}\b", text)[0]
        start = text.index(name)
        mention = Span(start=start, end=start + len(name))
        records.append(
            ActorRecord.of(Actor(id=f"a{n}", name=name, kind="organization", mentions=[mention]), text)
        )
    assert same_actor_groups(records) == [[0], [1]]
