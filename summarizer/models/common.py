"""Types shared by every schema version."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Strict(BaseModel):
    """Base for every schema model: unknown fields are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid")


# One set of field names per model class, shared by every instance given every field.
_EVERY_FIELD: dict[type[BaseModel], set[str]] = {}
ModelT = TypeVar("ModelT", bound=BaseModel)


def sharing_fields_set(model: ModelT) -> ModelT:
    """``model`` holding the one set of its class's field names, when it was given every
    field, instead of a set of its own: pydantic keeps each instance's set of the fields it
    was given, 216 to 728 bytes, more than the rest of a small model. A day of 10,000
    articles makes about 200,000 reports and figure values, each with a source and a span:
    sharing saves about 1 KB apiece. Nothing changes: the set is only ever added to (on
    assignment, or by ``model_copy``, which copies it first), and adding a field name to
    a set of every field name leaves it as it was."""
    fields = model.__pydantic_fields_set__
    if fields == type(model).model_fields.keys():
        object.__setattr__(model, "__pydantic_fields_set__", _EVERY_FIELD.setdefault(type(model), fields))
    return model


_SCHEMA_CACHE: dict[tuple[Any, ...], str] = {}


class CachedSchema(Strict):
    """A model whose JSON schema is generated once per set of arguments.

    instructor asks the response model for its schema on every request, and generating the
    briefing draft's schema costs about 15 ms, most of the pipeline's own time per article.
    The schema is kept as JSON text and parsed for each caller (five times cheaper than a
    deep copy), so nothing a caller does to its copy reaches the cache.
    """

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        key = (cls, args, tuple(sorted(kwargs.items())))
        if key not in _SCHEMA_CACHE:
            _SCHEMA_CACHE[key] = json.dumps(super().model_json_schema(*args, **kwargs))
        schema: dict[str, Any] = json.loads(_SCHEMA_CACHE[key])
        return schema


class Span(Strict):
    """Half-open character range ``[start, end)`` into the article text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self


MatchStatus = Literal["exact", "fuzzy"]


def content_id(text: str) -> str:
    """Stable article id: a short hash of the text, so the same article always has one id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class ArticleMeta(Strict):
    """What a briefing records about its article (the text itself stays with the caller)."""

    id: str
    title: str | None = None
    source: str | None = None
    published: date | None = None
    url: str | None = None


class Usage(Strict):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )
