"""The ages a report gives the people of its event ("a 19-year-old", "un homme de 41 ans",
"einen 19-Jährigen", "un suspect de dix-neuf ans", "dos hombres, de 52 y 29 años"), in
digits or words, in any language the product reads: two reports of one type, town and day
that give one person's age tell one person, as ``report_pairs.shared_specifics`` reads it."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.accents import fold_accents
from summarizer.text.numbers import NumberMention, find_numbers
from summarizer.text.vocabulary import words

# What follows a number that is an age, accents folded: "-year-old", "years old",
# "-jahrige(n)", "jahre alt", Dutch "-jarige", "ans", "anos", "anni", Catalan "anys" (the
# last four only after "de"/"di", ``_OF``), Italian "enne" ("un 19enne").
_AGE_AFTER = re.compile(r"[- ]?(?:years?[- ]old\b|jahrige|jarige\b|jahre\s+alte?[nrs]?\b|enne\b)")
_YEARS_AFTER = re.compile(r"\s+(?:ans|anos|anni|anys)\b")
# "aged 41", "âgé de 41 ans", "im Alter von 41 Jahren".
_AGE_BEFORE = re.compile(r"(?:\baged|\bim\s+alter\s+von)\s+$")
# The word before a French, Spanish or Italian "de N ans" that says the years are not an
# age but a span: a term ("une peine de 5 ans", "condena de 10 años", "un contrat de 3 ans"),
# "more than", "for", "since", "ago" ("hace 5 años", "il y a 5 ans"), or anniversary; and
# Catalan's ("una condemna de 5 anys").
_OF = re.compile(r"\b(?P<before>\w+),?\s+(?:de|di|d)\s+$")
_SPAN_WORDS = words(
    """peine prison reclusion ferme sursis contrat duree bail mandat plus moins pres apres pendant
    depuis periode delai condena pena prision carcel contrato duracion mandato plazo periodo mas
    menos durante desde hace cerca condanna reclusione contratto durata mandato periodo piu meno
    oltre circa anniversaire aniversario anniversario age edad eta ete
    condemna preso contracte durada termini periode mes menys"""
)
# "de 52 y 29 años": the first of two numbers joined by "and" before the years is an age too.
_AND_NEXT = re.compile(r"\s*(?:,|and|und|et|y|e)\s*$")
# People's ages: a number beyond these is a year or a count.
_OLDEST = 120
# A report's evidence is read no further than this.
_LONGEST = 2000


@lru_cache(maxsize=16384)
def person_ages(evidence: str | None, language: str = "en") -> frozenset[int]:
    """The ages the evidence gives people of its event (see the module's docstring)."""
    if not evidence:
        return frozenset()
    text = fold_accents(evidence[:_LONGEST].casefold())
    mentions = [m for m in find_numbers(text, language) if _whole_age(m.value)]
    found: set[int] = set()
    for n, mention in enumerate(mentions):
        if _is_age(text, mention):
            found.add(int(mention.value))
        elif two := _two_ages(text, mention, mentions[n + 1 : n + 2]):
            found |= two
    return frozenset(found)


def _whole_age(value: float) -> bool:
    return float(value).is_integer() and 0 < value <= _OLDEST


def _is_age(text: str, mention: NumberMention) -> bool:
    after = text[mention.end : mention.end + 16]
    before = text[max(0, mention.start - 40) : mention.start]
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
        return True
    return _YEARS_AFTER.match(after) is not None and _of_a_person(before)


def _of_a_person(before: str) -> bool:
    """The text before a number ends in "de"/"di" after a word that is no span of time."""
    of = _OF.search(before)
    return of is not None and of["before"] not in _SPAN_WORDS and not of["before"].isdigit()


def _two_ages(text: str, mention: NumberMention, following: list[NumberMention]) -> set[int]:
    """Both ages of "de 52 y 29 años": two numbers joined by "and" after "de", then the years."""
    if not following:
        return set()
    nxt = following[0]
    joined = _AND_NEXT.fullmatch(text[mention.end : nxt.start]) is not None
    if (
        joined
        and _YEARS_AFTER.match(text[nxt.end : nxt.end + 16])
        and _of_a_person(text[max(0, mention.start - 40) : mention.start])
    ):
        return {int(mention.value), int(nxt.value)}
    return set()
