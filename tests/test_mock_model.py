"""The mock model (``summarizer mock-llm``): answers from the offline engine in the shape each
request's schema asks for, labelled ``mock-offline`` everywhere."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from summarizer.testing.mock_model import MOCK_MODEL, UNNAMED, mock_answer, mock_server, top_line_from
from tests.conftest import ROOT

ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8").split("---\n", 2)[2]


def _messages(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": f"Title: x\n\n<article>\n{text}\n</article>\n"}]


def test_grounded_labels_are_answered_from_the_rules_in_any_dialect() -> None:
    schema = {
        "type": "object",
        "properties": {
            "summary": {"type": "string"},
            "speakers": {"$ref": "#/$defs/Speakers"},
            "missing_actors": {"type": "array", "items": {"type": "string"}},
        },
        "$defs": {"Speakers": {"type": "object", "properties": {"q1 We opened two": {"type": "string"}}}},
        "required": ["summary", "speakers", "missing_actors"],
    }
    marked = ARTICLE.replace('"We opened', '[q1]"We opened')
    for dialect in (
        {"response_format": {"type": "json_schema", "json_schema": {"name": "Labels", "schema": schema}}},
        {"response_format": {"type": "json_object", "schema": schema}},
        {"tools": [{"type": "function", "function": {"name": "Labels", "parameters": schema}}]},
    ):
        answer = mock_answer({"messages": _messages(marked), **dialect})
        assert answer["speakers"] == {"q1 We opened two": UNNAMED}
        assert answer["missing_actors"] == []
        assert answer["summary"].startswith("Heavy rain flooded") and "[q1]" not in answer["summary"]


def test_free_generation_gets_the_offline_briefing_as_a_draft_and_other_schemas_their_keys() -> None:
    draft = mock_answer({"messages": _messages(ARTICLE)})
    assert {q["text"] for q in draft["quotes"]} >= {
        "We opened two shelters before midnight and nobody was hurt"
    }
    assert all("span" not in q for q in draft["quotes"])
    other = {"type": "object", "properties": {"top_line": {"type": "string"}, "n": {"type": "integer"}},
             "required": ["top_line", "n"]}  # fmt: skip
    answer = mock_answer(
        {"messages": _messages(ARTICLE), "response_format": {"type": "json_object", "schema": other}}
    )
    assert set(answer) == {"top_line", "n"} and MOCK_MODEL in answer["top_line"]


def test_mock_llm_command_serves_and_says_it_is_a_mock(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SUMMARIZER_HOME": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "mock-llm", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stderr is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1")
        assert "mock-offline is a mock, not a model" in process.stderr.readline()
        with urllib.request.urlopen(f"{url}/models", timeout=10) as response:
            listed = json.load(response)
        assert [m["id"] for m in listed["data"]] == [MOCK_MODEL]
        request = urllib.request.Request(
            f"{url}/chat/completions",
            data=json.dumps({"model": "anything", "messages": _messages(ARTICLE)}).encode(),
            headers={"content-type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            completion = json.load(response)
        assert completion["model"] == MOCK_MODEL
        assert json.loads(completion["choices"][0]["message"]["content"])["quotes"]
    finally:
        process.terminate()
        process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_the_daily_path_through_the_mock_reads_like_a_real_one(tmp_path: Path) -> None:
    """The mock's top line is written from the day's items, passes the top line's check and
    is used (not the offline fallback, not a placeholder)."""
    from summarizer.article import Article
    from summarizer.config import resolve_settings
    from summarizer.daily import daily_briefing

    lines = (ROOT / "examples" / "day.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [Article(**json.loads(line)) for line in lines if line.strip()]
    with mock_server() as server:
        settings = resolve_settings(base_url=server.base_url, data_dir=tmp_path / "home", cache=False)
        day = daily_briefing(articles, date=dt.date(2024, 3, 4), settings=settings)
    assert day.provenance.top_line_engine == "llm" and day.provenance.model == MOCK_MODEL
    assert MOCK_MODEL not in day.top_line and "(mock answer" not in day.top_line
    assert not [w for w in day.warnings if "top line" in w]
    top = sorted(day.incidents, key=lambda i: -len(i.articles))[0]
    # The most-reported event, said as prose (what, where), not its sentence pasted.
    assert day.top_line.startswith(f"The most reported event is a political decision in {top.place}")
    assert top.description.rstrip(".") not in day.top_line


def test_the_mock_top_line_names_a_conflict_in_the_items_words() -> None:
    items = {
        "events": [
            {
                "type": "air_drone_strike",
                "place": "Kharkiv",
                "time": "Monday night",
                "description": "Drones struck Kharkiv on Monday night",
                "figures": [
                    {
                        "measure": "people (killed)",
                        "category": "killed",
                        "values": ["three people", "At least five people"],
                        "conflict": True,
                    }
                ],
            },
            {"type": "shelling", "place": "Kherson", "description": "Shelling hit Kherson.", "figures": []},
            {"type": "other", "description": "A third event.", "figures": []},
        ]
    }
    line = top_line_from(items)
    assert line == (
        "The most reported event is an air or drone strike in Kharkiv on Monday night; next comes "
        "shelling in Kherson. The sources disagree on the death toll in Kharkiv (three people in one "
        "report, at least five people in another)."
    )
    assert top_line_from({"events": []}) == "The day's articles report no events."
