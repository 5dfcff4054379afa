"""Text hidden in an article in a form a model can read and a cue table cannot: base64, hex,
percent-encoding, and Unicode tag characters (an invisible copy of ASCII).

``hidden_texts`` yields each run that decodes to readable text, with its span, so the
planted-instruction scan can look for cues in what the run says. A run that decodes to bytes
that are not readable text (a hash, a German compound word read as base64) is skipped.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from collections.abc import Iterator

# Long enough that ordinary words seldom qualify, short enough for "Ignore the rules." (24
# characters of base64). German compounds do qualify, and decode to bytes that are not text.
# Possessive runs: a run that fails its check is never retried shorter (linear time on a
# 30,000-digit number).
_BASE64 = re.compile(r"(?<![\w+/=-])[A-Za-z0-9+/_-]{16,}+={0,2}+(?![\w+/=-])")
_HEX = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{16,}+")
_PERCENT = re.compile(r"(?<![A-Za-z0-9._~+%-])(?:[A-Za-z0-9._~+-]*+%[0-9A-Fa-f]{2}){4,}+[A-Za-z0-9._~+-]*+")
_TAGS = re.compile("[\U000e0020-\U000e007e]{4,}")
# Decoded text must read as text: letters and spaces, few symbols.
_MIN_READABLE = 0.85


# Base64 and hex runs are 16 or more characters of this class: a text with no such run holds
# neither (the two patterns cost 0.3 ms per 1,000 words, their lookbehind tried at every
# position). A run starts the text or follows a character outside the class: looked for as
# such, ``re`` skips to those characters (0.03 ms; the class alone was tried at every letter).
_RUN = "[A-Za-z0-9+/_-]{16}"
_RUN_AT_START = re.compile(_RUN)
_RUN_AFTER_ANOTHER = re.compile(f"[^A-Za-z0-9+/_-]{_RUN}")


def _may_hold_runs(text: str) -> bool:
    """False only when no base64 or hex run can be in ``text``."""
    return bool(_RUN_AT_START.match(text) or _RUN_AFTER_ANOTHER.search(text))


def hidden_texts(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, decoded)`` for every run of ``text`` that decodes to readable text."""
    if _beyond_the_bmp(text):  # tag characters are, and news copy seldom has one
        for match in _TAGS.finditer(text):
            yield match.start(), match.end(), "".join(chr(ord(c) - 0xE0000) for c in match.group())
    if _may_hold_runs(text):
        yield from _base64_and_hex(text)
    if "%" in text:  # every percent-encoded run holds four escapes at least
        yield from _percent_encoded(text)


def _beyond_the_bmp(text: str) -> bool:
    """Whether a character of ``text`` lies beyond U+FFFF: in UTF-16 each takes two code
    units (2 us per 1,000 words, where the tag pattern tried every position in 50 us)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _base64_and_hex(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _BASE64.finditer(text):
        decoded = _base64(match.group())
        if decoded is not None:
            yield match.start(), match.end(), decoded
    for match in _HEX.finditer(text):
        if len(match.group()) % 2:
            continue
        decoded = _readable(bytes.fromhex(match.group()))
        if decoded is not None:
            yield match.start(), match.end(), decoded


def _percent_encoded(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _PERCENT.finditer(text):
        try:
            decoded = urllib.parse.unquote_plus(match.group(), errors="strict")
        except UnicodeDecodeError:
            continue
        if _is_readable(decoded):
            yield match.start(), match.end(), decoded


def _base64(run: str) -> str | None:
    run = run.rstrip("=")
    padded = run + "=" * (-len(run) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable(raw)


def _readable(raw: bytes) -> str | None:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return decoded if _is_readable(decoded) else None


def _is_readable(decoded: str) -> bool:
    readable = sum(c.isalpha() or c.isspace() or c in ".,;:'\"!?-()«»„“”’" for c in decoded)
    return bool(decoded) and readable >= _MIN_READABLE * len(decoded) and " " in decoded.strip()
