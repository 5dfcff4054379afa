"""Paragraphs and sentences with character offsets: the one segmenter every layer uses
(the offline engine, grounding's checks of free text, the daily merge).

A paragraph is a non-blank line. A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any
closing quotes or brackets) followed by space and a capital or digit, except after a known
abbreviation or an initial ("Gov.", "U.S.", "5 p.m.", "J.").

Linear in the text: one regex pass per paragraph, and the abbreviation check reads at most
40 characters before each candidate boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "st", "jr", "sr", "vs", "no", "nos", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
    "a.m", "p.m", "approx", "est", "fig", "mt", "ft",
}  # fmt: skip


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# The next sentence may open with any language's quotation mark or dash („, «, », ¿, ¡, —)
# and an accented capital ("Éric", "Österreich"). A closing guillemet may stand after the
# space French copy sets inside it (« Oui. » « Non », a-t-il dit). Only from the first mark
# of a run ("...", "?!"): each mark of a long run would otherwise start a read of the rest
# of it, which fails where no space follows (22 s for 8,000 full stops); a match from
# inside a run would be the same as from its start.
_BOUNDARY = re.compile(
    r"(?<![.!?…])([.!?…]+)((?:[ \u00a0\u202f]?»|[\"'”’“«)\]])*)(\s+)"
    r"(?=(?:[\"'“‘«„»‚¿¡(\[—–][ \u00a0\u202f]?){0,2}[A-Z0-9À-ÖØ-Þ])"
)


_WORD_SEPARATOR = re.compile(r"[\s(\"“]")


@dataclass(frozen=True)
class _Stops:
    """What keeps a full stop from ending a sentence in one language."""

    abbreviations: frozenset[str]
    months: frozenset[str]
    ordinal_leads: frozenset[str]


@cache
def _stops(lang: str) -> _Stops:
    from summarizer.text.lexicon import lexicon  # the lexicons read this module's table

    lex = lexicon(lang)
    return _Stops(lex.abbreviations | ABBREVIATIONS, frozenset(lex.months), lex.ordinal_leads)


# A unit's letter after a numeral ("vers 18 h.", "à 800 m.", "depuis 11 h."): the clock's
# or the measure's letter, never a name's initial, so its full stop ends the sentence.
_UNIT_AFTER_A_NUMERAL = re.compile(r"(?<![\w.,])\d{1,4}[ \u00a0\u202f]?[a-z]$")


def _is_abbreviation(before: str, stops: _Stops) -> bool:
    # Only the last word matters; an abbreviation is never 40 characters long.
    if _UNIT_AFTER_A_NUMERAL.search(before[-12:]):
        return False  # written in lower case: "800 m." is metres, "M. Dupont" a title
    word = _WORD_SEPARATOR.split(before[-40:])[-1].lower().rstrip(".")
    return word in stops.abbreviations or (len(word) == 1 and "a" <= word <= "z")


_NEXT_WORD = re.compile(r"[\"'“‘«(\[]{0,2}(\w+)")


def _is_ordinal(before: str, after: str, stops: _Stops) -> bool:
    """A numeral's dot that makes it an ordinal ("am 5. März", "der 3. Platz"): before a
    month name, or after a word that leads an ordinal, in languages that write them so."""
    words = before[-40:].split()
    if not stops.ordinal_leads or not words or not words[-1].isdigit() or len(words[-1]) > 2:
        return False
    following = _NEXT_WORD.match(after)
    if following is not None and following.group(1).lower() in stops.months:
        return True
    return len(words) > 1 and words[-2].lower() in stops.ordinal_leads


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def split_sentences(text: str, lang: str = "en") -> list[Sentence]:
    """Sentences per line-paragraph; a boundary after a known abbreviation (of ``lang`` or
    English) or after an ordinal's dot is not one."""
    stops = _stops(lang)
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        chunk = text[p_start:p_end]
        cursor = 0
        for match in _BOUNDARY.finditer(chunk):
            if match.group(1) == "." and (
                _is_abbreviation(chunk[cursor : match.start(1)], stops)
                or _is_ordinal(chunk[cursor : match.start(1)], chunk[match.end(3) : match.end(3) + 40], stops)
            ):
                continue
            end = match.end(2)
            _add(sentences, text, p_start + cursor, p_start + end, number)
            cursor = match.end(3)
        _add(sentences, text, p_start + cursor, p_end, number)
    return sentences


def sentence_at(text: str, at: int, lang: str = "en") -> str:
    """The sentence of ``text`` holding the character at ``at`` ("" between sentences)."""
    return next((s.text for s in split_sentences(text, lang) if s.start <= at < s.end), "")


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], paragraph))


# A time stamp on a line of its own: how live-update files open each entry.
_TIMESTAMP_LINE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|local time))?",
    re.IGNORECASE,
)
# How a body paragraph or a quotation ends; a short line ending otherwise is a heading.
_BODY_ENDING = ".!?:;,\"'”’»)…"
HEADING_MAX_WORDS = 12


def is_heading(line: str) -> bool:
    """A time stamp, or a short line that does not end as a sentence does ("Power cuts
    spread inland", "Key points")."""
    line = line.strip()
    if _TIMESTAMP_LINE.fullmatch(line):
        return True
    return bool(line) and line[-1] not in _BODY_ENDING and len(line.split()) <= HEADING_MAX_WORDS


def section_starts(text: str) -> list[int]:
    """Where each section begins: the text's start and every heading line (a live-update
    entry, a subheading). References such as "she said" or "the company" do not reach back
    across a section boundary."""
    starts = [0]
    for start, end in paragraphs(text):
        if start > 0 and is_heading(text[start:end]):
            starts.append(start)
    return starts
