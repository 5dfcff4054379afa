"""A normalised view of article text that maps every position back to the original.

Two layers, each defined once here and shared by alignment and vetting:

* ``canonical``: the one Unicode normalisation. NFKC (composed letters, so an article in
  decomposed form reads like one in composed form; fullwidth and other compatibility forms
  folded to their plain letters and digits), zero-width characters and soft hyphens removed.
  Superscript and other "number-like" characters (category No: ``²``, ``½``, ``①``) are kept
  as they are: NFKC would turn ``5³`` into ``53``, a number the article never wrote.
* the matching view (``NormalizedText``, ``normalize``): canonical text with quote marks
  folded to one mark (models and wire services swap "double", 'single', „low“, «guillemets»
  freely, in both directions), dashes to ``-``, whitespace runs to one space, letters
  lower-cased, while ``offsets`` remembers where each normalised character came from, so a
  match can always be reported as a span of the original text.

Characters are folded one cluster at a time (a base character with its combining marks and
any invisible characters after it), so every normalised character maps back to one cluster.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator

from summarizer.text.accents import LATIN_DIACRITICS
from summarizer.text.per_thread import KeptPerThread

# Every dash and hyphen a typesetter may write for "-": "avant‑hier" with a non-breaking
# hyphen, "Baden–Baden" with an en dash, a minus sign. One character for one.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH_FOLD = {ord(dash): "-" for dash in DASHES}


def fold_dashes(text: str) -> str:
    """The text with every dash written as "-" (``DASHES``), position for position: a word
    told with a typesetter's hyphen ("avant‑hier") is the word told with "-"."""
    return text.translate(_DASH_FOLD) if not text.isascii() else text


# Every quote mark, single or double, folds to '"': a model may quote the article's
# "word" as 'word' and the reverse. Apostrophes fold too, the same way on both sides.
_FOLD: dict[int, str] = _DASH_FOLD | str.maketrans(
    {
        "'": '"',
        "\u2018": '"',
        "\u2019": '"',
        "\u201a": '"',
        "\u201b": '"',
        "\u2032": '"',
        "`": '"',
        "\u00b4": '"',
        "\u2039": '"',
        "\u203a": '"',
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2026": "...",
    }
)

# "…" is the one fold that is longer than its source. The fast path folds it to a private-use
# placeholder first (one character for one), and expands the placeholders at the end.
_PLACEHOLDER = "\ue000"
_FOLD_ONE_TO_ONE = {**_FOLD, ord("\u2026"): _PLACEHOLDER}

# str.translate with a dict looks every character up in Python: for a 4,000-character
# article that is most of the normalising time. Few of these characters occur in any
# given text, so replacing just those that do is many times faster.
_FOLD_PAIRS = [(chr(code), out) for code, out in _FOLD.items()]
_FOLD_ONE_TO_ONE_PAIRS = [(chr(code), out) for code, out in _FOLD_ONE_TO_ONE.items()]


def _fold(text: str, pairs: list[tuple[str, str]]) -> str:
    for char, replacement in pairs:
        if char in text:
            text = text.replace(char, replacement)
    return text


QUOTE_CHARS = "\"'"
_WHITESPACE_RUN = re.compile(r"\s+")
# White space before an ellipsis is read only from the start of its run: each character of
# a run would otherwise start a read of the rest of it, quadratic in its length where no
# ellipsis follows (a draft's quote is split with this); a match from inside a run would
# be the one from its start.
ELLIPSIS = re.compile(r"(?:(?<!\s)\s+)?(?:\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…)\s*")


