"""The daily briefing as Markdown and as one self-contained HTML page.

Sources are numbered [1], [2], ... in the order of the day's articles. In HTML every item
links to its highlighted passage in the article text at the bottom of the page; all
article and model text is escaped, and the page's CSP forbids scripts outright.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from pydantic import BaseModel

from summarizer.models.common import Span
from summarizer.models.daily_v2 import DailyBriefing, DailyFigure, DailyIncident, SourceRef
from summarizer.render.html import CSP, escape
from summarizer.render.markdown import md_code
from summarizer.render.markdown import md_text as _md
from summarizer.render.newsroom import (
    NEWSROOM_STYLE,
    Cite,
    badge_html,
    disputed_html,
    header_html,
    story_extra_html,
    story_order,
    timeline_svg,
)

MAX_QUOTES = 12
HEADLINE_CATEGORIES = frozenset({"killed", "injured", "displaced", "damage_cost"})
DAILY_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222;
overflow-wrap:anywhere}
h1{font-size:1.5rem}.meta{color:#666}.top{font-size:1.1rem;border-left:4px solid #36c;padding-left:.8rem}
mark{background:#fff3a8}mark:target,span.at:target+*{outline:2px solid #c00}
.conflict{color:#a00;font-weight:600}
.article{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:1rem}li{margin:.25rem 0}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
.failed{color:#a00}.src{font-size:.85em;color:#555}
"""


def _labels(daily: DailyBriefing) -> dict[str, int]:
    return {entry.article.id: n for n, entry in enumerate(daily.articles, start=1)}


def _produced_by(daily: DailyBriefing) -> tuple[str, str]:
    """Who wrote the top line, and which engines briefed the articles."""
    p = daily.provenance
    by = (
        f"LLM {p.model}, prompt {p.prompt_id}/{p.prompt_version}"
        if p.top_line_engine == "llm"
        else "offline rules"
    )
    return by, ", ".join(p.engines) or "none"


def _when_where(incident: DailyIncident) -> str:
    parts = [incident.place, incident.time, incident.date.isoformat() if incident.date else None]
    return ", ".join(p for p in parts if p)


def _values_line(figure: DailyFigure, labels: Mapping[str, int]) -> str:
    values = "; ".join(f"{_md(v.text)} [{labels.get(v.source.article_id, '?')}]" for v in figure.values)
    flag = " — **CONFLICT: sources disagree**" if figure.conflict else ""
    return f"{_md(figure.measure)}: {values}{flag}"


def _cell(text: str) -> str:
    """Text for a Markdown table cell: a "|" in it would end the cell and shift the row."""
    return _md(text).replace("|", "\\|")


def _timeline(incidents: Sequence[DailyIncident]) -> list[DailyIncident]:
    """Dated incidents in date order, then undated ones, each group in reading order."""
    return sorted(incidents, key=lambda i: (i.date is None, i.date or 0, int(i.id[1:])))


def daily_markdown(daily: DailyBriefing) -> str:
    return "".join(daily_markdown_parts(daily))


def daily_markdown_parts(daily: DailyBriefing) -> Iterator[str]:
    """``daily_markdown`` in parts, in order: a day of 10,000 articles is about 25 MB of
    Markdown, a line for every report."""
    return joined_lines(_markdown_lines(daily))


def joined_lines(lines: Iterable[str]) -> Iterator[str]:
    """``"\\n".join(lines).rstrip() + "\\n"`` in parts, each given as soon as it is known."""
    held = ""  # whitespace at the end so far: given only once something follows it
    for number, line in enumerate(lines):
        held += line if number == 0 else "\n" + line
        if held and not held.isspace():
            given = held.rstrip()
            yield given
            held = held[len(given) :]
    yield "\n"


