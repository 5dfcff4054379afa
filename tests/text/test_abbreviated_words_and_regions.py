"""An acronym spelling a name that opens with an abbreviation of its own ("HMRC", HM
Revenue and Customs) spells all of that word's letters; a Dutch safety region's acronym
spells its compound's head ("VRF", Veiligheidsregio Fryslân). Another body's letters,
another region's, stay unspelt (issue 25, days 94 and 97; generic and invented names)."""

from __future__ import annotations

import pytest

from summarizer.text.abbreviations import abbreviates
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("HMRC", "HM Revenue and Customs"),
        ("HMPS", "HM Prison Service"),
        ("NHSGGC", "NHS Greater Glasgow and Clyde"),
        ("UEFAEL", "UEFA Europa League"),
        ("VRF", "Veiligheidsregio Fryslân"),
        ("VRU", "Veiligheidsregio Utrecht"),
        ("VRZ", "Veiligheidsregio Zeeland"),
    ],
)
def test_an_abbreviated_word_or_a_regions_compound_is_spelt(short: str, name: str) -> None:
    assert abbreviates(short, name)


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("HMRC", "HM Coastguard"),
        ("HMRC", "Revenue and Customs"),
        ("VRF", "Veiligheidsregio Groningen"),
        ("NHSL", "NHS Greater Glasgow and Clyde"),
    ],
)
def test_other_letters_are_no_abbreviation(short: str, name: str) -> None:
    assert not abbreviates(short, name)


def test_the_acronym_joins_its_own_body_not_anothers() -> None:
    groups = actor_groups(
        ActorStub("HM Revenue and Customs"), ActorStub("HMRC"), ActorStub("Revenue"),
        ActorStub("Veiligheidsregio Fryslân"), ActorStub("VRF"), ActorStub("Veiligheidsregio Groningen"),
    )  # fmt: skip
    assert ["HM Revenue and Customs", "HMRC"] in groups, groups
    assert ["VRF", "Veiligheidsregio Fryslân"] in groups, groups
    assert ["Revenue"] in groups and ["Veiligheidsregio Groningen"] in groups, groups
