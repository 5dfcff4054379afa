"""Counts written without a number: none ("No one", "nobody", "keine", "niemand", "aucun",
"personne n'", "ningún", "nadie", "no hubo") and one as the indefinite article before a
word for a person killed or hurt ("un mort", "ein Toter", "un muerto").

Apart from ``numbers.find_numbers`` on purpose: "no", "kein", "aucun" and "un" are common
words that say nothing of a count in most sentences ("no one expected", "aucun doute",
"un homme"). What they deny or count is read by the caller: the offline engine takes a
toll of none only beside a word for people killed or hurt
(``engines.extractive.figure_word_tolls``), and a figure's grounding reads its span's
words here, so that "Aucun blessé" grounds a figure of 0.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.lexicons.harm import HARM, harm_nouns, one_nouns
from summarizer.text.numbers import NumberMention

# What a toll of none or one counts, by category: the nouns of ``lexicons.harm`` for the
# people killed or hurt ("Toten", "blessés", "fallecido") and, for English, for the harm
# ("no deaths").
HARM_NOUNS: dict[str, dict[str, str]] = {
    code: nouns for code in HARM if (nouns := harm_nouns(code)) is not None
}

# Words that say a count is none. "personne" is "nobody" only before its negation ("personne
# n'a été blessé"), and never after an article ("une personne" is one person).
_ZERO_WORDS = {
    # "no" before what it denies: "no deaths", "no serious injuries", "no passengers were hurt".
    "en": r"no(?:\s+|-)one|nobody|none|no(?=\s+(?:[a-z]+\s+){0,2}(?:deaths|fatalities|dead|injuries)\b"
    r"|\s+[a-z]+\s+(?:were|was)\s+(?:[a-z]+\s+)?(?:killed|hurt|injured|wounded|harmed)\b)",
    "de": r"niemand|kein(?:e|en|er|es|em)?",
    "fr": r"aucune?|(?<!une\s)(?<!la\s)(?<!cette\s)personne(?=\s+(?:n['’]|ne\b))|pas\s+(?:eu\s+)?de(?=\s)",
    "es": (
        r"ningun[oa]?|ningún|nadie|sin(?=\s+(?:causar\s+|provocar\s+|dejar\s+)?(?:herid|muert|víctimas|lesion))"
        r"|no\s+(?:hubo|hay|ha\s+habido|se\s+(?:registr|produj|report)\w*|caus[óo]|dej[óo]|provoc[óo])"
    ),
    "it": r"nessun[oa]?|senza(?=\s+(?:causare\s+|provocare\s+|fare\s+)?(?:ferit|mort|vittime))",
    "pt": (
        r"nenhum|nenhuma|ninguém|sem(?=\s+(?:causar\s+|provocar\s+|fazer\s+)?(?:ferid|mort|vítimas))"
        r"|não\s+(?:houve|há|se\s+registaram|se\s+registraram|causou|fez|provocou)"
    ),
}
# The indefinite article as the count of one, before a word for a person killed or hurt.
_ONE_WORDS = {"de": r"eine[nr]?|ein", "fr": r"une?", "es": r"una?", "it": r"una?", "pt": r"uma?"}
# Feminine French "mort" is "a death" ("une mort subite"), not a person: "une morte" only
# (``lexicons.harm``, the singulars counted as one).
_ONE_NOUNS = {code: ones for code in HARM if (ones := one_nouns(code)) is not None}


@cache
def _zero(lang: str) -> re.Pattern[str] | None:
    words = _ZERO_WORDS.get(lang)
    return re.compile(rf"(?<![\w'’-])(?:{words})(?![\w-])", re.IGNORECASE) if words else None


@cache
def _one(lang: str) -> re.Pattern[str] | None:
    article = _ONE_WORDS.get(lang)
    if article is None:
        return None
    # Not after an apostrophe ("d'un blessé": of one) nor a hyphen; the noun a whole word
    # ("un mort-vivant" is no toll).
    return re.compile(rf"(?<![\w'’-])(?P<one>{article})\s+(?=(?:{_ONE_NOUNS[lang]})(?![\w-]))", re.IGNORECASE)


def find_word_counts(text: str, lang: str = "en") -> list[NumberMention]:
    """Every count of none or of one ``text`` writes in words, in order (see the module's
    docstring for what is read)."""
    found: list[NumberMention] = []
    zero = _zero(lang)
    if zero is not None:
        found += [NumberMention(m.start(), m.end(), 0.0, m.group(), 0.0, False) for m in zero.finditer(text)]
    one = _one(lang)
    if one is not None:
        found += [
            NumberMention(m.start("one"), m.end("one"), 1.0, m.group("one"), 1.0, False)
            for m in one.finditer(text)
        ]
    return sorted(found)
