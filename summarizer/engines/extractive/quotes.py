"""Quotations and who said them.

Quote marks are paired per paragraph (curly, straight, guillemets). The speaker is looked
for where wire copy puts it: right after the closing mark (``," X said``, ``," said X``,
``," the governor added``), right before the opening mark (``X said: "``), or elsewhere in
the same sentence (``according to X``). Pronouns and definite role phrases ("the governor")
resolve to the previous speaker or the last person named, when there is one; otherwise the
speaker stays unresolved rather than guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from summarizer.engines.extractive.grammar import Grammar, grammar
from summarizer.text.quotations import DASHES, INNER_SPACE
from summarizer.text.segment import Sentence
from summarizer.text.terms import quoted_in_passing

CHANNEL_NAMES = (
    "Telegram", "Facebook", "Twitter", "X", "Instagram", "TikTok", "YouTube", "VKontakte",
    "Truth Social", "television", "TV", "radio", "state television", "social media",
)  # fmt: skip
CHANNEL = re.compile(
    r"\b(?=[oiv])(?:on|via|in a post on|in a statement on|in a video on)\s+(?:(?:social media|the messaging app|messaging app)\s+)?"
    rf"(?P<channel>{'|'.join(sorted(CHANNEL_NAMES, key=len, reverse=True))})\b"
)


@dataclass
class RawQuote:
    start: int  # of the text inside the marks
    end: int
    text: str
    kind: str
    who: str | None = None
    cue: str | None = None
    channel: str | None = None
    who_at: int = 0


def _clean_who(who: str, g: Grammar) -> str:
    return g.trailing_day.sub("", who).strip(" ,.;:")


# The before-the-quote patterns can only match when a reporting verb is among the last
# three words before the quote ("said", "said that", "said on Monday"): a set lookup that
# spares most quotes the full search.
def _ends_with_cue(before: str, g: Grammar) -> bool:
    return any(w.lower() in g.cue_words for w in before[-60:].rstrip(" \t\n:,").rsplit(None, 3)[-3:])


_MARKS = "\"“”„«»‘’'‚‹›"


def _after_closing(text: str, end: int) -> int:
    """Where the text after a quotation starts: past the spaces French copy sets inside the
    marks, and the closing mark."""
    while end < len(text) and text[end] in INNER_SPACE:
        end += 1
    return end + 1 if end < len(text) and text[end] in _MARKS else end


def _before_opening(text: str, start: int) -> int:
    """Where the text before a quotation ends: before its opening mark (or dialogue dash)
    and the spaces inside it."""
    while start > 0 and text[start - 1] in INNER_SPACE:
        start -= 1
    return start - 1 if start > 0 and text[start - 1] in _MARKS + DASHES else start


NEXT_SENTENCE = re.compile(r"\s+[A-Z]")
MARK_THEN_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")


def _speaker_matches(
    text: str, start: int, end: int, after: tuple[str, int], before: tuple[str, int], g: Grammar
) -> Iterator[tuple[re.Match[str] | None, int]]:
    """Candidate attributions right after, then right before, the quote; found lazily, as
    the first plausible one ends the search."""
    stripped = text[start:end].strip()
    after_text, after_at = after
    before_text, before_at = before
    # A quote that closes its sentence ("... demands." The ministry said ...) is not
    # attributed by whatever the next sentence starts with.
    closes_sentence = (stripped[-1:] == "." and NEXT_SENTENCE.match(after_text) is not None) or (
        MARK_THEN_SENTENCE.match(after_text) is not None  # '... "a pricing problem". Halvorsen said'
    )
    # Every pattern after the quote starts, past spaces and one mark, with a word (``who`` opens
    # with \b): when a letter is not next, none can match.
    if not closes_sentence and after_text.lstrip(" \t\n\r,.!?—–-―")[:1].isalpha():
        for pattern in g.after:
            yield pattern.match(after_text), after_at
    if _ends_with_cue(before_text, g):
        yield g.before_who_cue.search(before_text), before_at
        if before_text.rstrip().endswith(":"):
            yield g.before_cue_who.search(before_text), before_at
    elif before_text.rstrip().endswith(":"):
        yield g.label.search(before_text), before_at


class Channels:
    """Where the article names a channel ("on Telegram"), found once for all quotes."""

    def __init__(self, text: str) -> None:
        # No channel named, no scan (substring checks cost far less than the pattern).
        named = any(name in text for name in CHANNEL_NAMES)
        found = [(m.start(), m.end(), m.group(0)) for m in CHANNEL.finditer(text)] if named else []
        self._starts = [f[0] for f in found]
        self._found = found

    def first_within(self, lo: int, hi: int) -> str | None:
        i = bisect.bisect_left(self._starts, lo)
        if i < len(self._found) and self._found[i][1] <= hi:
            return self._found[i][2]
        return None


def attribute(
    text: str,
    start: int,
    end: int,
    sentence: Sentence | None,
    attributions: Callable[[Sentence], Attributions] | None = None,
    channels: Channels | None = None,
    g: Grammar | None = None,
) -> RawQuote:
    g = g or grammar()
    inner = text[start:end]
    stripped = inner.strip()
    after_at = _after_closing(text, end)
    after = text[after_at : after_at + 199].split("\n", 1)[0]  # an attribution never crosses a paragraph
    before_end = _before_opening(text, start)
    before = text[max(0, before_end - 160) : before_end]
    # Where the comma stands outside the marks („…“, sagte er), it still ends the clause.
    ends_clause = stripped[-1:] in ",.!?…" or (g.comma_outside and after.startswith((",", ".")))
    statement = (ends_clause or len(stripped.split()) >= 12) and not quoted_in_passing(text, start, end)
    quote = RawQuote(start, end, inner, "direct" if statement else "partial")
    matches = _speaker_matches(text, start, end, (after, after_at), (before, before_end - len(before)), g)
    for match, base in matches:
        if match and not match.group("who") and match.group("cue") and g.dropped_subject:
            quote.who, quote.cue, quote.who_at = (
                g.dropped_subject,
                match.group("cue"),
                base + match.start("cue"),
            )
            break
        if match and match.group("who") and _plausible_who(match.group("who"), g):
            quote.who, quote.cue = _clean_who(match.group("who"), g), match.group("cue")
            quote.who_at = base + match.start("who")
            _prefer_apposition_name(text, quote, base + match.end("who"), g)
            break
    else:
        if sentence is not None:
            found = (
                attributions(sentence)
                if attributions
                else Attributions.scan(text, sentence, [(start, end)], g)
            )
            _attribute_in_sentence(text, quote, found, g)
    if quote.who_at > end:
        lo, hi = end + 1, end + 160
    else:
        lo, hi = max(0, start - 160), start
    if sentence is not None:
        lo = max(sentence.start, start - SENTENCE_WINDOW)
        hi = min(sentence.end, end + SENTENCE_WINDOW) + 120
    hi = min(len(text), hi)
    if channels is not None:
        quote.channel = channels.first_within(lo, hi)
    else:
        channel = CHANNEL.search(text, lo, hi)
        quote.channel = channel.group(0) if channel else None
    return quote


# How far from a quote, within its sentence, its attribution is looked for.
SENTENCE_WINDOW = 300


@dataclass(frozen=True)
class Attributions:
    """Every attribution ("X said", "according to X") in one sentence, outside its quotes,
    sorted by position. Found once per sentence, so each quote's lookup is a binary search
    and a sentence of thousands of quotes (or of unbalanced quote marks) costs linear time."""

    at: list[int]
    found: list[tuple[str, str]]  # (who, cue) at the same index

    @classmethod
    def scan(
        cls, text: str, sentence: Sentence, quotes: list[tuple[int, int]], g: Grammar | None = None
    ) -> Attributions:
        g = g or grammar()
        parts, cursor = [], sentence.start
        for start, end in quotes:  # each quote, with its marks, blanked out
            lo, hi = max(cursor, _before_opening(text, start)), min(sentence.end, _after_closing(text, end))
            if lo >= hi:
                continue
            parts += [text[cursor:lo], " " * (hi - lo)]
            cursor = hi
        parts.append(text[cursor : sentence.end])
        outside = "".join(parts)
        best: dict[int, tuple[str, str]] = {}
        for pattern in g.sentence:
            for match in pattern.finditer(outside):
                who = match.group("who")
                if _plausible_who(who, g):
                    at = sentence.start + match.start("who")
                    best[at] = min(best.get(at, (who, match.group("cue"))), (who, match.group("cue")))
        positions = sorted(best)
        return cls(positions, [best[p] for p in positions])

    def nearest(self, start: int, end: int) -> tuple[int, str, str] | None:
        """The attribution nearest before the quote (the clause that governs it), else the
        nearest after it, within ``SENTENCE_WINDOW`` characters."""
        i = bisect.bisect_left(self.at, start) - 1
        if i >= 0 and self.at[i] >= start - SENTENCE_WINDOW:
            return self.at[i], *self.found[i]
        j = bisect.bisect_left(self.at, end)
        if j < len(self.at) and self.at[j] <= end + SENTENCE_WINDOW:
            return self.at[j], *self.found[j]
        return None


def attribute_all(
    text: str, spans: list[tuple[int, int]], sentences: list[Sentence], lang: str = "en"
) -> list[RawQuote]:
    """``attribute`` for every quote span, each sentence's attributions scanned once."""
    g = grammar(lang)
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> Sentence | None:
        i = bisect.bisect_right(starts, offset) - 1
        return sentences[i] if i >= 0 and offset < sentences[i].end else None

    owners = [sentence_of(s) for s, _ in spans]
    in_sentence: dict[int, list[tuple[int, int]]] = {}
    for span, sentence in zip(spans, owners, strict=True):
        if sentence is not None:
            in_sentence.setdefault(sentence.start, []).append(span)
    scanned: dict[int, Attributions] = {}
    channels = Channels(text)

    def attributions(sentence: Sentence) -> Attributions:
        if sentence.start not in scanned:
            scanned[sentence.start] = Attributions.scan(text, sentence, in_sentence[sentence.start], g)
        return scanned[sentence.start]

    return [
        attribute(text, s, e, sentence, attributions if sentence is not None else None, channels, g)
        for (s, e), sentence in zip(spans, owners, strict=True)
    ]


