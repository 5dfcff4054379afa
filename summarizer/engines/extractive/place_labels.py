"""A town set before a colon as the label of a brief ("Sint-Aldegonde: Local police are
investigating ...", "Lyon : un homme a été interpellé", "Innsbruck: Ein Bus ist ...") is
where the brief's event happened. A label is as often a section's ("Trains: ", "Update: ",
"Lac : "), so only a town the article names as a place elsewhere, or one the tables know."""

from __future__ import annotations

import re
from collections.abc import Container

from summarizer.text.exonyms import is_city
from summarizer.text.lexicon import LOWER, UPPER

_LABEL = re.compile(
    rf"^[ \t]*(?P<name>[{UPPER}][{LOWER}'’]+(?:[ \t\-][{UPPER}][{LOWER}'’]+){{0,3}})[ \t]?:[ \t]+(?=[{UPPER}])"
)


def labelled_town(sentence: str, places: Container[str | None]) -> str | None:
    """The town labelling ``sentence`` (``_LABEL``), when it is one of ``places`` (the places
    the article names elsewhere) or a city the tables know."""
    found = _LABEL.match(sentence)
    if found is None:
        return None
    name = found.group("name")
    return name if is_city(name) or name in places else None
