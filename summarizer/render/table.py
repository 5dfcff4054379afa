"""Briefings as CSV, one row per item, for spreadsheets.

Every cell comes from article text or model output, so a cell that a spreadsheet would read
as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is
written with a leading apostrophe, which spreadsheets show as text (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from summarizer.models import Briefing

COLUMNS = (
    "article", "title", "published", "source", "type", "text", "start", "end", "speaker", "bound", "value",
    "value_high", "unit", "category", "detail",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def briefing_rows(briefing: Briefing) -> list[dict[str, object]]:
    """One row per actor, quote, figure and incident, in that order."""
    meta = briefing.article
    article: dict[str, object] = {
        "article": meta.id, "title": meta.title, "published": meta.published, "source": meta.source
    }  # fmt: skip
    names = {a.id: a.canonical_name or a.name for a in briefing.actors}
    rows: list[dict[str, object]] = []
    for actor in briefing.actors:
        first = actor.mentions[0] if actor.mentions else None
        rows.append(
            {**article, "type": "actor", "text": actor.name, "start": first and first.start,
             "end": first and first.end, "category": actor.kind, "detail": actor.role}
        )  # fmt: skip
    for quote in briefing.quotes:
        rows.append(
            {**article, "type": "quote", "text": quote.text, "start": quote.span.start,
             "end": quote.span.end, "speaker": names.get(quote.speaker or "") or quote.speaker_as_written,
             "category": quote.kind}
        )  # fmt: skip
    for figure in briefing.figures:
        rows.append(
            {**article, "type": "figure", "text": figure.text, "start": figure.span.start,
             "end": figure.span.end, "bound": figure.bound, "value": _number(figure.value),
             "value_high": _number(figure.value_high), "unit": figure.unit, "category": figure.category,
             "detail": figure.counted}
        )  # fmt: skip
    for incident in briefing.incidents:
        rows.append(
            {**article, "type": "incident", "text": incident.description,
             "start": incident.evidence_span.start, "end": incident.evidence_span.end,
             "category": incident.type, "detail": incident.place or incident.location}
        )  # fmt: skip
    return rows


def csv_text(rows: Iterable[dict[str, object]], header: bool = True) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return out.getvalue()


def _number(value: float | None) -> object:
    """A count as a reader writes it: 28, not 28.0 (a fraction stays as it is)."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value
