"""The eval run record: a typed, versioned document (``eval-record/v1``).

A record holds everything needed to re-score or compare a run without calling a model:
the git revision, the set, and per variant the engine identity, the prompt, every output and
every score. Records are read back with ``load_record``, which names the file and the problem
in one line when a file is not a record; a record written before the format had a version
(no ``format`` field) still loads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from summarizer.errors import InputError

RECORD_FORMAT: Final = "eval-record/v1"


class VariantRun(BaseModel):
    model_config = ConfigDict(extra="forbid")

    identity: dict[str, Any]
    prompt: str
    outputs: list[dict[str, Any]]
    scores: dict[str, Any]
    # What the LLM calls the run sent cost, in USD at list prices; None when a price is
    # unknown (an endpoint other than OpenAI's, an unlisted model) or the record predates it.
    cost_usd: float | None = None


class EvalRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["eval-record/v1"] = RECORD_FORMAT
    created_at: str
    git_revision: str | None
    schema_version: str
    set: str
    repeats: int
    # A digest of the set's gold files: records scored on different gold do not compare.
    gold: str | None = None
    variants: dict[str, VariantRun]
    comparison: list[dict[str, Any]] | None = None
    # A re-scored record is a new record: where its outputs came from, and when.
    rescored_from: str | None = None
    rescored_at: str | None = None


def load_record(path: Path) -> EvalRecord:
    """The record at ``path``, or an ``InputError`` naming the file and what is wrong."""
    try:
        return EvalRecord.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise InputError(f"cannot read the run record {path}: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} is not JSON: {exc.msg} at line {exc.lineno}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the document"
        raise InputError(
            f"{path} is not an eval run record ({RECORD_FORMAT}): {where}: {first['msg']}"
        ) from exc
