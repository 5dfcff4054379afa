"""A body's short name of clipped words ("Polstrada" of "Polizia Stradale"): spelt by the
opening of each word, each cut short, and joined to the day's one body so named, once
its longer names are one body."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.organisations import place_words
from summarizer.models import ActorKind
from summarizer.text.abbreviations import abbreviates


@dataclass(frozen=True)
class _Body:
    name: str
    kind: ActorKind = "government"
    role: str | None = None
    canonical_name: str | None = None
    aliases: Sequence[str] = field(default_factory=tuple)


def _groups(names: Sequence[str], places: Sequence[str] = ()) -> list[set[str]]:
    actors = [_Body(n) for n in names]
    return [{actors[i].name for i in g} for g in same_actor_groups(actors, places=places)]


@pytest.mark.parametrize(
    ("short", "name", "places"),
    [
        ("Polstrada", "Polizia Stradale", ()),
        ("Polstrada", "Polizia Stradale di Brescia", ("Brescia",)),  # the closing place left out
        ("Polfer", "Polizia Ferroviaria", ()),
        ("Polpost", "Polizia Postale", ()),
    ],
)
def test_a_short_name_of_clipped_words_abbreviates_the_name(
    short: str, name: str, places: Sequence[str]
) -> None:
    assert abbreviates(short, name, place_words(places))


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("Polstrada", "Polizia di Stato"),  # "Stato" is no "strada"
        ("Portland", "Port Landing Company"),  # a word kept whole, another unspelt
        ("Portland", "Port Landing"),  # a word kept whole: a name of its own
        ("Bomberos", "Bomberos Voluntarios"),  # Spanish: a word of the name, not a clip
        ("Gendarmerie", "Gendarmerie nationale"),  # French: the kind alone (a shorter form)
        ("Polizei", "Polizei Hamburg"),  # German: the kind alone
        ("Bombeiros", "Bombeiros Voluntários"),  # Portuguese: likewise
        ("Polstradale", "Polizia Stradale"),  # "stradale" kept whole
        ("Postrada", "Polizia Stradale"),  # two letters of "Polizia" are initials, not a clip
    ],
)
def test_a_clip_is_cut_short_and_spells_every_word(short: str, name: str) -> None:
    assert not abbreviates(short, name)


def test_a_clipped_name_joins_the_body_once_its_longer_names_are_one() -> None:
    groups = _groups(
        [
            "Polizia Stradale di Brescia",
            "Polizia Stradale",
            "Polstrada",
            "Agenzia regionale emergenza urgenza",
        ],
        places=["Brescia", "Desenzano del Garda"],
    )
    assert {"Polizia Stradale di Brescia", "Polizia Stradale", "Polstrada"} in groups


def test_a_clipped_name_of_two_forces_of_different_places_joins_neither() -> None:
    groups = _groups(
        ["Polizia Stradale di Brescia", "Polizia Stradale di Verona", "Polstrada"],
        places=["Brescia", "Verona"],
    )
    assert {"Polstrada"} in groups


def test_a_clipped_name_joins_only_the_body_it_spells() -> None:
    groups = _groups(
        ["Polizia Ferroviaria", "Polizia di Stato", "Polfer", "Questura di Milano"], places=["Milano"]
    )
    assert {"Polizia Ferroviaria", "Polfer"} in groups
    assert {"Polizia di Stato"} in groups