def _markdown_lines(daily: DailyBriefing) -> Iterator[str]:
    """The day's Markdown line by line, each made as it is asked for."""
    labels = _labels(daily)
    figures = {f.id: f for f in daily.figures}
    by, engines = _produced_by(daily)
    yield from [
        f"# Daily briefing — {daily.date.isoformat()}",
        "",
        f"*Top line: {_md(by)}. Articles briefed by: {_md(engines)} engine.*",
        "",
        "## Top line",
        "",
        _md(daily.top_line),
        "",
        "## Incident timeline",
        "",
    ]
    marks = {m.incident: m for m in daily.stories}
    for incident in _timeline(daily.incidents):
        sources = ", ".join(f"[{labels.get(a, '?')}]" for a in incident.articles)
        mark = marks.get(incident.id)
        badge = f"[{mark.status.upper()}] " if mark else ""
        head = f"- {badge}**{incident.type.replace('_', ' ')}**"
        where = _when_where(incident)
        yield (f"{head}{' — ' + _md(where) if where else ''}: {_md(incident.description)} {sources}")
        last_day = mark.earlier[-1].date.isoformat() if mark and mark.earlier else "before"
        for change in mark.changes if mark else []:
            yield (f"  - changed since {last_day}: {_md(change)}")
        for report in incident.reports[1:]:
            yield (f"  - also [{labels.get(report.article_id, '?')}]: {_md(report.description)}")
        for figure_id in incident.figures:
            yield (f"  - {_values_line(figures[figure_id], labels)}")
    if not daily.incidents:
        yield ("No incidents found.")
    if daily.quiet:
        yield from ["", "## Gone quiet", ""]
        yield from [f"- {_md(q.description)} (last seen {q.last_seen.isoformat()})" for q in daily.quiet]
    key = [f for f in daily.figures if f.conflict or len(f.values) > 1 or f.category in HEADLINE_CATEGORIES]
    if key:
        yield from ["", "## Key figures", "", "| measure | values | conflict |", "| --- | --- | --- |"]
        for figure in sorted(key, key=lambda f: (not f.conflict, f.id)):
            values = "; ".join(
                f"{_cell(v.text)} [{labels.get(v.source.article_id, '?')}]" for v in figure.values
            )
            yield f"| {_cell(figure.measure)} | {values} | {'**yes**' if figure.conflict else 'no'} |"
    quotes = sorted(daily.quotes, key=lambda q: (-len(q.sources), -len(q.text)))[:MAX_QUOTES]
    quotes = [q for q in quotes if len(q.text.split()) >= 5 or len(q.sources) > 1]
    if quotes:
        yield from ["", "## Notable quotes", ""]
        for quote in quotes:
            sources = ", ".join(f"[{labels.get(s.article_id, '?')}]" for s in quote.sources)
            speaker = _md(quote.speaker_name or "unattributed")
            yield (f"> “{_md(quote.text)}” — {speaker} {sources}")
            for other in quote.sources[1:]:
                if other.text != quote.text:
                    yield (f">  also [{labels.get(other.article_id, '?')}]: “{_md(other.text)}”")
            yield ("")
    if daily.actors:
        yield from ["", "## Actors", ""]
        for actor in sorted(daily.actors, key=lambda a: (-len(a.articles), a.name)):
            roles = f"; {_md(', '.join(actor.roles))}" if actor.roles else ""
            cited = ", ".join(f"[{labels.get(a, '?')}]" for a in actor.articles)
            spellings = [n for n in actor.names if n != actor.name]
            aka = f" (also {_md(', '.join(spellings))})" if spellings else ""
            yield (f"- {_md(actor.name)}{aka} — {actor.kind}{roles} {cited}")
    yield from ["", "## Articles", ""]
    for entry in daily.articles:
        meta = entry.article
        label = labels[meta.id]
        details = ", ".join(x for x in (meta.source, meta.published and meta.published.isoformat()) if x)
        title = _md(meta.title or meta.id)
        if entry.status == "failed":
            yield (f"[{label}] {title} — FAILED at {entry.stage}: {_md(entry.reason or '')}")
        else:
            where = f" — {_md(details)}" if details else ""
            yield f"[{label}] {title}{where} ({md_code(meta.id)}, {_md(entry.engine or '')})"
        yield ""
    if daily.warnings:
        yield from ["## Warnings", ""] + [f"- {_md(w)}" for w in daily.warnings]


# --------------------------------------------------------------------------- JSON


