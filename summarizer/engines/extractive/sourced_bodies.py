"""Bodies that French and Spanish copy names with an article, as the source of a report:
"según la Ertzaintza", "informó la Guardia Civil", "selon La Poste", "la Diputación Foral
de Bizkaia confirma", "les Bombers de la Generalitat ont indiqué". Neither language puts
an article before a person's name, so a capitalised name after one that reports, or that
"according to" credits, is a body's, whatever its words: no list of body nouns could
hold "Ertzaintza" or "Bombers". Places take articles too ("la Rioja", "le Havre"): a known
place or country is left out, and so is a name only a verb after it would make a source,
when a place preposition comes before ("à la Réunion, a dit")."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summarizer.engines.extractive.bracketed_acronyms import MOST_BODIES_PER_RULE
from summarizer.models import ActorKind
from summarizer.text.gazetteer import COUNTRIES, COUNTRY_ALIASES, is_known_place
from summarizer.text.given_names import given_names
from summarizer.text.lexicon import LOWER, UPPER, alternation, lexicon

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder

_ARTICLES = {"fr": r"la|le|les|l['’]", "es": r"la|el|los|las"}
_JOINS = {"fr": r"de la|de l['’]|des|du|de|d['’]|et", "es": r"de la|de los|de las|del|de|y"}
# A word of a name: capitalised, letters, inner hyphens and apostrophes ("Air-Rhône").
_WORD = rf"[{UPPER}][{LOWER}{UPPER}0-9'’-]*[{LOWER}{UPPER}0-9]"
_HYPHENATED = re.compile(r"\w+(?:-\w+)+")


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The article and name; what credits a source before it ("según", "informó"); a
    place preposition before it."""
    if lang not in _ARTICLES:
        return None
    lex = lexicon(lang)
    name = re.compile(
        rf"(?<![\w'’])(?i:{_ARTICLES[lang]})[ \t]*"
        rf"(?P<name>{_WORD}(?:[ \t]+(?:(?:{_JOINS[lang]})[ \t]*)?{_WORD}){{0,5}})(?![\w'’-])"
    )
    credit = re.compile(rf"(?<![\w'’])(?i:{alternation([*lex.according_to, *lex.reporting_verbs])})[ \t]+$")
    place = re.compile(rf"(?<![\w'’])(?i:{lex.place_prepositions})[ \t]+$")
    return name, credit, place


def _place(name: str) -> bool:
    return name in COUNTRIES or name in COUNTRY_ALIASES or is_known_place(name)


def _words_naming_more(text: str, lang: str) -> set[str]:
    """Capitalised words the text also uses inside a longer name: a part of a hyphenated
    name ("Haut-Rhin"), or a word a joining word or another capitalised word follows
    ("Consejería de Sanidad", "Dérotse SA"). One pass each, whatever the text's length."""
    found = {part for m in _HYPHENATED.finditer(text) for part in m.group().split("-")}
    heads = re.compile(rf"(?<![\w'’-])({_WORD})[ \t]+(?=(?:{_JOINS[lang]})(?![\w'’])|[{UPPER}])")
    found.update(m.group(1) for m in heads.finditer(text))
    return found


def find_sourced_bodies(finder: ActorFinder) -> None:
    patterns = _patterns(finder.rules.lang)
    if patterns is None:
        return
    name_pattern, credit, place_before = patterns
    text = finder.text
    lex = lexicon(finder.rules.lang)
    government = lex.government_words
    naming = _words_naming_more(text, finder.rules.lang)
    added = 0
    for match in name_pattern.finditer(text):
        if added >= MOST_BODIES_PER_RULE:
            return
        name = match.group("name")
        words = name.split()
        first = words[0]
        if name.isupper() or first in finder.rules.not_name or first.split("-")[0] in given_names():
            continue  # an acronym is read elsewhere; "el Lunes"; "la Ana" is a person
        if len(words) == 1 and (
            first.lower() in lex.organization_roles
            or first.lower() in lex.government_words
            or first in naming
        ):
            # "según la Consejería" after "La Consejería de Sanidad madrileña": the short
            # form of a longer name, or a body's noun whichever body it is. A word that
            # also names other things is a place's: "le Rhin" of "Haut-Rhin", "la
            # Ferrache" of "Villard-sur-Ferrache", "la Dérotse" of "Dérotse SA".
            continue
        if finder.rules.is_role(first) or _place(name):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        credited = credit.search(before) is not None
        acts = finder.rules.verb_after.match(text, match.end()) is not None
        # Mid-sentence, a lower-case article before a capital marks a proper name that
        # is no person's: "Efectivos de la Ertzaintza", "la Ertzaintza pidió".
        named = text[match.start()].islower()
        if not credited and (place_before.search(before) is not None or not (acts or named)):
            continue
        kind: ActorKind = (
            "government" if any(w.lower().endswith(tuple(government)) for w in words) else "organization"
        )
        at = match.start("name")
        if text[match.start()].isupper() and credited:
            at = match.start()  # "selon La Poste": a capital article mid-sentence is the name's
        finder.add(text[at : match.end("name")], kind, at)
        added += 1
