"""The parts of the daily page a newsroom reads first: the day in numbers, stories with their
new / continuing / updated badges, the disputed figures side by side, and the day drawn as
an inline SVG timeline made here (no script, no asset from elsewhere; it prints).

Everything that came from an article or a model goes through ``escape`` (SVG text too: the
SVG sits inside the HTML page and is parsed as part of it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from summarizer.daily.day_parts import hours_of
from summarizer.models.common import Span
from summarizer.models.daily_v2 import DailyBriefing, DailyIncident, SourceRef, StoryMark
from summarizer.render.html import escape

Cite = Callable[[SourceRef | tuple[str, Span], str], str]
BADGE_ORDER = {"updated": 0, "new": 1, "continuing": 2}
TIMELINE_ROWS = 40
NEWSROOM_STYLE = """
header{border-bottom:1px solid #ddd;margin-bottom:1rem}.counts{font-size:1.05rem;font-weight:600}
nav a{margin-right:.8rem}.badge{font-size:.75rem;font-weight:700;padding:.05rem .35rem;border-radius:3px;
margin-right:.4rem;color:#fff}.badge.new{background:#2a7}.badge.updated{background:#c60}
.badge.continuing{background:#678}.changes{color:#a50}.story{margin:.5rem 0}.story p.src{margin:.1rem 0}
svg text{font:12px system-ui,sans-serif}
"""


def outlets(daily: DailyBriefing) -> list[str]:
    return sorted({e.article.source for e in daily.articles if e.article.source})


def header_html(daily: DailyBriefing, produced_by: str) -> str:
    briefed = sum(1 for e in daily.articles if e.status == "briefed")
    failed = len(daily.articles) - briefed
    sources = outlets(daily)
    counts = [
        f"{len(daily.articles)} articles" + (f" ({failed} failed)" if failed else ""),
        f"{len(sources)} outlets",
        f"{len(daily.incidents)} stories",
        f"{len(daily.conflicts)} disputed figures",
    ]
    parts = [
        "<header>",
        f"<h1>Daily briefing — {escape(daily.date.isoformat())}</h1>",
        f'<p class="counts">{escape(" · ".join(counts))}</p>',
        f'<p class="top">{escape(daily.top_line)}</p>',
        f'<p class="meta">Sources: {escape(", ".join(sources) or "not given")} · {escape(produced_by)}</p>',
        "</header>",
        '<nav><a href="#stories">Stories</a><a href="#disputed">Disputed figures</a>'
        '<a href="#timeline">Timeline</a><a href="#key-figures">Key figures</a><a href="#quotes">Quotes</a>'
        '<a href="#actors">Actors</a><a href="#articles">Articles</a></nav>',
    ]
    return "".join(parts)


def story_order(daily: DailyBriefing) -> list[DailyIncident]:
    """Changed stories first, then new, then continuing; within each, the most reported first."""
    marks = {m.incident: m for m in daily.stories}
    return sorted(
        daily.incidents,
        key=lambda i: (
            BADGE_ORDER.get(marks[i.id].status, 3) if i.id in marks else 3,
            -len(i.articles),
            int(i.id[1:]),
        ),
    )


def badge_html(mark: StoryMark | None) -> str:
    if mark is None:
        return ""
    since = f" since {mark.since.isoformat()}" if mark.status != "new" else ""
    title = f"story {mark.story}{since}"
    status = escape(mark.status)
    return f'<span class="badge {status}" title="{escape(title)}">{status.upper()}</span>'


def story_extra_html(mark: StoryMark | None) -> str:
    """What changed since the story's last day, and the earlier days it was reported on."""
    if mark is None:
        return ""
    parts = []
    if mark.changes:
        parts.append(
            '<ul class="changes">' + "".join(f"<li>{escape(c)}</li>" for c in mark.changes) + "</ul>"
        )
    if mark.earlier:
        days = "; ".join(
            f"{escape(d.date.isoformat())} ({escape(', '.join(d.articles))})" for d in mark.earlier
        )
        parts.append(f'<p class="src">Earlier: {days}</p>')
    return "".join(parts)


def disputed_html(daily: DailyBriefing, labels: Mapping[str, int], cite: Cite) -> str:
    """One table row per source of each disputed figure: what it says, and who says it."""
    names = {a.id: a.name for a in daily.actors}
    incidents = {i.id: i for i in daily.incidents}
    if not daily.conflicts:
        return "<p>No figure is disputed between sources today.</p>"
    rows = ["<table><tr><th>figure</th><th>story</th><th>value</th><th>source</th><th>says who</th></tr>"]
    for figure in daily.conflicts:
        incident = incidents.get(figure.incident or "")
        story = escape(incident.description) if incident else "—"
        for number, value in enumerate(figure.values):
            label = f"[{labels.get(value.source.article_id, '?')}]"
            first = number == 0
            span = f' rowspan="{len(figure.values)}"'
            rows.append(
                "<tr>"
                + (f"<td{span}>{escape(figure.measure)}</td><td{span}>{story}</td>" if first else "")
                + f"<td>{escape(value.text)}</td><td>{cite(value.source, label)}</td>"
                + f"<td>{escape(names.get(value.claimed_by or '', 'not said'))}</td></tr>"
            )
    rows.append("</table>")
    return "".join(rows)


# A part of the day as written ("early Friday", "overnight") or a clock time ("3:40 a.m.").
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_PARTS = (
    (re.compile(r"\b(?:overnight|midnight)\b", re.I), 0.0),
    (re.compile(r"\b(?:dawn|early)\b", re.I), 6.0),
    (re.compile(r"\bmorning\b", re.I), 9.0),
    (re.compile(r"\b(?:noon|midday)\b", re.I), 12.0),
    (re.compile(r"\bafternoon\b", re.I), 15.0),
    (re.compile(r"\bevening\b", re.I), 19.0),
    (re.compile(r"\bnight\b", re.I), 22.0),
)


def hour_of(time: str | None) -> float | None:
    """The hour of the day a time as written points at, when it points at one: an English
    clock to the minute or part of the day, else the middle of the hours the merge reads
    the time as (``day_parts.hours_of``: a 24-hour clock, "14.30 Uhr", "22h15", a part of
    the day in any of its languages)."""
    if not time:
        return None
    clock = _CLOCK.search(time)
    if clock and int(clock.group(1)) <= 12:
        hour = int(clock.group(1)) % 12 + (12 if clock.group(3).lower() == "p" else 0)
        return hour + int(clock.group(2) or 0) / 60
    english = next((hour for pattern, hour in _PARTS if pattern.search(time)), None)
    if english is not None:
        return english
    hours = hours_of(time)
    # The night runs past midnight (20 to 30): drawn at its middle before midnight, as "night" is.
    return None if hours is None else (hours[0] + min(hours[1], 24)) / 2


def _width(text: str) -> int:
    """About how wide ``text`` is drawn at the timeline's 12px: a wide (CJK) character is
    about twice a Latin letter."""
    return sum(12 if unicodedata.east_asian_width(c) in "WF" else 7 for c in text)


def _fitted(text: str, room: float) -> str:
    """``text`` cut, with an ellipsis, to be drawn within ``room`` pixels (the whole text is
    the row's tooltip)."""
    if _width(text) <= room:
        return text
    text = text[: max(0, int(room) // 7)]  # no character is narrower: the loop below stays short
    while text and _width(text) + 7 > room:
        text = text[:-1]
    return text.rstrip() + "…"


def timeline_svg(incidents: Sequence[DailyIncident], marks: Mapping[str, StoryMark]) -> str:
    """The day's incidents on a 24-hour axis, one row each; those whose time of day is not
    given sit in a column of their own at the right."""
    if not incidents:
        return "<p>No incidents to draw.</p>"
    shown = list(incidents)[:TIMELINE_ROWS]
    left, hours_width, unknown_x, row, width = 250, 600, 900, 22, 960
    height = 40 + row * len(shown)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="The day\'s incidents by time of day">',
        f'<line x1="{left}" y1="24" x2="{left + hours_width}" y2="24" stroke="#999"/>',
    ]
    for tick in range(0, 25, 6):
        x = left + hours_width * tick / 24
        parts.append(f'<line x1="{x:.0f}" y1="20" x2="{x:.0f}" y2="{height}" stroke="#eee"/>')
        parts.append(f'<text x="{x:.0f}" y="16" text-anchor="middle">{tick:02d}:00</text>')
    parts.append(f'<text x="{unknown_x}" y="16" text-anchor="middle">time not given</text>')
    for number, incident in enumerate(shown):
        y = 40 + row * number
        hour = hour_of(incident.time)
        x = unknown_x if hour is None else left + hours_width * hour / 24
        mark = marks.get(incident.id)
        colour = {"new": "#2a7", "updated": "#c60", "continuing": "#678"}.get(
            mark.status if mark else "", "#36c"
        )
        label = " — ".join(p for p in (incident.type.replace("_", " "), incident.place) if p)
        time = (incident.time or "")[:24]
        # A time that would run past the drawing's right edge is written to the left of its dot.
        beside = (
            f'<text x="{x + 10:.0f}" y="{y + 4}">'
            if _width(time) <= width - x - 10
            else f'<text x="{x - 10:.0f}" y="{y + 4}" text-anchor="end">'
        )
        parts.append(
            f"<g><title>{escape(incident.description)}</title>"
            f'<text x="{left - 8}" y="{y + 4}" text-anchor="end">{escape(_fitted(label, left - 8))}</text>'
            f'<circle cx="{x:.0f}" cy="{y}" r="6" fill="{colour}"/>'
            f"{beside}{escape(time)}</text></g>"
        )
    parts.append("</svg>")
    more = len(incidents) - len(shown)
    return "".join(parts) + (f"<p>and {more} more, listed under Stories.</p>" if more > 0 else "")