# Removed before matching: they are invisible, and an article (or a planted passage) may
# hide them inside a word. Soft hyphen, zero-width space, non-joiner and joiner, word joiner,
# byte order mark; the other format characters that draw nothing (left-to-right and
# right-to-left marks, bidi embeddings, overrides and isolates, invisible operators, the
# Mongolian vowel separator); the combining grapheme joiner and variation selectors (they
# attach to a letter and change nothing a reader sees); Hangul fillers (blank letters); tag
# characters (an invisible copy of ASCII that a model still reads).
INVISIBLE = frozenset(
    "\u00ad\u200b\u200c\u200d\u2060\ufeff"
    "\u061c\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069"
    "\u034f\u115f\u1160\u3164\uffa0"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
    + "".join(map(chr, range(0xE0000, 0xE0080)))
    + "".join(map(chr, range(0xE0100, 0xE01F0)))
)


def _kept_as_written(ch: str) -> bool:
    """Characters NFKC would rewrite into something the article did not write: number-like
    characters (``²`` is not ``2``) and the typographic marks the matching view folds itself
    (NFKC turns ``´`` into a space and a combining accent)."""
    return ord(ch) in _FOLD or unicodedata.category(ch) == "No"


def _canonical_cluster(cluster: str) -> str:
    """One cluster (a base character, its combining marks, invisible characters after it)
    in the one Unicode normalisation."""
    if len(cluster) == 1:
        if cluster in INVISIBLE:
            return ""
        if cluster.isascii() or _kept_as_written(cluster):
            return cluster
        return unicodedata.normalize("NFKC", cluster)
    visible = "".join(ch for ch in cluster if ch not in INVISIBLE)
    if any(_kept_as_written(ch) for ch in visible):
        return "".join(ch if _kept_as_written(ch) else unicodedata.normalize("NFKC", ch) for ch in visible)
    return unicodedata.normalize("NFKC", visible)


