"""Figures beyond every passage adopted by the one cluster whose other articles give their
measure (``figure_adoption.adopted_figures``): in time linear in an article's loose figures.
The records are stand-ins holding only the fields adoption reads."""

from __future__ import annotations

import itertools
import string
import time
from types import SimpleNamespace
from typing import Any

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
