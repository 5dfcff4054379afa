"""The text layer's reading of an article, marked with ids for the model to answer about.

The offline engine's rules locate every quotation, number, name and sentence with its
character span; this module writes the article with the quotations' ids inline (``[q2]``
before a quotation's opening mark), so the model can point at a quotation without copying
a character of it.
Passages that read as instructions to a model are withheld from the marked text, as they
are from every prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.grounding.planted import instruction_passages
from summarizer.models import Briefing
from summarizer.prompts import ARTICLE_CLOSE_TAG, WITHHELD

OPENING_MARKS = "\"'“‘«„‚‹"


@dataclass(frozen=True)
class Reading:
    """Candidates with ids, and the article as the model sees it."""

    text: str
    rules: Briefing  # the offline engine's reading: every candidate with its span
    marked: str

    def names_line(self) -> str:
        """The names a quotation can be attributed to."""
        return "; ".join(self.speaker_names()) or "(none found)"

    def speaker_names(self) -> list[str]:
        return [a.name for a in self.rules.actors]

    def quote_keys(self) -> dict[str, str]:
        """``q2 Today's verdict sends a clear`` (its id and first words) for each quotation the
        rules could not attribute: the model is asked what the rules left open."""
        return {
            q.id: f"{q.id} {_first_words(q.text, KEY_WORDS)}" for q in self.rules.quotes if q.speaker is None
        }


KEY_WORDS = 6
KEY_UNSAFE = re.compile(r"[^\w\s.,:;!?%$€£&+/()'-]")


def _first_words(text: str, count: int) -> str:
    """The first words of ``text`` as a key can carry them: letters, digits and plain
    punctuation only (a quote mark or backslash in a key breaks llama.cpp's grammar
    converter, and control or format characters have no place in a key)."""
    words = " ".join(text.split()[:count])
    return KEY_UNSAFE.sub("", words).strip()


def read_article(article_text: str, rules: Briefing, planted: list[tuple[int, int]] | None = None) -> Reading:
    """Mark ``article_text`` with the ids of ``rules``' quotations, leaving out
    the planted-instruction passages (``planted`` when the article carries them already)."""
    marks: list[tuple[int, int, str]] = []  # (offset, order at one offset, label)
    for quote in rules.quotes:
        start = quote.span.start
        while start > 0 and article_text[start - 1] in OPENING_MARKS:
            start -= 1
        marks.append((start, 1, quote.id))
    marks.sort()
    withheld = instruction_passages(article_text) if planted is None else planted
    return Reading(
        text=article_text,
        rules=rules,
        marked=_mark(article_text, marks, withheld),
    )


def _mark(text: str, marks: list[tuple[int, int, str]], withheld: list[tuple[int, int]]) -> str:
    """``text`` with ``[label]`` inserted at each mark, and each withheld passage replaced
    (marks inside a withheld passage are dropped with it)."""
    parts: list[str] = []
    cursor = 0
    events = sorted([(start, end) for start, end in withheld])
    pending = iter(marks)
    mark = next(pending, None)
    for start, end in [*events, (len(text), len(text))]:
        while mark is not None and mark[0] < start:
            parts += [text[cursor : mark[0]], f"[{mark[2]}]"]
            cursor = mark[0]
            mark = next(pending, None)
        parts.append(text[cursor:start])
        if start < end:
            parts.append(WITHHELD)
        cursor = max(cursor, end)
        while mark is not None and mark[0] < cursor:
            mark = next(pending, None)
    while mark is not None and mark[0] <= len(text):
        parts.append(f"[{mark[2]}]")
        mark = next(pending, None)
    return ARTICLE_CLOSE_TAG.sub("</ article>", "".join(parts))
