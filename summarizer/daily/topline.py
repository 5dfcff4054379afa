"""The day's top line: from ``prompts/daily/v1`` when an LLM is configured, else built
from the merged items by rule. Either way it says only what the merged items say."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from summarizer.config import Settings
from summarizer.daily.amounts import TOLL_WORDS, english_amount, english_time, in_sentence
from summarizer.grounding.support import unsupported_claims
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


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


# What each event type is called in a sentence.
TYPE_PHRASES: Final = {
    "air_drone_strike": "an air or drone strike",
    "missile_strike": "a missile strike",
    "shelling": "shelling",
    "ground_fighting": "fighting",
    "interception": "an interception",
    "civilian_harm": "an attack that harmed civilians",
    "evacuation": "an evacuation",
    "talks_diplomacy": "diplomacy",
    "statement": "a statement",
    "protest": "a protest",
    "disaster": "a disaster",
    "accident": "an accident",
    "arrest": "an arrest",
    "political_decision": "a political decision",
}
# What a disputed figure of each category measures.
DISPUTED: Final = {
    "killed": "the death toll",
    "injured": "the number injured",
    "displaced": "the number displaced",
    "launched": "how many were launched",
    "intercepted": "how many were intercepted",
    "destroyed": "how many were destroyed",
    "damage_cost": "the cost of the damage",
}
TOP_EVENTS: Final = 2


def _amounts(figure: DailyFigure, english: Container[str]) -> list[str]:
    """The figure's values in English, each said once: as an English article wrote it
    ("at least 12 people"), else as ``english_amount`` says it ("au moins douze morts" is
    "at least 12"); values of one amount ("trois morts", "3 dead") are said once."""
    said: dict[tuple[float | None, float | None, str], str] = {}
    as_written: dict[tuple[float | None, float | None, str], str] = {}
    for v in figure.values:
        key = (v.value, v.value_high, v.bound) if v.value is not None else (None, None, v.text)
        said.setdefault(key, english_amount(v, figure.unit, figure.category))
        if v.source.article_id in english and not TOLL_WORDS.search(v.text):
            as_written.setdefault(key, in_sentence(v.text))
    return [as_written.get(key, amount) for key, amount in said.items()]


def event_items(
    incidents: Sequence[DailyIncident], figures: Sequence[DailyFigure], english: Container[str] = frozenset()
) -> list[dict[str, Any]]:
    """The day's events, most reported first, each with its figures: what the top line is
    written from (offline, by the mock model, or by an LLM through ``items_for_prompt``).

    Values and times stay as their articles wrote them, in any language; ``when`` and
    ``amounts`` say them in English (values of the ``english`` articles as written), so
    that an English top line names and numbers only what the items hold."""
    by_id = {f.id: f for f in figures}
    return [
        {
            "type": i.type,
            "place": named_place(i.place),
            "time": i.time,
            "when": english_time(i.time),
            "reported_by_articles": len(i.articles),
            "description": i.description,
            "figures": [
                {
                    "measure": by_id[f].measure,
                    "category": by_id[f].category,
                    "values": [v.text for v in by_id[f].values],
                    "amounts": _amounts(by_id[f], english),
                    "conflict": by_id[f].conflict,
                }
                for f in i.figures
            ],
        }
        for i in rank_incidents(incidents, figures)[:MAX_ITEMS]
    ]


# An elision before a name ("d'Isère", "l'Erm").
_ELIDED = re.compile(r"^[dl]['’]", re.IGNORECASE)


def _name_word(word: str) -> bool:
    """A word of a place's name: not a lower-case word of a cased script longer than a
    particle ("de", "la", "am", "sur" join names; "pont", "ferroviaire" describe a site).
    Words of scripts without case are names."""
    bare = _ELIDED.sub("", word)
    return not (bare[:1].islower() and len(bare) > 3)


def named_place(place: str | None) -> str | None:
    """An event's place as the top line names it: the parts of the place that are names,
    without those that describe a site in an article's own words ("pont ferroviaire de la
    rue de la Station, Lovergnies" is Lovergnies: an English line would paste French), or
    the place whole when no part is a name."""
    if not place:
        return place
    parts = [part.strip() for part in place.split(",")]
    named = [part for part in parts if part and all(_name_word(w) for w in part.split())]
    return ", ".join(named) if named else place


def _when(event: dict[str, Any]) -> str:
    """The event's time in English: ``when``, or read from ``time`` in items without it."""
    when = event["when"] if "when" in event else english_time(str(event.get("time") or ""))
    return str(when or "")


