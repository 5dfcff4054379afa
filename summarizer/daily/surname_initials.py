"""A person named by first name and the initial of the surname ("Artur B.", "Julia K."):
German and French copy names suspects and minors so, and other copy gives the full name
("Artur Brenner"). The day's one person of that first name whose surname opens with that
letter is the one; with two ("Artur Brenner", "Artur Bauer") the initialled name stays on
its own, and another first name ("Dennis B.") is another person."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from summarizer.daily.people import PersonNames
from summarizer.linkage import UnionFind

# A person key (folded, lower case) of first names and one initial with its dot.
_INITIALLED_SURNAME = re.compile(r"(?P<given>[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)*) (?P<initial>[^\W\d_])\.")


def initialled_surname(key: str) -> tuple[str, str] | None:
    """(first names, surname initial) of a key such as "artur b."; None for any other."""
    match = _INITIALLED_SURNAME.fullmatch(key)
    return (match["given"], match["initial"]) if match else None


def join_surname_initials(flat: Sequence[PersonNames], groups: UnionFind) -> None:
    """Each person named by first name and surname initial (``initialled_surname``) joins
    the day's one person whose full name has those first names and a surname with that
    initial."""
    by_given: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for index, item in enumerate(flat):
        if item.is_person:
            for key in item.full_names:
                given, _, surname = key.rpartition(" ")
                if given and len(surname) > 1 and initialled_surname(key) is None:
                    by_given[given].append((index, surname))
    for index, item in enumerate(flat):
        if not item.is_person:
            continue
        for key in item.full_names:
            if (found := initialled_surname(key)) is None:
                continue
            given, initial = found
            roots = {groups.find(i) for i, surname in by_given.get(given, ()) if surname.startswith(initial)}
            if len(roots) == 1:
                groups.union(index, roots.pop())
