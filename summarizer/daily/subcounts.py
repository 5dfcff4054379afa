"""A figure that is part of a count its text has given ("Twelve people were injured ... five
of the injured were in a serious condition", "20 passengers were hurt; the hospital treated
8 of them", "douze blessés, dont cinq graves"). It is one measure with the whole, but no
rival to it: it says only that the whole is at least as large, so the conflict check reads
it as a lower bound (``figure_conflicts.values_conflict``). Read without it, every report that gives
a toll and then its serious cases would be flagged as a source disagreeing with itself, or
with another source's whole.

A pronoun's whole ("two of them", "deux d'entre eux", "dont", "darunter") is the count the
text gave last. When that count is of another kind than the part ("six skiers were swept
away; two of them died", "40 passagers, dont cinq blessés") and the text gives no whole of
the part's own kind, the part is the whole toll of its kind: "two of them died" says two
died, not at least two (``own_whole``).

A count of the injured told by how badly they were hurt ("due feriti gravi", "two seriously
injured", "zwei Schwerverletzte", "tres heridos leves") is a part too, whether or not its
text gives the whole: an update that only says "of the two seriously injured, one was
flown to Brescia" says nothing against another source's 14 injured (``told_by_severity``).

One person told by their age ("un uomo di 45 anni", "a 24-year-old Italian", "otro
trabajador, de 29 años") beside another figure of their category in the article is one of
those counted, not a count of one: "tre feriti ... un uomo di 45 anni è grave" gives three
injured, and "Un Italien de 24 ans ... un Lyonnais de 31 ans" two, none of them a source's
toll of one (``described_person``, issue 25, days 88 and 89).

A sum of money told as one person's ("somme versée par une victime", "paid by one
customer", "von einer Geschädigten gezahlt", "pagados por cada víctima", "per victim") is
one share of a fraud's or a theft's whole: the whole is at least as large, so one victim's
1,900 euros says nothing against another source's 180,000 euros of damage
(``one_persons_share``, issue 25, day 104); told as each person's ("per victim", "je
Opfer") it is a rate, a measure of its own (``per_person``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from summarizer.daily.person_ages import person_ages
from summarizer.models.common import Span
from summarizer.text.accents import fold_accents
from summarizer.text.language import MERGED
from summarizer.text.lexicon import merge_lexicon
from summarizer.text.lexicons.counted import (
    PART_AFTER,
    PART_BEFORE,
    PART_NAMED,
    PEOPLE,
    PEOPLE_THINGS,
    SEVERITY,
    THINGS,
    VICTIMS,
)
from summarizer.text.lexicons.past_years import LAST_YEAR
from summarizer.text.segment import sentence_at
from summarizer.text.vocabulary import words

# How far before a figure its partitive may stand ("..., dont cinq"; "including three").
BEFORE_CHARS = 24


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # Right after the number: "12 residents of the town" names whose they are, not a part.
    after = re.compile(rf"^\s*(?:{PART_AFTER})(?!\w)")
    before = re.compile(rf"(?<!\w)(?:{PART_BEFORE})\s+(?:\w+\s+)?$")
    # Opening the figure's own words: a briefing often takes the partitive into the figure
    # ("dont un", "darunter zwei", "including three", "entre ellos dos").
    opening = re.compile(rf"^\s*(?:{PART_BEFORE})\s+\S", re.IGNORECASE)
    return after, before, opening


@cache
def _named() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{PART_NAMED})(?!\w)")


@cache
def _leading_bound() -> re.Pattern[str]:
    """The words a figure's bound opens it with ("about 30", "environ trente", "rund
    zwanzig", "unos treinta", "circa trenta", "cerca de trinta": ``Lexicon.bounds``)."""
    cues = [pattern for code in MERGED for pattern, _ in merge_lexicon(code).bounds]
    # A word right before a number in digits is its bound in any language ("about 30").
    return re.compile(rf"^\s*(?:(?:{'|'.join(cues)})(?!\w)|[^\W\d_]+\s+(?=\d))", re.IGNORECASE)


