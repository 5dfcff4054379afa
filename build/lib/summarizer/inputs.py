"""Reading articles from files, folders and stdin.

Each input becomes either an ``Article`` or an ``InputError`` that names the input and says
what is wrong with it; one unreadable file never stops the others from loading.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from summarizer.article import Article, guess_title
from summarizer.errors import InputError

ARTICLE_SUFFIXES = {".txt", ".md", ".text"}


@dataclass(frozen=True)
class Loaded:
    """One input: the article, or the error that kept it from becoming one."""

    source: str
    article: Article | None = None
    error: InputError | None = None


def decode_article_bytes(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    elif data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    elif b"\x00" in data:
        raise InputError("binary data, not text (it contains NUL bytes)", source=source)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Every byte sequence is valid Latin-1; legacy newsroom exports commonly use it.
            text = data.decode("latin-1")
    if not text.strip():
        raise InputError("empty article (no text after removing whitespace)", source=source)
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > max(8, len(text) // 100):
        raise InputError("binary data, not text (too many control characters)", source=source)
    return text


def article_from_bytes(data: bytes, source: str) -> Article:
    text = decode_article_bytes(data, source)
    return Article(text=text, title=guess_title(text))


def expand_paths(paths: list[str]) -> Iterator[Path | str | InputError]:
    """Files as given; folders as their article files in name order; ``-`` for stdin.

    A folder with no article files yields an ``InputError`` in its place.
    """
    for raw in paths:
        path = Path(raw)
        if raw == "-" or not path.is_dir():
            yield raw if raw == "-" else path
            continue
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
        if not files:
            kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
            yield InputError(f"folder holds no article files ({kinds})", source=raw)
        yield from files


def load_inputs(paths: list[str]) -> list[Loaded]:
    loaded: list[Loaded] = []
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            loaded.append(Loaded(source=item.source or "?", error=item))
            continue
        source = str(item)
        try:
            if isinstance(item, str):
                data = sys.stdin.buffer.read()
                source = "<stdin>"
            else:
                if not item.exists():
                    raise InputError("no such file or folder", source=source)
                data = item.read_bytes()
            loaded.append(Loaded(source=source, article=article_from_bytes(data, source)))
        except InputError as exc:
            loaded.append(Loaded(source=source, error=exc))
        except OSError as exc:
            loaded.append(Loaded(source=source, error=InputError(str(exc), source=source)))
    return loaded
