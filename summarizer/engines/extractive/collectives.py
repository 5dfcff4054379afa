"""Countries and collectives acting as subjects ("Russia said", "Ukrainians fled"), added
to an ``ActorFinder``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.engines.extractive.names import (
    ACTS_AFTER,
    COUNTRY_SUBJECT,
    COUNTRY_SUBJECTS,
    DEMONYM_COLLECTIVE,
)
from summarizer.text.gazetteer import COLLECTIVE_NOUNS, COUNTRY_BY_DEMONYM

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder


def find_countries_and_collectives(finder: ActorFinder) -> None:
    text = finder.text
    # A country's name that is also a person's first or last name ("Jordan Vance") is
    # the person when used alone ("Jordan has been brilliant").
    name_words = {w for c in finder.candidates if c.kind == "person" for w in c.name.split()}
    # A country or collective named again is already registered: one lookup each.
    registered: set[str] = set()
    for match in COUNTRY_SUBJECT.finditer(text):
        written = match.group(1)
        if written in name_words or written in registered:
            continue
        if ACTS_AFTER.match(text, match.end(), match.end() + 40):
            finder.add(COUNTRY_SUBJECTS[written], "country", match.start()).aliases.add(written)
            registered.add(written)
    for match in DEMONYM_COLLECTIVE.finditer(text):
        name = f"{match.group(1)} {match.group(2)}"
        if name in registered:
            continue
        before = text[max(0, match.start() - 4) : match.start()]
        if ACTS_AFTER.match(text, match.end(), match.end() + 40) or before.endswith("by "):
            kind = COLLECTIVE_NOUNS[match.group(2)]
            finder.add(name, kind, match.start(), affiliation=COUNTRY_BY_DEMONYM[match.group(1)])  # type: ignore[arg-type]
            registered.add(name)
