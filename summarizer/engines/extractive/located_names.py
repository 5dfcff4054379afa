"""A name written where a sentence says where something is is a place, not a person: "em
Vila Marmelos, apanharam ...", "en la vecina Villa Ortega, la Guardia Civil ...". A town
the tables do not know looks like a surname and a given name, and a word after it ("a
verb", "a role") would otherwise make it a person; a person is seldom "in" anyone.

Faith and trust are placed "in" people too, so a given name, an age, or a role in an
apposition closed by a comma keeps a person ("faith in Ngozi Okafor, the chief executive,
said", "confían en Anxo Quintanilla, portavoz,"); not a clause that holds a role word ("en
la vecina Puebla Gorrión, el alcalde inauguró ..."), nor a role word before the name, which
the neighbouring word may be ("vecina").

Only the prepositions that mean "in" and nothing else: "a", "à", "bei", "to" and "at"
precede people too ("dijo a Ortega", "a dit à Dupont", "bei Müller", "spoke to Hale")."""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.lexicons.place_name_words import NEIGHBOURING

# "in" in each language, with the article it may take before a town ("en la vecina Alzira",
# "na vizinha Olhão", "nella vicina Bolzano", "im benachbarten Basel").
_IN = {
    "en": r"in",
    "de": r"in|im",
    "nl": r"in",
    "it": r"in|nella|nel",
    "es": r"en(?:\s+(?:el|la|los|las))?",
    "pt": r"em|no|na|nos|nas",
}
# Neighbouring words of the languages ``NEIGHBOURING`` leaves out.
_MORE_NEIGHBOURING = {"it": r"vicin[ao]|vicine|vicini", "pt": r"vizinh[ao]s?", "nl": r"naburige|nabije"}


@cache
def _placed_before(lang: str) -> re.Pattern[str] | None:
    preposition = _IN.get(lang)
    if preposition is None:
        return None
    neighbouring = NEIGHBOURING.get(lang) or _MORE_NEIGHBOURING.get(lang)
    between = rf"(?:(?:{neighbouring})\s+)?" if neighbouring else ""
    # The preposition opens the sentence or follows a word: "In Ashby", "hoy en Olmeda".
    return re.compile(rf"(?<![\w'’-])(?i:{preposition})\s+{between}$")


def placed_by_preposition(text: str, start: int, lang: str) -> bool:
    """Whether the name at ``start`` follows a preposition that places it (and the article
    and neighbouring word it may take), on the same line."""
    pattern = _placed_before(lang)
    if pattern is None:
        return False
    window = text[max(0, start - 40) : start]
    return pattern.search(window[window.rfind("\n") + 1 :]) is not None
