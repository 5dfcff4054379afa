"""An acronym its own article spells out: "le CSB, le Club subaquatique de Bonifacio" (an
apposition or a bracket, the actor's aliases) or a role that writes the acronym's words
("CSB", role "Centre subaquatique de la Baie, Porto-Vecchio"). Such an acronym names the
body its words name, not whichever body of the day has those letters: "CSB" is the
Bonifacio diving club in one article and the Porto-Vecchio diving centre in another, as
"SAS" is an NGO, "Solidaridad Al Sur (SAS)", beside a health service's "SAS". So the
letters alone join nothing (``actors._ActorItem.keys``); the spelled name does."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.abbreviations import abbreviates, is_acronym
from summarizer.text.accents import fold_accents


def spelled_out(name: str, others: Sequence[str], role: str | None, places: frozenset[str]) -> list[str]:
    """The names among ``others`` (an actor's other names) and its role's first part (up
    to a comma: "Centre subaquatique de la Baie, Porto-Vecchio") whose words the acronym
    ``name`` spells; none when ``name`` is no acronym."""
    if not is_acronym(name):
        return []
    candidates = [*others, *([role.split(",")[0].strip()] if role else [])]
    return [
        other
        for other in dict.fromkeys(candidates)
        if other != name
        and (abbreviates(name, other, places) or (other in others and _initials(name, other)))
    ]


def _initials(name: str, other: str) -> bool:
    """True when ``other`` (a name the acronym's own article gives it) is spelt by the first
    letters of all its words, its links too: "ADM (Autofficine del Mediterraneo)". Read for
    its own article's expansion only: any name of the day so spelt would be too many ("UDC",
    "Université de Caen", ``abbreviations._links_spelled``)."""
    words = re.findall(r"[^\W\d_]+", fold_accents(other.casefold()))
    return len(words) >= 3 and "".join(w[0] for w in words) == fold_accents(name.casefold())
