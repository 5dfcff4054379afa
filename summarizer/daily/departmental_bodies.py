"""A French department's fire and rescue service named by its acronym and the
department's number or name: "SDIS 57", "Sdis 29", "SIS 2A", "SIS de la Haute-Corse" (a
Corsican service's "SIS"), written as "SDIS Moselle", "SDIS Finistère", "SDIS
Corse-du-Sud", "SDIS Haute-Corse", so that its key is the fire service of that place
("Moselle fire service", "pompiers de Corse-du-Sud"), and a bare "pompiers" or
"Feuerwehr" finds it as the day's one fire service (``kinds_by_place``). A bare "SIS"
stays an acronym: only a department after it says which service it is. A body named by a
department is France's (``with_france``): a German paper's "französische Feuerwehr" or an
English wire's "French gendarmes" is the day's one such body of France."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from summarizer.daily.organisations import BODY_WORDS
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.departments import DEPARTMENT_NAMES
from summarizer.text.subdivisions import subdivision_countries

# "SDIS", "Sdis" or "S.D.I.S."; "SIS" in capitals only (Corsica's services, Geneva's): a
# lower-case "sis" is a word of some language.
_ACRONYM = re.compile(r"\b(?:S\.?D\.?I\.?S\.?|Sdis|SIS)(?=[\s(]|$)")
# What a department's name follows in a service's name: "de la Moselle", "du Nord", "des
# Vosges", "de l'Ain", "d'Ille-et-Vilaine", or nothing ("SDIS Haute-Savoie").
_OF = re.compile(r"[\s(]*(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?", re.IGNORECASE)


@cache
def _folded_names() -> list[tuple[str, str]]:
    """Each department's name folded, and as written; the longest first ("Haute-Corse"
    before any shorter name it begins with)."""
    folded = [(fold_accents(name.casefold()), name) for name in DEPARTMENT_NAMES.values()]
    return sorted(folded, key=lambda pair: -len(pair[0]))


def _department_at(text: str) -> tuple[str, int] | None:
    """The department a service's name gives at the start of ``text`` (its number, or its
    name after any "de la"), as its French name, and where that ends; None when none."""
    code = re.match(r"[\s(]*(\d{2,3}|2[AB])(?![\w-])", text, re.IGNORECASE)
    if code:
        name = DEPARTMENT_NAMES.get(code.group(1).upper())
        return (name, code.end()) if name else None
    start = _OF.match(text).end()  # type: ignore[union-attr]  # the pattern matches ""
    rest = fold_accents(text[start:].casefold())
    if len(rest) != len(text) - start:
        return None  # folding changed the length: no offset to read back
    for folded, name in _folded_names():
        after = rest[len(folded) : len(folded) + 1]
        if rest.startswith(folded) and not (after.isalnum() or (after and after in "-'’")):
            return name, start + len(folded)
    return None


def _service_department(name: str) -> tuple[re.Match[str], str, int] | None:
    """A departmental fire service's acronym in ``name``, the department it names and
    where that ends (after the acronym); None when ``name`` names no such service."""
    found = _ACRONYM.search(name)
    if found is None:
        return None
    department = _department_at(name[found.end() :])
    return (found, *department) if department is not None else None


def departmental_name(name: str) -> str:
    """``name`` with a departmental fire service's acronym and number as "SDIS <its
    department>"; any other name as it is."""
    service = _service_department(name)
    if service is None:
        return name
    found, department_name, end = service
    return f"{name[: found.start()]}SDIS {department_name}{name[found.end() + end :]}"


@cache
def departments_in(name: str) -> frozenset[str]:
    """The French departments a body's name names, by name or by its service's number
    ("préfecture de la Moselle", "SDIS 57": Moselle; "Meurthe-et-Moselle fire service":
    Meurthe-et-Moselle, not Moselle), each whole: a hyphen joins its words into one name."""
    written = departmental_name(name)
    folded = fold_accents(written.casefold())
    if len(folded) != len(written):
        return frozenset()
    found: set[str] = set()
    # The characters a longer name found took, as a mask: a list of spans checked for each
    # match was quadratic in a long name's repeats ("Nord Nord Nord ...").
    taken = bytearray(len(folded))
    for spelled, department in _folded_names():  # the longest first: one name, not its parts
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(spelled)}(?![\w'’-])", folded):
            start, end = match.span()
            # Capitalised, as a place is: "un lot", "le nord" name no department.
            if written[start].isupper() and not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                found.add(department)
    return frozenset(found)


def other_departments(names: Iterable[str], others: Iterable[str]) -> bool:
    """True when two bodies' names each name a department and no department of one is the
    other's: "SDIS de la Charente" is not "SDIS de la Charente-Maritime", though every word
    of the first is one of the second's."""
    mine = frozenset().union(*map(departments_in, names))
    theirs = frozenset().union(*map(departments_in, others))
    return bool(mine and theirs) and mine.isdisjoint(theirs)


def _only_french(name: str) -> bool:
    """True when a body of ``name`` names France: by a French service's acronym ("SDIS 86",
    Vienne's), or by a department no other country has a part named as ("Moselle"; not
    "Jura", a Swiss canton too, "Nord", many a country's region, nor "Vienne", Vienna in
    French, ``text.subdivisions``)."""
    if _service_department(name) is not None:
        return True
    return any(
        subdivision_countries(fold_accents(department.casefold())) <= {"France"}
        for department in departments_in(name)
    )


def with_france(keys: set[str], names: Iterable[str]) -> set[str]:
    """Organisation keys of a body with ``names``, with France among their words when a
    name names a French department: "SDIS 57", "Moselle fire service" and "préfecture de la
    Moselle" are France's, as a German paper's "französische Feuerwehr" says."""
    if not any(map(_only_french, names)):
        return keys
    # A kind alone among its names ("pompiers") stays one, for the day's one body of its kind.
    return {
        key if set(key.split()) <= BODY_WORDS else " ".join(sorted({*key.split(), "france"})) for key in keys
    }
