"""The passage of an article that reports one of its incidents: the evidence sentence and
what follows it, up to the next incident's evidence or the next entry of a live blog."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.article import Article
from summarizer.models import Incident
from summarizer.text.segment import split_sentences

CONTEXT_SENTENCES = 3
_TEXT = re.compile(r"\S")
# A live blog's entry opens on its time ("15:05 - ", "09.15 – ", "16h30 : ", "15:05 Uhr:"):
# each entry may tell another event, and its own passage ends where the next one starts.
LIVE_ENTRY = re.compile(r"\s*\d{1,2}[:.h]\d{2}\s*(?:Uhr\s*)?[-–—:|]\s")


def incident_context(article: Article, incident: Incident, others: Iterable[Incident] = ()) -> str:
    """The evidence sentence and what follows it in its paragraph, or else the next sentence:
    the rest of the report of this event ("... two women died," the governor said). It
    ends where the evidence of another of the article's incidents (``others``) begins: a
    lede that packs three events in three sentences gives each its own sentence, and the
    places and words of the next event are not this one's."""
    text = article.text
    start, end = incident.evidence_span.start, incident.evidence_span.end
    stop = min((o.evidence_span.start for o in others if o.evidence_span.start >= end), default=len(text))
    # Sentences are split line by line, so splitting only the lines from the evidence's to
    # the one where the next sentence starts gives the same sentences as splitting the
    # whole article, for a fraction of the work. That sentence starts on the line where the
    # evidence ends or, when the rest of that line finishes the evidence's sentence, on the
    # next line that holds text: the window takes both.
    first = text.rfind("\n", 0, start) + 1
    window_end = end
    for _ in range(2):
        text_at = _TEXT.search(text, window_end)
        line_start = text_at.start() if text_at else len(text)
        found = text.find("\n", line_start)
        window_end = len(text) if found < 0 else found
    window = text[first:window_end]
    following = [s for s in split_sentences(window) if first + s.start >= end]
    for number, sentence in enumerate(following[: CONTEXT_SENTENCES - 1]):
        if number and "\n" in text[end : first + sentence.start]:
            break  # past the first follow-on sentence, stay inside the paragraph
        if first + sentence.end > stop or LIVE_ENTRY.match(text, first + sentence.start):
            break  # another incident's evidence, or a live blog's next entry ("15:05 - ...")
        end = first + sentence.end
    return text[start:end]
