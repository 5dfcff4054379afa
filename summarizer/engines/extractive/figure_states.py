"""What befell the people a count counts, read from the words after it: "Three people are
missing" counts people missing, "212 Menschen an Bord erkrankt" Menschen erkrankt, "nueve
personas resultaron heridas" personas heridas.

A count's noun phrase ends at its verb (``counted_nouns``), so "people" alone is what the
bare reading records; but "four people" of no category may be any of a story's people
(those on board, those living nearby), and the daily merge never sets such a count against
another (``daily.measures.says_what_befell``). The state a report gives them (injured,
killed, missing, evacuated, held hostage, sick, trapped, rescued, arrested) is what makes
two reports' counts one measure, as a reader (and an annotator) records it.
"""

from __future__ import annotations

import re
from functools import cache

# The state words of each language, lower case, matched whole-word. Participles with
# their agreement endings; adjectives and nouns that name the state after a count ("12
# people dead", "trois otages", "rehenes").
_STATES = {
    "en": r"""injured|hurt|wounded|killed|dead|died|missing|unaccounted|evacuated|rescued|trapped
        |stranded|hospitali[sz]ed|sick|ill|infected|arrested|detained|hostages?|displaced|homeless
        |airlifted""",
    "de": r"""verletzt|verwundet|getötet|tot|gestorben|vermisst|evakuiert|gerettet|eingeschlossen
        |verschüttet|erkrankt|krank|infiziert|festgenommen|festgehalten|obdachlos|ausgeflogen
        |geiseln?""",
    "fr": r"""(?:blessé|tué|décédé|disparu|évacué|secouru|bloqué|piégé|coincé|hospitalisé|infecté
        |arrêté|interpellé|retenu|hélitreuillé|évacué)e?s?|morte?s?|malades?|otages?|sans-abri""",
    "es": r"""(?:herid|muert|fallecid|desaparecid|evacuad|desalojad|rescatad|atrapad|hospitalizad
        |detenid|retenid|intoxicad)[oa]s?|enferm[oa]s?|rehenes|rehén""",
}
# Words a count's state never lies beyond: a conjunction or relative that starts another
# clause ("20 people watched as two were killed"), a preposition of purpose or cause ("a
# vigil for those killed").
_BARRIERS = {
    "en": "and or but as while after before when because for since than",
    "de": "und oder aber als wie nachdem bevor wenn weil für seit",
    "fr": "et ou mais comme alors après avant quand parce pour depuis que",
    "es": "y e o u pero como mientras tras antes cuando porque para desde que",
}
# The most words that may stand between a count and its state: an auxiliary and an
# adverb or two ("are still missing", "ont été retenues", "an Bord erkrankt").
MOST_WORDS_BETWEEN = 3
# How far after a count its state is looked for: a few words, never the rest of a long
# sentence.
READ_AFTER = 80
_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")


@cache
def _state_words(lang: str) -> re.Pattern[str]:
    pattern = re.sub(r"\s+", "", _STATES.get(lang, _STATES["en"]))
    return re.compile(rf"(?:{pattern})", re.IGNORECASE)


@cache
def _barriers(lang: str) -> frozenset[str]:
    return frozenset(_BARRIERS.get(lang, _BARRIERS["en"]).split())


def names_a_state(counted: str, lang: str) -> bool:
    """Whether a counted phrase already says what befell its people ("personas
    desaparecidas", "people hostage")."""
    states = _state_words(lang)
    return any(states.fullmatch(word) for word in counted.lower().split())


def state_after(text: str, position: int, end: int, lang: str) -> str | None:
    """The state word that follows a count (its noun ends at ``position``) within its
    clause, as written: at most ``MOST_WORDS_BETWEEN`` words on, with no punctuation,
    numeral or conjunction in between. None when there is none."""
    states, barriers = _state_words(lang), _barriers(lang)
    limit = min(end, position + READ_AFTER)
    at = position
    for _ in range(MOST_WORDS_BETWEEN + 1):
        match = _WORD.match(text, at, limit)
        if match is None:
            return None  # punctuation, a numeral or the clause's end
        word = match.group(1)
        if states.fullmatch(word):
            return word
        if word.lower() in barriers:
            return None
        at = match.end()
    return None
