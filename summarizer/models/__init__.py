"""Pydantic schemas, one module per released version.

Import the current schema from here (``from summarizer.models import Briefing``): the
versioned modules (``briefing_v1`` to ``briefing_v3``) stay for loading
documents written by older releases, and a schema bump changes this file, not its users."""

from summarizer.models.briefing_v4 import (
    SCHEMA_VERSION,
    Actor,
    ActorDraft,
    ActorKind,
    Bound,
    Briefing,
    BriefingDraft,
    BriefingWarning,
    Figure,
    FigureCategory,
    FigureDraft,
    Incident,
    IncidentDraft,
    IncidentStatus,
    IncidentType,
    LanguageSource,
    Provenance,
    Quote,
    QuoteDraft,
)
from summarizer.models.common import ArticleMeta, Span, Usage, content_id

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorDraft",
    "ActorKind",
    "ArticleMeta",
    "Bound",
    "Briefing",
    "BriefingDraft",
    "BriefingWarning",
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
    "Span",
    "Usage",
    "content_id",
]
