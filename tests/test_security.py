"""Output names cannot leave the output folder; the API key appears nowhere a user can see."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.testing import Reply, ScriptedServer, Status, article_from_request
from tests.conftest import SECRET_KEY, SEEDS

runner = CliRunner()
TEXT = (
    "Heavy rain flooded the town of Riverside on Monday, officials said. At least 12 people were evacuated."
)


def test_output_names_from_ids_and_file_names_stay_inside_the_folder(tmp_path: Path) -> None:
    hostile_ids = ["../../escaped", "/etc/passwd", "..", "a/../../b", "C:\\\\windows\\\\x", "...", "ok id"]
    lines = [json.dumps({"id": i, "text": f"{TEXT} Case {n}."}) for n, i in enumerate(hostile_ids)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines))
    sub = tmp_path / "twin"
    sub.mkdir()
    (tmp_path / "same.txt").write_text(TEXT + " One.")
    (sub / "same.txt").write_text(TEXT + " Two.")
    (tmp_path / "copy.txt").write_text(TEXT + " One.")  # the same text as same.txt
    out = tmp_path / "deep" / "out"
    args = ["brief", str(tmp_path / "in.jsonl"), str(tmp_path / "same.txt"), str(sub / "same.txt")]
    result = runner.invoke(app, [*args, str(tmp_path / "copy.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    written = sorted(out.iterdir())
    assert len(written) == len(hostile_ids) + 3  # one file per input, duplicates included
    for path in written:
        assert path.resolve().parent == out.resolve() and not path.name.startswith(".")
    assert not (tmp_path / "escaped.md").exists() and not (tmp_path / "deep" / "escaped.md").exists()
    assert "copy.md" in {p.name for p in written}


def test_the_key_never_appears_in_errors_records_or_reports(
    server: ScriptedServer, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET_KEY)

    def respond(body: dict[str, Any]) -> Any:
        if "Klitschko" in article_from_request(body):
            # An endpoint that echoes the key back in its error must not leak it either.
            return Status(401, message=f"Incorrect API key provided: {SECRET_KEY}")
        return Reply({"summary": "Rain. Floods.", "incidents": []})

    server.default = respond
    seed = str(SEEDS / "000_6acb0b2e29b12f68.txt")
    other = tmp_path / "rain.txt"
    other.write_text(TEXT)
    brief = runner.invoke(app, ["brief", seed, str(other), "--base-url", server.base_url, "--format", "json"])
    assert brief.exit_code == 1
    assert "401" in brief.output
    record = tmp_path / "run.json"
    evals = runner.invoke(app, ["eval", "--base-url", server.base_url, "--out", str(record)])
    day = runner.invoke(
        app, ["daily", seed, str(other), "--date", "2023-06-02", "--base-url", server.base_url]
    )
    logs = runner.invoke(app, ["logs", "--json", "--limit", "1000"])
    for output in (brief.output, evals.output, day.output, logs.output):
        assert SECRET_KEY not in output
    for path in [
        record,
        record.with_suffix(".md"),
        record.with_suffix(".html"),
        *(tmp_path / "home").rglob("*"),
    ]:
        if path.is_file():
            assert SECRET_KEY.encode() not in path.read_bytes(), path


def test_every_http_client_shares_one_tls_context_that_verifies_certificates() -> None:
    import ssl

    from summarizer.inputs.fetch import PageFetcher
    from summarizer.llm.redact import Redactor
    from summarizer.llm.tls import shared_tls_context
    from summarizer.llm.transport import guarded_client

    context = shared_tls_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    llm = guarded_client(Redactor([]), timeout_s=5)
    pages = PageFetcher(store=None)
    try:
        for client in (llm, pages._client):
            pool = client._transport._pool  # type: ignore[attr-defined]
            assert pool._ssl_context is context
    finally:
        llm.close()
        pages.close()