def _rest(figure_text: str) -> str:
    """What follows a figure's number in its own words ("of the injured" of "Five of the
    injured", "of them" of "about 30 of them": a bound before the number is not it)."""
    unbound = _leading_bound().sub("", figure_text, count=1)
    number_end = re.search(r"\d[\d.,\s]*|\b\w+\b", unbound)
    return unbound[number_end.end() :] if number_end else ""


def is_subcount(article_text: str, figure_text: str, span: Span) -> bool:
    """Whether the figure at ``span`` counts some of a count already given: a partitive in
    the figure's own words or right after it ("five of the injured", "8 of them"), or just
    before it ("including three", "dont cinq"), or opening its own words ("dont un")."""
    after, before, opening = _patterns()
    rest = _rest(figure_text)
    following = fold_accents(rest + article_text[span.end : span.end + BEFORE_CHARS])
    preceding = fold_accents(article_text[max(0, span.start - BEFORE_CHARS) : span.start])
    own = fold_accents(figure_text)
    return bool(after.search(following) or before.search(preceding) or opening.match(own))


def own_whole(
    article_text: str, figure_text: str, span: Span, category: str, others: Sequence[tuple[int, str]]
) -> bool:
    """Whether a subcount (``is_subcount``) at ``span`` is the whole count of its own
    kind, given the article's other figures as (start, category): its partitive is a
    pronoun (not "of the injured", which names its whole), the figure the article gives
    last before it is of another category ("six skieurs ... Deux d'entre eux ont perdu
    la vie"), and none before it is of its own ("12 injured ... 40 firefighters ... five
    of them seriously" stays a part)."""
    following = fold_accents(_rest(figure_text) + article_text[span.end : span.end + BEFORE_CHARS])
    if _named().search(following.lower()):
        return False
    before = [(start, kind) for start, kind in others if start < span.start]
    if not before or any(kind == category for _, kind in before):
        return False
    return max(before)[1] != category


def told_by_severity(category: str, figure_text: str, counted: str | None) -> bool:
    """Whether a count of the injured names them by how badly they were hurt, in its own
    words or in what it counts ("due feriti gravi", "three people seriously injured",
    "zwei Schwerverletzte"): some of the injured, a part of the toll (``SEVERITY``)."""
    if category != "injured":
        return False
    said = fold_accents(f"{figure_text} {counted or ''}").lower()
    return not SEVERITY.isdisjoint(re.findall(r"[^\W\d_]+", said))


def described_person(
    text: str,
    figure_text: str,
    value: float | None,
    category: str,
    start: int,
    others: Sequence[tuple[int, str]],
    lang: str,
    year: int | None = None,
) -> bool:
    """Whether a figure of one (``value``) names a person by their age in its own words
    ("un touriste italien de 24 ans", "einen 45-Jährigen", ``person_ages``) while its
    article gives another figure of its ``category`` (``others``, as (start, category)):
    one of the people that figure counts, or one of two described apart, never a toll of
    one set against another source's count. Alone in its category the person is the
    article's whole toll ("a 24-year-old man was hurt"), and so it is beside a figure told
    of another year ("Three people were killed on the same stretch in 2023": ``_of_another_year``;
    ``year``: the article's)."""
    if value != 1 or not person_ages(figure_text, lang):
        return False
    return any(
        kind == category and at != start and not _of_another_year(text, at, start, year, lang)
        for at, kind in others
    )


# A year before the event's in eight languages, or a year named in a figure's sentence ("in
# 2023"): a count of then, no count the person told now could be one of. A year is no other
# year when it is the article's own or later ("the deadliest crash of 2026"), nor a postcode
# before its town ("2000 Antwerpen", "2018 Antwerpen").
_BEFORE_YEAR = re.compile(LAST_YEAR, re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)(?![ \xa0]+[A-ZÀ-Þ])")


