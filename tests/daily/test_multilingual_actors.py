"""One organisation under names in several languages and lengths is one actor; two
organisations that only look alike are not (invented names and spellings)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from summarizer.daily.actors import is_acronym, same_actor_groups
from summarizer.daily.organisations import organisation_key, shorter_form
from summarizer.linkage import name_key
from summarizer.models import ActorKind
from summarizer.text.accents import fold_accents


@dataclass(frozen=True)
class ActorStub:
    """What the actor merge reads of an actor (``same_actor_groups`` takes any such object)."""

    name: str
    kind: ActorKind = "government"
    canonical_name: str | None = None
    role: str | None = None
    aliases: Sequence[str] = field(default_factory=tuple)


def actor_groups(*actors: ActorStub) -> list[list[str]]:
    """The day's actors as the merge groups them, by name (shared by the actor tests)."""
    return sorted(sorted(actors[i].name for i in group) for group in same_actor_groups(actors))


# (article, its incidents' places, the body it names)
Named = tuple[str, list[str], str]


def placed_groups(
    named: list[Named], with_places: bool = True, kind: ActorKind = "government"
) -> list[list[str]]:
    """The groups as the daily merge finds them, as "article:name": the day's places are its
    incidents', each article's its own (none with ``with_places`` false)."""
    actors = [ActorStub(name, kind=kind) for _, _, name in named]
    articles = [article for article, _, _ in named]
    places = {article: where for article, where, _ in named}
    found = same_actor_groups(
        actors,
        articles=articles,
        places=[p for where in places.values() for p in where],
        article_places=places if with_places else None,
    )
    return sorted(sorted(f"{named[i][0]}:{named[i][2]}" for i in group) for group in found)


def together(groups: list[list[str]], *members: str) -> bool:
    """Whether one group holds all ``members``."""
    return any(set(members) <= set(group) for group in groups)


def body_key(name: str) -> str:
    """The key the merge joins an organisation's names on (shared by the actor tests)."""
    return organisation_key(name_key(name))


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (["Ministerio del Interior", "ministère de l'Intérieur", "Innenministerium", "Interior Ministry"],
         "interior ministry"),
        (["Ministry of Health", "ministère de la Santé", "Gesundheitsministerium", "Ministerio de Sanidad"],
         "health ministry"),
        (["Guardia Civil", "Civil Guard", "garde civile"], None),
        (["préfecture du Var", "Var prefecture", "prefectura del Var"], "prefecture var"),
        (["Météo-Norland", "Meteo Norland", "Norland Weather"], "norland weather"),
        (["Russian army", "Russian military", "Russia's armed forces"], "military russia"),
        (["Chancellerie d'État", "State Chancellery", "Staatskanzlei", "Cancillería del Estado"],
         "chancellery state"),
        (["Conseil municipal de Tarrel", "Tarrel municipal council", "Consejo Municipal de Tarrel", "Ayuntamiento de Tarrel"],
         "city council tarrel"),
    ],
)  # fmt: skip
def test_one_body_named_in_several_languages_has_one_key(names: list[str], key: str | None) -> None:
    keys = {body_key(n) for n in names if not n.endswith("civile")}
    assert len(keys) == 1, keys
    if key is not None:
        assert keys == {key}


def test_a_german_compound_is_read_as_its_parts_only_when_every_part_or_its_long_head_is_known() -> None:
    assert body_key("Bundesinnenministerium") == "federal interior ministry"
    assert body_key("Landespolizei") == "police state"
    # An unknown first part keeps the word whole: no guess at where a compound splits, but
    # before a long head of a public body ("ministerium"), what the body is for.
    assert body_key("Kulturministerium") == "culture ministry"
    assert body_key("Krankenhausamt") == "krankenhausamt"
    assert body_key("Aristokrat") == "aristokrat"


def test_accents_fold_and_possessives_and_articles_of_every_language_drop() -> None:
    assert fold_accents("Behörde Außen Sécurité") == "behorde aussen securite"
    assert fold_accents("Łódź Ørsted İzmir") == "lodz orsted izmir"
    assert fold_accents("e\u0301te\u0301") == "ete"  # combining accents too
    assert body_key("L'Intérieur") == body_key("Interior") == "interior"
    assert body_key("Germany's Interior Ministry") == "germany interior ministry"
    assert body_key("la Fiscalía") == body_key("Staatsanwaltschaft") == "prosecutor"


def test_a_shorter_form_adds_only_whose_or_what_kind_of_body() -> None:
    def form(small: str, large: str) -> bool:
        return shorter_form(frozenset(body_key(small).split()), frozenset(body_key(large).split()))

    assert form("Interior", "Interior Ministry")
    assert form("Interior Ministry", "Germany's Interior Ministry")
    assert form("Innenministerium", "Bundesinnenministerium")
    assert form("Bundesinnenministerium", "Germany's Interior Ministry")  # federal: the day's one country
    assert not form("Bundesinnenministerium", "Innenministerium")  # the longer one is not the shorter
    assert form("Sanidad", "Consejería de Sanidad")
    assert form("Verdana", "Gewerkschaft Verdana")
    assert form("police", "Polizei Lindau")  # a kind of body, whose unsaid
    assert form("das Ministerium", "Innenministerium")  # a kind, which one unsaid
    assert not form("Federal", "Federal Ministry")  # a level alone names no one
    assert not form("police", "police union")  # another kind of body
    assert not form("Lindau", "Lindau Fire Brigade")  # a place is not its fire brigade
    assert not form("Interior Ministry", "Interior Ministry Union")
    assert not form("Germany's Interior Ministry", "Austria's Interior Ministry")


