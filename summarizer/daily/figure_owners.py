"""Whose vehicles, officers or crews a count is: "30 viaturas dos bombeiros" and "8 viaturas
da GNR" at one fire are two services' own fleets, two measures, never a dispute. A briefing
names the owner in the count's ``counted`` words (or the figure's own) by a genitive that
names a public service: "dos bombeiros", "der Feuerwehr", "des pompiers", "de la
gendarmerie", "of the police", or a service by its acronym ("da GNR", "del SAMU"). A count
that names no owner stays with the others, as most say none; so do two naming one owner.
A toll's victims (killed, injured, displaced) are no one's fleet: they are never split."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from summarizer.daily.measures import PEOPLE_CATEGORIES
from summarizer.text.accents import fold_accents
from summarizer.text.language import SUPPORTED
from summarizer.text.lexicon import lexicon
from summarizer.text.lexicons.organisations import CONCEPTS

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord, FigureRecord

# The services' kinds of body (``lexicons.organisations``) whose word names an owner.
_SERVICE_KINDS = frozenset({"police", "fire-service", "guard", "gendarmerie", "carabinieri", "emergency"})
# A genitive with its article in each language, accents folded ("dos", "da", "der", "des",
# "du", "de la", "de l'", "del", "dei", "della", "of the"): a bare "de" ("viaturas de
# socorro") says what kind of thing, not whose.
_GENITIVE = re.compile(
    r"(?<!\w)(?:of(?: the)?|d[oa]s?|der|des|du|de (?:la|los|las)|de l['’]"
    r"|del(?:l[oa]|l[ae]|l['’])?|dei|degli|delle)"
    r"(?:\s+|(?<=['’]))(?P<owner>(?:[^\W\d_][\w-]*\s*){1,3})",
    re.IGNORECASE,
)
# A service's acronym as written: "GNR", "PSP", "SAMU", "THW".
_ACRONYM = re.compile(r"[A-Z]{2,6}")


@cache
def _service_words() -> dict[str, str]:
    """Each word naming a public service, lower case and accents folded, and the key its
    owner is told by: the kind of body it names ("feuerwehr" and "pompiers" are one fire
    service), else the word (a language's own service: "gnr", "psp")."""
    found = {
        fold_accents(word).lower(): fold_accents(word).lower()
        for code in SUPPORTED
        for word in lexicon(code).services
    }
    return found | {word: kind for word, kind in CONCEPTS.items() if kind in _SERVICE_KINDS}


def owner_of(figure: FigureRecord) -> str | None:
    """The service whose own vehicles, officers or crews a count is (see the module), or
    None when its words name none or two."""
    if figure.unit != "count" or figure.category in PEOPLE_CATEGORIES:
        return None
    owners = set()
    for said in (figure.counted or "", figure.text):
        for genitive in _GENITIVE.finditer(fold_accents(said)):
            for word in genitive.group("owner").split():
                acronym = word.lower() if _ACRONYM.fullmatch(word) else None
                if owner := _service_words().get(word.lower()) or acronym:
                    owners.add(owner)
                    break
    return next(iter(owners)) if len(owners) == 1 else None


Members = list[tuple["ArticleRecord", "FigureRecord"]]


def split_owners(by_measure: Mapping[str, Members]) -> dict[str, Members]:
    """Each group whose counts name two owners or more split by owner: the counts of the
    first owner it holds, and those naming none, keep its key; each other owner gets a key
    of its own (``key@owner``)."""
    split: dict[str, Members] = {}
    for key, members in by_measure.items():
        owners = [owner_of(f) or "" for _, f in members]
        named = list(dict.fromkeys(o for o in owners if o))
        if len(named) < 2:
            split[key] = members
            continue
        for member, owner in zip(members, owners, strict=True):
            split.setdefault(key if owner in ("", named[0]) else f"{key}@{owner}", []).append(member)
    return split
