"""Quotations: where an article quotes someone, as the spans of text inside quote marks.

The offline engine attributes these quotations; grounding requires a model's quote to lie
inside one of them (a narrative sentence is not a quotation).
"""

from __future__ import annotations

import re

from summarizer.text.lexicon import lexicon

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
QUOTE_MARK = re.compile(r'[“”„«»"]')
# The marks that close a quotation opened by each mark. Another kind of mark inside it is a
# quotation within the quotation (« Il a dit “oui” hier », „Sie rief ‚Hilfe‘“), and a
# straight mark closes only what it opened or curly marks (sloppy copy mixes those).
CLOSES = {"“": '”"»', "„": '“”"', "«": "»", "»": "«", STRAIGHT: STRAIGHT + "”»"}
GUILLEMETS_POINT_IN = frozenset({"fr", "es", "it", "pt"})
# The space French copy sets inside guillemets (« Oui »), often non-breaking or narrow.
INNER_SPACE = " \t\u00a0\u202f\u2009"
# A dialogue line as Spanish and Portuguese copy write it (``Lexicon.dash_dialogue``): a dash
# opens the words, and a spaced dash ends them before the speaker's clause ("—Es un desastre
# —dijo el alcalde—. Hay que ...", "— Foi horrível — disse a vizinha.").
DASHES = "—―"


def find_quote_spans(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quote marks, per paragraph, without the
    spaces just inside the marks.

    Double marks (curly, straight, guillemets, „low") are paired first; guillemets pair
    either way round (« French », » German «). A quotation left
    open at the end of a paragraph that the next paragraph reopens (how wire copy runs one
    speaker's words over several paragraphs) ends with its paragraph. A paragraph without
    double marks may quote with curly single marks (‘...’), told apart from apostrophes
    by the letters around them. In Spanish, a paragraph opening with a dash is a dialogue
    line: its words up to the spaced dash that introduces the speaker, and after the
    speaker's clause.
    """
    spans: list[tuple[int, int]] = []
    # French and Spanish never open a quotation with », so there » « is no quotation.
    openers = OPENING + STRAIGHT + ("" if lang in GUILLEMETS_POINT_IN else "»")
    dialogue = lexicon(lang).dash_dialogue
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for number, (start, end) in enumerate(paragraphs):
        open_at: int | None = None
        marks = 0
        for mark in QUOTE_MARK.finditer(text, start, end):
            marks += 1
            i, ch = mark.start(), mark.group()
            if open_at is None and ch in openers:
                open_at = i
            elif open_at is not None and ch in CLOSES[text[open_at]]:
                if (inner := _trimmed(text, open_at + 1, i)) is not None:
                    spans.append(inner)
                open_at = None
        if open_at is not None and number + 1 < len(paragraphs):
            following = text[paragraphs[number + 1][0] : paragraphs[number + 1][0] + 2].lstrip()
            inner_end = len(text[:end].rstrip())
            if following[:1] in OPENING + STRAIGHT and (inner := _trimmed(text, open_at + 1, inner_end)):
                spans.append(inner)
        if marks == 0 and dialogue and text[start:end].lstrip()[:1] in DASHES:
            spans += _dialogue_line(text, start, end)
        elif marks == 0:
            spans += [(m.start() + 1, m.end() - 1) for m in SINGLE_QUOTED.finditer(text, start, end)]
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in INNER_SPACE:
        start += 1
    while end > start and text[end - 1] in INNER_SPACE:
        end -= 1
    return (start, end) if end - start > 1 else None


# The speaker's clause inside a dialogue line: a spaced dash, the clause, and a closing
# dash (or the paragraph's end).
# The clause opens with a lower-case verb, right after the dash or after a space ("—dijo
# el alcalde—", "— dijo el alcalde —"); a dash before a capital is another speaker's reply.
_DIALOGUE_ASIDE = re.compile(rf"\s[{DASHES}][ \u00a0]?(?=[a-zß-öø-ÿ])[^{DASHES}\n]*(?:[{DASHES}]|$)")


def _dialogue_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of a dialogue line ("—Es un desastre —dijo el alcalde—. Hay que actuar"):
    before the speaker's clause, and what follows it. A line that only asks a question
    with nobody named ("—¿Ha pensado en irse?") is an interviewer's, not a quotation."""
    opening = start + len(text[start:end]) - len(text[start:end].lstrip()) + 1
    aside = _DIALOGUE_ASIDE.search(text, opening, end)
    if aside is None:
        found = _trimmed(text, opening, end)
        if found is None or (text[found[0]] == "¿" and text[found[1] - 1] == "?"):
            return []
        return [found]
    spans = [s for s in [_trimmed(text, opening, aside.start())] if s]
    rest = aside.end()
    while rest < end and text[rest] in ".,;: \u00a0":
        rest += 1
    if end - rest > 1 and (after := _trimmed(text, rest, end)) is not None:
        spans.append(after)
    return spans


# ‘...’ with the opening mark at a word start and the closing one not inside a word
# ("don’t", "the States’ plan" have letters or a space on the wrong side). Written mark
# first, the character before it checked by a lookbehind over both (``(?<![\w’])‘`` is the
# same test): a pattern that opens with a character lets ``re`` skip to that character at
# C speed, one that opens with a lookbehind is tried at every position.
SINGLE_QUOTED = re.compile(r"‘(?<![\w’]‘)(?=\S)[^‘’\n]*?[^\s‘](?:’(?![\w]))")


# A quotation may run on over paragraphs without being reopened, and a straight mark may
# sit inside curly ones; the pairing above reads neither as one quotation. This is as far
# as such a run may go.
_LONGEST_RUN_ON = 3000
_TYPOGRAPHIC_MARK = re.compile(r"[“”„«»]")
# Single marks, straight or curly, as British copy quotes: one opens at a word's start and
# closes at a word's end (an apostrophe inside "don't" does neither), within a line. The
# mark (or line break) is matched first and what surrounds it checked after, as for
# ``SINGLE_QUOTED`` (four times faster than ``(?P<open>(?<![\w'’‘])['‘](?=\S))|
# (?P<close>(?<=\S)['’](?!\w))|\n``, with the same matches); ``open`` and ``close`` are
# empty groups that say which reading the mark had.
_SINGLE_MARK = re.compile(
    r"['‘’\n](?:(?<=['‘])(?<![\w'’‘].)(?=\S)(?P<open>)|(?<=\S['’])(?!\w)(?P<close>)|(?<=\n))"
)


def quoted_regions(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """``[start, end)`` of the text inside quote marks under any reading of the marks,
    sorted and with overlaps merged: the quotations of ``find_quote_spans``, the text
    between typographic marks paired on their own, across paragraphs, and the text between
    single marks. Grounding asks whether a model's quote lies inside one of these."""
    regions = find_quote_spans(text, lang)
    single_open: int | None = None
    for mark in _SINGLE_MARK.finditer(text):
        if mark.group("open") is not None and single_open is None:
            single_open = mark.start()
        elif mark.group("close") is not None and single_open is not None:
            regions.append((single_open + 1, mark.start()))
            single_open = None
        elif mark.group() == "\n":
            single_open = None
    open_at: int | None = None
    for mark in _TYPOGRAPHIC_MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch in OPENING and not (ch == "“" and open_at is not None and text[open_at] == "„"):
            open_at = i  # an opening mark left open is abandoned for the next one
        elif open_at is not None:
            if 1 < i - open_at <= _LONGEST_RUN_ON:
                regions.append((open_at + 1, i))
            open_at = None
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
