"""Figures beyond every passage adopted by the one cluster whose other articles give their
measure (``figure_adoption.adopted_figures``): in time linear in an article's loose figures.
The records are stand-ins holding only the fields adoption reads."""

from __future__ import annotations

import itertools
import string
import time
from types import SimpleNamespace
from typing import Any

import pytest

from summarizer.daily.figure_adoption import adopted_figures


def _figure(ident: str, unit: str, value: float) -> Any:
    return SimpleNamespace(id=ident, value=value, value_high=None, bound="exact", unit=unit,
                           counted=None, category="other")  # fmt: skip


def _article(ident: str, figures: list[Any], in_passage: list[Any]) -> tuple[Any, Any]:
    incident = SimpleNamespace(id="i1", figures=tuple(in_passage))
    return SimpleNamespace(id=ident, figures=tuple(figures), incidents=(incident,)), incident


def test_many_loose_figures_are_adopted_in_linear_time() -> None:
    # Units of letters only: a measure is its category and unit ("other:abc").
    units = ["".join(letters) for letters in itertools.product(string.ascii_lowercase, repeat=3)][:3000]
    loose = [_figure(f"f{n}", unit, 350) for n, unit in enumerate(units)]
    twice = [_figure("g1", "metres", 5), _figure("g2", "metres", 5)]  # two of one measure: neither
    source, source_incident = _article("a1", [*loose, *twice], [])
    told = _figure("h1", units[7], 340)
    other, other_incident = _article("a2", [told], [told])
    metres = _figure("h2", "metres", 5)
    third, third_incident = _article("a3", [metres], [metres])
    clusters = [[(source, source_incident), (other, other_incident), (third, third_incident)]]
    started = time.thread_time()
    adopted = adopted_figures([source, other, third], clusters)
    assert time.thread_time() - started < 1
    assert {n: [(s.id, f.id) for s, f in found] for n, found in adopted.items()} == {0: [("a1", "f7")]}


def _length(ident: str, value: float, counted: str, unit: str = "m") -> Any:
    return SimpleNamespace(id=ident, value=value, value_high=None, bound="exact", unit=unit,
                           counted=counted, category="distance")  # fmt: skip


def _adopted(loose: Any, told: Any) -> list[str]:
    source, source_incident = _article("a1", [loose], [])
    other, other_incident = _article("a2", [told], [told])
    adopted = adopted_figures([source, other], [[(source, source_incident), (other, other_incident)]])
    return [f.id for found in adopted.values() for _, f in found]


_HOUSES = "Abstand der Absturzstelle zu den ersten Häusern"


@pytest.mark.parametrize(
    ("value", "counted", "adopted"),
    [
        # One distance two reports dispute (issue 25, day 54): adopted though 2.5 times apart.
        (500, "distance entre le lieu de l'impact et les premières habitations", True),
        (500, "distance from the crash site to the first houses", True),
        (500, "distancia hasta las primeras casas", True),
        # No facet named: a perimeter may be any length of the story.
        (500, "périmètre de sécurité", False),
        # Another facet: a depth is no distance.
        (500, "profondeur du cratère", False),
        # Ten times as far: another distance, whatever its words.
        (5000, "distance entre le lieu de l'impact et le village", False),
    ],
)
def test_a_loose_length_of_the_facet_a_report_gives_is_adopted_within_a_dispute(
    value: float, counted: str, adopted: bool
) -> None:
    found = _adopted(_length("f1", value, counted), _length("h1", 200, _HOUSES))
    assert (found == ["f1"]) is adopted
