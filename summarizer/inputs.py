"""Reading articles from files, folders, JSONL and stdin, with their metadata.

Each input becomes either an ``Article`` or an ``InputError`` that names the input and says
what is wrong with it; one unreadable file (or one bad JSONL line) never stops the others.

Metadata (title, source, published, url, id) comes, first found wins, from:

* JSONL: one ``{"id", "title", "text", "published", "source", "url"}`` object per line;
* a front-matter block at the top of a text file (``---`` / ``key: value`` lines / ``---``);
* a sidecar JSON file next to the article (``a.txt.json`` or ``a.json``);
* defaults given by the caller (the CLI's ``--date`` and ``--source``).

HTML pages are reduced to their article text with trafilatura.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from summarizer.article import Article, guess_title
from summarizer.errors import InputError

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
METADATA_FIELDS = ("id", "title", "source", "published", "url")
# Common spellings of the same fields in front matter written by other tools.
FIELD_ALIASES = {"date": "published", "outlet": "source", "headline": "title", "link": "url"}
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Loaded:
    """One input: the article, or the error that kept it from becoming one."""

    source: str
    article: Article | None = None
    error: InputError | None = None


@dataclass(frozen=True)
class Defaults:
    """Metadata for articles that do not carry their own."""

    published: dt.date | None = None
    source: str | None = None


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


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """Front-matter metadata and the text after it; no block gives ``({}, text)``."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    try:
        meta = yaml.safe_load(match.group("body"))
    except yaml.YAMLError as exc:
        raise InputError(f"invalid front matter: {_first_line(exc)}", source=source) from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError("invalid front matter: expected 'key: value' lines", source=source)
    return meta, text[match.end() :]


def html_to_text(html: str, source: str) -> tuple[str, dict[str, Any]]:
    """The main article text of an HTML page and its title, without navigation or footers."""
    try:
        import trafilatura
    except ImportError as exc:  # a dependency, but its own imports can break
        raise InputError(
            f"HTML input needs trafilatura, which failed to import: {exc}", source=source
        ) from exc
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError("HTML page with no article text that could be extracted", source=source)
    found = trafilatura.extract_metadata(html)
    meta: dict[str, Any] = {}
    if found is not None:
        meta = {"title": found.title, "url": found.url, "source": found.sitename, "published": found.date}
    return text, {k: v for k, v in meta.items() if v}


def build_article(text: str, meta: dict[str, Any], source: str, defaults: Defaults = Defaults()) -> Article:
    """An ``Article`` from text and metadata, with a clear error for bad metadata."""
    fields = {FIELD_ALIASES.get(str(k).lower(), str(k).lower()): v for k, v in meta.items()}
    known = {k: v for k, v in fields.items() if k in METADATA_FIELDS and v is not None}
    if isinstance(known.get("published"), dt.datetime):
        known["published"] = known["published"].date()
    if isinstance(known.get("published"), str) and "T" in known["published"]:
        known["published"] = known["published"].split("T", 1)[0]
    for key in ("id", "title", "source", "url"):
        if key in known and not isinstance(known[key], str):
            known[key] = str(known[key])
    known.setdefault("title", guess_title(text))
    if defaults.published is not None:
        known.setdefault("published", defaults.published)
    if defaults.source is not None:
        known.setdefault("source", defaults.source)
    if not text.strip():
        raise InputError("empty article (no text after removing whitespace)", source=source)
    try:
        return Article(text=text, **known)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise InputError(f"invalid metadata: {problems}", source=source) from exc


def _sidecar(path: Path) -> dict[str, Any]:
    for candidate in (path.with_name(path.name + ".json"), path.with_suffix(".json")):
        if candidate.is_file() and candidate != path:
            try:
                data = json.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise InputError(f"invalid sidecar {candidate.name}: {exc}", source=str(path)) from exc
            if not isinstance(data, dict):
                raise InputError(f"invalid sidecar {candidate.name}: expected an object", source=str(path))
            return data
    return {}


def article_from_bytes(
    data: bytes,
    source: str,
    defaults: Defaults = Defaults(),
    suffix: str = ".txt",
    sidecar: dict[str, Any] | None = None,
) -> Article:
    """One article from a file's bytes; metadata in the file wins over its sidecar's."""
    text = decode_article_bytes(data, source)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        text, found = html_to_text(text, source)
        # What the user wrote in a sidecar beats what was guessed from the page.
        return build_article(text, {**found, **(sidecar or {})}, source, defaults)
    front, body = split_front_matter(text, source)
    return build_article(body, {**(sidecar or {}), **front}, source, defaults)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def articles_from_jsonl(data: bytes, source: str, defaults: Defaults = Defaults()) -> Iterator[Loaded]:
    """One ``Loaded`` per non-blank line; a bad line is an error naming ``file:line``."""
    text = decode_article_bytes(data, source)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError("expected a JSON object per line", source=where)
            body = record.pop("text", None)
            if not isinstance(body, str):
                raise InputError("missing 'text' (a string)", source=where)
            extra = sorted(set(record) - set(METADATA_FIELDS) - set(FIELD_ALIASES))
            if extra:
                raise InputError(
                    f"unknown fields {extra}; expected text and {list(METADATA_FIELDS)}", source=where
                )
            yield Loaded(source=where, article=build_article(body, record, where, defaults))
        except json.JSONDecodeError as exc:
            yield Loaded(source=where, error=InputError(f"invalid JSON: {exc.msg}", source=where))
        except InputError as exc:
            yield Loaded(source=where, error=exc)


def expand_paths(paths: list[str]) -> Iterator[Path | str | InputError]:
    """Files as given; folders as their article files in name order; ``-`` for stdin.

    A folder with no article files yields an ``InputError`` in its place.
    """
    for raw in paths:
        path = Path(raw)
        if raw == "-" or not path.is_dir():
            yield raw if raw == "-" else path
            continue
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        if not files:
            kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
            yield InputError(f"folder holds no article files ({kinds})", source=raw)
        yield from files


def load_inputs(paths: list[str], defaults: Defaults = Defaults()) -> list[Loaded]:
    loaded: list[Loaded] = []
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            loaded.append(Loaded(source=item.source or "?", error=item))
            continue
        source = "<stdin>" if isinstance(item, str) else str(item)
        try:
            if isinstance(item, str):
                data, suffix, sidecar = sys.stdin.buffer.read(), "", {}
            else:
                if not item.exists():
                    raise InputError("no such file or folder", source=source)
                data, suffix = item.read_bytes(), item.suffix.lower()
                sidecar = _sidecar(item) if suffix not in JSONL_SUFFIXES else {}
            if suffix in JSONL_SUFFIXES or (not suffix and data.lstrip()[:1] == b"{"):
                loaded.extend(articles_from_jsonl(data, source, defaults))
                continue
            article = article_from_bytes(data, source, defaults, suffix or ".txt", sidecar)
            loaded.append(Loaded(source=source, article=article))
        except InputError as exc:
            loaded.append(Loaded(source=source, error=exc))
        except OSError as exc:
            loaded.append(Loaded(source=source, error=InputError(str(exc), source=source)))
    return loaded


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
