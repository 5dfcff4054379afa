"""Two countries' bodies sharing an acronym stay apart (``daily.acronym_countries``): by the
country their role names, or for a bare acronym by its article's language."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.acronym_countries import (
    AcronymMark,
    ApartUnionFind,
    acronym_mark,
    apart,
    country_languages,
)
from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub

Said = tuple[ActorStub, str]


def _groups(*said: Said) -> list[list[tuple[str, str, str]]]:
    """The day's actors as grouped, each as (name, role, its article's language)."""
    actors = [actor for actor, _ in said]
    languages = [lang for _, lang in said]
    groups = same_actor_groups(actors, articles=[f"art{n}" for n in range(len(said))], languages=languages)
    return sorted(
        sorted((actors[i].name, actors[i].role or "", languages[i]) for i in group) for group in groups
    )


def _union(name: str, role: str | None = None) -> ActorStub:
    return ActorStub(name, kind="organization", role=role)


@pytest.mark.parametrize(
    ("named", "bare"),
    [
        # Portugal's UGT by its role; a Spanish article's bare UGT is Spain's.
        ((_union("UGT", "central sindical portuguesa"), "pt"), (_union("UGT"), "es")),
        ((_union("UGT", "Portugal's union confederation"), "en"), (_union("UGT"), "es")),
        # Belgium's PS, named so in an English wire; a Portuguese article's bare PS is Portugal's.
        ((_union("PS", "Belgian socialist party"), "en"), (_union("PS"), "pt")),
        # France's CGT, a German article naming it with its country; an Italian article's CGT.
        ((_union("CGT", "französische Gewerkschaft"), "de"), (_union("CGT"), "it")),
    ],
)
def test_a_bare_acronym_is_no_body_of_a_country_its_article_language_is_not_spoken_in(
    named: Said, bare: Said
) -> None:
    assert len(_groups(named, bare)) == 2
    assert len(_groups(bare, named)) == 2


def test_two_named_countries_stay_apart_and_each_joins_its_own() -> None:
    groups = _groups(
        (_union("UGT"), "es"),
        (_union("UGT", "Portugal's union confederation"), "en"),
        (_union("UGT", "central sindical portuguesa"), "pt"),
        (_union("UGT", "sindicato español"), "es"),
    )
    assert groups == [
        [("UGT", "", "es"), ("UGT", "sindicato español", "es")],
        [("UGT", "Portugal's union confederation", "en"), ("UGT", "central sindical portuguesa", "pt")],
    ]


@pytest.mark.parametrize(
    ("named", "bare"),
    [
        # An English article says no country: a wire's bare "PSP" is the Portuguese police.
        ((_union("PSP", "Portuguese police"), "pt"), (_union("PSP"), "en")),
        # A language spoken there, also in a region only: Belgium's German, Spain's Catalan.
        ((_union("FGTB", "syndicat belge"), "fr"), (_union("FGTB"), "de")),
        ((_union("UGT", "sindicato español"), "es"), (_union("UGT"), "ca")),
        # A Swiss body in an Italian article.
        ((_union("SBB", "Swiss railways"), "en"), (_union("SBB"), "it")),
        # No country named: the language alone keeps nothing apart.
        ((_union("CGT"), "fr"), (_union("CGT"), "es")),
    ],
)
def test_a_body_still_joins_where_nothing_says_two_countries(named: Said, bare: Said) -> None:
    assert len(_groups(named, bare)) == 1


def test_without_languages_only_named_countries_keep_acronyms_apart() -> None:
    actors = [_union("UGT", "Portuguese union"), _union("UGT"), _union("UGT", "Spanish union")]
    groups = same_actor_groups(actors)
    assert sorted(map(sorted, groups)) == [[0, 1], [2]] or sorted(map(sorted, groups)) == [[0], [1, 2]]


def test_a_name_not_an_acronym_has_no_mark() -> None:
    assert acronym_mark("Policía Nacional", "policía española", [], "es") is None
    mark = acronym_mark("UGT", "central sindical portuguesa", ["UGT"], "pt")
    assert mark == AcronymMark("ugt", "portugal", "pt")
    assert acronym_mark("UGT", "syndicat belge et français", ["UGT"], "fr") == AcronymMark("ugt", None, "fr")


def test_marks_of_other_letters_are_never_apart() -> None:
    assert not apart(AcronymMark("ugt", "portugal", "pt"), AcronymMark("psp", "spain", "es"))


def test_country_languages_include_regional_ones() -> None:
    assert {"es", "ca"} <= country_languages("spain")
    assert {"fr", "nl", "de"} <= country_languages("belgium")
    assert country_languages("atlantis") == frozenset()


def test_a_week_of_one_acronym_joins_in_time_linear_in_its_mentions() -> None:
    # A week's bare "EU" in English and Spanish articles, thousands of mentions of a few
    # marks: each join compares the groups' distinct marks, not every pair of mentions.
    count = 10_000
    groups = ApartUnionFind([AcronymMark("eu", None, ("en", "es")[n % 2]) for n in range(count)])
    started = time.thread_time()
    for n in range(1, count):
        groups.union(0, n)
    assert time.thread_time() - started < 1.0
    assert len(groups.groups()) == 1