def test_a_ministry_named_three_ways_in_two_languages_is_one_actor() -> None:
    groups = actor_groups(
        ActorStub("Bundesinnenministerium"),
        ActorStub("Innenministerium"),
        ActorStub("Germany's Interior Ministry"),
        ActorStub("Interior"),
        ActorStub("Gesundheitsministerium"),
    )
    assert groups == [
        ["Bundesinnenministerium", "Germany's Interior Ministry", "Innenministerium", "Interior"],
        ["Gesundheitsministerium"],
    ]


def test_a_short_name_that_could_be_two_bodies_joins_neither() -> None:
    groups = actor_groups(
        ActorStub("France's Interior Ministry"),
        ActorStub("Spain's Interior Ministry"),
        ActorStub("Interior"),
        ActorStub("police"),
        ActorStub("Polizei Lindau"),
        ActorStub("Policía Municipal de Tarrel"),
        ActorStub("das Ministerium"),
    )
    assert ["Interior"] in groups and ["das Ministerium"] in groups
    assert ["police"] in groups
    assert ["France's Interior Ministry"] in groups and ["Spain's Interior Ministry"] in groups


def test_an_unqualified_body_is_the_days_one_body_of_that_kind() -> None:
    groups = actor_groups(
        ActorStub("Feuerwehr Lindau"),
        ActorStub("fire brigade"),
        ActorStub("Lindau Town Council"),
        ActorStub("Innenministerium"),
        ActorStub("das Ministerium"),
    )
    assert ["Feuerwehr Lindau", "fire brigade"] in groups
    assert ["Innenministerium", "das Ministerium"] in groups


def test_acronyms_with_accented_capitals_and_initials_skipping_articles_of_any_language() -> None:
    assert is_acronym("FPÖ") and is_acronym("NWS")
    assert not is_acronym("Nws") and not is_acronym("A") and not is_acronym("G7")
    groups = actor_groups(
        ActorStub("Agence régionale de santé"),
        ActorStub("ARS"),
        ActorStub("Freie Partei Ödlands", kind="organization"),
        ActorStub("FPÖ", kind="organization"),
        ActorStub("Unión de Trabajadores del Sur", kind="organization"),
        ActorStub("UTS", kind="organization"),
    )
    assert len(groups) == 3, groups


def test_two_countries_bodies_of_one_kind_never_merge() -> None:
    groups = actor_groups(
        ActorStub("Ministerio del Interior de Norland"),
        ActorStub("Innenministerium von Sudland"),
        ActorStub("Russian army"),
        ActorStub("Ukrainian army"),
    )
    assert len(groups) == 4, groups


def test_a_persons_titles_in_every_language_are_not_part_of_the_name() -> None:
    groups = actor_groups(
        ActorStub("Karin Vogt", kind="person"),
        ActorStub("Bundesinnenministerin Vogt", kind="person"),
        ActorStub("Frau Vogt", kind="person"),
        ActorStub("Hélène Darras", kind="person"),
        ActorStub("la préfète Darras", kind="person"),
        ActorStub("Andrés Molina", kind="person"),
        ActorStub("el juez Molina", kind="person"),
    )
    assert len(groups) == 3, groups


def test_names_that_only_look_like_titles_stay_names() -> None:
    # A first name ending like a German title word, an English first name that is a Spanish
    # title, a surname that is a role noun, an article that is part of a surname.
    groups = actor_groups(
        ActorStub("Murat Yilmaz", kind="person"),
        ActorStub("Ayse Yilmaz", kind="person"),
        ActorStub("Don Keller", kind="person"),
        ActorStub("Rita Keller", kind="person"),
        ActorStub("Hans Richter", kind="person"),
        ActorStub("Richter", kind="person"),
        ActorStub("Marine Le Pen", kind="person"),
        ActorStub("Jean Pen", kind="person"),
    )
    assert ["Murat Yilmaz"] in groups and ["Ayse Yilmaz"] in groups
    assert ["Don Keller"] in groups and ["Rita Keller"] in groups
    assert ["Hans Richter", "Richter"] in groups
    assert ["Marine Le Pen"] in groups and ["Jean Pen"] in groups


def test_a_surname_with_a_foreign_title_goes_to_the_person_holding_that_office() -> None:
    groups = actor_groups(
        ActorStub("Andrés Molina", kind="person", role="juez"),
        ActorStub("Ana Molina", kind="person", role="abogada"),
        ActorStub("el juez Molina", kind="person"),
        ActorStub("Sra. Molina", kind="person"),  # a courtesy title tells neither apart
    )
    assert ["Andrés Molina", "el juez Molina"] in groups
    assert ["Sra. Molina"] in groups


@pytest.mark.parametrize(
    ("short", "owned"),
    [("ministère de la Santé", "ministère français de la Santé"),
     ("Ministerio del Interior", "ministerio español del Interior"),
     ("Innenministerium", "deutsches Innenministerium")],
)  # fmt: skip
def test_a_country_adjective_of_any_language_says_whose_body_it_is(short: str, owned: str) -> None:
    assert shorter_form(frozenset(body_key(short).split()), frozenset(body_key(owned).split()))


def test_a_body_owned_by_an_adjective_and_by_a_possessive_is_one_actor() -> None:
    assert actor_groups(
        ActorStub("ministerio español del Interior"), ActorStub("Spain's Interior Ministry")
    ) == [["Spain's Interior Ministry", "ministerio español del Interior"]]


def test_two_countries_named_by_adjectives_of_two_languages_keep_their_bodies_apart() -> None:
    assert (
        len(
            actor_groups(
                ActorStub("ministère français de la Santé"), ActorStub("ministerio español de Sanidad")
            )
        )
        == 2
    )


def test_electoral_and_election_name_one_commission() -> None:
    assert body_key("Central Electoral Commission") == body_key("Central Election Commission")
    assert body_key("Comisión Electoral Central") == body_key("Central Election Commission")
