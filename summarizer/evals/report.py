"""Eval reports: a compact table for the terminal, Markdown, and self-contained HTML.

In HTML every piece of article, gold or model text is escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any

from summarizer.evals.compare import Delta, Verdict
from summarizer.evals.runner import EvalItem
from summarizer.evals.scoring import ITEM_TYPES
from summarizer.render.html import CSP
from summarizer.render.markdown import cost_text


def summary_rows(record: dict[str, Any]) -> list[list[str]]:
    rows = [["variant", "type", "lenient P", "lenient R", "lenient F1", "strict F1", "fields"]]
    for name, variant in record["variants"].items():
        for item_type in ITEM_TYPES:
            micro = variant["scores"]["micro"][item_type]
            fields = ", ".join(f"{k} {v:.2f}" for k, v in micro["fields"].items() if v is not None)
            lenient = micro["lenient"]
            rows.append(
                [
                    name,
                    item_type,
                    f"{lenient['precision']:.2f}",
                    f"{lenient['recall']:.2f}",
                    f"{lenient['f1']:.2f}",
                    f"{micro['strict']['f1']:.2f}",
                    fields,
                ]
            )
    return rows


def per_article_text(cost: dict[str, Any]) -> list[str]:
    """Tokens and time per briefed article, and the slowest: what a user of a slow local
    model waits for (records made before these were kept show nothing here)."""
    briefed = cost.get("briefed")
    if not briefed:
        return []
    tokens = f"{cost['prompt_tokens'] / briefed:.0f}+{cost['completion_tokens'] / briefed:.0f} tokens"
    seconds = f"{cost['latency_ms'] / briefed / 1000:.1f} s (slowest {cost['max_latency_ms'] / 1000:.1f} s)"
    return [f"per article {tokens}, {seconds}"]


def checks_line(variant: dict[str, Any]) -> str:
    c, cost = variant["scores"]["checks"], variant["scores"]["cost"]
    return "; ".join(
        [
            f"grounded {c['grounded_share']:.1%} of {c['items']} items",
            f"hallucinated quotes {c['hallucinated_quotes']}, figures {c['hallucinated_figures']}",
            f"schema-valid {c['schema_valid']}/{c['outputs']}",
            f"failures {c['failures']}",
            f"tokens {cost['prompt_tokens']}+{cost['completion_tokens']}",
            f"LLM calls {cost['llm_calls']}",
            f"latency {cost['latency_ms']:.0f} ms",
            *per_article_text(cost),
            cost_text(variant.get("cost_usd")),
        ]
    )


# The two tables measure F1 differently, and each says how: the summary pools every item of
# the set (micro), the comparison averages each article's F1 (the unit the bootstrap resamples).
SUMMARY_NOTE = (
    "F1 over all items of the set (micro); lenient: an item matches gold by its text alone, "
    "strict: its fields must match too."
)
COMPARISON_NOTE = (
    "metrics are each article's lenient F1 (speaker: accuracy) averaged over articles, so they "
    "differ from the micro F1 above; paired over articles, 95% bootstrap CI."
)


def delta_rows(
    deltas: list[Delta], verdict: Verdict | None = None, metric: str = "metric (mean per-article lenient F1)"
) -> list[list[str]]:
    rows = [[metric, "baseline", "candidate", "delta", "95% CI", "improved", "worsened", "gate"]]
    for d in deltas:
        mark = "" if verdict is None else ("REGRESSION" if verdict.regressed(d) else "ok")
        rows.append(
            [
                d.metric,
                f"{d.baseline:.3f}",
                f"{d.candidate:.3f}",
                f"{d.delta:+.3f}",
                f"[{d.low:+.3f}, {d.high:+.3f}]",
                str(d.improved),
                str(d.worsened),
                mark,
            ]
        )
    return rows if verdict is not None else [row[:-1] for row in rows]


def aligned(rows: list[list[str]]) -> str:
    """Rows as plain-text columns, each as wide as its widest cell (a long variant name
    keeps the table straight); the last column is left ragged."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1] + "\n"
        for row in rows
    )


def markdown_table(rows: list[list[str]]) -> str:
    head, *body = rows
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(lines)


def markdown_report(
    record: dict[str, Any], deltas: list[Delta] | None, verdict: Verdict | None = None
) -> str:
    parts = [
        "# Eval report",
        "",
        f"Set `{record['set']}`, {record['repeats']} repeat(s), git `{record.get('git_revision')}`, "
        f"schema `{record['schema_version']}`.",
        "",
        *([f"**{verdict.line()}**", ""] if verdict else []),
        markdown_table(summary_rows(record)),
        "",
        SUMMARY_NOTE,
        "",
    ]
    for name, variant in record["variants"].items():
        parts += [f"- **{name}**: {checks_line(variant)}"]
    if deltas:
        parts += ["", "## Comparison", "", markdown_table(delta_rows(deltas, verdict)), "", COMPARISON_NOTE]
    return "\n".join(parts) + "\n"


