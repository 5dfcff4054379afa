"""A count given as a source's figure for something already counted or named just before
it: "put the number at 14", "the number of injured at twelve", "puts the number of sick at
around 200", "die Zahl der Verletzten auf 14", "le nombre de blessés à 14", "rebajó la
cifra a nueve".

This is how a second source disputes a first ("the fire brigade said 11 people were
injured; the city put the number at 14"), so a count read this way is what the conflicts
of a day are made of. The number has no noun of its own: what it counts is the noun after
"number of", or the count before it in the sentence when the source says only "the
number".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.engines.extractive.figure_states import names_a_state
from summarizer.text.lexicon import lexicon

# The word for "the number" and the preposition that gives it its value, per language:
# up to four words may stand between them ("the number of people injured at").
_RESTATED = {
    "en": (r"number|figure|toll|tally|count", r"at|to"),
    "de": (r"zahl|anzahl|gesamtzahl|bilanz", r"auf"),
    "fr": (r"nombre|chiffre|bilan", r"à"),
    "es": (r"número|cifra|balance", r"en|a"),
}
# The word that joins "the number" to what it counts ("number of", "Zahl der").
_OF = frozenset({"of", "der", "des", "von", "de", "du", "d", "del"})
# How far before a number its restating words are looked for.
READ_BEFORE = 80


@dataclass(frozen=True)
class Restated:
    """A count given as "the number (of what) at N": ``counted`` is what the words say it
    counts, or None when they say only "the number" (it restates the count before it)."""

    counted: str | None


@cache
def _restated(lang: str) -> re.Pattern[str]:
    noun, at = _RESTATED.get(lang, _RESTATED["en"])
    return re.compile(
        rf"\b(?:{noun})(?P<what>(?:[ \t]+[^\W\d_][\w'’-]*){{0,4}}?)[ \t]+(?:{at})[ \t]+$", re.IGNORECASE
    )


def restated_before(text: str, start: int, lang: str) -> Restated | None:
    """How the words before a count at ``start`` (its bound's start: "at around 200")
    restate it, if they do. "The death toll rose to 14" is no restatement: "rose" is
    neither "of" nor a state."""
    match = _restated(lang).search(text, max(0, start - READ_BEFORE), start)
    if match is None:
        return None
    words = match.group("what").split()
    if not words:
        return Restated(None)
    stops = lexicon(lang).counted_stops
    if words[0].lower() in _OF:
        named: list[str] = []
        for word in words[1:]:
            if word.lower() in stops:
                if named:
                    break
                continue  # "de los heridos": the article before the noun
            named.append(word)
        return Restated(" ".join(named)) if named else None
    if names_a_state(words[0], lang):
        return Restated(words[0])  # "the number airlifted to safety at 23"
    return None