def daily_json_parts(daily: DailyBriefing, indent: int) -> Iterator[bytes]:
    """``daily.model_dump_json(indent=indent)`` as UTF-8, in parts: the day's lists of items
    (incidents, figures, actors, ...) one item at a time, each serialized on its own and
    indented to its depth. A day of 10,000 articles is about 150 MB of JSON, which the
    serializer would build whole, then copy into one bytes object."""
    listed = {
        name
        for name, value in daily
        if isinstance(value, list) and value and all(isinstance(item, BaseModel) for item in value)
    }
    shell = daily.__pydantic_serializer__.to_json(
        daily.model_copy(update={name: [] for name in listed}), indent=indent
    )
    # Top-level keys sit at one indent; JSON escapes every quote inside a string, so the
    # emptied list's key and brackets are found only where the list is.
    place = b" " * indent
    items_place = b"\n" + place * 2
    cursor = 0
    for name in (name for name in type(daily).model_fields if name in listed):
        key = b"\n" + place + b'"' + name.encode() + b'": []'
        found = shell.index(key, cursor)
        yield shell[cursor : found + len(key) - 1]  # up to the opening bracket, kept
        for number, item in enumerate(getattr(daily, name)):
            text = item.__pydantic_serializer__.to_json(item, indent=indent)
            yield (b"," if number else b"") + items_place + text.replace(b"\n", items_place)
        yield b"\n" + place + b"]"
        cursor = found + len(key)
    yield shell[cursor:]


# --------------------------------------------------------------------------- HTML


def _anchor(article_id: str, span: Span) -> str:
    return f"src-{article_id}-{span.start}-{span.end}"


def _highlight(text: str, spans: Sequence[tuple[Span, str]]) -> str:
    """Escaped text; each span gets an element with its id: a ``<mark>`` around it when it
    does not overlap an earlier one, else an empty marker where it starts."""
    out: list[str] = []
    cursor = 0
    points: list[str] = []
    unique = {anchor: span for span, anchor in spans}
    for anchor, span in sorted(unique.items(), key=lambda s: (s[1].start, -s[1].end)):
        if span.end > len(text):
            continue
        if span.start < cursor:
            points.append(anchor)
            continue
        out.append(escape(text[cursor : span.start]))
        out.append(f'<mark id="{escape(anchor)}">{escape(text[span.start : span.end])}</mark>')
        cursor = span.end
    out.append(escape(text[cursor:]))
    html = "".join(out)
    if points:
        # Overlapping passages still get a target: a marker just before the outer mark.
        html = "".join(f'<span class="at" id="{escape(a)}"></span>' for a in points) + html
    return html


def daily_html(daily: DailyBriefing, texts: Mapping[str, str]) -> str:
    """The page; ``texts`` maps article id to its text (articles without text get no links)."""
    return "".join(daily_html_parts(daily, texts))


