"""Quotations and who said them.

Quote marks are paired per paragraph (curly, straight, guillemets). The speaker is looked
for where wire copy puts it: right after the closing mark (``," X said``, ``," said X``,
``," the governor added``), right before the opening mark (``X said: "``), or elsewhere in
the same sentence (``according to X``). Pronouns and definite role phrases ("the governor")
resolve to the previous speaker or the last person named, when there is one; otherwise the
speaker stays unresolved rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.extractive.text import REPORTING_VERBS, Sentence

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
CUE = rf"(?:{REPORTING_VERBS}|according to)"
CAPWORD = r"(?:(?:Mr|Mrs|Ms|Dr|St)\.|(?:[A-Z]\.)+|[A-Z][\w'’\-]*)"
WHO = (
    rf"\b(?P<who>the\s+{CAPWORD}(?:\s+{CAPWORD}){{0,4}}(?!\s+[a-z])"
    rf"|(?:[Tt]he|[Aa]n?)\s+(?:[\w'’\-]+\s+){{0,4}}?[\w'’\-]+"
    rf"|{CAPWORD}(?:\s+(?:of\s+|the\s+)?{CAPWORD}){{0,5}}|he|she|they|it)\b"
)
CHANNEL = re.compile(
    r"\b(?:on|via|in a post on|in a statement on|in a video on)\s+(?:(?:social media|the messaging app|messaging app)\s+)?"
    r"(?P<channel>Telegram|Facebook|Twitter|X|Instagram|TikTok|YouTube|VKontakte|Truth Social|television|TV|radio|state television|social media)\b"
)
AFTER_WHO_CUE = re.compile(
    rf"^\s*[,.!?]?\s*(?:{WHO})\s*(?:,[^,]{{1,80}},\s*)?(?P<cue>{REPORTING_VERBS})\b(?P<rest>[^.!?]{{0,80}})"
)
WHEN = r"(?:(?:on|in|late on|early on)\s+\w+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))"
AFTER_CUE_WHO = re.compile(rf"^\s*[,.!?]?\s*(?P<cue>{REPORTING_VERBS})\s+(?:{WHEN}\s*,?\s+)?(?:{WHO})")
AFTER_ACCORDING = re.compile(rf"^\s*[,.]?\s*(?P<cue>according to)\s+(?:{WHO})")
BEFORE_WHO_CUE = re.compile(
    rf"(?:^|[.;]\s+|\n|,\s+)(?:{WHO})\s+(?:also\s+)?(?P<cue>{REPORTING_VERBS})(?:\s+(?:on|in)\s+\w+)?(?:\s+that)?\s*[:,]?\s*$"
)
# Verbs that attribute a partial quote to the sentence's subject ("Blinken rejected any
# ceasefire, stressing ... “real peace”"), used only inside the quote's own sentence.
STANCE_VERBS = (
    rf"{REPORTING_VERBS}|felt|feels|believes|believed|thinks|thought|called|calls|rejected|rejects|"
    r"described|describes|denounced|condemned|praised|welcomed|dismissed|criticized|criticised|"
    r"hailed|pledged|challenged|defended|questioned|spoke|speaks|referred"
)
SENTENCE_WHO_CUE = re.compile(
    rf"(?:{WHO})\s+(?:(?:also|further|later|then|again)\s+)?(?:(?:had|has|have)\s+)?(?P<cue>{STANCE_VERBS})\b"
)
# "Ukrainian Foreign Minister, Dmytro Kuleba, said": a full name set off by commas.
SENTENCE_NAME_COMMA_CUE = re.compile(
    rf"\b(?=[A-Z])(?P<who>{CAPWORD}(?:\s+{CAPWORD}){{1,3}}),\s+(?:(?:also|further)\s+)?(?P<cue>{STANCE_VERBS})\b"
)
# The cue verbs start words, and only with these letters: the guard lets the scan skip
# every other position instead of trying fifty verbs at each.
CUE_GUARD = r"\b(?=[" + "".join(sorted({verb[0] for verb in REPORTING_VERBS.split("|")})) + "])"
SENTENCE_CUE_WHO = re.compile(
    rf"{CUE_GUARD}(?P<cue>{REPORTING_VERBS})\s+(?:{WHEN}\s*,?\s+)?(?P<who>(?:the\s+)?{CAPWORD}(?:\s+{CAPWORD}){{0,3}}|the\s+[a-z][\w'’\-]*)"
)
SENTENCE_ACCORDING = re.compile(rf"(?P<cue>[Aa]ccording to)\s+(?:{WHO})")
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


QUOTE_MARK = re.compile(r'[“”„«»"]')


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of double quote marks, per paragraph."""
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        open_at: int | None = None
        for mark in QUOTE_MARK.finditer(text, paragraph.start(), paragraph.end()):
            i, ch = mark.start(), mark.group()
            if open_at is None and (ch in OPENING or ch == STRAIGHT):
                open_at = i
            elif open_at is not None and (
                ch in CLOSING or ch == STRAIGHT or (ch == "“" and text[open_at] == "„")
            ):
                if i - open_at > 1:
                    spans.append((open_at + 1, i))
                open_at = None
    return spans


