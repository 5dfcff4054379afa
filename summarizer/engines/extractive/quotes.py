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

from summarizer.text.gazetteer import literal_alternation
from summarizer.text.segment import Sentence
from summarizer.text.terms import quoted_in_passing
from summarizer.text.vocabulary import PERSON_ROLES, REPORTING_VERBS

CUE = rf"(?:{REPORTING_VERBS}|according to)"
CAPWORD = r"(?:(?:Mr|Mrs|Ms|Dr|St)\.|(?:[A-Z]\.)+|[A-Z][\w'’\-]*)"
WHO = (
    rf"\b(?P<who>the\s+{CAPWORD}(?:\s+{CAPWORD}){{0,4}}(?!\s+[a-z])"
    rf"|(?:[Tt]he|[Aa]n?)\s+(?:[\w'’\-]+\s+){{0,4}}?[\w'’\-]+"
    rf"|{CAPWORD}(?:\s+(?:of\s+|the\s+|&\s+)?{CAPWORD}){{0,5}}|he|she|they|it)\b"
)
CHANNEL_NAMES = (
    "Telegram", "Facebook", "Twitter", "X", "Instagram", "TikTok", "YouTube", "VKontakte",
    "Truth Social", "television", "TV", "radio", "state television", "social media",
)  # fmt: skip
CHANNEL = re.compile(
    r"\b(?=[oiv])(?:on|via|in a post on|in a statement on|in a video on)\s+(?:(?:social media|the messaging app|messaging app)\s+)?"
    rf"(?P<channel>{'|'.join(sorted(CHANNEL_NAMES, key=len, reverse=True))})\b"
)
AFTER_WHO_CUE = re.compile(
    rf"^\s*[,.!?]?\s*(?:[—–-]\s*)?(?:{WHO})\s*(?:,[^,]{{1,80}},\s*)?(?P<cue>{REPORTING_VERBS})\b(?P<rest>[^.!?]{{0,80}})"
)
WHEN = r"(?:(?:on|in|late on|early on)\s+\w+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))"
# Role words between the verb and the name: "said chief meteorologist Nadia Karim", "said
# Unite regional officer Graeme Ross". Tried before the bare name, so the name wins.
ROLE_LEAD = rf"(?:(?:[\w'’.-]+\s+){{0,3}}?(?i:{literal_alternation(PERSON_ROLES)})\s+(?=[A-Z]))?"
AFTER_CUE_WHO = re.compile(
    rf"^\s*[,.!?]?\s*(?P<cue>{REPORTING_VERBS})\s+(?:{WHEN}\s*,?\s+)?{ROLE_LEAD}(?:{WHO})"
)
# "according to a statement from X": the body behind a document is the speaker.
DOCUMENT_FROM = r"(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:statement|post|report|release|filing|letter|note|transcript)\s+(?:from|by|of|issued by)\s+"
AFTER_ACCORDING = re.compile(
    rf"^\s*[,.]?\s*(?:[—–-]\s*)?(?P<cue>according to)\s+(?:{DOCUMENT_FROM})?(?:{WHO})"
)
BEFORE_WHO_CUE = re.compile(
    rf"(?:^|[.;]\s+|\n|,\s+)(?:{WHO})\s+(?:also\s+)?(?P<cue>{REPORTING_VERBS})(?:\s+(?:on|in)\s+\w+)?(?:\s+that)?\s*[:,]?\s*$"
)
# Verbs that attribute a partial quote to the sentence's subject ("Ruiz rejected any
# ceasefire, stressing ... “real peace”"), used only inside the quote's own sentence.
STANCE_VERBS = (
    rf"{REPORTING_VERBS}|felt|feels|believes|believed|thinks|thought|called|calls|rejected|rejects|"
    r"described|describes|denounced|condemned|praised|welcomed|dismissed|criticized|criticised|"
    r"hailed|pledged|challenged|defended|questioned|spoke|speaks|referred"
)
# The subject may carry an affiliation ("Kari Berg at Fjord Securities") or a clause set
# off by commas ("Tom Reyes, who led the opposition, called the bill ...").
AFFILIATION = rf"(?:\s+(?:at|of|from|with)\s+(?:the\s+)?{CAPWORD}(?:\s+{CAPWORD}){{0,3}})?"
SET_OFF = r"(?:\s*,[^,\"“”]{1,100},)?"
SENTENCE_WHO_CUE = re.compile(
    rf"(?:{WHO}){AFFILIATION}{SET_OFF}\s+(?:(?:[a-z]+ly|also|later|then|again|further|still|once again)\s+)?(?:(?:had|has|have)\s+)?(?P<cue>{STANCE_VERBS})\b"
)
# A participle clause after the subject's own verb: "Chen attacked the witness, calling him
# "a man who ..."". The subject is the sentence's first name, after an optional opening clause.
SENTENCE_SUBJECT_PARTICIPLE = re.compile(
    rf"^(?:[^,\"“”]{{0,80}},\s+)?(?P<who>{CAPWORD}(?:\s+{CAPWORD}){{0,3}})\s+[a-z]+(?:ed|s)\b[^\"“”]{{0,160}}?,\s+"
    r"(?P<cue>calling|describing|saying|adding|branding|dubbing|labell?ing|warning|arguing|insisting)\b"
)
# "The foreign minister, Ines Garber, said": a full name set off by commas.
SENTENCE_NAME_COMMA_CUE = re.compile(
    rf"\b(?=[A-Z])(?P<who>{CAPWORD}(?:\s+{CAPWORD}){{1,3}}),\s+(?:(?:also|further)\s+)?(?P<cue>{STANCE_VERBS})\b"
)
# The cue verbs start words, and only with these letters: the guard lets the scan skip
# every other position instead of trying fifty verbs at each.
CUE_GUARD = r"\b(?=[" + "".join(sorted({verb[0] for verb in REPORTING_VERBS.split("|")})) + "])"
# "... , said X." : the name must end its clause, or "said the announcement came ..." would
# make "the announcement" a speaker.
CLAUSE_END = r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|of|during|after|before|who|whose|when|as|to|from)\b)"
SENTENCE_CUE_WHO = re.compile(
    rf"{CUE_GUARD}(?P<cue>{REPORTING_VERBS})\s+(?:{WHEN}\s*,?\s+)?{ROLE_LEAD}(?P<who>(?:the\s+)?{CAPWORD}(?:\s+{CAPWORD}){{0,3}}|the\s+[a-z][\w'’\-]*){CLAUSE_END}"
)
SENTENCE_ACCORDING = re.compile(rf"(?P<cue>[Aa]ccording to)\s+(?:{DOCUMENT_FROM})?(?:{WHO})")
# A speaker's label before a quotation, as live pages and transcripts write it: "Ana Ruiz:
# "...". A full name (two to four capitalised words) only, so "Warning:" is not a speaker.
LABEL = re.compile(
    rf"(?:^|\n|[.;!?][ \t]+)(?P<who>{CAPWORD}(?:[ \t]+{CAPWORD}){{1,3}})[ \t]*(?P<cue>:)[ \t]*$"
)
PRONOUNS = {"he", "she", "they", "it"}


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


