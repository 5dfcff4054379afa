"""Which place a text says lies in which: a dateline ("ASHBY, Northfield -"), "near Ashby, a
town in Northfield County", "en Olmeda, en la provincia de Soria", "relie Larreguy, petite
commune de la vallée de Barétous". What the daily merge reads to let a report placed at a
town and one placed at the region holding it be one event."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.gazetteer import ORG_WORDS
from summarizer.text.lexicons.places import PLACE_LEVEL_WORDS
from summarizer.text.places import place_pattern

_DETERMINERS = r"(?:the|le|la|les|l'|l’|el|los|las|der|die|das|dem|den)"
# A valley or a basin holds towns as a county does ("la vallée de Barétous", "the Oetztal
# valley", "la Cuenca de Pamplona").
_LANDFORM_WORDS = frozenset({"valley", "vallee", "valle", "vallon", "tal", "basin", "bassin", "cuenca"})
# Words for a settlement, in the four languages, that an apposition names without an article.
_SETTLEMENT_WORDS = (
    r"village|town|hamlet|suburb|municipality|commune|localit[ée]|bourg|ville|bourgade"
    r"|localidad|municipio|pueblo|aldea|pedan[íi]a|Gemeinde|Ortsteil|Ort|Dorf|Stadt|Marktgemeinde"
)
_JOINERS = r"(?:of|de|del|du|des|de la|von|der)"


@cache
def _containment_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A dateline ("ASHBY, Northfield, May 3 -", "ASHBY (Northfield) -") and a place said to
    lie in another after a place preposition: "in Ashby (Northfield)", "near Ashby, a town in
    Northfield County", "at St Olaf's Hospital in Ashby", "near Sagunto, in the Valencia
    region", "in Kelbach im Landkreis Harburg", "à Givry, dans le département de Saône",
    "en Olmeda, en la provincia de Soria"; and after any word, a town set in a place by a word
    for a settlement ("relie Larreguy, petite commune de la vallée de Barétous")."""
    from summarizer.text.lexicon import UPPER, lexicon

    lex = lexicon(lang)
    prepositions = "in|near|at|outside|around"
    if lex.code != "en" and lex.place_prepositions:
        prepositions += "|" + lex.place_prepositions
    name = rf"[{UPPER}][\w'’\-]*(?:\s+(?:{_JOINERS}\s+)?[{UPPER}][\w'’\-]*){{0,3}}"
    level = r"[\w-]+"
    outer = rf"(?:{_DETERMINERS}\s+)?(?:{level}\s+(?:{_JOINERS}\s+)?)?{name}(?:\s+{level})?"
    # "a town in", "une commune de", and without an article a word for a place of its kind
    # ("Zubiondo, localidad de la Cuenca de Pamplona", "Larreguy, petite commune de la vallée
    # de Barétous"): never any words, so "in Tarvik, destroying houses in Lindau" names no
    # place holding Tarvik.
    apposition = (
        r"(?:(?:a|an|un|une|una|ein|eine|einem)\s+(?:[\w-]+\s+)?[\w-]+\s+"
        rf"|(?:[\w-]+\s+)?(?i:{_SETTLEMENT_WORDS})\s+)"
    )
    within = r"(?:in|im|dans|en|de|of)"
    # A bracket between the town and the place holding it gives the town's name in another
    # language or a note ("nahe Clifden (irisch: An Clochán) in der Grafschaft Galway",
    # "près de Mulhouse (Mülhausen en allemand), dans le Haut-Rhin"): no part of either.
    aside = r"(?:\s*\([^()]{1,60}\))?"
    inside = (
        rf"(?<!\w)(?:{prepositions})\s+(?:{_DETERMINERS}\s+)?(?P<inner>{name})"
        rf"(?:\s*\((?P<paren>{name})\)|{aside},?\s+(?:{apposition})?{within}\s+(?P<outer>{outer})"
        rf"(?:\s*\((?P<further>{name})\))?)"  # "... de la vallée de Barétous (Pyrénées-Atlantiques)"
    )
    # A town named after any verb ("qui relie Larreguy, petite commune de la vallée de
    # Barétous (Pyrénées-Atlantiques)"): only with a word for a settlement, which says the
    # name before it is a place, and after a lower-case word, so that a sentence's first
    # word ("Ayer Zubiondo, localidad de ...") is no part of the name.
    settled = (
        rf"(?<=[a-zß-öø-ÿ] )(?P<inner>{name}),\s+(?:[\w-]+\s+)?(?i:{_SETTLEMENT_WORDS})\s+{within}"
        rf"\s+(?P<outer>{outer})(?:\s*\((?P<further>{name})\))?"
    )
    upper_word = rf"[{UPPER}][{UPPER}'’.\-]*"
    dateline = re.compile(
        rf"^\s*(?P<inner>{upper_word}(?:\s+{upper_word}){{0,3}})"
        rf"\s*(?:\((?P<paren>{name})\)|,\s*(?P<outer>{name}))\s*[,(–—-]"
    )
    return dateline, re.compile(inside), re.compile(settled)


def places_within(text: str, lang: str = "en") -> Iterator[tuple[str, str]]:
    """Each place a text says lies in another, as written (inner, outer): the outer as the
    text names it, level words and all ("Northfield County", "la provincia de Soria")."""
    dateline, inside, settled = _containment_patterns(lang)
    _, not_place = place_pattern(lang)
    found = [m for m in [dateline.match(text)] if m] + list(inside.finditer(text))
    # A settlement's phrase after a place preposition matches both patterns: once.
    taken = {match.start("inner") for match in found}
    found += [m for m in settled.finditer(text) if m.start("inner") not in taken]
    for match in found:
        held, holder = match.group("inner"), match.groupdict().get("paren") or match.group("outer")
        further = match.groupdict().get("further")
        for inner, written in [(held, holder), *([(holder, further)] if further else [])]:
            outer = _level_words_only(written)
            if not outer or outer.isupper():  # "(NMU)": an acronym, not a place
                continue
            first = outer.split()[0].strip("'’")
            if first in not_place or first.lower() in ORG_WORDS or inner.split()[0] in not_place:
                continue
            yield inner, outer


def _level_words_only(outer: str) -> str | None:
    """An outer place without a lower-case word after its name that is no level word
    ("Port Adela walked out": Port Adela); None when a lower-case word before its name is
    no level word ("la place Bellecour": a square, not a place that holds one)."""
    words = outer.split()
    while words and words[-1].islower() and fold_accents(words[-1]) not in PLACE_LEVEL_WORDS:
        words.pop()
    lower = [w for w in words if w.islower() and not re.fullmatch(rf"{_DETERMINERS}|{_JOINERS}", w)]
    if any(fold_accents(w) not in PLACE_LEVEL_WORDS | _LANDFORM_WORDS for w in lower):
        return None
    return " ".join(words) or None
