"""The article's language end to end: given by --lang, a JSONL or front-matter field, the
library or the service, or detected; hostile codes refused with a clear error (a problem
document from the service, never a 500); an unsupported language warned about and still
briefed; a short text read as English by default; a given language in the cache key."""

from __future__ import annotations

import json
from pathlib import Path

import httpx2
import pytest
from typer.testing import CliRunner

from summarizer import Article, Summarizer, resolve_settings, summarize
from summarizer.cli import app
from summarizer.config import Settings
from summarizer.inputs.read import Defaults, load_inputs
from summarizer.service.app import create_app
from summarizer.testing.asgi import serve_in_thread

GERMAN = (
    "„Wir haben keine Wahl“, sagte Anna Müller am Dienstag in Berlin. Mehr als 1.000 Menschen "
    "mussten ihre Häuser verlassen, teilte die Polizei mit."
)
ITALIAN = (
    "Il sindaco ha detto che la città non ha abbastanza soldi per riparare le strade dopo "
    "l'alluvione di martedì scorso, e che il governo deve intervenire subito."
)
# A language the offline engine has no rules of its own for: read with the English ones,
# and the briefing says so.
DUTCH = (
    "De burgemeester zei dat de stad niet genoeg geld heeft om de wegen te herstellen na de "
    "overstroming van vorige dinsdag, en dat de regering onmiddellijk moet ingrijpen."
)
HOSTILE_CODES = ["../", "de/../../etc", "d" * 10_000, "de\x00", "де", "deu", "german", "1e"]
# Two letters that name no language, and a real one followed by what no language tag holds.
HOSTILE_CODES += ["zz", "qq", "de-../../etc", "en-" + "x" * 5_000, "fr-<b>"]


def test_cli_lang_is_given_and_a_hostile_one_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    runner = CliRunner()
    given = runner.invoke(app, ["brief", str(tmp_path / "de.txt"), "--lang", "DE-at", "-f", "json"])
    briefing = json.loads(given.stdout[given.stdout.index("{") :])
    assert (briefing["language"], briefing["language_source"]) == ("de", "given")
    for code in HOSTILE_CODES:
        refused = runner.invoke(app, ["brief", str(tmp_path / "de.txt"), "--lang", code])
        assert refused.exit_code != 0 and "Traceback" not in refused.output
        assert "ISO 639-1" in refused.output
        assert code[:41] not in refused.output or len(code) <= 40  # a long value is cut short


def test_jsonl_and_front_matter_fields_give_the_language(tmp_path: Path) -> None:
    (tmp_path / "day.jsonl").write_text(
        json.dumps({"id": "a", "text": GERMAN, "lang": "fr"})
        + "\n"
        + json.dumps({"id": "b", "text": GERMAN})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text("---\nlanguage: es\n---\n" + GERMAN, encoding="utf-8")
    (tmp_path / "d.txt").write_text("---\nlanguage: ../\n---\n" + GERMAN, encoding="utf-8")
    loaded = load_inputs([str(tmp_path)], Defaults(language="en"))
    by_id = {(item.article.id if item.article else Path(item.source).name): item for item in loaded}
    assert by_id["a"].article.language == "fr"  # type: ignore[union-attr]
    assert by_id["b"].article.language == "en"  # the default given by --lang  # type: ignore[union-attr]
    languages = {item.article.language for item in loaded if item.article}
    assert "es" in languages
    errors = [str(item.error) for item in loaded if item.error]
    assert len(errors) == 1 and "ISO 639-1" in errors[0]


def test_library_detects_warns_and_defaults() -> None:
    given = summarize(Article(text=GERMAN, language="fr"))
    assert (given.language, given.language_source) == ("fr", "given")
    detected = summarize(Article(text=GERMAN))
    assert (detected.language, detected.language_source) == ("de", "detected")
    italian = summarize(Article(text=ITALIAN))
    assert (italian.language, italian.language_source) == ("it", "detected")
    assert "language_unsupported" not in {w.code for w in italian.warnings}
    dutch = summarize(Article(text=DUTCH))
    assert (dutch.language, dutch.language_source) == ("nl", "detected")
    assert "language_unsupported" in {w.code for w in dutch.warnings}
    short = summarize(Article(text="Berlin"))
    assert (short.language, short.language_source) == ("en", "default")
    for code in HOSTILE_CODES:
        with pytest.raises(ValueError, match="ISO 639-1"):
            Article(text=GERMAN, language=code)


def test_a_given_language_is_in_the_cache_key() -> None:
    with Summarizer(resolve_settings(engine="extractive", cache=False)) as runner:
        keys = {runner.key_of(Article(text=GERMAN, language=code)) for code in (None, "de", "fr")}
    assert len(keys) == 3


def test_service_language_field_and_hostile_codes(tmp_path: Path) -> None:
    app_ = create_app(Settings(engine="extractive", data_dir=tmp_path))
    with serve_in_thread(app_) as url, httpx2.Client(base_url=url) as client:
        ok = client.post("/v1/briefings", json={"text": GERMAN, "language": "de"})
        assert ok.status_code == 200 and ok.json()["language_source"] == "given"
        dutch = client.post("/v1/briefings", json={"text": DUTCH}).json()
        assert dutch["language"] == "nl" and "language_unsupported" in {w["code"] for w in dutch["warnings"]}
        for code in [*HOSTILE_CODES, 5, ["de"], {"a": 1}]:
            refused = client.post("/v1/briefings", json={"text": GERMAN, "language": code})
            assert 400 <= refused.status_code < 500, (code, refused.status_code)
            assert refused.headers["content-type"].startswith("application/problem+json")
            assert "Traceback" not in refused.text and len(refused.text) < 2000


def test_the_summary_language_setting_is_read_as_a_given_language_is() -> None:
    from pydantic import ValidationError

    assert Settings(summary_language="EN-gb").summary_language == "en"
    assert Settings().summary_language == "article"
    for code in HOSTILE_CODES:
        with pytest.raises(ValidationError, match="ISO 639-1"):
            Settings(summary_language=code)
