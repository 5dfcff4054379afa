"""Public bodies an article names by their kind alone, as the subject or source of what it
reports: "Die Gemeinde meldete", "Laut Feuerwehr", "Según el Ayuntamiento", "Els Bombers
confirmen", "Il Comune sostiene", "volgens de brandweer" (nouns: ``lexicons.bare_bodies``).
The daily merge places each by its article's town (``daily.kinds_by_place``).

What keeps a wrong one out: the noun is a source only when a credit ("según", "laut") or
a reporting verb ("meldt de politie", "a indiqué la commune") comes right before it, or a
reporting verb right after it: "the fire brigade is a volunteer service in most villages"
names no body. English needs the article ("police said" is the wire's unnamed source,
no actor in the single-article gold). A noun a join word follows is a named body's
head ("el Ayuntamiento de Vigo"), read elsewhere. Where the article named one body the
noun opens ("Ajuntament de Girona"), nothing is added: the bare noun is that body, or of
two ("Feuerwehr Lindau", "Feuerwehr Wasserburg") neither."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summarizer.text.lexicon import alternation, merge_lexicon
from summarizer.text.lexicons.bare_bodies import (
    BARE_BODY_ARTICLES,
    BARE_BODY_CLITICS,
    BARE_BODY_JOINS,
    BARE_BODY_NOUNS,
    BARE_BODY_VERBS,
)

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The noun with its article (or after a credit, without one); a credit right before
    it; a reporting verb right after it."""
    if lang not in BARE_BODY_NOUNS:
        return None
    lex = merge_lexicon(lang)
    nouns = alternation(BARE_BODY_NOUNS[lang])
    credits = alternation(lex.according_to)
    noun = re.compile(
        rf"(?<![\w'’-])(?:(?P<article>(?i:{BARE_BODY_ARTICLES[lang]}))[ \t]*)?"
        rf"(?P<name>(?i:{nouns}))(?![\w'’-])(?![ \t]+(?i:{BARE_BODY_JOINS})(?![\w'’-]))"
    )
    verbs = alternation((*lex.reporting_verbs, *lex.according_after, *BARE_BODY_VERBS[lang]))
    # A credit, with or without the article; an inverted reporting verb, with it. Not in
    # English, where "He said the fire brigade was late" reports what the body did.
    inverted = rf"|(?i:{verbs})[ \t]+(?i:{BARE_BODY_ARTICLES[lang]})[ \t]*" if lang != "en" else ""
    credit = re.compile(
        rf"(?<![\w'’])(?:(?i:{credits})[ \t]+(?:(?i:{BARE_BODY_ARTICLES[lang]})[ \t]*)?{inverted})$"
    )
    verb = re.compile(
        rf"[ \t]*(?:,[^,.]{{1,60}},[ \t]*)?(?:(?:{BARE_BODY_CLITICS})[ \t]+)?(?i:{verbs})(?![\w'’-])"
    )
    return noun, credit, verb


def find_bare_bodies(finder: ActorFinder, lang: str) -> None:
    """Add each body ``lang``'s text names by its kind alone as a source (see the module)."""
    patterns = _patterns(lang)
    if patterns is None:
        return
    noun, credit, verb = patterns
    text = finder.text
    for found in noun.finditer(text):
        name = found.group("name")
        before = text[max(0, found.start() - 40) : found.start("name")]
        credited = credit.search(before) is not None
        # "Laut Feuerwehr" needs no article; "Feuerwehr meldete" is a headline's shorthand.
        # English's "police said", "according to police" is the wire's formula for an
        # unnamed source, which the single-article gold reads as no actor: only "the
        # police", as ``service_bodies.BARE`` reads it.
        article = found.group("article") is not None
        if not article and lang == "en":
            continue
        if not credited and not (article and verb.match(text, found.end("name"))):
            continue
        if not _opens_a_named_body(finder, name):
            finder.add(name, "government", found.start("name"))


def _opens_a_named_body(finder: ActorFinder, noun: str) -> bool:
    """True when the article named a body whose name opens with ``noun`` and says more
    ("Feuerwehr Lindau", "Polizia stradale di Aosta"). The bare noun is then that body or,
    of two towns', neither; it is no alias of it either, which would make the daily merge
    read the named body as a kind alone and place it by another article's town."""
    folded = noun.casefold() + " "
    return any(c.kind != "person" and c.name.casefold().startswith(folded) for c in finder.candidates)