def daily_html_parts(daily: DailyBriefing, texts: Mapping[str, str]) -> Iterator[str]:
    """The page of ``daily_html`` in parts, in order, each made as it is asked for: a day of
    10,000 articles makes a page of about 65 MB (every article's text is on it), which is
    written part by part instead of being held whole, joined and encoded."""
    title = f"Daily briefing {daily.date.isoformat()}"
    yield (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>{escape(title)}</title><style>{DAILY_STYLE}{NEWSROOM_STYLE}</style></head><body>"
    )
    labels = _labels(daily)
    spans: dict[str, list[tuple[Span, str]]] = {aid: [] for aid in texts}

    def cite(ref: SourceRef | tuple[str, Span], label: str) -> str:
        article_id, span = (ref.article_id, ref.span) if isinstance(ref, SourceRef) else ref
        if article_id not in texts:
            return escape(label)
        anchor = _anchor(article_id, span)
        spans[article_id].append((span, anchor))
        return f'<a href="#{escape(anchor)}">{escape(label)}</a>'

    figures = {f.id: f for f in daily.figures}
    by, engines = _produced_by(daily)
    marks = {m.incident: m for m in daily.stories}
    body: list[str] = [
        header_html(daily, f"top line: {by} · articles briefed by: {engines}"),
        '<h2 id="stories">Stories</h2><ol>',
    ]
    for incident in story_order(daily):
        reports = " ".join(cite(r.evidence, f"[{labels.get(r.article_id, '?')}]") for r in incident.reports)
        where = _when_where(incident)
        mark = marks.get(incident.id)
        body.append(
            f'<li class="story">{badge_html(mark)}<b>{escape(incident.type.replace("_", " "))}</b>'
            f"{' — ' + escape(where) if where else ''}: {escape(incident.description)} {reports}"
            + story_extra_html(mark)
        )
        items = [_figure_html(figures[f], labels, cite) for f in incident.figures]
        if items:
            body.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
        body.append("</li>")
    body.append("</ol>")
    if not daily.incidents:
        body.append("<p>No incidents found.</p>")
    if daily.quiet:
        body.append(
            "<h3>Gone quiet</h3><ul>"
            + "".join(
                f"<li>{escape(q.description)} "
                f'<span class="src">(last seen {escape(q.last_seen.isoformat())})</span></li>'
                for q in daily.quiet
            )
            + "</ul>"
        )
    body.append('<h2 id="disputed">Disputed figures</h2>' + disputed_html(daily, labels, cite))
    body.append('<h2 id="timeline">Timeline</h2>' + timeline_svg(_timeline(daily.incidents), marks))
    body.append('<h2 id="key-figures">Key figures</h2><ul>')
    for figure in sorted(daily.figures, key=lambda f: (not f.conflict, f.id)):
        if figure.conflict or len(figure.values) > 1 or figure.category in HEADLINE_CATEGORIES:
            body.append(f"<li>{_figure_html(figure, labels, cite)}</li>")
    body.append('</ul><h2 id="quotes">Quotes</h2><ul>')
    for quote in sorted(daily.quotes, key=lambda q: (-len(q.sources), int(q.id[1:]))):
        links = " ".join(
            cite((s.article_id, s.span), f"[{labels.get(s.article_id, '?')}]") for s in quote.sources
        )
        speaker = escape(quote.speaker_name or "unattributed")
        body.append(f"<li>“{escape(quote.text)}” — {speaker} {links}</li>")
    body.append('</ul><h2 id="actors">Actors</h2><ul>')
    for actor in sorted(daily.actors, key=lambda a: (-len(a.articles), a.name)):
        first = cite(actor.mentions[0], actor.name) if actor.mentions else escape(actor.name)
        roles = f"; {escape(', '.join(actor.roles))}" if actor.roles else ""
        sources = " ".join(f"[{labels.get(a, '?')}]" for a in actor.articles)
        often = f"in {len(actor.articles)} article{'s' if len(actor.articles) != 1 else ''}"
        body.append(f"<li>{first} — {escape(actor.kind)}{roles}; {often} {escape(sources)}</li>")
    body.append("</ul>")
    if daily.warnings:
        body.append(
            "<h2>Warnings</h2><ul>" + "".join(f"<li>{escape(w)}</li>" for w in daily.warnings) + "</ul>"
        )
    body.append('<h2 id="articles">Articles</h2>')
    yield "".join(body)
    # Every passage is cited by now: each article's text is made and given on its own.
    for entry in daily.articles:
        meta = entry.article
        label = labels[meta.id]
        title = escape(meta.title or meta.id)
        if entry.status == "failed":
            reason = escape(f"{entry.stage}: {entry.reason}")
            yield f'<h3 id="article-{label}">[{label}] {title}</h3><p class="failed">FAILED at {reason}</p>'
            continue
        details = " · ".join(
            escape(x) for x in (meta.source, meta.published and meta.published.isoformat(), meta.id) if x
        )
        yield f'<h3 id="article-{label}">[{label}] {title}</h3><p class="src">{details}</p>'
        if meta.id in texts:
            yield f'<div class="article">{_highlight(texts[meta.id], spans[meta.id])}</div>'
    yield "</body></html>\n"


def _figure_html(figure: DailyFigure, labels: Mapping[str, int], cite: Cite) -> str:
    parts = []
    for value in figure.values:
        label = f"[{labels.get(value.source.article_id, '?')}]"
        parts.append(f"{escape(value.text)} {cite(value.source, label)}")
    flag = ' <span class="conflict">conflict: sources disagree</span>' if figure.conflict else ""
    return f"{escape(figure.measure)}: {'; '.join(parts)}{flag}"
