"""Tolls written without a number: none ("No one was killed", "niemand wurde verletzt",
"Todesopfer gab es keine", "Aucun blessé", "personne n'a été blessé", "ningún fallecido",
"no hubo heridos") and one as the indefinite article ("un mort", "ein Toter", "un muerto").

A word of none or one (``text.word_counts``) is a toll only right beside a word for people
killed or hurt: after it with at most a few auxiliaries and adverbs between ("No one is
believed to have been hurt"), or, in German, before it ("Verletzt wurde niemand"). "No one
expected", "aucun doute", "ningún caso" and "un homme" stay out. The harm word gives the
category; a noun after a determiner is what is counted ("Aucun blessé" counts "blessé"),
a pronoun counts nobody named ("No one" alone is the figure's text, as an editor marks it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.counted import PEOPLE, PEOPLE_THINGS, THINGS
from summarizer.text.lexicons.harm import harm_verbs
from summarizer.text.word_counts import HARM_NOUNS, find_word_counts

# Words that may stand between a word of none and what it denies: auxiliaries, adverbs,
# "according to" phrases, an adjective before a noun ("keine weiteren Verletzten").
_BETWEEN: dict[str, str] = {
    "en": r"was|were|is|are|has|have|had|been|be|being|to|else|seriously|badly|critically|gravely"
    r"|severely|reportedly|reported|believed|thought|of|them|those|inside|aboard|other|serious|further"
    r"|immediate|known",
    "de": r"wurde|wurden|ist|sei|war|waren|kam|kamen|dabei|nach|ersten|bisherigen|angaben|erkenntnissen"
    r"|zum|glück|glücklicherweise|schwer|ernsthaft|lebensgefährlich|weiteren|weitere|schweren"
    r"|(?:bei|in|an)\s+(?:dem|der|den)\s+[^\W\d]+",
    "fr": r"n['’]\s*(?:a|ont|est|y\s+a)|ne|a|est|été|fut|sérieusement|grièvement|gravement|heureusement|pas"
    r"|fait|eu",
    "es": r"resultó|resultaron|fue|fueron|ha|han|había|sido|resultado|que|lamentar|gravemente|se",
    "it": r"è|sono|stato|stata|stati|state|rimasto|rimasta|rimasti|rimaste|risulta|risultano|ha|hanno|si"
    r"|registrano|segnalano|fortunatamente|per\s+fortuna|gravemente|grave|gravi|altri|altre",
    "pt": r"foi|foram|ficou|ficaram|houve|há|se|registaram|registraram|registou|registrou|sido|a\s+registar"
    r"|a\s+lamentar|gravemente|felizmente|outros|outras",
}
# German writes what it denies first too ("Todesopfer gab es keine", "Verletzt wurde niemand").
_BEFORE: dict[str, str] = {"de": r"gab\s+es|wurde|wurden|gab\s+es\s+(?:zum\s+glück|aber|jedoch)"}
# Words of none that stand for a person, not for what follows them: the figure is the word.
_PRONOUNS = frozenset(
    {"no one", "no-one", "nobody", "none", "niemand", "keiner", "personne", "nadie", "nessuno", "ninguém"}
)
# How far around a word of none its harm word is looked for.
_WINDOW = 80


@dataclass(frozen=True)
class WordToll:
    start: int
    end: int
    text: str
    value: float
    category: str
    counted: str | None


@dataclass(frozen=True)
class _Patterns:
    after: re.Pattern[str]
    person: re.Pattern[str]  # a noun, then ``after``
    before: re.Pattern[str] | None
    nouns: re.Pattern[str]
    categories: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def _patterns(lang: str) -> _Patterns | None:
    # Verbs and participles that say people were killed or hurt (``lexicons.harm``), and nouns.
    verbs, nouns = harm_verbs(lang), HARM_NOUNS.get(lang)
    if verbs is None or nouns is None:
        return None
    harm = "|".join([*nouns.values(), *verbs.values()])
    between = _BETWEEN[lang]
    before = _BEFORE.get(lang)
    after = rf"(?:\s+(?:{between})(?![\w-])){{0,5}}\s+(?P<harm>{harm})(?![\w-])"
    return _Patterns(
        after=re.compile(rf"{after}", re.IGNORECASE),
        person=re.compile(rf"\s+([^\W\d_][\w-]*){after}", re.IGNORECASE),
        before=re.compile(rf"(?<![\w-])(?P<harm>{harm})\s+(?:{before})\s+$", re.IGNORECASE)
        if before
        else None,
        nouns=re.compile(rf"(?:{'|'.join(nouns.values())})", re.IGNORECASE),
        categories=tuple(
            (category, re.compile(rf"(?:{nouns.get(category, '(?!)')}|{verbs[category]})", re.IGNORECASE))
            for category in ("killed", "injured")
        ),
    )


def _category(harm: str, patterns: _Patterns) -> str:
    return next(category for category, pattern in patterns.categories if pattern.fullmatch(harm))


def _person_after(sentence: str, at: int, patterns: _Patterns) -> re.Match[str] | None:
    """A noun for people right after a word of none (group 1) and the word after it for
    what befell them (group "harm"): "kein Passagier wurde verletzt"; or None."""
    found = patterns.person.match(sentence, at, min(len(sentence), at + _WINDOW))
    if found is None:
        return None
    folded = fold_accents(found.group(1))
    return found if folded in PEOPLE or THINGS.get(folded) in PEOPLE_THINGS else None


def find_word_tolls(text: str, sent_start: int, sent_end: int, lang: str = "en") -> list[WordToll]:
    """The tolls of none and of one the sentence ``text[sent_start:sent_end]`` writes in words."""
    patterns = _patterns(lang)
    if patterns is None:
        return []
    sentence = text[sent_start:sent_end]
    tolls: list[WordToll] = []
    for word in find_word_counts(sentence, lang):
        pronoun = fold_accents(re.sub(r"\s+", " ", word.written)) in _PRONOUNS
        after = patterns.after.match(sentence, word.end, min(len(sentence), word.end + _WINDOW))
        if after is not None:
            harm = after.group("harm")
            noun = not pronoun and patterns.nouns.fullmatch(harm) is not None
            start, end = word.start, after.end("harm") if noun else word.end
            counted, harm_end = harm if noun else None, after.end("harm")
        elif word.value == 0 and not pronoun and (person := _person_after(sentence, word.end, patterns)):
            # "ningún bombero resultó herido", "no firefighters were hurt": none of some people.
            start, end, harm_end = word.start, person.end(1), person.end("harm")
            harm, counted = person.group("harm"), person.group(1)
        elif word.value == 0 and patterns.before is not None:
            found = patterns.before.search(sentence, max(0, word.start - _WINDOW), word.start)
            if found is None:
                continue
            harm = found.group("harm")
            counted = harm if patterns.nouns.fullmatch(harm) else None
            start, end = found.start("harm"), word.end
            harm_end = end
        else:
            continue
        if not find_word_counts(sentence[start:end], lang):
            # The figure's text must write its count: "personne" is none only with "n'a été
            # blessé", "No" only with "passengers were hurt".
            end = harm_end
        tolls.append(
            WordToll(
                start=sent_start + start,
                end=sent_start + end,
                text=sentence[start:end],
                value=word.value,
                category=_category(harm, patterns),
                counted=counted,
            )
        )
    return tolls