def _clusters(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each cluster: a character with the combining marks and invisible
    characters that follow it."""
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and (text[j] in INVISIBLE or unicodedata.category(text[j]).startswith("M")):
            j += 1
        yield i, j
        i = j


def _is_plain(text: str) -> bool:
    """Text whose every character is a cluster of its own and that the one Unicode
    normalisation leaves as it is: the common case, checked fast (an article uses a few
    hundred distinct characters)."""
    if text.isascii():
        return True
    if not unicodedata.is_normalized("NFKC", text):
        return False
    chars = set(text)
    return not (chars & INVISIBLE) and not any(unicodedata.category(c).startswith("M") for c in chars)


def canonical(text: str) -> str:
    """The one Unicode normalisation (case and spacing kept): NFKC with number-like
    characters kept as written, zero-width characters and soft hyphens removed."""
    # An article was normalised moments ago (``normalized_text``), and its view knows
    # whether it is plain: checking again costs 0.1 ms for 1,000 words.
    view = _views.peek(text)
    if view is not None and view.plain:
        return text
    if _is_plain(_fold(text, _FOLD_ONE_TO_ONE_PAIRS)):
        return text
    return "".join(_canonical_cluster(text[a:b]) for a, b in _clusters(text))


def _lower_one_to_one(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # Some characters lower-case to two (e.g. 'İ'); keep them as they are instead.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fold_cluster(cluster: str) -> str:
    """A cluster in the matching view: canonical, typographic marks folded, lower-cased;
    any whitespace is one space."""
    folded = _canonical_cluster(cluster).translate(_FOLD)
    if folded and folded.isspace():
        return " "
    return _lower_one_to_one(folded)


# What changes length inside stripped text: whitespace runs other than one plain space
# (they fold to one space), and the "…" placeholder (it becomes "..."). Such a run always
# holds a non-space whitespace character or two spaces in a row: those seeds are rare, so
# finding them and widening each to its run beats matching a run pattern at every space.
_BREAK_SEED = re.compile(r"[^\S ]|  |" + _PLACEHOLDER)
_WHITESPACE = re.compile(r"\s*")


def _breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each run in ``text[start:end]`` that folds to another length."""
    cursor = start
    for seed in _BREAK_SEED.finditer(text, start, end):
        if seed.start() < cursor:
            continue  # inside the run just reported
        if seed.group() == _PLACEHOLDER:
            yield seed.start(), seed.end()
            cursor = seed.end()
            continue
        run_start = seed.start()
        while run_start > cursor and text[run_start - 1] == " ":
            run_start -= 1
        run_end = _WHITESPACE.match(text, seed.start(), end).end()  # type: ignore[union-attr]
        yield run_start, run_end
        cursor = run_end


class NormalizedText:
    """``text`` folded for matching, mapping every position back to the original.

    The mapping is kept as pieces rather than one offset per character: each piece starts
    at ``starts[k]`` in ``text`` and at ``origins[k]`` in the original, and advances one
    original character per character (``steps[k] == 1``) or stands for ``widths[k]``
    original characters (``steps[k] == 0``: a collapsed whitespace run, the "..." of a "…",
    a letter composed from its combining marks).
    """

    __slots__ = ("_origins", "_starts", "_steps", "_widths", "original", "plain", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self._starts: list[int] = []
        self._origins: list[int] = []
        self._steps: list[int] = []
        self._widths: list[int] = []
        folded = _fold(original, _FOLD_ONE_TO_ONE_PAIRS)
        lowered = folded.lower()
        # Plain: ``canonical(original)`` is ``original`` (its test is the last one here).
        self.plain = len(lowered) == len(original) and _PLACEHOLDER not in original and _is_plain(folded)
        if self.plain:
            self._fold_runs(lowered)
        else:
            self._fold_each_cluster(original)

    def _piece(self, position: int, origin: int, step: int, width: int = 1) -> None:
        self._starts.append(position)
        self._origins.append(origin)
        self._steps.append(step)
        self._widths.append(width)

    def _fold_runs(self, lowered: str) -> None:
        """Whole-string folding (one character for one), then only the places where the
        length changes get a piece: whitespace runs other than a single space, and "…"."""
        start = len(lowered) - len(lowered.lstrip())
        end = len(lowered.rstrip())
        parts: list[str] = []
        length = 0
        cursor = start
        for run_start, run_end in _breaks(lowered, start, end):
            if run_start > cursor:
                self._piece(length, cursor, 1)
                parts.append(lowered[cursor:run_start])
                length += run_start - cursor
            self._piece(length, run_start, 0)
            folded = "..." if lowered[run_start] == _PLACEHOLDER else " "
            parts.append(folded)
            length += len(folded)
            cursor = run_end
        if cursor < end:
            self._piece(length, cursor, 1)
            parts.append(lowered[cursor:end])
        self.text = "".join(parts)

    def _fold_each_cluster(self, original: str) -> None:
        """The general case (text NFKC changes, invisible characters, characters whose
        lower case is longer): one cluster at a time."""
        chars: list[str] = []
        previous_space = True  # drops leading whitespace
        for start, end in _clusters(original):
            folded = fold_cluster(original[start:end])
            if not folded:
                continue
            if folded == " ":
                if previous_space:
                    continue
                previous_space = True
            else:
                previous_space = False
            self._piece(len(chars), start, 0, end - start)
            chars.extend(folded)
        if chars and chars[-1] == " ":
            chars.pop()
            for pieces in (self._starts, self._origins, self._steps, self._widths):
                pieces.pop()
        self.text = "".join(chars)

    def offset(self, position: int) -> int:
        """The original index of ``text[position]``."""
        k = bisect_right(self._starts, position) - 1
        return self._origins[k] + (position - self._starts[k]) * self._steps[k]

    @property
    def offsets(self) -> list[int]:
        """Every position's original index (for tests and debugging; ``offset`` is cheaper)."""
        return [self.offset(i) for i in range(len(self.text))]

    def end_offset(self, position: int) -> int:
        """The original index just after the character ``text[position]`` came from."""
        k = bisect_right(self._starts, position) - 1
        if self._steps[k]:
            return self._origins[k] + position - self._starts[k] + 1
        return self._origins[k] + self._widths[k]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` back to the original text."""
        return self.offset(start), self.end_offset(end - 1)


# An article, its title and the free text checked against it are normalised between the
# article's two uses (the planted-instruction scan and grounding, 0.2-0.3 ms each for 1,000
# words): four texts per thread.
def _view_of(text: str) -> NormalizedText:
    return NormalizedText(text)


_views: KeptPerThread[str, NormalizedText] = KeptPerThread(_view_of, 4)


def normalized_text(text: str) -> NormalizedText:
    """``NormalizedText(text)``, kept for the last few texts this thread normalised (see
    ``KeptPerThread``)."""
    return _views(text)


def normalize(text: str) -> str:
    """``NormalizedText(text).text`` without the offsets: the cheap form for comparisons."""
    folded = _fold(text, _FOLD_PAIRS)
    if not _is_plain(folded):
        return NormalizedText(text).text
    return _WHITESPACE_RUN.sub(" ", _lower_one_to_one(folded)).strip(" ")


def lower_keeping_offsets(sentence: str) -> str:
    """The sentence lower-cased, position for position. Python's ``re`` runs these rule
    alternations several times faster on lower-cased text than with ``IGNORECASE``; the
    rare letters whose lower case is longer (such as "İ") are replaced to keep positions."""
    lowered = sentence.lower()
    if len(lowered) == len(sentence):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in sentence)


# Letters of other scripts drawn like a Latin letter (Unicode's confusables, UTS #39, for the
# Cyrillic, Greek and Armenian letters and the IPA forms that pass for Latin ones in running
# text; the fullwidth and mathematical forms are NFKC's already). Lower case only: the
# skeleton is taken of the matching view, which is lower-cased.
_LOOK_ALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "і": "i", "ї": "i", "ј": "j", "к": "k",
    "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s",
    "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ү": "y", "ҽ": "e", "ь": "b",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j", "μ": "u",
    # Armenian and IPA
    "օ": "o", "ս": "u", "հ": "h", "ո": "n", "ց": "g", "ɑ": "a", "ɩ": "i", "ı": "i", "ʏ": "y",
    "ɪ": "i", "ʀ": "r", "ʜ": "h", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ᴏ": "o", "ᴄ": "c", "ꭰ": "d",
}  # fmt: skip


def _skeleton_table() -> dict[int, str]:
    """Look-alike letters to their Latin letter; Latin letters with diacritics (``é``, ``ö``,
    ``ł``) to their base letter. One character for one, so positions are kept."""
    table = {ord(k): v for k, v in _LOOK_ALIKES.items()} | LATIN_DIACRITICS
    table[ord("ħ")] = "h"  # a stroke letter ``fold_accents`` keeps, as it always has
    return table


_SKELETON = _skeleton_table()
# Beyond this many distinct characters to replace, one ``translate`` pass is the cheaper.
_FEW_REPLACEMENTS = 24
_SKELETON_PAIRS = {chr(code): letter for code, letter in _SKELETON.items()}


def skeleton(view: str) -> str:
    """``view`` (matching-view text, lower-cased) with look-alike letters of other scripts
    read as the Latin letters they imitate and diacritics dropped from Latin letters, one
    character for one: what a word spelled ``іgnоrе`` with Cyrillic letters, or ``ïgnörê``,
    looks like to a reader. For finding disguised Latin-script words only, never for
    display: it turns Russian or Greek text into Latin nonsense."""
    if view.isascii():
        return view
    # Only the few table characters the text holds are replaced (as ``_fold`` does):
    # ``translate`` with a dict looks up every character in Python, 0.3 ms per 1,000 words.
    # Each is replaced by one letter, so the result is ``translate``'s.
    present = set(view).intersection(_SKELETON_PAIRS)
    if len(present) > _FEW_REPLACEMENTS:  # mostly Cyrillic or Greek: one pass is cheaper
        return view.translate(_SKELETON)
    for char in present:
        view = view.replace(char, _SKELETON_PAIRS[char])
    return view
