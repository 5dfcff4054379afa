"""A bilingual body's two acronyms written as one name ("STIB-MIVB", French and Dutch) make
each alone that body; two parties' alliance ("ERC-CUP", named apart in one article) and
sister parties opening alike ("CDU-CSU") stay two (issue 25; invented bodies besides the
acronyms' shapes)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.paired_acronyms import acronym_pair
from tests.daily.test_multilingual_actors import ActorStub


def _groups(named: list[tuple[str, str]]) -> list[list[str]]:
    actors = [ActorStub(name, kind="organization") for _, name in named]
    found = same_actor_groups(actors, articles=[article for article, _ in named])
    return sorted(sorted(f"{named[i][0]}:{named[i][1]}" for i in group) for group in found)


@pytest.mark.parametrize(
    ("pair", "one", "other"), [("TVBV-VVBT", "TVBV", "VVBT"), ("SNCB-NMBS", "SNCB", "NMBS")]
)
def test_each_acronym_of_a_bilingual_pair_is_the_body(pair: str, one: str, other: str) -> None:
    groups = _groups([("en-blog", pair), ("fr-paper", one), ("nl-paper", other), ("de-paper", one)])
    assert len(groups) == 1, groups


def test_an_alliance_named_apart_in_one_article_and_sister_parties_stay_apart() -> None:
    groups = _groups([("es-blog", "ERC-CUP"), ("ca-paper", "ERC"), ("ca-paper", "CUP")])
    assert ["ca-paper:ERC"] in groups and ["ca-paper:CUP"] in groups, groups
    assert acronym_pair("CDU-CSU") is None and acronym_pair("PS-PSOE") is None
    assert acronym_pair("STIB-MIVB") == ("STIB", "MIVB") and acronym_pair("Porte-Namur") is None


@pytest.mark.parametrize("pair", ["PSD-CDS", "SLB-FCP"])
def test_two_acronyms_of_three_letters_are_a_coalition_or_a_match_not_one_body(pair: str) -> None:
    # A Portuguese day's coalition ("PSD-CDS") or match ("SLB-FCP") whose halves are named
    # alone by reports that never meet in one article: two parties, two clubs.
    one, other = pair.split("-")
    groups = _groups([("pt-blog", pair), ("pt-paper", one), ("pt-radio", other)])
    assert not any(f"pt-paper:{one}" in g and f"pt-radio:{other}" in g for g in groups), groups
