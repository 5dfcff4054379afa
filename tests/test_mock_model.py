"""The mock model (``summarizer mock-llm``): answers from the offline engine in the shape each
request's schema asks for, labelled ``mock-offline`` everywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from summarizer.testing.mock_model import MOCK_MODEL, UNNAMED, mock_answer
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
        "We opened two shelters before midnight and nobody was hurt,"
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
