"""A fetched article's URL carries credentials (``user:pass@``, ``?token=``,
``#access_token=``): the fetch uses them, and nothing records them, neither the briefing's
``url`` (JSON, Markdown, the day's briefing) nor the console nor the store's page cache."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.article import Article
from summarizer.cli import app
from summarizer.inputs.fetch import PageFetcher
from summarizer.llm.redact import REDACTED, shown_url, url_secrets
from tests.inputs.test_urls import Site, serving

SECRETS = ("pa55", "abc", "xyz")


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    monkeypatch.setenv("SUMMARIZER_ALLOW_PRIVATE_URLS", "1")  # the site is on loopback
    with serving() as server:
        yield server


def credentialed(site: Site) -> str:
    return f"http://user:pa55@127.0.0.1:{site.port}/a?token=abc#access_token=xyz"


def everything_written(result: object, *folders: Path) -> bytes:
    """The console and every byte of every file under ``folders`` (outputs, the store's
    SQLite file with its journal)."""
    written = (getattr(result, "output", "") + getattr(result, "stderr", "")).encode("utf-8")
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                written += path.read_bytes()
    return written


def assert_no_secret(written: bytes) -> None:
    leaked = [s for s in SECRETS if s.encode() in written]
    assert not leaked, f"{leaked} recorded"


def test_brief_records_the_url_without_its_credentials(site: Site, tmp_path: Path) -> None:
    home = tmp_path / "home"  # SUMMARIZER_HOME (conftest): the store lives there
    for form in ("json", "md"):
        out = tmp_path / f"out-{form}"
        result = CliRunner().invoke(
            app, ["brief", credentialed(site), "--engine", "extractive", "--format", form, "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        written = everything_written(result, out, home)
        assert b"Port Alder" in written
        assert_no_secret(written)
        assert f"/a?token={REDACTED}#access_token={REDACTED}".encode() in written
    assert site.hits[0][0] == "/a?token=abc"  # the fetch itself had the full URL
    assert len(site.hits) == 1  # and the second run found the page kept under it


def test_daily_records_the_url_without_its_credentials(site: Site, tmp_path: Path) -> None:
    lines = tmp_path / "day.jsonl"
    lines.write_text(json.dumps({"url": credentialed(site)}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["daily", str(lines), "--date", "2026-03-02", "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = everything_written(result, out, tmp_path / "home")
    assert b"Port Alder" in written
    assert_no_secret(written)


def test_two_credentials_for_one_page_are_cached_apart(site: Site, tmp_path: Path) -> None:
    from summarizer.store import open_store

    store = open_store(tmp_path / "store.sqlite3", [])
    with PageFetcher(store, allow_private=True, max_age_s=60) as fetcher:
        first = fetcher.page(f"http://127.0.0.1:{site.port}/a?token=abc")
        other = fetcher.page(f"http://127.0.0.1:{site.port}/a?token=Another-Token-77")
        again = fetcher.page(f"http://127.0.0.1:{site.port}/a?token=abc")
    assert first.url == again.url == other.url == f"http://127.0.0.1:{site.port}/a?token={REDACTED}"
    assert [path for path, _ in site.hits] == ["/a?token=abc", "/a?token=Another-Token-77"]


@pytest.mark.parametrize(
    "url",
    [
        "https://h.example/a#access_token=xyz-secret-1&token_type=bearer",
        "https://h.example/a#id_token=xyz-secret-1",
        "https://h.example/a?page=2#Signature=xyz-secret-1",
    ],
)
def test_a_token_in_a_fragment_is_hidden_like_the_querys(url: str) -> None:
    assert "xyz-secret-1" not in shown_url(url) and "xyz-secret-1" in url_secrets(url)


def test_a_fragment_that_names_a_section_is_kept() -> None:
    for url in ("https://h.example/nouvelles#section-2", "https://h.example/a?q=1#auteur=Zoë&keyword=süd"):
        assert shown_url(url) == url and url_secrets(url) == []


def test_an_article_given_with_a_credentialed_url_records_it_without() -> None:
    """A JSONL line with its own text and a URL, or a library caller: no fetch, same rule."""
    article = Article(text="Il ponte è stato riaperto martedì.", url="https://u:pa55@h.example/x?api_key=abc")
    assert article.url == f"https://h.example/x?api_key={REDACTED}"
    assert article.meta.url == article.url


def test_pages_kept_under_a_credentialed_url_before_are_gone_after_the_upgrade(tmp_path: Path) -> None:
    import sqlite3

    from summarizer.store import Store
    from summarizer.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    upto = [name for name, _ in MIGRATIONS].index("page_keys")
    for _name, statements in MIGRATIONS[:upto]:
        for statement in statements:
            old.execute(statement)
    url = "https://user:Pw-Old-Secret-1@h.example/a?token=Tok-Old-Secret-2"
    old.execute("INSERT INTO pages VALUES (?, ?, 'text/html', NULL, ?, 't')", (url, url, b"<p>Hola</p>"))
    old.execute(f"PRAGMA user_version = {upto}")
    old.commit()
    old.close()
    Store(path)._close_connection()  # as a run ends: the journal checkpointed into the file
    written = b"".join(p.read_bytes() for p in sorted(tmp_path.iterdir()) if p.is_file())
    assert b"Pw-Old-Secret-1" not in written and b"Tok-Old-Secret-2" not in written
