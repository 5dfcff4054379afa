"""Groups of figures (``figures.figure_groups``) that one measure split only by how each
source said it: one quantity in two units, or one count of people by the wider group they
belong to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.daily.figure_units import unit_scale
from summarizer.daily.measures import measure_of
from summarizer.text.lexicons.counted import OVERLAPPING_PEOPLE

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord, FigureRecord

Groups = dict[str, list[tuple["ArticleRecord", "FigureRecord"]]]


def join_units(by_measure: Groups) -> None:
    """Amounts of one category in two units of one dimension ("other:l" and "other:m3",
    "other:weeks" and "other:months") join the first such group: "some 20 million litres"
    and "rund 20.000 Kubikmeter" are one volume of water (``figure_units``)."""
    first: dict[tuple[str, str], str] = {}
    for key in list(by_measure):
        category, _, unit = key.partition(":")
        scale = unit_scale(unit)
        if scale is None or measure_of(by_measure[key][0][1]) != key:
            continue
        joined = first.setdefault((category, scale[0]), key)
        if joined != key:
            by_measure[joined] += by_measure.pop(key)


def join_overlapping_people(by_measure: Groups) -> None:
    """A count of people and a count of the wider group they belong to, of one category
    (``OVERLAPPING_PEOPLE``), are one group: one report of a school canteen counts "six
    pupils in hospital", another "five children", and the two disagree. Each pair is one
    measure the way a count of people and of some people may be (``measures.one_count``),
    but only these pairs join: "three firefighters hurt" beside "12 people hurt" is a part
    of the toll, not a rival to it."""
    for pair in OVERLAPPING_PEOPLE:
        kept, joining = sorted(pair)  # one key for the two, whichever the day meets first
        for key in [k for k in by_measure if k.endswith(f":{joining}")]:
            other = f"{key.removesuffix(f':{joining}')}:{kept}"
            if other in by_measure and key in by_measure:
                by_measure[other] += by_measure.pop(key)