def _attribute_in_sentence(text: str, quote: RawQuote, attributions: Attributions, g: Grammar) -> None:
    """The speaker named elsewhere in the quote's sentence."""
    found = attributions.nearest(quote.start, quote.end)
    if found:
        at, who, cue = found
        quote.who, quote.cue, quote.who_at = _clean_who(who, g), cue, at
        _prefer_apposition_name(text, quote, at + len(who), g)


def _prefer_apposition_name(text: str, quote: RawQuote, after_who: int, g: Grammar) -> None:
    """A role phrase followed by a name ("the head of the transport agency Ines
    Garber") is the named person: the name, not the role, is the speaker."""
    if not quote.who or not g.role_phrase.match(quote.who) or len(quote.who.split()) < 2:
        return
    if quote.who.split()[1][:1].isupper() and not g.capitalized_nouns:
        return
    found = g.apposition_name.match(text, after_who)
    if found:
        quote.who, quote.who_at = found.group("name"), found.start("name")


def _plausible_who(who: str, g: Grammar | None = None) -> bool:
    g = g or grammar()
    who = who.strip()
    if who.lower() in g.pronouns:
        return True
    words = who.split()
    if words[0].lower() in g.not_speakers or "  " in who:  # a weekday, or a blanked-out quote
        return False
    if words[0].lower() in g.determiners:
        return len(words) > 1
    if words[0][1:2] in "'’" and words[0][:2].lower() in g.determiners and words[0][2:3].isalpha():
        return True  # an elided article: "l'ancien président", "l’organisme"
    return who[:1].isupper() and words[0].lower() not in {"this", "that", "it", "there", "which", "what"}
