"""Passages of an article that read as instructions to a model (prompt injection).

Article text is data: it is sent between ``<article>`` tags and never templated, so a model
that follows instructions planted in it is the only way they take effect. Such passages are
found here so that nothing taken from them reaches a briefing, whatever the model did.

``CUES`` is a table of general patterns (overriding earlier instructions, assigning the model
a role, naming the prompt's machinery, ordering specific output, chat-template tokens), each
bounded on both sides so it never fires inside a longer word. A passage runs from the start
of the sentence holding a cue to the end of its paragraph: planted text is a block, and the
sentences after the cue ("Report that ...") are its payload. English only. Cues are also
looked for in the one Unicode normalisation of the text (``text.normalize``), so invisible
characters or fullwidth letters inside a cue do not hide it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.text.normalize import NormalizedText, canonical
from summarizer.text.segment import paragraphs, split_sentences


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: str


_ANY = r"(?:all|any|the|your|my|these|those|every|of|earlier|above)"
CUES: tuple[Cue, ...] = (
    Cue(
        "override",
        rf"(?:ignore|disregard|forget|override|bypass|skip)\s+(?:{_ANY}\s+){{0,3}}"
        r"(?:previous|prior|above|earlier|preceding|foregoing|former|original|system|initial)\s+"
        r"(?:instructions?|prompts?|directions?|directives?|rules|guidelines|context|messages?|commands?)",
    ),
    Cue("new_instructions", r"(?:new|updated|revised|real|actual|additional|secret)\s+instructions?\s*:"),
    Cue(
        "role_assignment",
        r"you\s+are\s+now\s+(?:a|an|the|in|my)|from\s+now\s+on,?\s+(?:you|the\s+(?:model|assistant))",
    ),
    Cue(
        "pretend",
        r"(?:pretend|imagine)\s+(?:to\s+be|you\s+are|that\s+you)|act\s+as\s+(?:if\s+you|an?\s+(?:ai|assistant|chatbot|language\s+model))",
    ),
    Cue(
        "machinery",
        r"(?:system|developer|hidden)\s+(?:prompt|message|instructions?)|jailbreak|developer\s+mode",
    ),
    Cue(
        "addressing_model",
        r"(?:as|you\s+are)\s+an?\s+(?:ai(?:\s+(?:model|assistant))?|large\s+language\s+model|llm|language\s+model|chatbot)",
    ),
    Cue(
        "output_order",
        r"(?:output|print|write|return|include|insert|add|generate|produce|emit|report|state|list)\s+"
        r"(?:only\s+)?(?:a|an|the|this|these|following|one|that)?\s*"
        r"(?:json|quotes?|quotations?|summary|summaries|actors?|incidents?|figures?|briefing|response|answer)\s+"
        r"(?:by|from|saying|that|stating|with|attributed|which|claiming)",
    ),
    Cue(
        "reply_format", r"(?:respond|reply|answer)\s+(?:only\s+)?(?:with|in)\s+(?:json|the\s+following|this)"
    ),
    Cue(
        "do_not",
        r"(?:do\s+not|don't|never)\s+(?:summari[sz]e|follow\s+(?:the|your)|obey|mention\s+this\s+instruction)",
    ),
    Cue(
        "template_token",
        r"<\|?\s*(?:im_start|im_end|system|endoftext|eot_id|start_header_id)\s*\|?>|\[/?inst\]|<<\s*/?sys\s*>>",
    ),
    Cue("prompt_tag", r"</?\s*(?:article|system|instructions?|prompt)\s*>"),
    Cue("role_prefix", r"^[ \t]*(?:system|assistant)\s*:"),
)
# Patterns are written in lower case and run on lower-cased text: nine times faster than
# IGNORECASE over the same alternation (the fallback, for the rare text whose lower case
# changes length).
_ALTERNATIVES = "|".join(f"(?:{c.pattern})" for c in CUES)
# Bounded on both sides where the cue starts or ends with a word character ("override" is
# never found inside "overrides"); a cue that starts or ends with a mark ("<|im_start|>")
# needs no boundary there.
_CUE_LOWER = re.compile(rf"(?:(?!\w)|(?<!\w))(?:{_ALTERNATIVES})(?:(?<!\w)|(?!\w))", re.MULTILINE)
_CUE = re.compile(_CUE_LOWER.pattern, re.MULTILINE | re.IGNORECASE)


def _cue_matches(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every cue, in order. Text the one Unicode normalisation changes
    (a zero-width space or soft hyphen inside a cue word, fullwidth letters) is searched in
    its normalised view too, the cues found there mapped back to the original."""
    lowered = text.lower()
    if len(lowered) == len(text):
        found = [m.span() for m in _CUE_LOWER.finditer(lowered)]
    else:
        found = [m.span() for m in _CUE.finditer(text)]
    if canonical(text) != text:
        norm = NormalizedText(text)
        found += [
            norm.original_span(*m.span()) for m in _CUE_LOWER.finditer(norm.text) if m.end() > m.start()
        ]
        found = sorted(set(found))
    return found


def instruction_passages(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every passage that reads as instructions to a model, merged."""
    matches = _cue_matches(text)
    if not matches:
        return []
    paras = paragraphs(text)
    sentence_starts = [s.start for s in split_sentences(text)]
    para_starts = [p[0] for p in paras]
    passages: list[tuple[int, int]] = []
    for cue_start, cue_end in matches:
        para = paras[max(0, bisect.bisect_right(para_starts, cue_start) - 1)]
        at = bisect.bisect_right(sentence_starts, cue_start) - 1
        start = max(sentence_starts[at] if at >= 0 else para[0], para[0])
        end = max(para[1], cue_end)
        if passages and start <= passages[-1][1]:
            passages[-1] = (passages[-1][0], max(passages[-1][1], end))
        else:
            passages.append((start, end))
    return passages


def reads_as_instruction(text: str) -> bool:
    return bool(_cue_matches(text))


class Passages:
    """Instruction passages of one article, for asking whether a span falls in one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self._starts, max(start, end - 1)) - 1
        return at >= 0 and self.spans[at][1] > start

    def blank(self, text: str) -> str:
        """``text`` with every passage replaced by spaces (offsets kept)."""
        return replace_passages(text, self.spans, lambda start, end: " " * (end - start))


def replace_passages(text: str, spans: list[tuple[int, int]], fill: Callable[[int, int], str]) -> str:
    """``text`` with each ``[start, end)`` of ``spans`` (sorted, disjoint) replaced by
    ``fill(start, end)``."""
    if not spans:
        return text
    parts, cursor = [], 0
    for start, end in spans:
        parts += [text[cursor:start], fill(start, end)]
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)
