"""Merging one day's briefings: one entry per real-world actor, event and statement
(``actors``, ``incidents`` with their ``figures``, ``quotes``); here, what they share.

Every merged item keeps each source as (article id, span). Matching is deliberately
conservative: two items merge only on positive evidence (a shared name, place, figure or
wording), and two items from the same article never merge into one event or quote, since
each briefing already lists that article's distinct events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from summarizer.article import Article
from summarizer.models import Briefing
from summarizer.text.accents import fold_accents
from summarizer.text.concept_phrases import joined_phrases
from summarizer.text.concepts import concepts_of, short_concept_words
from summarizer.text.lexicons.concepts_who_where import OTHER_SENSES
from summarizer.text.normalize import normalize

_STOPWORDS_TEXT = (
    "the a an and or of in on at to for from by with that this was were is are be been has have "
    "had said says after before their its his her they them which who what when where while also "
    "about into over than more most other some such only there these those would could will"
)
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


@dataclass(frozen=True)
class Briefed:
    """An article and its briefing, as they are given to the merge (which keeps only a
    compact record of them: ``records.ArticleRecord``)."""

    article: Article
    briefing: Briefing


T = TypeVar("T")


def unique(values: Iterable[T]) -> list[T]:
    return list(dict.fromkeys(values))


def id_order(daily_id: str) -> int:
    return int(daily_id[1:])


@cache
def stopwords() -> frozenset[str]:
    """English stopwords and, for every language the product reads, the words every report
    uses that tell no event from another, accents folded: function words ("selon", "nach",
    "según"), articles, attribution, time, bounds, number and unit words ("sagte",
    "mittwoch", "rund", "prozent"), and the function words a count's phrase stops at
    ("waren", "étaient", "fueron": two reports of two events say them as often as of one)."""
    from summarizer.text.language import MERGED

    found: set[str] = set(STOPWORDS).union(*map(_words_of_reports, MERGED))
    # A short word a concept table reads stays read: Dutch and Catalan "van" (of, they
    # went) would drop the English van from every report; its own language drops it
    # (``report_words``).
    return frozenset(found - short_concept_words())


@cache
def _words_of_reports(code: str) -> frozenset[str]:
    """The words every report of one language uses that tell no event from another (see
    ``stopwords``), accents folded."""
    from summarizer.text.lexicon import merge_lexicon

    lex = merge_lexicon(code)
    phrases = [
        *lex.function_words, *lex.determiners, *lex.also, *lex.that, *lex.time_words,
        *lex.according_to, *lex.according_after, *lex.according_opening, *lex.reporting_verbs,
        *lex.months, *lex.weekdays, *lex.day_parts, *lex.not_name, *lex.numbers.words,
        *lex.numbers.scales, *lex.numbers.vague, *lex.units_after, *lex.counted_stops,
        *(w for ws, _ in lex.bounds for w in ws.split("|")),
    ]  # fmt: skip
    return frozenset(word for phrase in phrases for word in _WORD.findall(fold_accents(phrase)))


@cache
def _dropped(language: str) -> frozenset[str]:
    """The stopwords, and the words of reports of ``language`` a concept table reads (Dutch
    "van"): what a report read in that language drops."""
    return stopwords() | _words_of_reports(language) if language else stopwords()


# A word of letters in any script, hyphens inside ("inondé", "Beschäftigte", "наводнение").
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|-)*")
_OTHER_SENSES = re.compile(r"(?<!\w)(?:" + "|".join(OTHER_SENSES) + r")(?!\w)")


def content_words(text: str) -> set[str]:
    """The words of a passage that can tell two passages apart: letters of any script
    ("préfecture", "наводнение"), accents folded so that "Beschäftigten" stays one word and
    matches "Beschaftigten", four letters up, no stopwords of any language read."""
    drop = stopwords()
    return {w for w in _WORD.findall(fold_accents(normalize(text))) if len(w) >= 4 and w not in drop}


def report_words(text: str, language: str = "") -> set[str]:
    """A report's words as the merge compares them (``content_words``, and the concepts'
    words of under four letters: "gas", "bus", "Öl"), each language's word for a concept as
    one English word ("Lagerhalle" and "entrepôt" are "warehouse", "Fischsterben" is
    "fish", ``text.concepts``), so reports in two languages share their words as two in
    one language would. A report read in ``language`` drops that language's own short words
    too: Dutch "van" is "of" in a Dutch report, the vehicle in an English one."""
    drop = _dropped(language)
    short = short_concept_words()
    folded = fold_accents(normalize(text))
    # A concept's word in another sense ("distributeur de boissons") is read as itself.
    other_senses = {found.group().split(" ", 1)[0] for found in _OTHER_SENSES.finditer(folded.casefold())}
    # A concept named in words ("petrol station", "albero di maggio") is one (``concept_phrases``).
    joined = joined_phrases(folded)
    found = {w for w in _WORD.findall(joined) if w not in drop and (len(w) >= 4 or w in short)}
    return read_words(found - other_senses) | other_senses


def read_words(words: Iterable[str]) -> set[str]:
    """Words as ``report_words`` gives them: a concept's word as its concept, a compound
    as its known parts, any other word as it is."""
    return {concept for word in words for concept in (concepts_of(word) or (word,))}


def things_named(location: str | None) -> set[str]:
    """The words of a location that name a kind of thing ("Papierfabrik", "Ufer"), not a
    place: a report's words as any other, though German capitalises them as names."""
    return {w for w in content_words(location or "") if concepts_of(w)}


_PYDANTIC_LINK = re.compile(r"\s*For further information visit https?://[^\s)]+")
_PYDANTIC_DETAIL = re.compile(r"\s*\[type=[^\]]*\]")
WARNING_MAX_CHARS = 300


def one_line(message: str) -> str:
    """A warning as one readable line: a validation dump's fields and messages joined
    ("text: String should have at most 400 characters"), its input echoes and
    documentation links dropped, cut at ``WARNING_MAX_CHARS``."""
    parts: list[tuple[int, str]] = []
    for line in message.splitlines():
        cleaned = _PYDANTIC_LINK.sub("", _PYDANTIC_DETAIL.sub("", line)).strip()
        if cleaned:
            parts.append((len(line) - len(line.lstrip()), cleaned))
    text = ""
    for number, (indent, part) in enumerate(parts):
        if number == 0:
            text = part
        elif part[0] in ").,;]":  # what followed a dropped link on its line
            text += part
        else:
            # A line indented under the one before says what is wrong with it.
            text += (": " if number == 1 or indent > parts[number - 1][0] else "; ") + part
    text = " ".join(text.split())
    return text if len(text) <= WARNING_MAX_CHARS else text[: WARNING_MAX_CHARS - 1].rstrip() + "…"
