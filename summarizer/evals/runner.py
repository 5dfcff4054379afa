"""Run an eval: brief every article of a set per variant and repeat, score, record.

A run record (JSON) holds everything needed to re-score without calling any model: git
revision, prompt hashes, schema version, model and parameters, every output, every score.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.evals.gold import Gold
from summarizer.evals.record import RECORD_FORMAT, EvalRecord, load_record
from summarizer.evals.scoring import ITEM_TYPES, ArticleScore, grounding_check, score_article, total
from summarizer.inputs.read import read_regular_file
from summarizer.models import SCHEMA_VERSION, Briefing
from summarizer.pipeline.runner import Summarizer
from summarizer.render.folders import write_atomic
from summarizer.results import Failure, result_article_id

HEADLINE = ("actors.f1", "quotes.f1", "figures.f1", "incidents.f1", "quotes.speaker")


@dataclass(frozen=True)
class EvalItem:
    gold: Gold
    text: str


# The eval sets: which gold files (by origin) and the folder holding their articles.
EVAL_SETS = {
    "seeds": ("seed", "seeds"),
    "invented": ("invented", "evals/invented"),
    "unseen": ("unseen", "evals/unseen"),
}


def load_set(root: Path, name: str = "seeds") -> list[EvalItem]:
    """The gold files of one set, each paired with its article: a named set (gold under
    ``evals/gold`` with that origin), or any folder of gold files, each beside its article
    (``<article>.txt``). An ``InputError`` naming the folder when the set has no gold, or a
    file is not gold, or an article is missing: a score of nothing would read as perfect."""
    if name in EVAL_SETS:
        origin, articles = EVAL_SETS[name]
        folder, article_folder = root / "evals" / "gold", root / articles
        hint = "run from the project folder or give --root"
        golds = [(path, gold) for path, gold in _golds_in(folder) if gold.origin == origin]
    else:
        folder = article_folder = Path(name)
        if not folder.is_dir():
            raise InputError(
                f"--set {name!r} is neither a named set ({', '.join(EVAL_SETS)}) nor a folder of gold files"
            )
        hint = "a set folder holds gold files (*.json), each beside its article (<article>.txt)"
        golds = _golds_in(folder)
    if not golds:
        raise InputError(f"no gold annotations (*.json) of the {name} set in {folder}; {hint}")
    items = []
    for path, gold in golds:
        article = article_folder / f"{gold.article}.txt"
        try:
            text = read_regular_file(article, str(article)).decode("utf-8")
        except (InputError, UnicodeDecodeError) as exc:
            reason = exc.reason if isinstance(exc, InputError) else "it is not UTF-8 text"
            raise InputError(f"{path.name} scores {article}, which cannot be read: {reason}") from exc
        items.append(EvalItem(gold, text))
    return items


def _golds_in(folder: Path) -> list[tuple[Path, Gold]]:
    """Every gold file in ``folder``; a FIFO or device named *.json is refused, never read."""
    golds = []
    for path in sorted(folder.glob("*.json")):
        try:
            golds.append((path, Gold.model_validate_json(read_regular_file(path, str(path)))))
        except (InputError, ValidationError) as exc:
            first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else exc.reason
            raise InputError(f"{path} is not a gold file: {first}") from exc
    return golds


def git_revision(root: Path) -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip()


def article_metrics(score: ArticleScore) -> dict[str, float]:
    """The per-article numbers comparisons are made on."""
    metrics: dict[str, float] = {}
    for item_type in ITEM_TYPES:
        metrics[f"{item_type}.f1"] = score.types[item_type].prf()["f1"]
    hits = score.types["quotes"].field_hits.get("speaker")
    metrics["quotes.speaker"] = hits[0] / hits[1] if hits and hits[1] else 0.0
    return metrics


def score_outputs(items: list[EvalItem], outputs: list[dict[str, Any]]) -> dict[str, Any]:
    """Scores for one variant's outputs (one entry per article and repeat)."""
    by_article = {item.gold.article: item for item in items}
    article_scores: list[ArticleScore] = []
    per_article: dict[str, list[dict[str, float]]] = {}
    checks = {"items": 0, "grounded": 0, "hallucinated_quotes": 0, "hallucinated_figures": 0}
    valid = failures = 0
    cost = {
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "llm_calls": 0,
        "latency_ms": 0.0,
        "briefed": 0,
        "max_latency_ms": 0.0,
    }
    details = []
    for output in outputs:
        item = by_article[output["article"]]
        if output.get("failure"):
            failures += 1
            briefing = None
        else:
            try:
                briefing = Briefing.model_validate(output["briefing"])
                valid += 1
            except ValidationError:
                briefing = None
                failures += 1
        if briefing is None:
            empty = Briefing.model_validate(
                {
                    "article": {"id": item.gold.article},
                    "summary": "",
                    "provenance": {"engine": "extractive", "created_at": dt.datetime.now(dt.UTC)},
                }
            )
            score = score_article(empty, item.gold, item.text)
        else:
            score = score_article(briefing, item.gold, item.text)
            for key, value in grounding_check(briefing, item.text).items():
                checks[key] += value
            p = briefing.provenance
            cost["prompt_tokens"] += p.usage.prompt_tokens
            cost["completion_tokens"] += p.usage.completion_tokens
            cost["llm_calls"] += p.llm_calls
            cost["latency_ms"] += p.latency_ms
            cost["briefed"] += 1
            cost["max_latency_ms"] = max(cost["max_latency_ms"], p.latency_ms)
        article_scores.append(score)
        per_article.setdefault(item.gold.article, []).append(article_metrics(score))
        details.append({"repeat": output["repeat"], **score.as_dict()})
    totals = total(article_scores)
    averaged = {
        a: {k: statistics.fmean(m[k] for m in runs) for k in runs[0]} for a, runs in per_article.items()
    }
    return {
        "micro": {t: s.as_dict() for t, s in totals.items()},
        "per_article": averaged,
        "articles": details,
        "checks": {
            **checks,
            "grounded_share": checks["grounded"] / checks["items"] if checks["items"] else 1.0,
            "schema_valid": valid,
            "failures": failures,
            "outputs": len(outputs),
        },
        "cost": cost,
    }