def _years_before(sentence: str, year: int | None) -> set[str]:
    """The years ``sentence`` names before the article's ``year`` (any, if not known)."""
    named = {y for y in _YEAR.findall(sentence) if year is None or int(y) < year}
    return named | set(_BEFORE_YEAR.findall(fold_accents(sentence)))


def _of_another_year(text: str, at: int, start: int, year: int | None, lang: str) -> bool:
    """Whether the figure at ``at`` is told in a sentence naming a year before the article's
    ``year`` that the sentence of the figure at ``start`` does not name."""
    other = _years_before(sentence_at(text, at, lang), year)
    return bool(other - _years_before(sentence_at(text, start, lang), year))


# One person of many, in the languages the merge reads (``language.MERGED``), accents folded:
# an indefinite article or "one" right before a word for a person.
_ONE = words("a an one un une ein eine einer einem eines einen una uno een um uma")
# Each person of many: "each" or "per" right before a word for a person. A sum told so is a
# rate ("2,000 euros per victim", "je Opfer", "por víctima", "par victime"), no share of the
# whole: a measure of its own, that another source's rate may dispute (``per_person``).
_EACH = words("each per por par chaque jede jedem jeder jedes je pro cada ogni elke")
# Words that are "to", "for" or "by" as well, before a plural ("a víctimas", "per vittime",
# "por vecinos", "par habitants"): no one person, no each.
_ALSO_PREPOSITIONS = words("a per por par")
# Of those, the Italian ones, whose plurals may end in -e or -i ("a vittime", "per clienti").
_ITALIAN_PREPOSITIONS = words("a per")


@cache
def _person_words() -> frozenset[str]:
    """Words that name a person, of any kind: victims, people, and the people of ``THINGS``."""
    return frozenset(VICTIMS | PEOPLE | {word for word, thing in THINGS.items() if thing in PEOPLE_THINGS})


def _a_plural(word: str, people: frozenset[str], italian: bool) -> bool:
    """Whether a word for people is a plural: Spanish, Portuguese, Catalan or French in -s
    ("víctimas"); after an Italian word (``italian``), also in -e or -i whose singular in -a,
    -o or -e names a person too ("vittime", "persone", "anziani", "clienti"), never a French
    singular whose Spanish twin it would take for one ("par victime")."""
    stem = word[:-1]
    return word.endswith("s") or (
        italian and word[-1] in "ei" and any(stem + end in people for end in "aoe" if stem + end != word)
    )


def _before_a_person(unit: str, counted: str | None, before: frozenset[str]) -> bool:
    """Whether a sum of money (a currency's code: "EUR", "CHF") counts what one of
    ``before`` says of the one person the word after it names. Romance "a", "por", "par"
    and Italian or Catalan "per" also mean "to", "for" or "by": before a plural
    ("indemnizaciones a víctimas", "risarcimenti a vittime", "fondo per vittime") they say
    nothing of one person."""
    if not (len(unit) == 3 and unit.isalpha() and unit.isupper()) or not counted:
        return False
    said = re.findall(r"[^\W\d_]+", fold_accents(counted).lower())
    people = _person_words()
    return any(
        word in before
        and following in people
        and not (word in _ALSO_PREPOSITIONS and _a_plural(following, people, word in _ITALIAN_PREPOSITIONS))
        for word, following in pairwise(said)
    )


def one_persons_share(unit: str, counted: str | None) -> bool:
    """Whether a sum of money is told as one person's by what it counts ("somme versée par
    une victime", "paid by one customer", "von einer Geschädigten gezahlt"): a share of the
    whole sum, never a rival to it. A sum of the victims ("paid by the victims") is the
    whole; one of each person ("per victim") a rate (``per_person``)."""
    return _before_a_person(unit, counted, _ONE)


def per_person(unit: str, counted: str | None) -> bool:
    """Whether a sum of money is told as each person's ("amount lost per victim", "je
    Opfer", "pagados por cada víctima", "ogni truffato"): a rate, neither the whole sum nor
    a share of it, so two sources' rates are one measure and the whole another."""
    return _before_a_person(unit, counted, _EACH)
