"""Reports of a daily merge eval: Markdown, and self-contained HTML that also lists, day by
day, the merges the gold does not make and the ones it makes that the merge missed.

In HTML every piece of article or gold text is escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any

from summarizer.evals.clustering import Ref, pair_differences
from summarizer.evals.compare import Delta, Verdict
from summarizer.evals.daily import DayBundle, DayOutput, DayScore, total
from summarizer.evals.report import delta_rows, markdown_table
from summarizer.render.html import CSP

METRICS_NOTE = (
    "Pairs: precision, recall and F1 over pairs of items of different articles put in one "
    "cluster. B3 (B-cubed): per item, the share of its cluster that truly belongs with it "
    "(precision) and of its true cluster that it was put with (recall), averaged over items. "
    "Conflicts: a flagged figure group is right when it holds figures of one gold conflict from "
    "two articles. Totals add counts over days (micro)."
)
COMPARISON_NOTE = "each day's figure, paired day by day with the baseline; 95% bootstrap CI over days."
COMPARISON_HEADER = "metric (per day)"


def _triple(p: float, r: float, f: float) -> str:
    return f"{p:.2f}/{r:.2f}/{f:.2f}"


def score_rows(scores: dict[str, DayScore]) -> list[list[str]]:
    rows = [
        ["day", "incidents pairs P/R/F1", "incidents B3 P/R/F1", "actors pairs P/R/F1", "actors B3 P/R/F1",
         "conflicts P/R", "must-not-merge"]
    ]  # fmt: skip
    gated = {n: s for n, s in scores.items() if not n.startswith("unseen/")}
    unseen = {n: s for n, s in scores.items() if n.startswith("unseen/")}
    named = [*gated.items(), ("all gated days", total(gated.values()))]
    if unseen:
        named += [*unseen.items(), ("all unseen days", total(unseen.values()))]
    for name, s in named:
        i, a, c = s.incidents, s.actors, s.conflicts
        rows.append(
            [
                name,
                _triple(i.pairwise.precision, i.pairwise.recall, i.pairwise.f1),
                _triple(i.bcubed.precision, i.bcubed.recall, i.bcubed.f1),
                _triple(a.pairwise.precision, a.pairwise.recall, a.pairwise.f1),
                _triple(a.bcubed.precision, a.bcubed.recall, a.bcubed.f1),
                f"{c.precision:.2f}/{c.recall:.2f}",
                str(s.must_not_merge_violations),
            ]
        )
    return rows


def daily_markdown_report(
    record: dict[str, Any], scores: dict[str, DayScore], deltas: list[Delta] | None, verdict: Verdict | None
) -> str:
    parts = [
        "# Daily merge eval report",
        "",
        f"Set `{record['set']}` ({len(scores)} days), git `{record.get('git_revision')}`, "
        f"schema `{record['schema_version']}`, gold `{record.get('gold')}`.",
        "",
        *([f"**{verdict.line()}**", ""] if verdict else []),
        markdown_table(score_rows(scores)),
        "",
        METRICS_NOTE,
        "",
    ]
    if deltas:
        rows = delta_rows(deltas, verdict, COMPARISON_HEADER)
        parts += ["## Comparison", "", markdown_table(rows), "", COMPARISON_NOTE]
    return "\n".join(parts) + "\n"


def _labels(bundle: DayBundle) -> dict[Ref, str]:
    """Each item of the day as a reader knows it: an incident by its evidence, an actor by
    its name, a figure by its text."""
    labels: dict[Ref, str] = {}
    for b in bundle.briefed:
        for i in b.briefing.incidents:
            labels[f"{b.article.id}:{i.id}"] = i.evidence
        for a in b.briefing.actors:
            labels[f"{b.article.id}:{a.id}"] = a.name
        for f in b.briefing.figures:
            labels[f"{b.article.id}:{f.id}"] = f.text
    return labels


def _pair_list(title: str, pairs: list[tuple[Ref, Ref]], labels: dict[Ref, str]) -> str:
    if not pairs:
        return f"<p>{escape(title)}: none</p>"

    def item(ref: Ref) -> str:
        return f"{escape(ref)} “{escape(labels.get(ref, '')[:160])}”"

    items = "".join(f"<li>{item(a)} <b>+</b> {item(b)}</li>" for a, b in pairs)
    return f"<p>{escape(title)}:</p><ul>{items}</ul>"


def daily_html_report(
    record: dict[str, Any],
    bundles: list[DayBundle],
    scores: dict[str, DayScore],
    deltas: list[Delta] | None,
    verdict: Verdict | None,
) -> str:
    def table(rows: list[list[str]]) -> str:
        head, *body = rows
        return (
            "<table><tr>"
            + "".join(f"<th>{escape(h)}</th>" for h in head)
            + "</tr>"
            + "".join(
                ('<tr class="regression">' if "REGRESSION" in r else "<tr>")
                + "".join(f"<td>{escape(c)}</td>" for c in r)
                + "</tr>"
                for r in body
            )
            + "</table>"
        )

    out = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        "<title>Daily merge eval report</title><style>body{font:14px/1.4 system-ui,sans-serif;margin:2rem}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}"
        ".regression{background:#fde2e2;font-weight:bold}.verdict-fail{color:#a00}.verdict-pass{color:#070}"
        "</style></head><body>",
        "<h1>Daily merge eval report</h1>",
        f"<p>set {escape(str(record['set']))} · git {escape(str(record.get('git_revision')))} · "
        f"gold {escape(str(record.get('gold')))}</p>",
    ]
    if verdict is not None:
        state = "pass" if verdict.passed else "fail"
        out.append(f'<p class="verdict-{state}"><strong>{escape(verdict.line())}</strong></p>')
    out += [table(score_rows(scores)), f"<p>{escape(METRICS_NOTE)}</p>"]
    if deltas:
        out += [
            "<h2>Comparison</h2>",
            table(delta_rows(deltas, verdict, COMPARISON_HEADER)),
            f"<p>{escape(COMPARISON_NOTE)}</p>",
        ]
    outputs = {o["day"]: DayOutput.from_dict(o) for o in record["variants"]["merge"]["outputs"]}
    for bundle in bundles:
        output, labels = outputs[bundle.name], _labels(bundle)
        out.append(f"<details><summary>{escape(bundle.name)}</summary>")
        for kind, predicted, gold in (
            ("incidents", output.incidents, bundle.events),
            ("actors", output.actors, bundle.actors),
        ):
            wrong, missed = pair_differences(predicted, gold)
            out.append(f"<h4>{kind}</h4>")
            out.append(_pair_list("merged, but apart in the gold", wrong, labels))
            out.append(_pair_list("one in the gold, but not merged", missed, labels))
        out.append(f"<h4>conflicts flagged</h4>{_pair_list('groups', _groups(output.conflicts), labels)}")
        out.append("</details>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _groups(conflicts: list[list[Ref]]) -> list[tuple[Ref, Ref]]:
    """A flagged group shown as its first figure against each other one."""
    return [(group[0], other) for group in conflicts for other in group[1:]]
