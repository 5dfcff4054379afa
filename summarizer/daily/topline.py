"""The day's top line: from ``prompts/daily/v1`` when an LLM is configured, else built
from the merged items by rule. Either way it says only what the merged items say."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.config import Settings
from summarizer.grounding.vetting import unsupported_claims
from summarizer.llm.ask import ask_until_valid, call_context, logging_sink
from summarizer.llm.types import CallLog, InvalidReply, StructuredClient
from summarizer.models.common import Usage
from summarizer.models.daily_v1 import DAILY_SCHEMA_VERSION, DailyFigure, DailyIncident, DailyQuote, TopLine
from summarizer.prompts import Prompt

MAX_ITEMS = 30
ITEMS_CLOSE_TAG = re.compile(r"</\s*items\s*>", re.IGNORECASE)


def rank_incidents(incidents: Sequence[DailyIncident], figures: Sequence[DailyFigure]) -> list[DailyIncident]:
    """Most-reported first; then those with casualties; then reading order."""
    harmed = {f.incident for f in figures if f.category in ("killed", "injured") and f.incident}
    return sorted(incidents, key=lambda i: (-len(i.articles), i.id not in harmed, int(i.id[1:])))


def describe_values(figure: DailyFigure) -> str:
    return " vs ".join(dict.fromkeys(v.text for v in figure.values))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def offline_top_line(
    incidents: Sequence[DailyIncident], figures: Sequence[DailyFigure], articles: int, outlets: int
) -> str:
    """Counts, the most-reported events in their sources' own words, and any conflicts."""
    origin = _count(articles, "article") + (f" from {_count(outlets, 'outlet')}" if outlets else "")
    if not incidents:
        return f"{origin}; no incidents were found."
    several = sum(1 for i in incidents if len(i.articles) > 1)
    parts = [
        f"{origin} report {_count(len(incidents), 'incident')}, {several} of them in more than one article."
    ]
    for incident in rank_incidents(incidents, figures)[:2]:
        count = len(incident.articles)
        parts.append(f"{incident.description} ({count} report{'s' if count > 1 else ''})")
    conflicts = [f for f in figures if f.conflict]
    if conflicts:
        listed = "; ".join(f"{f.measure}: {describe_values(f)}" for f in conflicts[:3])
        parts.append(f"Sources disagree on {listed}.")
    return " ".join(parts)


def items_for_prompt(
    incidents: Sequence[DailyIncident], figures: Sequence[DailyFigure], quotes: Sequence[DailyQuote]
) -> str:
    """The merged items as JSON, made safe to sit between ``<items>`` tags."""
    ranked = rank_incidents(incidents, figures)[:MAX_ITEMS]
    by_id = {f.id: f for f in figures}
    payload = {
        "events": [
            {
                "type": i.type,
                "place": i.place,
                "time": i.time,
                "reported_by_articles": len(i.articles),
                "description": i.description,
                "figures": [
                    {
                        "measure": by_id[f].measure,
                        "values": [v.text for v in by_id[f].values],
                        "conflict": by_id[f].conflict,
                    }
                    for f in i.figures
                ],
            }
            for i in ranked
        ],
        "quotes": [
            {"speaker": q.speaker_name, "text": q.text, "sources": len(q.sources)}
            for q in sorted(quotes, key=lambda q: -len(q.sources))[:MAX_ITEMS]
            if len(q.text.split()) >= 6
        ],
    }
    return ITEMS_CLOSE_TAG.sub("</ items>", json.dumps(payload, ensure_ascii=False, indent=1))


def item_values(items: str) -> str:
    """The text the items hold (types, places, times, descriptions, measures, values as
    written, quotes and speakers), one per line: what a top line may take names and numbers
    from. Keys and counts are left out: how many articles or sources reported an event is
    the merge's bookkeeping, and "reported_by_articles": 2 must not support "2 people drowned"."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(items))
    return "\n".join(found)


@dataclass
class LLMTopLine:
    text: str
    usage: Usage = field(default_factory=Usage)
    warnings: list[str] = field(default_factory=list)


def llm_top_line(
    settings: Settings,
    prompt: Prompt,
    client: StructuredClient,
    store: CallLog | None,
    date: str,
    article_count: int,
    items: str,
) -> LLMTopLine:
    """Ask for the top line; one re-ask if it is invalid or says what the items do not
    (numbers or names they lack, or text that reads as instructions).

    Raises ``InvalidReply`` or ``TransportGaveUp`` when no acceptable top line comes back.
    """
    # The same context as the articles' calls: their model, their endpoint's prices.
    context = call_context(
        settings, client, prompt, article_id=f"daily:{date}", schema_version=DAILY_SCHEMA_VERSION
    )
    attempts, usage = 0, Usage()

    def counted(http_attempts: int, used: Usage) -> None:
        nonlocal attempts, usage
        attempts, usage = attempts + 1, usage + used

    sink = logging_sink(store, context, "daily_top_line", lambda: attempts + 1)
    parameters = dict(prompt.spec.parameters)
    messages = prompt.render(date=date, article_count=str(article_count), items=items)
    ask = functools.partial(
        ask_until_valid, client, parameters=parameters, sink=sink, response_model=TopLine, counted=counted
    )
    # Two asks at most in all: a re-ask for an invalid reply, or one naming what the first
    # top line said that the items do not.
    reply = ask(messages, reask=prompt.validation_reask, reasks=1)
    text = str(reply.draft.top_line).strip()
    support = item_values(items)
    unsupported = unsupported_claims(text, support)
    if unsupported and attempts == 1:
        problem = ", ".join(unsupported)
        reply = ask([*messages, prompt.grounding_reask(problem)], reask=prompt.validation_reask, reasks=0)
        text = str(reply.draft.top_line).strip()
        unsupported = unsupported_claims(text, support)
    if unsupported:
        problem = ", ".join(unsupported)
        raise InvalidReply(f"the top line kept saying what the items do not: {problem}", None, usage)
    return LLMTopLine(text, usage)