TRAILING_DAY = re.compile(r"\s+(?:on|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def _clean_who(who: str) -> str:
    return TRAILING_DAY.sub("", who).strip(" ,.;:")


# BEFORE_WHO_CUE can only match when a reporting verb is among the last three words before
# the quote ("said", "said that", "said on Monday"): a set lookup that spares most quotes
# the full search.
_CUE_WORDS = frozenset(word.replace("[sz]", letter) for word in REPORTING_VERBS.split("|") for letter in "sz")


def _ends_with_cue(before: str) -> bool:
    return any(w.lower() in _CUE_WORDS for w in before[-60:].rstrip(" \t\n:,").rsplit(None, 3)[-3:])


NEXT_SENTENCE = re.compile(r"\s+[A-Z]")
MARK_THEN_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")


def _speaker_matches(
    text: str, start: int, end: int, after: str, before: str
) -> Iterator[tuple[re.Match[str] | None, int]]:
    """Candidate attributions right after, then right before, the quote; found lazily, as
    the first plausible one ends the search."""
    stripped = text[start:end].strip()
    # A quote that closes its sentence ("... demands." The ministry said ...) is not
    # attributed by whatever the next sentence starts with.
    closes_sentence = (stripped[-1:] == "." and NEXT_SENTENCE.match(after) is not None) or (
        MARK_THEN_SENTENCE.match(after) is not None  # '... "a pricing problem". Halvorsen said'
    )
    # Every pattern after the quote starts, past spaces and one mark, with a word (``WHO`` opens
    # with \b): when a letter is not next, none can match.
    if not closes_sentence and after.lstrip(" \t\n\r,.!?—–-")[:1].isalpha():
        for pattern in (AFTER_ACCORDING, AFTER_CUE_WHO, AFTER_WHO_CUE):
            yield pattern.match(after), end + 1
    if _ends_with_cue(before):
        yield BEFORE_WHO_CUE.search(before), start - 1 - len(before)
    elif before.rstrip().endswith(":"):
        yield LABEL.search(before), start - 1 - len(before)


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
) -> RawQuote:
    inner = text[start:end]
    stripped = inner.strip()
    ends_clause = stripped[-1:] in ",.!?…"
    statement = (ends_clause or len(stripped.split()) >= 12) and not quoted_in_passing(text, start, end)
    quote = RawQuote(start, end, inner, "direct" if statement else "partial")
    after = text[end + 1 : end + 200].split("\n", 1)[0]  # an attribution never crosses a paragraph
    before = text[max(0, start - 1 - 160) : start - 1]
    for match, base in _speaker_matches(text, start, end, after, before):
        if match and match.group("who") and _plausible_who(match.group("who")):
            quote.who, quote.cue = _clean_who(match.group("who")), match.group("cue")
            quote.who_at = base + match.start("who")
            _prefer_apposition_name(text, quote, base + match.end("who"))
            break
    else:
        if sentence is not None:
            found = (
                attributions(sentence) if attributions else Attributions.scan(text, sentence, [(start, end)])
            )
            _attribute_in_sentence(text, quote, found)
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
SENTENCE_PATTERNS = (
    SENTENCE_ACCORDING,
    SENTENCE_WHO_CUE,
    SENTENCE_NAME_COMMA_CUE,
    SENTENCE_CUE_WHO,
    SENTENCE_SUBJECT_PARTICIPLE,
)


