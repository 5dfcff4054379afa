"""What befell the people a count counts, read from the words after it: "Three people are
missing" counts people missing, "212 Menschen an Bord erkrankt" Menschen erkrankt, "nueve
personas resultaron heridas" personas heridas.

A count's noun phrase ends at its verb (``counted_nouns``), so "people" alone is what the
bare reading records; but "four people" of no category may be any of a story's people
(those on board, those living nearby), and the daily merge never sets such a count against
another (``daily.measures.says_what_befell``). The state a report gives them (injured,
killed, missing, evacuated, held hostage, sick, trapped, rescued, arrested) is what makes
two reports' counts one measure, as a reader (and an annotator) records it. A verb before
a count of people says it too ("retient toujours quatre personnes", "desalojó a unos 200
vecinos"), and a short aside between a count and its state is read past ("six personnes,
quatre agents et deux clients, ont été retenues").
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.counted import PEOPLE, PEOPLE_THINGS, THINGS

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
# An aside set off by commas right after a count ("six personnes, quatre agents et deux
# clients, ont été retenues"): read past, as a reader does, when short.
_ASIDE = re.compile(r"\s*,[^,;:.()]{1,60},")
# Verbs before a count of people that say what befell them, and the participle that says
# it after the noun ("retient toujours quatre personnes": personnes retenues; "desalojó a
# unos 200 vecinos": vecinos evacuados). At most two words stand between ("toujours",
# the Spanish personal "a").
_VERBS_BEFORE = {
    "en": (
        (r"rescued|rescuing", "rescued"), (r"evacuated|evacuating", "evacuated"),
        (r"arrested|arresting|detained|detaining", "arrested"), (r"airlifted|airlifting", "airlifted"),
    ),
    "de": ((r"evakuierte[n]?", "evakuiert"), (r"rettete[n]?", "gerettet")),
    "fr": (
        (r"ret(?:ient|iennent|enait|enaient|enu)|dét(?:ient|iennent|enait|enu)|séquestr\w*", "retenus"),
        (r"évacu(?:e|ent|é|ait|aient)", "évacués"), (r"secour(?:t|ent|u|ait)", "secourus"),
        (r"interpell(?:e|ent|é)|arrêt(?:e|ent|é)", "interpellés"), (r"hélitreuill\w*", "hélitreuillés"),
    ),
    "es": (
        (r"ret(?:iene|ienen|enía|enían|uvo|uvieron|enido)|secuestr\w*", "retenidos"),
        (r"desaloj(?:a|an|ó|aron|aba|ado)|evacu(?:a|an|ó|aron|aba|ado)", "evacuados"),
        (r"rescat(?:a|an|ó|aron|ado)", "rescatados"), (r"det(?:uvo|uvieron|enido)|arrest(?:ó|aron)", "detenidos"),
    ),
}  # fmt: skip
MOST_WORDS_BEFORE = 2
# The participles above that make a count of people a count of the displaced.
EVACUATED = frozenset({"evacuated", "evakuiert", "évacués", "evacuados"})
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")


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
    aside = _ASIDE.match(text, position, limit)
    at = aside.end() if aside else position
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


@cache
def _verbs_before(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"(?:{verbs})", re.IGNORECASE), participle)
        for verbs, participle in _VERBS_BEFORE.get(lang, _VERBS_BEFORE["en"])
    )


def counts_people(counted: str) -> bool:
    """Whether a counted phrase names people ("personnes", "vecinos", "Arbeiter")."""
    words = re.findall(r"[^\W\d_]+", fold_accents(counted).lower())
    return bool(words) and (words[0] in PEOPLE or THINGS.get(words[0]) in PEOPLE_THINGS)


def state_before(text: str, start: int, sentence_start: int, lang: str) -> str | None:
    """The participle of the verb that stands just before a count of people (its first
    word at ``start``) and says what befell them, if one does."""
    barriers = _barriers(lang)
    at = start
    for _ in range(MOST_WORDS_BEFORE + 1):
        match = _WORD_BEFORE.search(text, max(sentence_start, at - 40), at)
        if match is None:
            return None
        for verb, participle in _verbs_before(lang):
            if verb.fullmatch(match.group(1)):
                return participle
        if match.group(1).lower() in barriers:
            return None  # "were evacuated while 80 firefighters": another clause's verb
        at = match.start()
    return None
