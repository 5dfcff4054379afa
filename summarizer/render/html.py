"""A self-contained HTML page per briefing.

Every piece of article or model text goes through ``escape`` (below); nothing is ever
inserted unescaped, so a ``<script>`` in an article is shown as text. The article is shown
with each grounded item's span highlighted, and each item links to its passage.
"""

from __future__ import annotations

import html

from summarizer.models import Briefing
from summarizer.render.markdown import engine_line, format_value, language_label, split_quotes

CSP = "default-src 'none'; style-src 'unsafe-inline'"  # no script may run, whatever slips in
# The explicit bidi controls (embeddings, overrides, isolates): one in a title or a source
# reorders what follows it on the line (a "[2] [1]" shown for "[1] [2]", a source's name
# shown backwards). A browser lays out right-to-left text by itself, and the implicit
# marks (LRM, RLM, ALM) are kept.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def escape(text: str) -> str:
    """Article or model text for an HTML page (element text and attribute values alike):
    markup escaped, quotes included, and the explicit bidi controls left out."""
    return html.escape(text.translate(_BIDI_CONTROLS))


STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222;
overflow-wrap:anywhere}
h1{font-size:1.5rem}.meta{color:#666}code{font-size:.9em}
mark{background:none;color:inherit}mark.quote{background:#d8ecff}mark.figure{background:#ffe0c2}
mark.incident{border-bottom:2px solid #8fb38f}mark.actor{background:none}
mark:target{outline:2px solid #c00}
.legend mark{padding:0 .3rem}
.article{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:1rem}
li{margin:.2rem 0}.warn{color:#8a4b00}small{color:#555}
"""
LEGEND = (
    '<p class="legend"><small>In the article: <mark class="quote">quote</mark> '
    '<mark class="figure">figure</mark> <mark class="incident">incident</mark>; '
    "each item above links to its passage.</small></p>"
)

Mark = tuple[int, int, str, str]  # start, end, anchor id, kind


def _nested(marks: list[Mark], length: int) -> list[Mark]:
    """Spans that nest: sorted outermost first, and a span that crosses one it starts in
    (a quote running past the end of an incident's sentence) widens that one, and its
    ancestors, to cover it. Every mark then holds all of its item's text, so every link
    finds its passage, at the cost of a slightly wider highlight in that rare case."""
    spans = sorted((m for m in marks if 0 <= m[0] < m[1] <= length), key=lambda m: (m[0], -m[1]))
    ends = [end for _, end, _, _ in spans]
    stack: list[int] = []  # indexes of the open spans
    for number, (start, end, _, _) in enumerate(spans):
        while stack and ends[stack[-1]] <= start:
            stack.pop()
        for ancestor in stack:
            ends[ancestor] = max(ends[ancestor], end)
        stack.append(number)
    # Widening can only grow ends, so sorting again keeps every child inside its parent.
    widened = [(start, ends[n], anchor, kind) for n, (start, _, anchor, kind) in enumerate(spans)]
    return sorted(widened, key=lambda m: (m[0], -m[1]))


def _highlighted_article(text: str, marks: list[Mark]) -> str:
    """Article text, escaped, with a ``<mark>`` per item, nested where items overlap."""
    out: list[str] = []
    open_ends: list[int] = []
    cursor = 0
    for start, end, anchor, kind in _nested(marks, len(text)):
        while open_ends and open_ends[-1] <= start:
            out.append(escape(text[cursor : open_ends[-1]]) + "</mark>")
            cursor = open_ends.pop()
        out.append(escape(text[cursor:start]))
        out.append(f'<mark id="{escape(anchor)}" class="{kind}">')
        cursor = start
        open_ends.append(end)
    while open_ends:
        out.append(escape(text[cursor : open_ends[-1]]) + "</mark>")
        cursor = open_ends.pop()
    out.append(escape(text[cursor:]))
    return "".join(out)


def briefing_html(briefing: Briefing, article_text: str | None = None) -> str:
    """The same sections, in the same order and with the same fields, as the Markdown."""
    a = briefing.article
    names = {x.id: x.canonical_name or x.name for x in briefing.actors}
    marks: list[Mark] = []
    items: list[str] = []

    def link(anchor: str, label: str) -> str:
        return f'<a href="#{escape(anchor)}">{label}</a>' if article_text is not None else label

    def name(actor_id: str | None) -> str:
        return escape(names.get(actor_id, actor_id or "")) if actor_id else ""

    if briefing.incidents:
        items.append("<h2>Incidents</h2><ul>")
        for inc in briefing.incidents:
            anchor = f"src-{inc.id}"
            marks.append((inc.evidence_span.start, inc.evidence_span.end, anchor, "incident"))
            where = ", ".join(escape(x) for x in (inc.place or inc.location, inc.time) if x)
            by = ", ".join(name(r) for r in inc.perpetrators)
            claim = f"; claimed by {name(inc.claimed_by)}" if inc.claimed_by else ""
            label = f"<b>{escape(inc.type.replace('_', ' '))}</b>{f' ({where})' if where else ''}"
            items.append(
                f"<li>{link(anchor, label)}: {escape(inc.description)}{f' — by {by}' if by else ''} "
                f"<small>[{escape(inc.status)}{claim}]</small></li>"
            )
        items.append("</ul>")
    quotes, words = split_quotes(briefing.quotes)
    if quotes:
        items.append("<h2>Quotes</h2><ul>")
        for q in quotes:
            anchor = f"src-{q.id}"
            marks.append((q.span.start, q.span.end, anchor, "quote"))
            speaker = name(q.speaker) if q.speaker else escape(q.speaker_as_written or "unattributed")
            channel = f" ({escape(q.channel)})" if q.channel else ""
            items.append(f"<li>{link(anchor, '“' + escape(q.text) + '”')} — {speaker}{channel}</li>")
        items.append("</ul>")
    if words:
        listed = []
        for q in words:
            anchor = f"src-{q.id}"
            marks.append((q.span.start, q.span.end, anchor, "quote"))
            who = name(q.speaker) if q.speaker else escape(q.speaker_as_written or "")
            listed.append(link(anchor, f"“{escape(q.text)}”") + (f" ({who})" if who else ""))
        items.append(f'<p class="quoted-words"><small>Quoted words: {", ".join(listed)}</small></p>')
    if briefing.figures:
        items.append("<h2>Figures</h2><ul>")
        for f in briefing.figures:
            anchor = f"src-{f.id}"
            marks.append((f.span.start, f.span.end, anchor, "figure"))
            value = f"{f.bound.replace('_', ' ')} {format_value(f.value, f.value_high)} {f.unit}"
            counted = f" {escape(f.counted)}" if f.counted and f.counted not in f.text else ""
            claim = f", per {name(f.claimed_by)}" if f.claimed_by else ""
            items.append(
                f"<li>{link(anchor, escape(f.text))} → {escape(value)}{counted} "
                f"<small>[{escape(f.category)}{claim}]</small></li>"
            )
        items.append("</ul>")
    if briefing.actors:
        items.append("<h2>Actors</h2><ul>")
        for actor in briefing.actors:
            role = f", {escape(actor.role)}" if actor.role else ""
            items.append(
                f"<li>{escape(actor.canonical_name or actor.name)} ({escape(actor.kind)}{role})</li>"
            )
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
        # The article keeps its language, so a reader's screen reader and hyphenation follow it.
        lang = escape(briefing.language)
        article_block = f'<h2>Article</h2>{LEGEND}<div class="article" lang="{lang}">{body}</div>'
    title = escape(a.title or a.id)
    meta = [f"article <code>{escape(a.id)}</code>"]
    meta += [escape(x) for x in (a.source, a.published and a.published.isoformat()) if x]
    meta.append(escape(language_label(briefing)))
    engine = engine_line(briefing, code=lambda x: f"<code>{escape(x)}</code>", plain=escape)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>{title}</title><style>{STYLE}</style></head><body>"
        f'<h1>{title}</h1><p class="meta">{" · ".join(meta)}</p><p class="meta">engine: {engine}</p>'
        f"<h2>Summary</h2><p>{escape(briefing.summary)}</p>{''.join(items)}{article_block}</body></html>\n"
    )
