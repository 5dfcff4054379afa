"""The counted noun after a number: "12 ‘Falcon’ attack drones" counts "Falcon attack drones"."""

from __future__ import annotations

import re
from functools import cache

from summarizer.engines.extractive.figure_clauses import clause_words
from summarizer.text.lexicon import lexicon

# A parenthesis between the number and its noun.
ASIDE = re.compile(r"\s*\([^)]{1,30}\)")
# Verbs that end a counted noun phrase ("21 drones were destroyed").
# Whole verb forms, not stems: "firefighters", "users" and "launchers" are nouns.
COUNT_ENDS = re.compile(
    r"kill(?:s|ed|ing)?|injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|destroy(?:s|ed|ing)?|d(?:ie[sd]?|ying|ead)"
    r"|fled|flee(?:s|ing)?|hit(?:s|ting)?|fell|launch(?:es|ed|ing)?|fir(?:e[sd]?|ing)|us(?:e[sd]?|ing)|were|was"
)
FOLLOWING_WORD = re.compile(r"\s+([a-z][\w-]*)")
COUNTED_WORD = re.compile(r"\s*([A-Za-z][\w'’‘\-]*|[‘'][A-Za-z][\w\-]*[’'])")


_OTHER_WORD = re.compile(r"\s*([^\W\d_][\w'’\-]*)")


def counted_noun(after: str, lang: str = "en") -> tuple[str | None, int]:
    """The noun phrase after a number: '12 ‘Falcon’ attack drones' -> 'Falcon attack drones'."""
    lex = lexicon(lang)
    if lang != "en":
        return _counted_other(
            after, lex.counted_stops, _finite_verb(lang), capitalized_nouns=bool(lex.noun_endings)
        )
    stops = lex.counted_stops
    words: list[str] = []
    consumed = 0
    aside = ASIDE.match(after)  # "15 (Russian) cruise missiles"
    if aside:
        consumed = aside.end()
    # Each word is matched where the last one ended: a search would scan the rest of a
    # sentence without letters (a run of numerals) once per number in it.
    while (match := COUNTED_WORD.match(after, consumed)) is not None:
        word = match.group(1).strip("‘’'")
        if word.lower() in stops or len(words) >= 4:
            break
        if COUNT_ENDS.fullmatch(word.lower()):
            break
        if word.islower() and word.endswith(("ed", "ing")) and len(word) > 4:
            # A participle ends the phrase ("300 displaced", "two bridges collapsed", "150
            # people living nearby", "three preferring to wait") unless it is an adjective in
            # front of a noun ("armed men", "15 fighting vehicles").
            following = FOLLOWING_WORD.match(after, match.end())
            if words or following is None or following.group(1) in stops:
                break
        words.append(word)
        consumed = match.end()
    if not words:
        return None, 0
    return " ".join(words), consumed


@cache
def _finite_verb(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{clause_words(lang).finite})$")


def _counted_other(
    after: str, stops: frozenset[str], finite_verb: re.Pattern[str], capitalized_nouns: bool = False
) -> tuple[str | None, int]:
    """Up to three words after a number, to the first article, preposition or auxiliary;
    in German, to the noun ("14 Menschen verletzt" counts Menschen; "14 schwer verletzte
    Menschen" keeps its adjectives)."""
    words: list[str] = []
    consumed = 0
    while (match := _OTHER_WORD.match(after, consumed)) is not None:
        if match.group(1).lower() in stops or len(words) >= 3:
            break
        if finite_verb.match(match.group(1).lower()):
            break  # "200 viviendas resultaron dañadas": the verb ends what is counted
        if capitalized_nouns and words and words[-1][:1].isupper() and match.group(1)[:1].islower():
            break  # the noun has come: what follows is the verb
        words.append(match.group(1))
        consumed = match.end()
    return (" ".join(words), consumed) if words else (None, 0)
