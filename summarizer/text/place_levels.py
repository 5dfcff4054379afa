"""Whether a place holds towns: a level word in its name ("Kessel County", "la comarca del
Alto Tormes"), an article before it in French ("le Rhône"), or a region the exonym table
knows by name ("Steiermark")."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import exonym_of, is_city
from summarizer.text.lexicons.places import EXONYMS, REGION_LEVELS

# French names a département, a region or a river with a lower-case article ("le Rhône",
# "la Drôme", "l'Ain"), a town without one ("Lyon"; "Le Havre" writes it in the name).
_ARTICLED_REGION = re.compile(r"^(?:le|la|les|l['’])\s*[A-ZÀ-ÖØ-Þ]")


def region_level(name: str | None) -> str | None:
    """The level word that makes a place one that holds towns ("Kessel County": county, "la
    comarca del Alto Tormes": comarca; "region" for "le Rhône", see ``_ARTICLED_REGION``),
    accents folded, or None."""
    if not name:
        return None
    # The place's own phrase: what follows a comma or a bracket tells of places holding it
    # ("Laengenfeld, a village in the Oetztal valley of Austria's Tyrol province" is a
    # village, "Ashby (Northfield County)" a town).
    name = _FIRST_CLAUSE.split(name, maxsplit=1)[0]
    level = next((w for w in re.findall(r"[\w-]+", fold_accents(name)) if w in REGION_LEVELS), None)
    return level or ("region" if _ARTICLED_REGION.match(name) or _known_region_name(name) else None)


def _known_region_name(name: str) -> bool:
    """A region the exonym table knows by name ("Tyrol", "Steiermark", "Andalousie"): a
    place it names that no city of GeoNames bears ("Wien", "Genf" are cities)."""
    folded = fold_accents(name.strip())
    english = EXONYMS.get(folded)
    return english is not None and not exonym_of(folded) and not exonym_of(english) and not is_city(english)


_FIRST_CLAUSE = re.compile(r"[,;(\[]")
