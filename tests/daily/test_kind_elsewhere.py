"""A body named by its kind alone in an article about one town is that town's body
(``kind_elsewhere``): never another town's body of that kind named in full elsewhere, but
still the fuller name of its own town, and a region's body its town lies in is left to the
other rules (real towns, invented reports)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.kind_elsewhere import names_kind_alone, placed_elsewhere
from tests.daily.test_multilingual_actors import placed_groups, together


@pytest.mark.parametrize(
    ("bare", "other"),
    [
        ("Câmara", "Câmara de Cascais"),  # pt
        ("Bombeiros", "Bombeiros de Cascais"),  # pt
        ("Cámara", "Cámara de Cascais"),  # es
        ("Feuerwehr", "Feuerwehr Cascais"),  # de
        ("brandweer", "brandweer Cascais"),  # nl
    ],
)
def test_a_kind_alone_is_not_another_towns_body(bare: str, other: str) -> None:
    groups = placed_groups(
        [
            ("sintra-paper", ["Rua do Arco, Sintra"], bare),
            ("cascais-live", ["praia do Guincho, Cascais"], other),
        ]
    )
    assert not together(groups, f"sintra-paper:{bare}", f"cascais-live:{other}"), groups


def test_a_kind_alone_still_joins_its_own_towns_body() -> None:
    groups = placed_groups(
        [
            ("sintra-paper", ["Rua do Arco, Sintra"], "Câmara"),
            ("sintra-wire", ["Volta do Duche, Sintra"], "Câmara de Sintra"),
            ("cascais-live", ["praia do Guincho, Cascais"], "Câmara de Cascais"),
        ]
    )
    assert together(groups, "sintra-paper:Câmara", "sintra-wire:Câmara de Sintra"), groups


def test_the_rule_reads_only_a_kind_alone_and_another_town() -> None:
    told = frozenset({"sintra", "cascais"})
    places = told
    here = frozenset({"sintra"})
    assert placed_elsewhere(["chamber"], ["chamber", "cascais"], places, here, told)
    # its own town's, an article with no place, a fuller name saying more than kind and place
    assert not placed_elsewhere(["chamber"], ["chamber", "sintra"], places, here, told)
    assert not placed_elsewhere(["chamber"], ["chamber", "cascais"], places, frozenset(), told)
    assert not placed_elsewhere(["chamber"], ["chamber", "commerce", "cascais"], places, here, told)
    # a region the town lies in is no other town ("Navarre")
    assert not placed_elsewhere(["government"], ["government", "navarre"], places | {"navarre"}, here, told)


def test_a_kind_alone_beside_two_other_places_bodies_stays_alone() -> None:
    # A border day: a Monaco paper's "police" is neither the Menton commissariat (another
    # town's) nor the "French police" of the Menton report, which says no place of Monaco's.
    # Ruling out the town's body must not leave the country's as the kind's one referent.
    groups = placed_groups(
        [
            ("menton-paper", ["casino Barrière, Menton"], "commissariat de Menton"),
            ("riviera-live", ["casino Barrière, Menton"], "French police"),
            ("monaco-paper", ["Casino de Monte-Carlo, Monaco"], "police"),
        ]
    )
    assert not together(groups, "monaco-paper:police", "riviera-live:French police"), groups
    assert not together(groups, "monaco-paper:police", "menton-paper:commissariat de Menton"), groups


def test_a_kind_word_is_looked_up_in_constant_time() -> None:
    # Read for each fuller name a kind alone meets: a search through the concept tables'
    # values, word by word, took 0.6 s of CPU for these 20,000 look-ups; a set takes ~0.01 s.
    start = time.thread_time()
    for _ in range(20_000):
        names_kind_alone(["harbourmaster-of-nowhere"], frozenset())
    assert time.thread_time() - start < 0.15
