"""The names of the ships a report's evidence tells its event of: "the cargo ship Elena
Marr", "Der Frachter „Baltic Star“", "le chalutier Ker Anna", "el carguero Mar Azul", "il
peschereccio Nuova Speranza", "o navio Porto Santo". Two reports of one type, each naming
a ship and no name word in common, tell two ships' events, as two named sites of one town
do (``named_sites.sites_apart``): one cape sees two freighters lose cargo on one night, and
a place read as its landmark ("off Cape Morvan", "vor Cape Morvan",
``place_levels.landmark_of``) no longer tells them apart."""

from __future__ import annotations

import re

from summarizer.daily.named_sites import NO_NAME, SITE_MARK, fold

# A ship's kind as each language names it before the ship's name.
_VESSEL_NOUNS = (
    r"ship|vessel|freighter|cargo\s+ship|container\s+ship|tanker|trawler|ferry|yacht|boat"
    r"|navire|cargo|porte-conteneurs|chalutier|p[eé]trolier|bateau|voilier"
    r"|frachter|schiff|containerschiff|f[aä]hre|kutter|segelyacht"  # "Tanker", "Trawler" as in English
    r"|buque|barco|carguero|portacontenedores|petrolero|pesquero|velero"
    r"|nave|mercantile|portacontainer|petroliera|peschereccio|traghetto"
    r"|navio|cargueiro|porta-contentores|petroleiro|traineira|veleiro"
)
# The kind in any case, perhaps a quotation mark, then up to three words, of which the name
# is those capitalised ("Baltic Star hat": "Baltic Star").
_NAMED_VESSEL = re.compile(
    rf"(?<![^\W\d_])(?i:{_VESSEL_NOUNS})\s+[\"'«»„“”‘’]?\s?"
    r"(?P<name>[^\W\d_]+(?:[ -][^\W\d_]+){0,2})",
)
# The evidence read: a passage's opening, where a ship is named.
_MOST_READ = 600


def vessel_names(evidence: str | None, of: str = "") -> frozenset[str]:
    """The name words of the ships ``evidence`` names, marked as ``named_sites`` marks a
    site's, with the event's type ``of`` and "ship" ("@accident/ship:marr")."""
    if not evidence:
        return frozenset()
    found: set[str] = set()
    for match in _NAMED_VESSEL.finditer(evidence[:_MOST_READ]):
        for word in re.split(r"[ -]", match["name"]):
            if not word[:1].isupper():
                break  # the name ends at its first word in lower case: "Baltic Star hat"
            if fold(word) not in NO_NAME:
                found.add(fold(word))
    return frozenset(f"{SITE_MARK}{of}/ship:{word}" for word in found)
