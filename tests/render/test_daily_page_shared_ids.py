"""The daily page shows each article's own text under its own number when two articles of
the day share an id (two feeds reusing ids, a hostile id): the later is briefed under
``id~hash`` (``pipeline.distinct``), and its passages and text are found under that id,
never the first article's text shown for both nor links that lead nowhere."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx2
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.config import Settings
from summarizer.service.app import create_app
from summarizer.testing.asgi import serve_in_thread

FERRY = (
    "A passenger ferry capsized off the port of Korvalla on Monday morning, killing 12 people, "
    "the coast guard said. Spokesman Idris Malven said 40 people were rescued."
)
ROBBERY = (
    "Police in Tarvik arrested two men on Monday after a bank robbery, police said. Sie stahlen 50.000 Euro."
)


def _links_and_texts(page: str) -> tuple[list[str], set[str], list[str]]:
    hrefs = re.findall(r'href="#(src-[^"]*)"', page)
    ids = set(re.findall(r'id="([^"]*)"', page))
    texts = re.findall(r'<div class="article">(.*?)</div>', page, re.S)
    return hrefs, ids, texts


def _assert_each_article_shown_once_with_its_passages(page: str) -> None:
    hrefs, ids, texts = _links_and_texts(page)
    assert hrefs and [h for h in hrefs if h not in ids] == []
    plain = [re.sub(r"<[^>]+>", "", t) for t in texts]
    assert sorted(plain) == sorted([FERRY, ROBBERY])


def test_the_cli_page_shows_both_articles_of_one_id(tmp_path: Path) -> None:
    day = tmp_path / "day.jsonl"
    lines = [{"id": "wire-1", "text": FERRY}, {"id": "wire-1", "text": ROBBERY}]
    day.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["daily", str(day), "--date", "2026-03-02", "-f", "html", "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.stderr
    _assert_each_article_shown_once_with_its_passages(
        (tmp_path / "out" / "daily-2026-03-02.html").read_text(encoding="utf-8")
    )


def test_the_service_page_shows_both_articles_of_one_id(tmp_path: Path) -> None:
    settings = Settings(engine="extractive", data_dir=tmp_path / "home")
    articles = [{"id": "wire-1", "text": FERRY}, {"id": "wire-1", "text": ROBBERY}]
    with serve_in_thread(create_app(settings)) as url, httpx2.Client(base_url=url, timeout=60) as client:
        answer = client.post(
            "/v1/daily",
            json={"date": "2026-03-02", "articles": articles},
            headers={"accept": "text/html"},
        )
    assert answer.status_code == 200
    _assert_each_article_shown_once_with_its_passages(answer.text)
