"""Briefing schema, version 3: version 2 plus what the briefing cost.

New in v3:

* ``provenance.cost_usd``: what the LLM calls behind the briefing cost, in US dollars at the
  list prices of pydantic's genai-prices table (OpenAI's Batch API at its discount); ``null``
  when no price is listed for the endpoint or model (a local server, a vLLM fleet, an
  unlisted model): unknown, never zero. The offline engine's briefings cost 0.

Everything else is v2's. A v1 or v2 briefing is a valid v3 briefing once its version
string is updated (its cost is then unknown); ``Briefing`` does that on load, so stored
records of earlier versions can still be read.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import Field, model_validator

from summarizer.models import briefing_v1 as v1
from summarizer.models import briefing_v2 as v2
from summarizer.models.briefing_v2 import (
    Actor,
    ActorDraft,
    ActorKind,
    Bound,
    BriefingDraft,
    BriefingWarning,
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
    WarningCode,
)

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

SCHEMA_VERSION: Final = "briefing/v3"
_EARLIER = (v1.SCHEMA_VERSION, v2.SCHEMA_VERSION)


class Provenance(v2.Provenance):
    schema_version: str = SCHEMA_VERSION
    cost_usd: float | None = Field(
        default=None,
        ge=0,
        description="What the LLM calls cost in USD at list prices; null when no price is listed "
        "for the endpoint or model (unknown, never zero); 0 for the offline engine.",
    )


class Briefing(v2.Briefing):
    """v2's briefing with v3's provenance."""

    schema_version: Literal["briefing/v3"] = SCHEMA_VERSION  # type: ignore[assignment]
    provenance: Provenance

    # Named as v2's upgrade so that it replaces it: an earlier briefing becomes v3 at once.
    @model_validator(mode="before")
    @classmethod
    def _upgrade_v1(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("schema_version") in _EARLIER:
            data = {**data, "schema_version": SCHEMA_VERSION}
        return data
