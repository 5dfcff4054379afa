"""Reading articles from files, folders, JSONL and stdin, with their metadata.

Each input becomes either an ``Article`` or an ``InputError`` that names the input and says
what is wrong with it; one unreadable file (or one bad JSONL line) never stops the others.

Metadata (title, source, published, url, id, language) comes, first found wins, from:

* JSONL: one ``{"id", "title", "text", "published", "source", "url", "language"}`` object per line;
* a front-matter block at the top of a text file (``---`` / ``key: value`` lines / ``---``);
* a sidecar JSON file next to the article (``a.txt.json`` or ``a.json``);
* defaults given by the caller (the CLI's ``--date``, ``--source`` and ``--lang``).

HTML pages are reduced to their article text with trafilatura; http and https URLs (given
as inputs, or as a JSONL line's ``url`` with no ``text``) are fetched (``fetch.py``).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from summarizer.article import Article, guess_title
from summarizer.errors import InputError
from summarizer.inputs.decoding import decode_declared, decode_text
from summarizer.inputs.fetch import Page, PageFetcher, is_url
from summarizer.llm.redact import shown_url

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
METADATA_FIELDS = ("id", "title", "source", "published", "url", "language")
# Common spellings of the same fields in front matter written by other tools.
FIELD_ALIASES = {
    "date": "published",
    "outlet": "source",
    "headline": "title",
    "link": "url",
    "lang": "language",
}
# Memory-safety limit on one input file (a JSONL file holds many articles).
MAX_INPUT_BYTES = 256 * 1024 * 1024
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Loaded:
    """One input: the article, the error that kept it from becoming one, or why it was
    skipped (a file in a folder that is not an article); plus warnings about how it was read."""

    source: str
    article: Article | None = None
    error: InputError | None = None
    skipped: str | None = None
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Defaults:
    """Metadata for articles that do not carry their own."""

    published: dt.date | None = None
    source: str | None = None
    language: str | None = None


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
    # Dates only from what the page marks as one (meta tags, <time>, structured data, the
    # URL): the extensive search falls back to a footer's "Copyright 2024" and calls it
    # 2024-01-01, which would beat an explicit --date.
    found = trafilatura.extract_metadata(html, extensive=False)
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
    for key in ("id", "title", "source", "url", "language"):
        if key in known and not isinstance(known[key], str):
            known[key] = str(known[key])
    known.setdefault("title", guess_title(text))
    if defaults.published is not None:
        known.setdefault("published", defaults.published)
    if defaults.source is not None:
        known.setdefault("source", defaults.source)
    if defaults.language is not None:
        known.setdefault("language", defaults.language)
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


def article_from_text(
    text: str,
    source: str,
    defaults: Defaults = Defaults(),
    suffix: str = ".txt",
    sidecar: dict[str, Any] | None = None,
) -> Article:
    """One article from a file's text; metadata in the file wins over its sidecar's."""
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        text, found = html_to_text(text, source)
        # What the user wrote in a sidecar beats what was guessed from the page.
        return build_article(text, {**found, **(sidecar or {})}, source, defaults)
    front, body = split_front_matter(text, source)
    return build_article(body, {**(sidecar or {}), **front}, source, defaults)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def articles_from_jsonl(
    text: str, source: str, defaults: Defaults = Defaults(), fetcher: PageFetcher | None = None
) -> Iterator[Loaded]:
    """One ``Loaded`` per non-blank line; a bad line is an error naming ``file:line``. A line
    with a ``url`` and no ``text`` is fetched (its other fields beat the page's own)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError("expected a JSON object per line", source=where)
            body = record.pop("text", None)
            extra = sorted(set(record) - set(METADATA_FIELDS) - set(FIELD_ALIASES))
            if extra:
                raise InputError(
                    f"unknown fields {extra}; expected text and {list(METADATA_FIELDS)}", source=where
                )
            url = record.get("url", record.get("link"))
            if body is None and isinstance(url, str) and is_url(url):
                yield article_from_url(url, fetcher, defaults, record)
                continue
            if not isinstance(body, str):
                raise InputError(
                    "missing 'text' (a string), or a 'url' (http or https) to fetch", source=where
                )
            yield Loaded(source=where, article=build_article(body, record, where, defaults))
        except json.JSONDecodeError as exc:
            yield Loaded(source=where, error=InputError(f"invalid JSON: {exc.msg}", source=where))
        except InputError as exc:
            yield Loaded(source=where, error=exc)


@dataclass(frozen=True)
class UrlInput:
    url: str


def article_from_url(
    url: str,
    fetcher: PageFetcher | None,
    defaults: Defaults = Defaults(),
    given: dict[str, Any] | None = None,
) -> Loaded:
    """The article on a web page: its main text, title, date and site (``given`` metadata,
    from a JSONL line, wins over what the page says)."""
    owned = fetcher is None
    fetcher = fetcher or PageFetcher(None)
    warnings: tuple[str, ...] = ()
    shown = shown_url(url)  # the full URL is for the fetch alone (credentials and all)
    try:
        page = fetcher.page(url)
        text, encoding_warnings = _page_text(page)
        warnings = tuple(encoding_warnings)
        meta: dict[str, Any] = {}
        if page.content_type != "text/plain":
            text, meta = html_to_text(text, shown)
        article = build_article(text, {**meta, "url": url, **(given or {})}, shown, defaults)
        return Loaded(source=shown, article=article, warnings=warnings)
    except InputError as exc:
        return Loaded(source=shown, error=exc, warnings=warnings)
    finally:
        if owned:
            fetcher.close()


def _page_text(page: Page) -> tuple[str, list[str]]:
    """A page's text: in the charset its server declared unless the bytes prove another
    (a UTF-8 page sent as Latin-1 became mojibake), else decoded by evidence like any file."""
    decoded = decode_declared(page.body, page.charset, page.url)
    return decoded.text, list(decoded.warnings)


def expand_paths(paths: list[str]) -> Iterator[Path | str | UrlInput | Loaded]:
    """Files as given; folders as their entries in name order; ``-`` for stdin; http and
    https URLs to be fetched.

    Every entry of a folder is accounted for: article files are yielded, anything else comes
    back as a ``Loaded`` that says why it was skipped or could not be read, and a folder
    with no article files is an error in its own place.
    """
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            yield raw
        elif is_url(raw):
            yield UrlInput(raw)
        elif not path.is_dir():
            yield path
        else:
            yield from _folder_entries(path, raw)


def _folder_entries(folder: Path, raw: str) -> Iterator[Path | Loaded]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        yield Loaded(source=raw, error=InputError(f"cannot list folder: {exc.strerror}", source=raw))
        return
    names = {e.name for e in entries}
    found = False
    for entry in entries:
        suffix = entry.suffix.lower()
        if suffix in ARTICLE_SUFFIXES:
            found = True
            yield entry
        elif suffix == ".json" and _sidecar_owner(entry.name, names):
            continue  # read with the article it describes
        elif entry.is_symlink() and not entry.exists():
            yield Loaded(source=str(entry), error=InputError(_broken_link(entry), source=str(entry)))
        else:
            kind = "a folder (not searched recursively)" if entry.is_dir() else "not an article file"
            kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
            yield Loaded(source=str(entry), skipped=f"{kind}; articles end in {kinds}")
    if not found:
        kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
        yield Loaded(source=raw, error=InputError(f"folder holds no article files ({kinds})", source=raw))


def _sidecar_owner(name: str, names: set[str]) -> bool:
    stem = name[: -len(".json")]
    return stem in names or any(stem + s in names for s in ARTICLE_SUFFIXES)


def _broken_link(path: Path) -> str:
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop"
    except OSError:
        pass
    return "broken symbolic link (its target does not exist)"


def read_regular_file(path: Path, source: str) -> bytes:
    """A regular file's bytes; FIFOs, sockets and devices are refused at once, never read
    (opening a FIFO without O_NONBLOCK would wait for a writer forever)."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"not a regular file ({_file_kind(mode)}); only files are read", source=source)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        reason = _broken_link(path) if path.is_symlink() else "no such file or folder"
        raise InputError(reason, source=source) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("symbolic link loop", source=source) from exc
        raise InputError(f"cannot open: {exc.strerror}", source=source) from exc
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode  # again: the entry may have been swapped since the stat
        if not stat.S_ISREG(mode):
            raise InputError(f"not a regular file ({_file_kind(mode)}); only files are read", source=source)
        data = handle.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"file is over the {MAX_INPUT_BYTES // 2**20} MB input limit", source=source)
    return data


def _file_kind(mode: int) -> str:
    kinds = {stat.S_ISFIFO: "a FIFO", stat.S_ISSOCK: "a socket", stat.S_ISCHR: "a character device"}
    kinds |= {stat.S_ISBLK: "a block device", stat.S_ISDIR: "a folder"}
    return next((name for test, name in kinds.items() if test(mode)), "not a regular file")


def load_inputs(
    paths: list[str], defaults: Defaults = Defaults(), fetcher: PageFetcher | None = None
) -> list[Loaded]:
    """Every path or URL given or found in a folder, each as an article, an error or a skip.
    URLs are fetched with ``fetcher`` (one that keeps pages in the store, in the CLI)."""
    loaded: list[Loaded] = []
    for item in expand_paths(paths):
        if isinstance(item, Loaded):
            loaded.append(item)
            continue
        if isinstance(item, UrlInput):
            loaded.append(article_from_url(item.url, fetcher, defaults))
            continue
        source = "<stdin>" if isinstance(item, str) else str(item)
        warnings: tuple[str, ...] = ()
        try:
            if isinstance(item, str):
                data, suffix, sidecar = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1), "", {}
                if len(data) > MAX_INPUT_BYTES:
                    raise InputError(f"over the {MAX_INPUT_BYTES // 2**20} MB input limit", source=source)
            else:
                data, suffix = read_regular_file(item, source), item.suffix.lower()
                sidecar = _sidecar(item) if suffix not in JSONL_SUFFIXES else {}
            decoded = decode_text(data, source)
            warnings = tuple(decoded.warnings)
            if suffix in JSONL_SUFFIXES or (not suffix and decoded.text.lstrip()[:1] == "{"):
                loaded.extend(
                    Loaded(line.source, line.article, line.error, warnings=warnings + line.warnings)
                    for line in articles_from_jsonl(decoded.text, source, defaults, fetcher)
                )
                continue
            article = article_from_text(decoded.text, source, defaults, suffix or ".txt", sidecar)
            loaded.append(Loaded(source=source, article=article, warnings=warnings))
        except InputError as exc:
            loaded.append(Loaded(source=source, error=exc, warnings=warnings))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            loaded.append(Loaded(source=source, error=InputError(reason, source=source)))
    return loaded


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