def _number(value: Any) -> str:
    """A value as a reader writes it: 120 not 120.0, 2,300,000 not 2300000.0."""
    if not isinstance(value, int | float):
        return str(value)
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


def _one_or_any(value: Any) -> str:
    """A gold field may list every accepted answer: shown as "a / b"."""
    return " / ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _item_text(kind: str, item: dict[str, Any] | None, names: dict[str, str]) -> str:
    """One gold or predicted item as a line of the report, its actors by name."""
    if item is None:
        return ""
    if kind == "actors":
        return f"{item.get('name')} ({item.get('kind')})"
    if kind == "quotes":
        speaker = item.get("speaker")
        return f"“{item.get('text')}” — {names.get(speaker, speaker) if speaker else 'no speaker'}"
    if kind == "figures":
        high = item.get("value_high")
        value = _number(item.get("value")) + (f"–{_number(high)}" if high is not None else "")
        return f"{item.get('text')} = {value} [{_one_or_any(item.get('category'))}]"
    place = item.get("place") or "no place"
    return f"{_one_or_any(item.get('type'))} @ {place}: {item.get('evidence', '')[:140]}"


def _actor_names(document: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a.get("canonical_name") or a["name"] for a in document.get("actors", [])}


def html_report(
    record: dict[str, Any], items: list[EvalItem], deltas: list[Delta] | None, verdict: Verdict | None = None
) -> str:
    golds = {i.gold.article: i for i in items}
    out = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        "<title>Eval report</title><style>body{font:14px/1.4 system-ui,sans-serif;margin:2rem}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}"
        ".missing{background:#fde2e2}.spurious{background:#fff0c2}.partial{background:#eef}"
        ".regression{background:#fde2e2;font-weight:bold}.verdict-fail{color:#a00}.verdict-pass{color:#070}"
        ".article{white-space:pre-wrap;max-height:20rem;overflow:auto;border:1px solid #ddd;padding:.5rem}"
        "</style></head><body>",
        "<h1>Eval report</h1>",
        f"<p>set {escape(str(record['set']))} · git {escape(str(record.get('git_revision')))}</p>",
    ]
    if verdict is not None:
        state = "pass" if verdict.passed else "fail"
        out.append(f'<p class="verdict-{state}"><strong>{escape(verdict.line())}</strong></p>')

    def table(rows: list[list[str]]) -> str:
        head, *body = rows
        html = "<table><tr>" + "".join(f"<th>{escape(h)}</th>" for h in head) + "</tr>"
        return (
            html
            + "".join(
                ('<tr class="regression">' if "REGRESSION" in r else "<tr>")
                + "".join(f"<td>{escape(c)}</td>" for c in r)
                + "</tr>"
                for r in body
            )
            + "</table>"
        )

    out += [table(summary_rows(record)), f"<p>{escape(SUMMARY_NOTE)}</p>"]
    if deltas:
        out += [
            "<h2>Comparison</h2>",
            table(delta_rows(deltas, verdict)),
            f"<p>{escape(COMPARISON_NOTE)}</p>",
        ]
    for name, variant in record["variants"].items():
        out.append(f"<h2>{escape(name)}</h2><p>{escape(checks_line(variant))}</p>")
        outputs = {(o["article"], o["repeat"]): o for o in variant["outputs"]}
        for detail in variant["scores"]["articles"]:
            article = detail["article"]
            item = golds[article]
            briefing = outputs[(article, detail["repeat"])].get("briefing") or {}
            gold = item.gold.model_dump(mode="json")
            gold_names, predicted_names = _actor_names(gold), _actor_names(briefing)
            out.append(f"<details><summary>{escape(article)} (repeat {detail['repeat']})</summary>")
            for kind in ITEM_TYPES:
                out.append(
                    f"<h4>{kind}</h4><table><tr><th>label</th><th>gold</th><th>predicted</th><th>fields</th></tr>"
                )
                for pair in detail["pairs"][kind]:
                    g = gold[kind][pair["gold"]] if pair["gold"] is not None else None
                    p = briefing.get(kind, [])[pair["pred"]] if pair["pred"] is not None else None
                    wrong = ", ".join(k for k, ok in pair["fields"].items() if not ok)
                    out.append(
                        f'<tr class="{escape(pair["label"])}"><td>{escape(pair["label"])}</td>'
                        f"<td>{escape(_item_text(kind, g, gold_names))}</td>"
                        f"<td>{escape(_item_text(kind, p, predicted_names))}</td>"
                        f"<td>{escape(wrong)}</td></tr>"
                    )
                out.append("</table>")
            out.append(f'<div class="article">{escape(item.text)}</div></details>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"