def _said(figure: dict[str, Any]) -> list[str]:
    """The figure's values in English: ``amounts``, or its values in items without them."""
    if "amounts" in figure:
        return [str(a) for a in figure["amounts"]]
    return [in_sentence(str(v)) for v in figure.get("values", [])]


def _event_phrase(event: dict[str, Any]) -> str:
    phrase = TYPE_PHRASES.get(str(event.get("type")), "an event")
    if event.get("place"):
        phrase += f" in {event['place']}"
    if when := _when(event):
        phrase += f" {when}"
    # One toll per kind: the first source's (sources that disagree are told apart below).
    tolls: dict[str, str] = {}
    for f in event.get("figures", []):
        if f.get("category") in ("killed", "injured") and _said(f) and not f.get("conflict"):
            said = _said(f)[0]  # "two wounded" tells its category itself
            tolls.setdefault(
                str(f["category"]), said if TOLL_WORDS.search(said) else f"{said} {f['category']}"
            )
    return phrase + (f", with {' and '.join(tolls.values())}" if tolls else "")


def _dispute(event: dict[str, Any], figure: dict[str, Any]) -> str:
    what = DISPUTED.get(str(figure.get("category")), f"the figure for {figure.get('measure')}")
    where = f" in {event['place']}" if event.get("place") else ""
    amounts = _said(figure)
    said = (
        f"{amounts[0]} in one report, {amounts[1]} in another"
        if len(amounts) == 2
        else f"{', '.join(amounts[:-1])} and {amounts[-1]} in different reports"
    )
    return f"{what}{where} ({said})"


def prose_top_line(events: Sequence[dict[str, Any]]) -> str:
    """The day in a sentence or two of prose, from ``event_items``: the most reported events
    named by what happened, where and when, with their tolls, then any figure the sources
    dispute. Every name and number is one the items hold (types become words, counts of
    articles are left out), so the top line's check passes it as it passes an LLM's."""
    if not events:
        return "The day's articles report no events."
    lead = [_event_phrase(e) for e in events[:TOP_EVENTS]]
    first = f"The most reported event is {lead[0]}"
    sentences = [first + (f"; next comes {lead[1]}." if len(lead) > 1 else ".")]
    disputes = [
        _dispute(e, f)
        for e in events
        for f in e.get("figures", [])
        if f.get("conflict") and len(_said(f)) > 1
    ]
    if disputes:
        sentences.append(f"The sources disagree on {'; and on '.join(disputes[:3])}.")
    return " ".join(sentences)


def offline_top_line(
    incidents: Sequence[DailyIncident],
    figures: Sequence[DailyFigure],
    articles: int,
    outlets: int,
    english: Container[str] = frozenset(),
) -> str:
    """How much was read, then the day in prose (``prose_top_line``)."""
    origin = _count(articles, "article") + (f" from {_count(outlets, 'outlet')}" if outlets else "")
    if not incidents:
        return f"{origin}; no incidents were found."
    events = _count(len(incidents), "event")
    if articles == 1:  # one article: it "reports", and shares its events with no other
        return f"{origin} reports {events}. {prose_top_line(event_items(incidents, figures, english))}"
    several = sum(1 for i in incidents if len(i.articles) > 1)
    shared = f"{several} of them" if several else "none of them"
    counts = f"{origin} report {events}, {shared} in more than one article."
    return f"{counts} {prose_top_line(event_items(incidents, figures, english))}"


def items_for_prompt(
    incidents: Sequence[DailyIncident],
    figures: Sequence[DailyFigure],
    quotes: Sequence[DailyQuote],
    english: Container[str] = frozenset(),
) -> str:
    """The merged items as JSON, made safe to sit between ``<items>`` tags."""
    payload = {
        "events": event_items(incidents, figures, english),
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
