"""Pydantic schemas, one module per released version."""

from summarizer.models.briefing_v3 import (
    SCHEMA_VERSION,
    Actor,
    ActorDraft,
    Briefing,
    BriefingDraft,
    BriefingWarning,
    Figure,
    FigureDraft,
    Incident,
    IncidentDraft,
    Provenance,
    Quote,
    QuoteDraft,
)
from summarizer.models.common import ArticleMeta, Span, Usage, content_id

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorDraft",
    "ArticleMeta",
    "Briefing",
    "BriefingDraft",
    "BriefingWarning",
    "Figure",
    "FigureDraft",
    "Incident",
    "IncidentDraft",
    "Provenance",
    "Quote",
    "QuoteDraft",
    "Span",
    "Usage",
    "content_id",
]
