"""Briefing schema, version 4: version 3 plus the language the article was read in.

New in v4:

* ``language``: the article's language (ISO 639-1) as the briefing read it, and
  ``language_source``: ``given`` (by the caller: ``--lang``, a JSONL or front-matter field,
  the API), ``detected`` (from the text), or ``default`` (too short or too unsure to
  detect: read as English). The offline engine has rules for English, German, French and
  Spanish; an article in any other language is read with the English rules and the
  briefing carries a ``language_unsupported`` warning saying so.

Everything else is v3's. A v1, v2 or v3 briefing is a valid v4 briefing once its version
string is updated: those releases read every article as English, so it says ``en`` and
``default``; ``Briefing`` does that on load, so stored records of earlier versions can
still be read.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import Field, model_validator

from summarizer.models import briefing_v1 as v1
from summarizer.models import briefing_v2 as v2
from summarizer.models import briefing_v3 as v3
from summarizer.models.briefing_v3 import (
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
from summarizer.models.common import Strict

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
    "LanguageSource",
    "Provenance",
    "Quote",
    "QuoteDraft",
    "QuoteKind",
    "WarningCode",
]

SCHEMA_VERSION: Final = "briefing/v4"
_EARLIER = (v1.SCHEMA_VERSION, v2.SCHEMA_VERSION, v3.SCHEMA_VERSION)

WarningCode = Literal[v2.WarningCode, "language_unsupported"]
LanguageSource = Literal["given", "detected", "default"]


class BriefingWarning(Strict):
    code: WarningCode
    message: str
    item: str | None = Field(default=None, description="The dropped or doubtful item, as text.")


class Provenance(v3.Provenance):
    schema_version: str = SCHEMA_VERSION


class Briefing(v3.Briefing):
    """v3's briefing with the article's language."""

    schema_version: Literal["briefing/v4"] = SCHEMA_VERSION  # type: ignore[assignment]
    language: str = Field(
        default="en",
        pattern=r"^[a-z]{2}$",
        description="The article's language (ISO 639-1), as the briefing read it.",
    )
    language_source: LanguageSource = Field(
        default="default",
        description="given by the caller, detected from the text, or the default (English) "
        "when the text was too short or the detector too unsure.",
    )
    warnings: list[BriefingWarning] = Field(default_factory=list)  # type: ignore[assignment]
    provenance: Provenance

    # Named as v2's upgrade so that it replaces it: an earlier briefing becomes v4 at once.
    @model_validator(mode="before")
    @classmethod
    def _upgrade_v1(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("schema_version") in _EARLIER:
            data = {**data, "schema_version": SCHEMA_VERSION}
        return data
