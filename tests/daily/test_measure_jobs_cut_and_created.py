"""Counts of jobs, one measure across languages and apart by what befell them: "120 jobs
lost", "85 emplois supprimés", "Arbeitsplätze abgebaut", "empleos destruidos", "posti di
lavoro tagliati" are jobs cut, and sources that disagree on them are flagged (issue 25);
the new plant's "60 créations d'emplois" of the same story are jobs created, never a dispute
with the cuts. Invented phrases."""

from __future__ import annotations

from functools import partial

import pytest

from summarizer.daily.measures import measure_of, one_count
from tests.daily.test_daily import FigureStandIn

_Count = partial(FigureStandIn, text="85", value=85)

CUTS = [
    "jobs lost at the plant", "jobs to go at the plant", "emplois supprimés à l'usine",
    "Arbeitsplätze, die wegfallen", "abgebaute Arbeitsplätze", "empleos destruidos en la fábrica",
    "puestos de trabajo eliminados", "posti di lavoro tagliati", "empregos extintos",
]  # fmt: skip
CREATIONS = [
    "new jobs at Parkmore", "emplois créés par le groupe", "neue Arbeitsplätze", "empleos creados",
    "posti di lavoro creati", "novos empregos",
]  # fmt: skip


def _measure(counted: str) -> str:
    measure = measure_of(_Count(counted))
    assert measure is not None
    return measure


@pytest.mark.parametrize("counted", CUTS)
def test_jobs_cut_are_one_measure_in_every_language(counted: str) -> None:
    assert one_count(_measure(counted), _measure("jobs lost"))


@pytest.mark.parametrize("counted", CREATIONS)
def test_jobs_created_are_one_measure_never_the_cuts(counted: str) -> None:
    assert one_count(_measure(counted), _measure("emplois créés"))
    assert not any(one_count(_measure(counted), _measure(cut)) for cut in CUTS)


def test_jobs_are_not_their_workers_nor_other_posts() -> None:
    # Near misses: "120 salariés qui perdront leur travail" counts people, not jobs; seats
    # ("posti letto") and police stations ("postes de police") are posts of no work.
    cut = _measure("emplois supprimés")
    for counted in ("salariés qui perdront leur travail", "posti letto", "postes de police"):
        assert not one_count(cut, _measure(counted))
