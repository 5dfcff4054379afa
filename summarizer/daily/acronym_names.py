"""An acronym beside the proper name a body's full name ends with: "PZ Dijle-Aldegonde" and
"politiezone Dijle-Aldegonde", "CHU Liège" and "Centre hospitalier universitaire de Liège",
"SDIS Haute-Savoie" and "Service départemental d'incendie et de secours de Haute-Savoie".
The acronym spells the words before the shared name (or a compound's parts, where the
compound splits), and the shared name says which of its kind the body is. Joined only to
the day's one body of its kind so written: with two ("SP Bern" could be a party's or a
police's), the acronym stays on its own."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from summarizer.daily.german_compounds import spelled_parts
from summarizer.linkage import UnionFind
from summarizer.text.abbreviations import is_acronym
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS
from summarizer.text.lexicons.organisations import CONCEPTS, FILLER


class KindedNames(Protocol):
    @property
    def is_person(self) -> bool: ...
    @property
    def names(self) -> list[str]: ...
    @property
    def kind(self) -> str: ...


def _words(text: str) -> list[str]:
    return [fold_accents(w) for w in text.casefold().replace("'", " ").replace("’", " ").split()]


def _cited(name: str) -> tuple[str, tuple[str, ...]] | None:
    """An acronym opening a name and the proper name after it ("PZ", ("dijle-aldegonde",)):
    only when that rest names something of its own, not another kind of body ("PZ Polizei")."""
    first, _, rest = name.strip().partition(" ")
    words = tuple(w for w in _words(rest) if w not in FILLER)
    if not is_acronym(first) or not words:
        return None
    if all(w in CONCEPTS or w in DOMAIN_CONCEPTS for w in words):
        return None
    return first.casefold(), words


def _spells(acronym: str, head: list[str]) -> bool:
    """The acronym is the initials of the head's words, or of their compounds' parts."""
    said = [w for w in head if w not in FILLER]
    parts = [part for word in said for part in spelled_parts(word)]
    return bool(said) and acronym in ("".join(w[0] for w in said), "".join(p[0] for p in parts))


def join_acronym_names(flat: Sequence[KindedNames], groups: UnionFind) -> None:
    """Each acronym beside a proper name joins the day's one body of its kind whose name ends
    with that proper name after words the acronym spells."""
    cited: list[tuple[int, str, tuple[str, ...]]] = []
    others: list[tuple[int, str]] = []
    for index, item in enumerate(flat):
        if item.is_person:
            continue
        for name in item.names:
            if (found := _cited(name)) is not None:
                cited.append((index, *found))
            else:
                others.append((index, name))
    # Only endings as long as a cited proper name: every ending of a long name would be
    # quadratic in its words.
    sizes = {len(rest) for _, _, rest in cited}
    ending: dict[tuple[str, ...], list[tuple[int, list[str]]]] = defaultdict(list)
    for index, name in others if sizes else ():
        words = _words(name)
        for size in sizes:
            if size < len(words):
                ending[tuple(words[-size:])].append((index, words[:-size]))
    for index, acronym, rest in cited:
        roots = {
            groups.find(other)
            for other, head in ending.get(rest, ())
            if other != index and flat[other].kind == flat[index].kind and _spells(acronym, head)
        }
        if len(roots) == 1:
            groups.union(index, roots.pop())
