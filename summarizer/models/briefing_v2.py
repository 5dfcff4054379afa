"""Briefing schema, version 2: version 1 plus what the trust boundary records.

New in v2:

* warning codes for what grounding now checks beyond items: instructions found inside the
  article (``instruction_in_article``), a quote whose speaker is not named near it
  (``speaker_unverified``), free text of the model's (a summary sentence, an incident's
  description) with a name or number the article does not carry (``text_ungrounded``), a
  configured secret removed from the model's reply
  (``secret_redacted``), and an article id shared with a different text (``duplicate_id``);
* ``instruction_passages``: the spans of the article that read as instructions to a model.

Items and the LLM-facing draft are unchanged from v1 (the draft schema stays
``briefing-draft.v1``). A v1 briefing is a valid v2 briefing once its version string is
updated; ``Briefing`` does that on load, so stored v1 records can still be read.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import Field, model_validator

from summarizer.models import briefing_v1 as v1
from summarizer.models.briefing_v1 import (
    Actor,
    ActorDraft,
    ActorKind,
    Bound,
    BriefingDraft,
    EngineKind,
    Figure,
    FigureCategory,
    FigureDraft,
    Incident,
    IncidentDraft,
    IncidentStatus,
    IncidentType,
    Quote,
    QuoteDraft,
    QuoteKind,
)
from summarizer.models.common import Span, Strict

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorDraft",
    "ActorKind",
    "Bound",
    "Briefing",
    "BriefingDraft",
    "BriefingWarning",
    "EngineKind",
    "Figure",
    "FigureCategory",
    "FigureDraft",
    "Incident",
    "IncidentDraft",
    "IncidentStatus",
    "IncidentType",
    "Provenance",
    "Quote",
    "QuoteDraft",
    "QuoteKind",
    "WarningCode",
]

SCHEMA_VERSION: Final = "briefing/v2"

WarningCode = Literal[
    v1.WarningCode,
    "instruction_in_article",
    "speaker_unverified",
    "text_ungrounded",
    "secret_redacted",
    "duplicate_id",
]


class BriefingWarning(Strict):
    code: WarningCode
    message: str
    item: str | None = Field(default=None, description="The dropped or doubtful item, as text.")


class Provenance(v1.Provenance):
    schema_version: str = SCHEMA_VERSION


class Briefing(v1.Briefing):
    """v1's briefing with v2's warnings, provenance and ``instruction_passages``."""

    schema_version: Literal["briefing/v2"] = SCHEMA_VERSION  # type: ignore[assignment]
    warnings: list[BriefingWarning] = Field(default_factory=list)  # type: ignore[assignment]
    instruction_passages: list[Span] = Field(
        default_factory=list,
        description="Passages of the article that read as instructions to a model; no item "
        "is taken from them.",
    )
    provenance: Provenance

    @model_validator(mode="before")
    @classmethod
    def _upgrade_v1(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("schema_version") == v1.SCHEMA_VERSION:
            data = {**data, "schema_version": SCHEMA_VERSION}
        return data
