"""A count told as the sum of several operations or events ("La Guardia Civil interviene
1.345 cartones ... en dos actuaciones": a van's 1,250 and a traveller's 95) counts more
than one incident's goods or people: no rival to another report's smaller count of one of
them, only a bound above it (issue 25, day 86). Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.figure_standing import over_several_events
from summarizer.daily.merge import Briefed
from summarizer.models import Figure
from tests.daily.test_daily import merged, one_incident, span_of


def _figure(text: str, written: str, counted: str | None = None) -> Figure:
    return Figure(id="f1", text=written, value=1, counted=counted, span=span_of(text, written))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("La Guardia Civil interviene 1.345 cartones de tabaco y detiene a tres personas en dos actuaciones.",
         "1.345 cartones"),
        ("Customs seized 1,345 cartons of cigarettes in the two raids on Tuesday.", "1,345 cartons"),
        ("Insgesamt wurden bei beiden Einsätzen 1345 Stangen Zigaretten sichergestellt.", "1345 Stangen"),
        ("Les douaniers ont saisi 1 345 cartouches lors des deux opérations.", "1 345 cartouches"),
        ("Sequestrate 1.345 stecche di sigarette nelle due operazioni.", "1.345 stecche"),
        ("Foram apreendidos 1.345 volumes de tabaco nas duas operações.", "1.345 volumes"),
        ("Bij beide acties werden 1.345 sloffen in beslag genomen.", "1.345 sloffen"),
        ("La Guàrdia Civil va intervenir 1.345 cartrons en les dues actuacions.", "1.345 cartrons"),
        ("Wolves killed at least 26 sheep in two attacks overnight.", "at least 26 sheep"),
    ],
)  # fmt: skip
def test_a_count_summed_over_several_operations_is_told_so(text: str, written: str) -> None:
    assert over_several_events(text, _figure(text, written))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # Who did the events, not what a count sums.
        ("Police were hunting three men but would not say whether the same gang carried out both attacks.",
         "three men"),
        # Several vehicles or bags of one seizure are still one seizure's goods.
        ("Llevaban 1.250 cartones escondidos en dos furgonetas.", "1.250 cartones"),
        ("Les douaniers ont saisi 1 250 cartouches dans deux valises.", "1 250 cartouches"),
        # Two operations in another sentence say nothing of this count.
        ("Agentes detuvieron a dos hombres con 1.250 cartones. Fueron dos actuaciones.", "1.250 cartones"),
        ("Bei dem Einsatz wurden 1250 Stangen Zigaretten sichergestellt.", "1250 Stangen"),
    ],
)  # fmt: skip
def test_a_count_of_one_operation_is_no_sum(text: str, written: str) -> None:
    assert not over_several_events(text, _figure(text, written))


def test_a_count_in_what_it_counts_summed_over_two_operations_is_told_so() -> None:
    text = "En total se intervinieron 1.345 cartones."
    figure = _figure(text, "1.345 cartones", "cartones intervenidos en total en las dos actuaciones")
    assert over_several_events(text, figure)


_LEAD = "La Guardia Civil detuvo a dos hombres en Tremp con tabaco de contrabando."


def _cartons(written: str, value: float, counted: str) -> dict[str, Any]:
    return {"id": "f1", "text": written, "value": value, "counted": counted, "category": "other"}


def _seizure(sentence: str, written: str, value: float, counted: str) -> Briefed:
    return one_incident(
        f"{_LEAD} {sentence}",
        evidence=_LEAD,
        place="Tremp",
        type="arrest",
        figures=[_cartons(written, value, counted)],
    )


_TOTAL = (
    "En total, la Guardia Civil intervino 1.345 cartones en dos actuaciones.",
    "1.345 cartones",
    1345,
    "cartones de tabaco intervenidos",
)


def test_two_operations_total_is_no_rival_to_one_operations_count() -> None:
    van = _seizure(
        "Llevaban 1.250 cartones en la furgoneta.",
        "1.250 cartones",
        1250,
        "cartones de tabaco en la furgoneta",
    )
    day = merged(_seizure(*_TOTAL), van)
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if f.category == "other"]
    assert len(figure.values) == 2
    assert not figure.conflict


def test_one_operations_count_above_the_total_still_disputes_it() -> None:
    """The near miss: the van cannot hold more than both operations seized."""
    van = _seizure(
        "Portaven 1.500 cartrons a la furgoneta.", "1.500 cartrons", 1500, "cartrons de tabac de la furgoneta"
    )
    day = merged(_seizure(*_TOTAL), van)
    (figure,) = [f for f in day.figures if f.category == "other"]
    assert figure.conflict


def test_a_count_of_one_operation_told_twice_differently_still_disputes() -> None:
    """Without a sum, the smaller count is a rival as before."""
    one = _seizure(
        "La Guardia Civil intervino 1.345 cartones en la furgoneta.",
        "1.345 cartones",
        1345,
        "cartones de tabaco",
    )
    van = _seizure(
        "Llevaban 1.250 cartones en la furgoneta.",
        "1.250 cartones",
        1250,
        "cartones de tabaco en la furgoneta",
    )
    (figure,) = [f for f in merged(one, van).figures if f.category == "other"]
    assert figure.conflict


def test_a_text_with_no_full_stop_is_read_near_each_figure_only() -> None:
    """A table or a list of thousands of counts and no full stop: each count's sum is looked
    for near it, never in the whole text after it (that took seconds, quadratic)."""
    import time

    from summarizer.models.common import Span

    text = " ".join(f"{n} people" for n in range(20_000))
    figures, at = [], 0
    for n in range(2_000):
        at = text.index(f"{n} people", at)
        span = Span(start=at, end=at + len(f"{n} people"))
        figures.append(Figure(id=f"f{n}", text=f"{n} people", value=n, counted="people", category="other",
                              unit="count", bound="exact", span=span))  # fmt: skip
        at = span.end
    start = time.thread_time()
    assert not any(over_several_events(text, figure) for figure in figures)
    assert time.thread_time() - start < 1.0
    summed = f"{text} Police held forty people in the two raids."
    assert over_several_events(summed, _figure(summed, "forty people"))
