"""What the speaker rules see of an article: its quotations, sections and sentences, its
actors, and what each earlier quotation resolved to."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.engines.extractive.actors import ActorFinder
from summarizer.engines.extractive.grammar import Grammar, grammar
from summarizer.engines.extractive.names import Candidate
from summarizer.engines.extractive.quotes import RawQuote
from summarizer.text.segment import Sentence, section_starts, split_sentences
from summarizer.text.terms import is_term as is_quoted_term


@dataclass(frozen=True)
class Decision:
    """A rule's answer: this speaker (``None``: the quotation stays unattributed)."""

    speaker: Candidate | None


@dataclass
class Reading:
    """What the rules see: the article, its quotations and actors, and what earlier
    quotations resolved to. Each quotation's section and the quotation before it (terms
    skipped) are worked out once, as every rule asks for them."""

    def __init__(self, text: str, quotes: list[RawQuote], finder: ActorFinder, lang: str = "en") -> None:
        self.g: Grammar = grammar(lang)
        self.lang = lang
        self._sentences: list[Sentence] | None = None
        self.text = text
        self.quotes = quotes
        self.finder = finder
        self.sections = section_starts(text)
        self.resolved: list[Candidate | None] = []
        self.section_of = [self.section_start(q.start) for q in quotes]
        self._before: list[int | None] = []
        last: int | None = None
        for number, quote in enumerate(quotes):
            same_section = last is not None and self.section_of[last] == self.section_of[number]
            self._before.append(last if same_section else None)
            if not is_term(quote):
                last = number

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = split_sentences(self.text, self.lang)
        return self._sentences

    def section_start(self, offset: int) -> int:
        return self.sections[bisect.bisect_right(self.sections, offset) - 1]

    def previous(self, number: int) -> tuple[RawQuote, Candidate | None] | None:
        """The quotation before ``number`` in the same section, with its speaker; terms
        ("what staff call "the kitchen table"") are not quotations and are skipped."""
        earlier = self._before[number]
        return None if earlier is None else (self.quotes[earlier], self.resolved[earlier])


Rule = Callable[[Reading, int], Decision | None]


def is_term(quote: RawQuote) -> bool:
    """A term or scare quote nobody is said to say (see ``summarizer.text.terms``)."""
    return is_quoted_term(quote.text, attributed=bool(quote.who))
