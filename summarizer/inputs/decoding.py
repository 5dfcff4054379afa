"""Bytes to article text, by evidence.

Order of evidence: a byte-order mark; valid UTF-8; UTF-8 with a few damaged bytes (kept as
UTF-8, the damage replaced and counted, rather than the whole file misread as Latin-1);
UTF-16 without a BOM (recognised by its pattern of NUL bytes and confirmed by decoding);
else the legacy encoding charset-normalizer finds most coherent. Binary data and empty
text are refused. Every lossy or guessed decoding comes back with a warning saying so.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from summarizer.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A well-formed multi-byte UTF-8 sequence: its presence is evidence the file is UTF-8.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Share of undecodable bytes up to which a long file that is otherwise UTF-8 is read as
# damaged UTF-8 (with a warning) rather than as another encoding.
MAX_DAMAGED_SHARE = 0.01
PREFERRED_LEGACY = "cp1252"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_text(data: bytes, source: str) -> Decoded:
    """Text from a file's bytes, or an ``InputError`` saying why it is not an article."""
    decoded = _decode(data, source)
    text = decoded.text
    if not text.strip():
        raise InputError("empty article (no text after removing whitespace)", source=source)
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > max(8, len(text) // 100):
        raise InputError("binary data, not text (too many control characters)", source=source)
    return decoded


def decode_declared(data: bytes, declared: str | None, source: str) -> Decoded:
    """Text from bytes whose sender declared their charset (an HTTP header), by evidence
    first: a byte-order mark, or valid UTF-8 with multi-byte sequences (which almost never
    arise by chance in another encoding), outranks the declaration, with a warning; else the
    declared charset when the bytes are valid in it; else ``decode_text``."""
    try:
        name = codecs.lookup(declared).name if declared else None
    except LookupError:
        name = None
    if name is None:
        return decode_text(data, source)
    evident = _unicode_by_evidence(data)
    if evident is not None and _family(evident.encoding) != _family(name):
        shown = evident.encoding.removesuffix("-sig").upper()
        return Decoded(
            evident.text,
            evident.encoding,
            [f"declared {declared}, but the bytes are {shown}; read as {shown}"],
        )
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return decode_text(data, source)
    return Decoded(text, name) if text.strip() else decode_text(data, source)


def _unicode_by_evidence(data: bytes) -> Decoded | None:
    """The bytes as a Unicode encoding when they prove it: a byte-order mark, or strict
    UTF-8 holding at least one multi-byte sequence (pure ASCII proves nothing)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
    if not _UTF8_MULTIBYTE.search(data):
        return None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return None


def _family(encoding: str) -> str:
    """utf-8-sig and utf-8 are one family, utf-16-le and utf-16 another."""
    name = codecs.lookup(encoding).name
    return name.removesuffix("-sig").removesuffix("-le").removesuffix("-be")


def _decode(data: bytes, source: str) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}",
                    source=source,
                ) from exc
    if b"\x00" in data:
        return _decode_with_nuls(data, source)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    return _legacy(data, source)


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes, if the rest of the file says it is UTF-8.

    A well-formed multi-byte sequence almost never arises by chance in a legacy encoding
    (it needs a lead byte followed by the right number of continuation bytes), so a file with
    such sequences and no more than twice as many bad ones is damaged UTF-8."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return None  # high bytes but no UTF-8 sequence at all: a legacy encoding
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if replaced > max(2 * valid, int(len(data) * MAX_DAMAGED_SHARE)):
        return None
    noun = "sequence" if replaced == 1 else "sequences"
    warning = f"not valid UTF-8: {replaced} damaged byte {noun} replaced with U+FFFD"
    return Decoded(text, "utf-8", [warning])


def _decode_with_nuls(data: bytes, source: str) -> Decoded:
    """UTF-16 without a BOM puts a NUL in every other byte of ASCII text; anything else
    with NUL bytes is binary."""
    even, odd = data[0::2], data[1::2]
    for encoding, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if len(data) % 2 == 0 and zeros.count(0) >= 0.3 * len(zeros):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return Decoded(text, encoding, [f"no byte-order mark; read as {encoding.upper()}"])
    raise InputError(
        "binary data, not text (it contains NUL bytes and is not UTF-16 or UTF-32)", source=source
    )


def _legacy(data: bytes, source: str) -> Decoded:
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is not None:
        # Short texts often fit several code pages equally well; then the one most news text
        # was exported in wins (charset-normalizer's order among ties is arbitrary).
        ties = [m for m in results if m.chaos <= best.chaos and m.coherence >= best.coherence]
        best = next((m for m in ties if m.encoding == PREFERRED_LEGACY), best)
    if best is None or best.encoding is None:
        # Every byte sequence is valid Latin-1; say it was a guess.
        return Decoded(data.decode("latin-1"), "latin-1", ["not UTF-8; no encoding fits, read as Latin-1"])
    return Decoded(str(best), best.encoding, [f"not UTF-8; read as {best.encoding} (detected)"])
