"""Markdown for humans: what happened, who said what, which numbers, what was dropped."""

from __future__ import annotations

from summarizer.models.briefing_v2 import Briefing


def _fmt_value(low: float | None, high: float | None) -> str:
    if low is None:
        return "?"
    text = f"{low:,.10g}"
    return f"{text}–{high:,.10g}" if high is not None else text


def engine_line(briefing: Briefing) -> str:
    p = briefing.provenance
    if p.engine == "llm":
        return f"LLM `{p.model}`, prompt `{p.prompt_id}/{p.prompt_version}` ({p.prompt_hash})"
    return f"offline extractive engine ({p.model})"


def briefing_markdown(briefing: Briefing) -> str:
    names = {a.id: a.canonical_name or a.name for a in briefing.actors}
    a = briefing.article
    lines = [f"# {a.title or a.id}", ""]
    meta = [f"article `{a.id}`"] + [x for x in (a.source, a.published and a.published.isoformat()) if x]
    lines += [
        " · ".join(meta),
        "",
        f"*Engine: {engine_line(briefing)}*",
        "",
        "## Summary",
        "",
        briefing.summary,
    ]
    if briefing.incidents:
        lines += ["", "## Incidents", ""]
        for inc in briefing.incidents:
            where = ", ".join(x for x in (inc.place or inc.location, inc.time) if x)
            who = ", ".join(names.get(r, r) for r in inc.perpetrators)
            claim = f"; claimed by {names.get(inc.claimed_by, inc.claimed_by)}" if inc.claimed_by else ""
            extra = f" ({where})" if where else ""
            by = f" — by {who}" if who else ""
            lines.append(
                f"- **{inc.type.replace('_', ' ')}**{extra}: {inc.description}{by} [{inc.status}{claim}]"
            )
    if briefing.quotes:
        lines += ["", "## Quotes", ""]
        for q in briefing.quotes:
            speaker = names.get(q.speaker, "") if q.speaker else (q.speaker_as_written or "unattributed")
            channel = f" ({q.channel})" if q.channel else ""
            lines.append(f"- “{q.text}” — {speaker}{channel}")
    if briefing.figures:
        lines += ["", "## Figures", ""]
        for f in briefing.figures:
            claim = f", per {names.get(f.claimed_by, f.claimed_by)}" if f.claimed_by else ""
            counted = f" {f.counted}" if f.counted else ""
            value = _fmt_value(f.value, f.value_high)
            lines.append(
                f"- {f.text} → {f.bound.replace('_', ' ')} {value} {f.unit}{counted} [{f.category}{claim}]"
            )
    if briefing.actors:
        lines += ["", "## Actors", ""]
        for actor in briefing.actors:
            role = f", {actor.role}" if actor.role else ""
            lines.append(f"- {actor.canonical_name or actor.name} ({actor.kind}{role})")
    if briefing.warnings:
        lines += ["", "## Warnings", ""]
        lines += [
            f"- {w.code}: {w.message}" + (f" — “{w.item}”" if w.item else "") for w in briefing.warnings
        ]
    return "\n".join(lines) + "\n"
