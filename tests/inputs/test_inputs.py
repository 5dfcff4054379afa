"""Inputs: every kind of bad input gets a clear message and leaves the rest of the batch alone;
metadata comes from front matter, sidecars, JSONL or flags."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.inputs.read import Defaults, load_inputs
from summarizer.models import Briefing
from tests.conftest import seed_text

runner = CliRunner()
GOOD = "Floods hit Riverside\n\nHeavy rain flooded the town of Riverside on Monday, officials said. At least 12 people were evacuated.\n"
PAGE = """<!doctype html><html><head><title>Floods hit Riverside</title>
<meta property="og:site_name" content="River Gazette"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | Subscribe now!</nav>
<article><h1>Floods hit Riverside</h1>
<p>Heavy rain flooded the town of Riverside on Monday, officials said, forcing families from their homes.</p>
<p>"We have never seen water this high," Mayor Jane Doe told reporters. At least 12 people were evacuated.</p>
</article><footer>Copyright 2024 River Gazette. All rights reserved.</footer></body></html>"""


def _by_source(paths: list[str], defaults: Defaults | None = None) -> dict[str, object]:
    return {
        Path(item.source).name: item.article or item.error
        for item in load_inputs(paths, defaults or Defaults())
    }


def test_each_bad_input_gets_its_own_clear_error(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t \n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes("Le maire de Montréal a parlé à la presse lundi.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes("Kyiv’s mayor spoke on Monday.".encode("utf-16"))
    (tmp_path / "page.html").write_text(PAGE)
    (tmp_path / "nothing-here").mkdir()
    paths = [str(tmp_path / n) for n in ("good.txt", "empty.txt", "blank.txt", "binary.txt")]
    paths += [
        str(tmp_path / n) for n in ("latin1.txt", "utf16.txt", "page.html", "nothing-here", "missing.txt")
    ]
    found = _by_source(paths)
    assert str(found["empty.txt"]).endswith("empty article (no text after removing whitespace)")
    assert "empty article" in str(found["blank.txt"])
    assert "binary data" in str(found["binary.txt"])
    assert "folder holds no article files" in str(found["nothing-here"])
    assert "no such file" in str(found["missing.txt"])
    assert "Montréal" in found["latin1.txt"].text  # type: ignore[union-attr]
    assert found["utf16.txt"].text.startswith("Kyiv’s mayor")  # type: ignore[union-attr]
    page = found["page.html"]
    assert "Mayor Jane Doe told reporters" in page.text  # type: ignore[union-attr]
    assert "Subscribe now" not in page.text and "Copyright" not in page.text  # type: ignore[union-attr]
    assert page.title == "Floods hit Riverside"  # type: ignore[union-attr]


def test_brief_batch_with_bad_inputs_briefs_the_good_ones_and_reports_each_failure(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "page.html").write_text(PAGE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["brief", str(tmp_path), str(tmp_path / "missing.txt"), "--out", str(out), "--format", "json"]
    )
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["good.json", "page.json"]
    assert "2 briefed" in result.output and "3 failed" in result.output
    for name in ("empty.txt", "binary.txt", "missing.txt"):
        lines = [line for line in result.output.splitlines() if name in line and "FAILED" in line]
        assert len(lines) == 1, name
    page = Briefing.model_validate_json((out / "page.json").read_text())
    assert page.article.title == "Floods hit Riverside"


def test_front_matter_sidecar_and_flags_fill_metadata_in_that_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Storm warning\nsource: Wire A\ndate: 2024-03-04\n---\n" + GOOD
    )
    (tmp_path / "b.txt").write_text(GOOD.replace("Riverside", "Lakeside"))
    (tmp_path / "b.txt.json").write_text(json.dumps({"source": "Wire B", "url": "https://example.org/b"}))
    (tmp_path / "c.txt").write_text(GOOD.replace("Riverside", "Hillside"))
    defaults = Defaults(published=dt.date(2024, 3, 5), source="Default Wire")
    found = _by_source([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")], defaults)
    a, b, c = found["a.txt"], found["b.txt"], found["c.txt"]
    assert (a.title, a.source, a.published) == ("Storm warning", "Wire A", dt.date(2024, 3, 4))  # type: ignore[union-attr]
    assert not a.text.startswith("---")  # type: ignore[union-attr]
    assert (b.source, b.url, b.published) == ("Wire B", "https://example.org/b", dt.date(2024, 3, 5))  # type: ignore[union-attr]
    assert (c.source, c.title) == ("Default Wire", "Floods hit Hillside")  # type: ignore[union-attr]


def test_invalid_front_matter_and_sidecar_are_clear_errors(tmp_path: Path) -> None:
    (tmp_path / "bad-yaml.txt").write_text("---\ntitle: [unclosed\n---\n" + GOOD)
    (tmp_path / "bad-date.txt").write_text("---\ndate: the day after tomorrow\n---\n" + GOOD)
    (tmp_path / "list.txt").write_text("---\n- a\n- b\n---\n" + GOOD)
    (tmp_path / "side.txt").write_text(GOOD)
    (tmp_path / "side.json").write_text("{not json")
    found = _by_source([str(tmp_path / n) for n in ("bad-yaml.txt", "bad-date.txt", "list.txt", "side.txt")])
    assert "invalid front matter" in str(found["bad-yaml.txt"])
    assert "invalid metadata: published" in str(found["bad-date.txt"])
    assert "invalid front matter" in str(found["list.txt"])
    assert "invalid sidecar side.json" in str(found["side.txt"])


def test_jsonl_bad_lines_are_reported_by_line_and_good_lines_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"id": "one", "title": "First", "text": GOOD, "published": "2024-03-04", "source": "Wire A"}
        ),
        "{broken json",
        json.dumps({"id": "three", "title": "No text"}),
        "",
        json.dumps({"id": "five", "text": "   "}),
        json.dumps({"id": "six", "text": GOOD, "colour": "blue"}),
        json.dumps(["not", "an", "object"]),
        json.dumps(
            {"id": "eight", "text": GOOD.replace("Riverside", "Seaside"), "published": "2024-03-04T08:00:00Z"}
        ),
    ]
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(lines) + "\n")
    loaded = {item.source.rsplit(":", 1)[1]: item for item in load_inputs([str(path)])}
    assert set(loaded) == {"1", "2", "3", "5", "6", "7", "8"}
    assert loaded["1"].article is not None and loaded["1"].article.source == "Wire A"
    assert loaded["8"].article is not None and loaded["8"].article.published == dt.date(2024, 3, 4)
    assert "invalid JSON" in str(loaded["2"].error)
    assert "missing 'text'" in str(loaded["3"].error)
    assert "empty article" in str(loaded["5"].error)
    assert "unknown fields ['colour']" in str(loaded["6"].error)
    assert "expected a JSON object" in str(loaded["7"].error)


def test_jsonl_lines_get_their_own_output_files(tmp_path: Path) -> None:
    path = tmp_path / "day.jsonl"
    path.write_text(
        json.dumps({"id": "one", "text": GOOD}) + "\n" + json.dumps({"id": "two", "text": seed_text()}) + "\n"
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["brief", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["one.md", "two.md"]


def test_a_document_over_the_memory_limit_is_refused_with_the_limit(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SUMMARIZER_MAX_DOCUMENT_CHARS", "60000")
    (tmp_path / "long.txt").write_text("Drones hit the city again overnight, officials said. " * 2000)
    (tmp_path / "good.txt").write_text(GOOD)
    result = runner.invoke(app, ["brief", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "over the memory-safety limit of 60,000" in result.output
    assert "SUMMARIZER_MAX_DOCUMENT_CHARS" in result.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.md"]


def test_bracketed_names_and_reasons_are_printed_as_written(tmp_path: Path) -> None:
    """Console markup in file names or reasons is shown literally, never interpreted."""
    odd = tmp_path / "[bold]odd[red] [x.txt"
    odd.write_bytes(b"")
    (tmp_path / "good.txt").write_text(GOOD)
    result = runner.invoke(app, ["brief", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "[bold]odd[red] [x.txt" in result.output and "empty article" in result.output


def test_a_headline_is_a_short_first_line_with_more_text_after_it() -> None:
    """A one-paragraph item (a wire flash, a JSONL line without a title) is all body: its only
    sentence is not listed as its headline."""
    from summarizer.article import guess_title

    assert guess_title(GOOD) == "Floods hit Riverside"
    assert guess_title("\n  Floods hit Riverside  \n\nHeavy rain.") == "Floods hit Riverside"
    assert guess_title("Also at the court on Tuesday, the judge jailed a driver for six years.") is None
    assert guess_title("Judge jails driver\n  \n\t\n") is None  # nothing after it
    assert guess_title("x" * 201 + "\nbody") is None  # too long to be a headline
    assert guess_title(" \n\n ") is None