def run_variant(
    items: list[EvalItem], settings: Settings, prompt: str, repeats: int
) -> tuple[dict[str, Any], list[dict[str, Any]], float | None]:
    """The engine's identity, one output per article and repeat, and what the LLM calls
    behind them cost in USD (``None`` when a price is unknown). The cost is the same fact
    whether the answers came from the cache or fresh: a cached briefing carries what its calls
    cost when it was made (unknown stays unknown), so a variant costs what its briefings cost,
    or what this run's calls cost where that is more (calls of articles that failed)."""
    with Summarizer(settings, prompt) as runner:
        first_call = runner.store.last_call_id()
        articles = [Article(id=i.gold.article, text=i.text, published=i.gold.published) for i in items]
        order = {a.id: n for n, a in enumerate(articles)}
        outputs: list[dict[str, Any]] = []
        for repeat in range(repeats):
            # One concurrent pass over the set; results come back in completion order, so they
            # are put back in the set's order to keep run records stable.
            results = sorted(
                runner.summarize_many(articles, repeat=repeat), key=lambda r: order[result_article_id(r)]
            )
            for result in results:
                output: dict[str, Any] = {"article": result_article_id(result), "repeat": repeat}
                if isinstance(result, Failure):
                    output["failure"] = result.__dict__
                else:
                    output["briefing"] = result.model_dump(mode="json")
                outputs.append(output)
        identity = runner.engine.identity()
        _, run_cost = runner.store.calls_since(first_call)
        costs = [o["briefing"]["provenance"].get("cost_usd") for o in outputs if "briefing" in o]
        if run_cost is None or None in costs:
            return identity, outputs, None
        return identity, outputs, max(run_cost, sum(c for c in costs if c is not None))


def variant_name(settings: Settings, prompt: str) -> str:
    return f"{prompt}@{settings.model}" if settings.resolved_engine == "llm" else "extractive"


def write_record(record: dict[str, Any], path: Path) -> Path:
    """Write a run record, checked against the record format first."""
    checked = EvalRecord.model_validate(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(checked.model_dump(mode="json"), indent=1, ensure_ascii=False, default=str) + "\n"
    write_atomic(path, text)
    return path


def gold_digest(items: list[EvalItem]) -> str:
    """A short digest of the gold (and the articles it scores) a run was scored on."""
    digest = hashlib.sha256()
    for item in sorted(items, key=lambda i: i.gold.article):
        digest.update(item.gold.model_dump_json().encode("utf-8"))
        digest.update(item.text.encode("utf-8"))
    return digest.hexdigest()[:16]


def new_record(
    root: Path, set_name: str, repeats: int, items: list[EvalItem] | None = None
) -> dict[str, Any]:
    return {
        "gold": gold_digest(items) if items is not None else None,
        "format": RECORD_FORMAT,
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
        "git_revision": git_revision(root),
        "schema_version": SCHEMA_VERSION,
        "set": set_name,
        "repeats": repeats,
        "variants": {},
    }


def rescore(source: Path, items: list[EvalItem]) -> dict[str, Any]:
    """A new record with every score recomputed from the stored outputs of ``source``; no
    model is called, and the stored record is left as it was."""
    record = load_record(source).model_dump(mode="json")
    for variant in record["variants"].values():
        variant["scores"] = score_outputs(items, variant["outputs"])
    record["format"] = RECORD_FORMAT
    record["gold"] = gold_digest(items)
    record["rescored_from"] = str(source)
    record["rescored_at"] = dt.datetime.now(dt.UTC).isoformat()
    record["comparison"] = None
    return record