@dataclass(frozen=True)
class Attributions:
    """Every attribution ("X said", "according to X") in one sentence, outside its quotes,
    sorted by position. Found once per sentence, so each quote's lookup is a binary search
    and a sentence of thousands of quotes (or of unbalanced quote marks) costs linear time."""

    at: list[int]
    found: list[tuple[str, str]]  # (who, cue) at the same index

    @classmethod
    def scan(cls, text: str, sentence: Sentence, quotes: list[tuple[int, int]]) -> Attributions:
        parts, cursor = [], sentence.start
        for start, end in quotes:  # each quote, with its marks, blanked out
            lo, hi = max(cursor, start - 1), min(sentence.end, end + 1)
            if lo >= hi:
                continue
            parts += [text[cursor:lo], " " * (hi - lo)]
            cursor = hi
        parts.append(text[cursor : sentence.end])
        outside = "".join(parts)
        best: dict[int, tuple[str, str]] = {}
        for pattern in SENTENCE_PATTERNS:
            for match in pattern.finditer(outside):
                who = match.group("who")
                if _plausible_who(who):
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


def attribute_all(text: str, spans: list[tuple[int, int]], sentences: list[Sentence]) -> list[RawQuote]:
    """``attribute`` for every quote span, each sentence's attributions scanned once."""
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
            scanned[sentence.start] = Attributions.scan(text, sentence, in_sentence[sentence.start])
        return scanned[sentence.start]

    return [
        attribute(text, s, e, sentence, attributions if sentence is not None else None, channels)
        for (s, e), sentence in zip(spans, owners, strict=True)
    ]


def _attribute_in_sentence(text: str, quote: RawQuote, attributions: Attributions) -> None:
    """The speaker named elsewhere in the quote's sentence."""
    found = attributions.nearest(quote.start, quote.end)
    if found:
        at, who, cue = found
        quote.who, quote.cue, quote.who_at = _clean_who(who), cue, at
        _prefer_apposition_name(text, quote, at + len(who))


ROLE_PHRASE = re.compile(r"(?:the|a|an)\s+[a-z]", re.IGNORECASE)
APPOSITION_NAME = re.compile(r"[^.,;:()\"“”]{0,60}?\b(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})")


def _prefer_apposition_name(text: str, quote: RawQuote, after_who: int) -> None:
    """A role phrase followed by a name ("the head of the transport agency Ines
    Garber") is the named person: the name, not the role, is the speaker."""
    if not quote.who or not ROLE_PHRASE.match(quote.who) or quote.who.split()[1][:1].isupper():
        return
    found = APPOSITION_NAME.match(text, after_who)
    if found:
        quote.who, quote.who_at = found.group("name"), found.start("name")


NOT_SPEAKERS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "this", "that", "it", "there", "which", "what",
}  # fmt: skip


def _plausible_who(who: str) -> bool:
    who = who.strip()
    if who.lower() in PRONOUNS:
        return True
    words = who.split()
    if words[0].lower() in NOT_SPEAKERS or "  " in who:  # a weekday, or a blanked-out quote
        return False
    if words[0].lower() in {"the", "a", "an"}:
        return len(words) > 1
    return who[:1].isupper() and words[0].lower() not in {"this", "that", "it", "there", "which", "what"}
