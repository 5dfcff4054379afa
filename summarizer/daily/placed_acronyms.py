"""An acronym its article writes with the place of the body it names: "la PJ de Metz", "el
CNP de Vigo", "the CID of Northfield". A police's judicial branch, a party's or a union's
local section, a regional agency: an acronym many places' bodies share says which of them
only with its place, so the body is named with it ("PJ Metz") and keyed by it
(``role_names.placed_by_role``), and a "PJ" of a story in Luxembourg is not Metz's by its
letters alone. The bracketed "Agence régionale de santé (ARS) de Nouvelle-Aquitaine" is
``defined_names.defined_names``'."""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.daily.defined_names import served_place
from summarizer.text.abbreviations import is_acronym


def placed_acronyms(text: str, name: str, ends: Iterable[int]) -> list[str]:
    """``name`` with the place its mention goes on with ("PJ" at "la PJ de Metz": "PJ
    Metz"), for an acronym only; none where no preposition and capitalised words follow,
    and none where its mentions go on with two places: "la PJ de Metz a transmis le
    dossier à la PJ de Nancy" names two bodies by one acronym, which one actor named with
    both would make one."""
    if not is_acronym(name):
        return []
    places = {place for end in ends if (place := served_place(text, end))}
    return [f"{name} {place}" for place in places] if len(places) == 1 else []
