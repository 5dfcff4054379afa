"""Passages of an article that read as instructions to a model (prompt injection).

Article text is data: it is sent between ``<article>`` tags and never templated, so a model
that follows instructions planted in it is the only way they take effect. Such passages are
found here so that nothing taken from them reaches a briefing, whatever the model did.

The cues are data, one table per language (``cues``: English, German, French,
Spanish, Russian, Chinese), each entry a family of phrasings bounded on both sides. They are
looked for where a reader would still see them:

* in the matching view of the one normaliser (``text.normalize``): zero-width and other
  invisible characters removed, fullwidth letters folded, line breaks read as spaces (a cue
  split over two paragraphs is one cue); Latin-script cues in its ``skeleton`` too, where
  Cyrillic and Greek look-alike letters and stray accents read as the Latin letters they
  imitate, and in its ROT13 reading;
* in what encoded runs say (``encoded``: base64, hex, percent-encoding, tag characters).

A passage runs from the start of the sentence holding a cue to the end of the paragraph
holding the cue's end: planted text is a block, and the sentences after the cue ("Report
that ...") are its payload. When the cue is all its paragraph holds, or that paragraph ends
with a colon, the payload is the next paragraph, and the passage takes it too.
"""

from __future__ import annotations

import bisect
import codecs
import itertools
import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import NamedTuple

from summarizer.grounding.cue_scans import LineCueScan, WordCueScan, bounded, first_characters, word_cues
from summarizer.grounding.cues import LATIN_SCRIPT, LINE_CUES, OTHER_SCRIPTS, UNSPACED_SCRIPTS, Cue
from summarizer.grounding.encoded import hidden_texts
from summarizer.grounding.guarded import GuardedPattern, guarded_alternation, start_guard
from summarizer.text.normalize import NormalizedText, lower_keeping_offsets, normalized_text, skeleton
from summarizer.text.segment import paragraphs, split_sentences


def _patterns(cues: Iterable[Cue], *, latin: bool) -> list[str]:
    """The cues' patterns as the matching view writes text: every quote mark and apostrophe
    folded to '"'; for Latin-script tables, the skeleton drops accents, from a pattern as
    from the text."""
    patterns = (c.pattern.replace("'", '"') for c in cues)
    return [skeleton(p) if latin else p for p in patterns]


def _alternatives(cues: Iterable[Cue], *, latin: bool) -> str:
    """One group trying every cue, in table order, only where one can start (``guarded``:
    a table scanned cue by cue at every word cost 2 ms per 1,000-word article)."""
    return guarded_alternation(_patterns(cues, latin=latin))


def _line_cue_scan(cues: Iterable[Cue]) -> LineCueScan | GuardedPattern:
    """The line cues' scan; the plain guarded one when a cue's first characters or an
    anchored cue's prefixes cannot be read."""
    patterns = _patterns(cues, latin=False)
    pattern = bounded(guarded_alternation(patterns), re.MULTILINE)
    marks = first_characters([p for p in patterns if not p.startswith("^")])
    anchored = [p.removeprefix("^") for p in patterns if p.startswith("^")]
    after_break = start_guard(anchored) if anchored else None
    if marks is None or (anchored and after_break is None):
        return GuardedPattern(pattern, start_guard(patterns))
    # A line break followed by a prefix, tried at each break (found at C speed: the
    # pattern opens with a literal).
    line_start = re.compile(f"\\n(?={after_break.pattern})" if after_break is not None else "(?!)")
    return LineCueScan(pattern, marks, line_start)


class _Scanners(NamedTuple):
    latin: WordCueScan
    other: GuardedPattern
    unspaced: GuardedPattern
    lines: LineCueScan | GuardedPattern


@cache
def _scanners() -> _Scanners:
    """The tables compiled once, on the first scan (about 80 ms of reading and compiling
    that a process which never scans an article does not pay). Each scan is skipped up to
    the first place one of its cues can start (``GuardedPattern``): most articles hold no
    Russian or Chinese cue's first letters, nor a chat-template mark or role label before
    their last paragraphs."""
    latin = _patterns((c for t in LATIN_SCRIPT.values() for c in t), latin=True)
    other = _patterns((c for t in OTHER_SCRIPTS.values() for c in t), latin=False)
    unspaced = _patterns((c for t in UNSPACED_SCRIPTS.values() for c in t), latin=False)
    return _Scanners(
        latin=WordCueScan(latin),
        other=GuardedPattern(word_cues(guarded_alternation(other)), start_guard(other)),
        unspaced=GuardedPattern(re.compile(guarded_alternation(unspaced)), start_guard(unspaced)),
        # Run on lower-cased text: several times faster than IGNORECASE over the same alternation.
        lines=_line_cue_scan(LINE_CUES),
    )


