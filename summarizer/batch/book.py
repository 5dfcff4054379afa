"""The answer book: what a batch answered, for one article's run through the engine.

The engine builds its requests exactly as it would send them; the book answers each from
the batch by the hash of its body (``request_key``), or stops the call and keeps the
request (``summarizer.llm.transport.answers_from``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from summarizer.llm.transport import DeferredAnswer
from summarizer.store.batches import Answer


def request_key(body: bytes | dict[str, Any]) -> str:
    """A request's identity: the hash of its JSON body with keys in order."""
    data = json.loads(body) if isinstance(body, bytes) else body
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


class RequestDeferred(DeferredAnswer):
    """The engine made a request that the batch has not answered (yet)."""


class RequestFailed(DeferredAnswer):
    """The batch answered the request with an error: the article fails with it."""


@dataclass
class AnswerBook:
    """What the batch answered, for one article's run through the engine."""

    answers: dict[str, Answer]  # status, body, error
    send_the_rest: bool = False
    unanswered: list[dict[str, Any]] = field(default_factory=list)

    def answer(self, body: bytes) -> tuple[int, bytes] | None:
        key = request_key(body)
        found = self.answers.get(key)
        if found is not None:
            status, content, error = found
            if error is not None or status is None or content is None or status >= 400:
                raise RequestFailed(error or f"the batch answered HTTP {status}")
            return status, content
        if self.send_the_rest:
            return None
        self.unanswered.append(json.loads(body))
        raise RequestDeferred(key)


def read_results(content: bytes) -> dict[str, Answer]:
    """Lines of a batch output or error file, by ``custom_id``: the HTTP status and body of
    the response, or the error. A line that cannot be read is skipped (its request then
    counts as unanswered, and its article fails with that reason); a line whose answer has
    the wrong shape fails its request with a reason that says so."""
    found: dict[str, Answer] = {}
    for line in content.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
            rkey = str(record["custom_id"])
        except (ValueError, KeyError, TypeError, RecursionError):
            continue
        found[rkey] = answer_of(record)
    return found


def answer_of(record: dict[str, Any]) -> Answer:
    """One line's answer. The file comes from the endpoint: every field is checked for its
    shape before it is read, so one odd line fails its own article, never the collect."""
    error, response = record.get("error"), record.get("response")
    if error:
        if not isinstance(error, dict):
            return None, None, f"the batch reported an error: {_shown(error)}"
        return (
            None,
            None,
            f"{_shown(error.get('code', 'error'))}: {_shown(error.get('message', ''))}".strip(": "),
        )
    if not isinstance(response, dict):
        return None, None, f"the batch's line holds no response object (it holds {type(response).__name__})"
    code, body = response.get("status_code"), response.get("body")
    if not isinstance(code, int):
        return None, None, "the batch's response has no HTTP status"
    if code >= 400:
        detail = body.get("error") if isinstance(body, dict) else body
        message = detail.get("message", "") if isinstance(detail, dict) else detail or ""
        return code, None, f"HTTP {code}: {_shown(message)}".rstrip(": ")
    if not isinstance(body, dict):
        return code, None, f"the batch's response body is not a JSON object (HTTP {code})"
    return code, json.dumps(body).encode("utf-8"), None


def _shown(value: object) -> str:
    """A value from the endpoint as a short line of text."""
    return " ".join(str(value).split())[:300]