TRAILING_DAY = re.compile(r"\s+(?:on|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def _clean_who(who: str) -> str:
    return TRAILING_DAY.sub("", who).strip(" ,.;:")


def attribute(text: str, start: int, end: int, sentence: Sentence | None) -> RawQuote:
    inner = text[start:end]
    stripped = inner.strip()
    ends_clause = stripped[-1:] in ",.!?…"
    quote = RawQuote(start, end, inner, "direct" if ends_clause or len(stripped.split()) >= 12 else "partial")
    after = text[end + 1 : end + 200]
    before = text[max(0, start - 1 - 160) : start - 1]
    # A quote that closes its sentence ("... demands." The ministry said ...) is not
    # attributed by whatever the next sentence starts with.
    closes_sentence = stripped[-1:] == "." and re.match(r"\s+[A-Z]", after) is not None
    tries = (
        []
        if closes_sentence
        else [
            (AFTER_ACCORDING.match(after), end + 1),
            (AFTER_CUE_WHO.match(after), end + 1),
            (AFTER_WHO_CUE.match(after), end + 1),
        ]
    )
    tries.append((BEFORE_WHO_CUE.search(before), start - 1 - len(before)))
    for match, base in tries:
        if match and match.group("who") and _plausible_who(match.group("who")):
            quote.who, quote.cue = _clean_who(match.group("who")), match.group("cue")
            quote.who_at = base + match.start("who")
            _prefer_apposition_name(text, quote, base + match.end("who"))
            break
    else:
        if sentence is not None:
            _attribute_in_sentence(text, quote, sentence)
    context = text[end + 1 : end + 160] if quote.who_at > end else text[max(0, start - 160) : start]
    if sentence is not None:
        context = text[sentence.start : min(len(text), sentence.end + 120)]
    channel = CHANNEL.search(context)
    quote.channel = channel.group(0) if channel else None
    return quote


def _attribute_in_sentence(text: str, quote: RawQuote, sentence: Sentence) -> None:
    """The speaker named elsewhere in the quote's sentence: the attribution nearest before
    the quote (the clause that governs it), else the nearest after it."""
    start, end = quote.start, quote.end
    outside = text[sentence.start : start - 1] + " " * (end - start + 2) + text[end + 1 : sentence.end]
    found: list[tuple[int, int, str, str]] = []  # (distance rank, offset, who, cue)
    for pattern in (SENTENCE_ACCORDING, SENTENCE_WHO_CUE, SENTENCE_NAME_COMMA_CUE, SENTENCE_CUE_WHO):
        for match in pattern.finditer(outside):
            who = match.group("who")
            if not _plausible_who(who):
                continue
            at = sentence.start + match.start("who")
            rank = start - at if at < start else 10_000 + at - end
            found.append((rank, at, who, match.group("cue")))
    if found:
        _, at, who, cue = min(found)
        quote.who, quote.cue, quote.who_at = _clean_who(who), cue, at
        _prefer_apposition_name(text, quote, at + len(who))


ROLE_PHRASE = re.compile(r"(?:the|a|an)\s+[a-z]", re.IGNORECASE)
APPOSITION_NAME = re.compile(r"[^.,;:()\"“”]{0,60}?\b(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})")


def _prefer_apposition_name(text: str, quote: RawQuote, after_who: int) -> None:
    """A role phrase followed by a name ("the head of the American diplomacy Antony
    Blinken") is the named person: the name, not the role, is the speaker."""
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