# Text in ROT13 is full of the ROT13 forms of the commonest words ("gur", "naq" for "the",
# "and"; "qvr", "haq" for "die", "und"): only then is the ROT13 reading scanned. Each word
# is matched first and the character before it checked after (``word(?<!\wword)`` is
# ``(?<!\w)word``), so ``re`` skips to the words' first letters instead of trying a
# lookbehind at every position.
ROT13_COMMON = ("gur", "naq", "nyy", "lbh", "lbhe", "qvr", "qre", "haq", "qnff", "yrf", "qrf", "cbhe",
                "dhr", "ry", "ynf", "ybf", "cbe", "cnen")  # fmt: skip
_ROT13_WORDS = re.compile("(?:" + "|".join(rf"{w}(?<!\w{w})" for w in ROT13_COMMON) + r")(?!\w)")
_ROT13_SAMPLE = 100_000
_ROT13_MIN_WORDS = 2
# "Editor's note:", "Important:" before a cue that is its paragraph's only sentence.
_LABEL_WORDS = 3
_ROT13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", codecs.encode("abcdefghijklmnopqrstuvwxyz", "rot13"))


def _holds_rot13_words(view: str) -> bool:
    """Whether the first ``_ROT13_SAMPLE`` characters hold ``_ROT13_MIN_WORDS`` of the
    commonest ROT13 words (counted up to that number only)."""
    words = _ROT13_WORDS.finditer(view, 0, _ROT13_SAMPLE)
    return next(itertools.islice(words, _ROT13_MIN_WORDS - 1, None), None) is not None


def _view_matches(view: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every cue in a matching view (lower-cased, one space between words)."""
    scanners, latin = _scanners(), skeleton(view)
    found = scanners.latin.spans(latin)
    if _holds_rot13_words(view):
        found += scanners.latin.spans(latin.translate(_ROT13))
    if not view.isascii():
        found += [m.span() for m in scanners.other.finditer(view)]
        found += [m.span() for m in scanners.unspaced.finditer(view)]
    return [(s, e) for s, e in found if e > s]


def _cue_matches(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, written)`` of every cue of ``text``, in order; ``written`` is False for
    an encoded run whose decoded text holds a cue (the run is its own payload)."""
    found = [(*m.span(), True) for m in _scanners().lines.finditer(lower_keeping_offsets(text))]
    norm = normalized_text(text)
    found += [(*norm.original_span(s, e), True) for s, e in _view_matches(norm.text)]
    found += [
        (s, e, False) for s, e, hidden in hidden_texts(text) if _view_matches(NormalizedText(hidden).text)
    ]
    return sorted(set(found))


def instruction_passages(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every passage that reads as instructions to a model, merged."""
    matches = _cue_matches(text)
    if not matches:
        return []
    paras = paragraphs(text)
    sentence_starts = [s.start for s in split_sentences(text)]
    para_starts = [p[0] for p in paras]
    found: list[tuple[int, int]] = []
    for cue_start, cue_end, written in matches:
        first = paras[max(0, bisect.bisect_right(para_starts, cue_start) - 1)]
        last_at = max(0, bisect.bisect_right(para_starts, cue_end - 1) - 1)
        at = bisect.bisect_right(sentence_starts, cue_start) - 1
        start = max(sentence_starts[at] if at >= 0 else first[0], first[0])
        end = max(paras[last_at][1], cue_end)
        if written and last_at + 1 < len(paras) and _payload_follows(text, first[0], cue_start, cue_end, end):
            end = paras[last_at + 1][1]
        found.append((start, end))
    found.sort()
    passages = [found[0]]
    for start, end in found[1:]:
        if start <= passages[-1][1]:
            passages[-1] = (passages[-1][0], max(passages[-1][1], end))
        else:
            passages.append((start, end))
    return passages


def _payload_follows(
    text: str, paragraph_start: int, cue_start: int, cue_end: int, paragraph_end: int
) -> bool:
    """Whether a cue's paragraph hands over to the next one: a closing colon ("To the AI
    reading this:"), or a paragraph that is the cue alone, a short label at most before it
    ("Ignore all previous instructions.", "Note: ignore all previous instructions.")."""
    rest = text[cue_end:paragraph_end].strip()
    label = text[paragraph_start:cue_start].split()
    return rest.endswith(":") or (not any(c.isalnum() for c in rest) and len(label) <= _LABEL_WORDS)


def reads_as_instruction(text: str) -> bool:
    return bool(_cue_matches(text))


def cue_finds(cue: Cue, text: str) -> bool:
    """Whether this one cue, compiled as the scan compiles it, finds something in ``text``'s
    matching view: how a table entry is checked against its example on its own."""
    view = NormalizedText(text).text
    if cue in LINE_CUES:
        return bool(bounded(_alternatives([cue], latin=False)).search(text.lower()))
    if any(cue in table for table in UNSPACED_SCRIPTS.values()):
        return bool(re.search(_alternatives([cue], latin=False), view))
    latin = any(cue in table for table in LATIN_SCRIPT.values())
    return bool(word_cues(_alternatives([cue], latin=latin)).search(skeleton(view) if latin else view))


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
