"""Markdown for humans: what happened, who said what, which numbers, what was dropped."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summarizer.models import Briefing, Quote
from summarizer.text.terms import is_listed_apart


def format_value(low: float | None, high: float | None) -> str:
    if low is None:
        return "?"
    text = f"{low:,.10g}"
    return f"{text}–{high:,.10g}" if high is not None else text


def cost_text(usd: float | None) -> str:
    """'cost $0.0042', or 'cost unknown' when no price is listed: unknown is never shown as 0."""
    return "cost unknown" if usd is None else f"cost ${usd:,.4f}"


def engine_line(
    briefing: Briefing,
    code: Callable[[str], str] = lambda text: f"`{text}`",
    plain: Callable[[str], str] = lambda text: text,
) -> str:
    """Which engine wrote the briefing. ``code`` marks names up (backticks for Markdown,
    ``<code>`` for HTML) and ``plain`` escapes the other values, for the page's format."""
    p = briefing.provenance
    if p.engine == "llm":
        prompt = code(f"{p.prompt_id}/{p.prompt_version}")
        model = code(p.model or "?")
        return f"LLM {model}, prompt {prompt} ({plain(p.prompt_hash or '')}), {cost_text(p.cost_usd)}"
    return f"offline extractive engine ({plain(p.model or '')})"


_MARKDOWN_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\\": "\\\\", "[": "\\[", "]": "\\]"}
)


# What makes a line a heading, a list item, a rule, a table row or a code fence when it
# starts the line: "# ", "- ", "1. ", "***", "| a |", "```" (">" is already "&gt;").
_BLOCK_MARK = re.compile(r"^(?:[#+*=|~`_-]|\d{1,9}[.)])")


def _one_line(text: str) -> str:
    return " ".join(text.translate(_MARKDOWN_ESCAPES).split())


def md_text(text: str) -> str:
    """Article or model text for Markdown: ``&``, ``<`` and ``>`` escaped, so raw HTML never
    passes through a Markdown renderer; brackets (and the backslash) escaped, so no link,
    image or reference (``![](http://host/beacon.png)``, ``[text](http://host/phish)``) is
    formed; one line, whose first mark is escaped, so that a text set at the start of a line
    (a summary, the day's top line) cannot start a heading, a list or a rule."""
    line = _one_line(text)
    mark = _BLOCK_MARK.match(line)
    if mark is None:
        return line
    at = mark.end() - 1  # the punctuation that makes the block: "#", or the "." of "1."
    return f"{line[:at]}\\{line[at:]}"


def md_code(text: str) -> str:
    """Article or model text as an inline code span: escaped as ``md_text`` and with no
    backtick, which would close the span early and let the rest be read as Markdown (an id
    like ``x` [a](javascript:...) `` made a live link)."""
    inert = _one_line(text).replace("`", "'")  # a code span shows a backslash escape as is
    return f"`{inert}`"


def language_label(briefing: Briefing) -> str:
    """The article's language as a page shows it: "German (detected)", "French (given)"."""
    from summarizer.text.language import name_of

    return f"{name_of(briefing.language)} ({briefing.language_source})"


def briefing_markdown(briefing: Briefing) -> str:
    """Every string taken from the article or the model goes through ``md_text``."""
    m = md_text
    names = {a.id: m(a.canonical_name or a.name) for a in briefing.actors}
    a = briefing.article
    lines = [f"# {m(a.title or a.id)}", ""]
    meta = [f"article {md_code(a.id)}"]
    meta += [m(x) for x in (a.source, a.published and a.published.isoformat()) if x]
    meta.append(m(language_label(briefing)))
    lines += [
        " · ".join(meta),
        "",
        f"*Engine: {m(engine_line(briefing))}*",
        "",
        "## Summary",
        "",
        m(briefing.summary),
    ]
    if briefing.incidents:
        lines += ["", "## Incidents", ""]
        for inc in briefing.incidents:
            where = ", ".join(m(x) for x in (inc.place or inc.location, inc.time) if x)
            who = ", ".join(names.get(r, m(r)) for r in inc.perpetrators)
            claimant = names.get(inc.claimed_by, m(inc.claimed_by)) if inc.claimed_by else ""
            claim = f"; claimed by {claimant}" if claimant else ""
            extra = f" ({where})" if where else ""
            by = f" — by {who}" if who else ""
            lines.append(
                f"- **{inc.type.replace('_', ' ')}**{extra}: {m(inc.description)}{by} [{inc.status}{claim}]"
            )
    quotes, words = split_quotes(briefing.quotes)
    if quotes:
        lines += ["", "## Quotes", ""]
        for q in quotes:
            written = m(q.speaker_as_written or "unattributed")
            speaker = names.get(q.speaker, "") if q.speaker else written
            channel = f" ({m(q.channel)})" if q.channel else ""
            lines.append(f"- “{m(q.text)}” — {speaker}{channel}")
    if words:
        said = [names.get(q.speaker, "") if q.speaker else m(q.speaker_as_written or "") for q in words]
        listed = ", ".join(
            f"“{m(q.text)}”" + (f" ({who})" if who else "") for q, who in zip(words, said, strict=True)
        )
        lines += ["", f"Quoted words: {listed}"]
    if briefing.figures:
        lines += ["", "## Figures", ""]
        for f in briefing.figures:
            claim = f", per {names.get(f.claimed_by, m(f.claimed_by))}" if f.claimed_by else ""
            counted = f" {m(f.counted)}" if f.counted else ""
            value = f"{f.bound.replace('_', ' ')} {format_value(f.value, f.value_high)} {m(f.unit)}"
            lines.append(f"- {m(f.text)} → {value}{counted} [{f.category}{claim}]")
    if briefing.actors:
        lines += ["", "## Actors", ""]
        for actor in briefing.actors:
            role = f", {m(actor.role)}" if actor.role else ""
            lines.append(f"- {names[actor.id]} ({actor.kind}{role})")
    if briefing.warnings:
        lines += ["", "## Warnings", ""]
        lines += [
            f"- {w.code}: {m(w.message)}" + (f" — “{m(w.item)}”" if w.item else "") for w in briefing.warnings
        ]
    return "\n".join(lines) + "\n"


def split_quotes(quotes: Sequence[Quote]) -> tuple[list[Quote], list[Quote]]:
    """The statements to list, and the words quoted in passing (terms, partial quotes of a
    few words), which a page puts on one line with their speakers."""
    apart = [
        q
        for q in quotes
        if is_listed_apart(q.text, q.kind, attributed=q.speaker is not None or bool(q.speaker_as_written))
    ]
    return [q for q in quotes if q not in apart], apart
