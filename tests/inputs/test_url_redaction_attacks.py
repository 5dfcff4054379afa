"""Attacks on how a URL is shown: a news page's own query ("?keyword=", "?author=") is no
credential, a gateway's is, and a malformed URL among a day's inputs fails alone."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.llm.redact import shown_url, url_secrets


def test_a_news_pages_search_words_and_author_are_shown() -> None:
    url = "https://journal.example/recherche?keyword=inondation&author=Marie+Dupont&design=2"
    assert shown_url(url) == url
    assert url_secrets(url) == []


def test_credentials_named_in_any_casing_or_prefix_are_hidden() -> None:
    url = (
        "https://gw.example/v1?api-version=2024-06-01&apikey=Abc12345678&X-Amz-Signature=Sig9876543210"
        "&X-Amz-Security-Token=Tok55555555&client_secret=Sec44444444"
    )
    shown = shown_url(url)
    assert "api-version=2024-06-01" in shown
    for secret in ("Abc12345678", "Sig9876543210", "Tok55555555", "Sec44444444"):
        assert secret not in shown and secret in url_secrets(url)


def test_a_malformed_url_is_one_failed_input_not_a_crash(tmp_path: Path) -> None:
    lines = tmp_path / "day.jsonl"
    lines.write_text(
        json.dumps({"url": "http://[::1/nieuws?token=Tok12345678"})
        + "\n"
        + json.dumps({"id": "a1", "text": "Un incendio ha distrutto un magazzino a Brenac. Nessun ferito."})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["daily", str(lines), "--date", "2026-03-02", "-o", str(tmp_path / "out")]
    )
    assert not isinstance(result.exception, ValueError), result.exception
    assert (tmp_path / "out" / "daily-2026-03-02.md").exists(), result.output
    assert "Tok12345678" not in result.output + result.stderr
