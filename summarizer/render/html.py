"""A self-contained HTML page per briefing.

Every piece of article or model text goes through ``html.escape``; nothing is ever
inserted unescaped, so a ``<script>`` in an article is shown as text. The article is shown
with each grounded item's span highlighted, and each item links to its passage.
"""

from __future__ import annotations

from html import escape

from summarizer.models.briefing_v2 import Briefing
from summarizer.render.markdown import engine_line, split_terms

CSP = "default-src 'none'; style-src 'unsafe-inline'"  # no script may run, whatever slips in
STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}.meta{color:#666}mark{background:#fff3a8}mark.quote{background:#d8ecff}
mark.figure{background:#ffe0c2}mark:target{outline:2px solid #c00}
.article{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:1rem}
li{margin:.2rem 0}.warn{color:#8a4b00}
"""


def _highlighted_article(text: str, marks: list[tuple[int, int, str, str]]) -> str:
    """Article text, escaped, with non-overlapping ``<mark>``s; overlaps keep the first."""
    out: list[str] = []
    cursor = 0
    for start, end, anchor, kind in sorted(marks):
        if start < cursor or end > len(text):
            continue
        out.append(escape(text[cursor:start]))
        out.append(f'<mark id="{escape(anchor)}" class="{kind}">{escape(text[start:end])}</mark>')
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def briefing_html(briefing: Briefing, article_text: str | None = None) -> str:
    a = briefing.article
    names = {x.id: x.canonical_name or x.name for x in briefing.actors}
    marks: list[tuple[int, int, str, str]] = []
    items: list[str] = []

    def link(anchor: str, label: str) -> str:
        return f'<a href="#{escape(anchor)}">{label}</a>' if article_text is not None else label

    quotes, terms = split_terms(briefing.quotes)
    items.append("<h2>Quotes</h2><ul>")
    for q in quotes:
        anchor = f"src-{q.id}"
        marks.append((q.span.start, q.span.end, anchor, "quote"))
        speaker = names.get(q.speaker, "") if q.speaker else (q.speaker_as_written or "unattributed")
        items.append(f"<li>{link(anchor, '“' + escape(q.text) + '”')} — {escape(speaker)}</li>")
    if terms:
        listed = ", ".join(f"“{escape(q.text)}”" for q in terms)
        items.append(f"</ul><p><small>Terms in quotation marks: {listed}</small></p><ul>")
    items.append("</ul><h2>Figures</h2><ul>")
    for f in briefing.figures:
        anchor = f"src-{f.id}"
        marks.append((f.span.start, f.span.end, anchor, "figure"))
        counted = escape(f.counted or "")
        items.append(
            f"<li>{link(anchor, escape(f.text))} {counted} <small>[{escape(f.category)}]</small></li>"
        )
    items.append("</ul><h2>Incidents</h2><ul>")
    for inc in briefing.incidents:
        anchor = f"src-{inc.id}"
        marks.append((inc.evidence_span.start, inc.evidence_span.end, anchor, "incident"))
        place = f" ({escape(inc.place or inc.location or '')})" if inc.place or inc.location else ""
        label = f"<b>{escape(inc.type.replace('_', ' '))}</b>{place}: {escape(inc.description)}"
        items.append(f"<li>{link(anchor, label)}</li>")
    items.append("</ul><h2>Actors</h2><ul>")
    for actor in briefing.actors:
        role = f", {escape(actor.role)}" if actor.role else ""
        items.append(f"<li>{escape(actor.canonical_name or actor.name)} ({escape(actor.kind)}{role})</li>")
    items.append("</ul>")
    if briefing.warnings:
        items.append("<h2>Warnings</h2><ul>")
        for w in briefing.warnings:
            item = f" — “{escape(w.item)}”" if w.item else ""
            items.append(f'<li class="warn">{escape(w.code)}: {escape(w.message)}{item}</li>')
        items.append("</ul>")
    article_block = ""
    if article_text is not None:
        body = _highlighted_article(article_text, marks)
        article_block = f'<h2>Article</h2><div class="article">{body}</div>'
    title = escape(a.title or a.id)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>{title}</title><style>{STYLE}</style></head><body>"
        f'<h1>{title}</h1><p class="meta">article {escape(a.id)} · '
        f"engine: {escape(engine_line(briefing))}</p>"
        f"<h2>Summary</h2><p>{escape(briefing.summary)}</p>{''.join(items)}{article_block}</body></html>\n"
    )
