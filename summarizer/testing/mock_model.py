"""A mock model anyone can run: an OpenAI-compatible endpoint that answers from the offline engine.

``summarizer mock-llm`` serves it on 127.0.0.1, so the LLM path, the eval workflow, the
prompt workflow, ``logs`` and cost can be tried with no key and no download (in the spirit
of inspect_ai's mock model and pydantic-ai's test model). It is not a model: the model it
lists and answers with is ``mock-offline``, so every briefing, run log row and eval record
made through it says so.

Each request's JSON schema (``response_format`` or the tool's parameters) says what to
answer. For the grounded prompt (``summary``, ``speakers``, ``missing_actors``) the summary
is the offline engine's; every quotation the rules left open is answered ``unnamed`` (the
rules are what the mock knows) and no actor is added. For a free-generation prompt the
answer is the offline engine's briefing as a draft (text copied from the article). For the
daily top line (a ``top_line`` asked about the day's ``<items>``) the answer is written
from those items by rule, as the offline top line is: the most-reported events in their
sources' words and the figures sources disagree on. Any other schema gets the keys it
requires, filled from the same briefing where a key matches and with an empty value of the
right type elsewhere.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Final

from summarizer.testing.openai_server import Reply, ScriptedServer, article_from_request

MOCK_MODEL: Final = "mock-offline"
MOCK_NOTE: Final = (
    f"{MOCK_MODEL} is a mock, not a model: it answers from the offline engine, so every output made "
    "through it is a mock (its scores say nothing about any model)"
)
QUOTE_MARK = re.compile(r"\[q\d+\]")
# The tags on lines of their own (the system message names them in a sentence); the prompt
# escapes any close tag inside the items.
ITEMS_BLOCK = re.compile(r"^<items>\n(.*)\n</items>$", re.DOTALL | re.MULTILINE)
UNNAMED: Final = "unnamed"
# A client silent this long in the middle of a request (or between requests) is dropped.
CLIENT_TIMEOUT_S: Final = 30.0


def request_schema(body: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema the request asks the answer to follow, wherever the dialect puts it."""
    response_format = body.get("response_format")
    if isinstance(response_format, dict):
        if isinstance(inner := response_format.get("json_schema"), dict) and "schema" in inner:
            return dict(inner["schema"])
        if isinstance(response_format.get("schema"), dict):
            return dict(response_format["schema"])
    for tool in body.get("tools") or []:
        parameters = tool.get("function", {}).get("parameters")
        if isinstance(parameters, dict):
            return dict(parameters)
    return None


@lru_cache(maxsize=256)
def offline_draft(article_text: str) -> dict[str, Any]:
    """The offline engine's briefing of ``article_text`` as an LLM-facing draft."""
    from summarizer.article import Article
    from summarizer.engines.extractive import ExtractiveEngine

    if not article_text.strip():
        return {"summary": "", "actors": [], "quotes": [], "figures": [], "incidents": []}
    briefing = ExtractiveEngine().brief(Article(text=article_text), None)
    return draft_from(briefing.model_dump(mode="json"))


def draft_from(briefing: dict[str, Any]) -> dict[str, Any]:
    """A dumped briefing without what the pipeline computes (spans, ids, match status)."""
    data = {k: briefing[k] for k in ("summary", "actors", "quotes", "figures", "incidents")}
    for key, computed in [
        ("actors", ("mentions", "match")),
        ("quotes", ("id", "span", "match")),
        ("figures", ("span", "match")),
        ("incidents", ("evidence_span", "match")),
    ]:
        data[key] = [{k: v for k, v in item.items() if k not in computed} for item in data[key]]
    return data


def mock_answer(body: dict[str, Any]) -> dict[str, Any]:
    """What the mock answers to one chat completion request."""
    article = QUOTE_MARK.sub("", article_from_request(body))
    draft = offline_draft(article)
    schema = request_schema(body)
    if schema is None:
        return draft
    properties = schema.get("properties", {})
    if "top_line" in properties and (items := _day_items(body)) is not None:
        return {"top_line": top_line_from(items)}
    if "speakers" in properties or "missing_actors" in properties:  # the grounded prompt's labels
        answer: dict[str, Any] = {"summary": draft["summary"], "missing_actors": []}
        if "speakers" in properties:
            speakers = _resolve(schema, properties["speakers"])
            answer["speakers"] = {key: UNNAMED for key in speakers.get("properties", {})}
        return answer
    return {
        key: draft[key] if key in draft else _empty(_resolve(schema, properties.get(key, {})))
        for key in properties
        if key in draft or key in schema.get("required", [])
    }


def _day_items(body: dict[str, Any]) -> dict[str, Any] | None:
    """The day's merged items the top line prompt sends between ``<items>`` tags."""
    for message in body.get("messages", []):
        content = message.get("content")
        if isinstance(content, str) and (found := ITEMS_BLOCK.search(content)):
            try:
                items = json.loads(found.group(1))
            except json.JSONDecodeError:
                return None
            return items if isinstance(items, dict) else None
    return None


def top_line_from(items: dict[str, Any]) -> str:
    """A top line written from the items alone, as the offline top line is (one prose
    builder for both): every name and number in it is one the items hold, as the top
    line's check requires."""
    from summarizer.daily.topline import prose_top_line

    events = [e for e in items.get("events", []) if isinstance(e, dict)]
    return prose_top_line(events)


def _resolve(schema: dict[str, Any], part: dict[str, Any]) -> dict[str, Any]:
    """``part`` with a local ``$ref`` (``#/$defs/Name``) followed."""
    ref = part.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = schema
        for step in ref[2:].split("/"):
            target = target.get(step, {})
        return dict(target)
    return part


def _empty(part: dict[str, Any]) -> Any:
    kind = part.get("type")
    if "enum" in part:
        return part["enum"][0]
    return {"array": [], "object": {}, "integer": 0, "number": 0, "boolean": False, "null": None}.get(
        str(kind), f"(mock answer from {MOCK_MODEL})"
    )


def respond(body: dict[str, Any]) -> Reply:
    """The mock's reply, with token counts that grow with what was sent and answered."""
    answer = mock_answer(body)
    sent = len(json.dumps(body.get("messages", [])))
    return Reply(
        answer, prompt_tokens=max(1, sent // 4), completion_tokens=max(1, len(json.dumps(answer)) // 4)
    )


def mock_server(
    port: int = 0,
    host: str = "127.0.0.1",
    client_timeout_s: float = CLIENT_TIMEOUT_S,
    keep_requests: bool = True,
) -> ScriptedServer:
    """A loopback endpoint that lists and answers as ``mock-offline`` (start it with ``with``);
    ``keep_requests=False`` for one that runs for long (``mock-llm``): no request is kept."""
    server = ScriptedServer(
        default=respond,
        host=host,
        port=port,
        model_name=MOCK_MODEL,
        client_timeout_s=client_timeout_s,
        keep_requests=keep_requests,
    )
    server.models = [MOCK_MODEL]
    return server
