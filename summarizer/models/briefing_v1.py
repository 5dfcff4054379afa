"""Briefing schema, version 1.

Two families of models live here:

* ``*Draft`` models are what the LLM is asked to fill: no spans, no provenance. The model
  cannot be trusted with character offsets, so it only copies text.
* The final models (``Briefing`` and its items) add what the pipeline computes: character
  spans into the article, the match status of each alignment, warnings and provenance.

A released version is never edited. Changing a field means a ``briefing_v2`` module and a
new snapshot under ``schemas/`` (``tests/models/test_schema_snapshots.py`` enforces this).
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal

from pydantic import Field, model_validator

from summarizer.models.common import ArticleMeta, CachedSchema, MatchStatus, Span, Strict, Usage

SCHEMA_VERSION: Final = "briefing/v1"

ActorKind = Literal["person", "organization", "government", "military", "country", "group", "other"]
Bound = Literal["exact", "approximately", "at_least", "at_most", "more_than", "fewer_than"]
FigureCategory = Literal[
    "killed",
    "injured",
    "launched",
    "intercepted",
    "destroyed",
    "displaced",
    "damage_cost",
    "distance",
    "other",
]
# Coarse event types after ACLED (battles, explosions/remote violence, violence against
# civilians, strategic developments) and PLOVER (CONSULT, ASSAULT, PROTEST, ...).
IncidentType = Literal[
    "air_drone_strike",
    "missile_strike",
    "shelling",
    "ground_fighting",
    "interception",
    "civilian_harm",
    "evacuation",
    "talks_diplomacy",
    "statement",
    "protest",
    "disaster",
    "accident",
    "arrest",
    "political_decision",
    "other",
]
IncidentStatus = Literal["reported", "claimed", "denied", "disputed"]
QuoteKind = Literal["direct", "partial"]
EngineKind = Literal["llm", "extractive"]


# --------------------------------------------------------------------------- drafts (LLM-facing)


class ActorDraft(Strict):
    id: str = Field(description="Local key such as 'a1', used by other items to refer to it.")
    name: str = Field(description="The name exactly as written in the article.")
    canonical_name: str | None = Field(
        default=None, description="Full standard name, e.g. 'Volodymyr Zelenskyy'."
    )
    kind: ActorKind
    role: str | None = Field(default=None, description="Title or role as written.")
    affiliation: str | None = None
    aliases: list[str] = Field(
        default_factory=list, description="Other names for this actor used in the article."
    )


class QuoteDraft(Strict):
    text: str = Field(description="The quoted words copied verbatim, without quotation marks.")
    speaker: str | None = Field(
        default=None, description="Actor id of the speaker, or null when the article is silent."
    )
    speaker_as_written: str | None = None
    cue: str | None = Field(default=None, description="Reporting verb: 'said', 'told reporters'.")
    channel: str | None = Field(default=None, description="Where it was said: 'on Telegram'.")
    kind: QuoteKind = "direct"


class FigureDraft(Strict):
    id: str = Field(description="Local key such as 'f1'.")
    text: str = Field(description="The figure as written, e.g. 'at least 28'.")
    value: float | None = Field(default=None, description="The number (low end of a range).")
    value_high: float | None = Field(default=None, description="High end of a range, if any.")
    bound: Bound = "exact"
    unit: str = Field(default="count", description="count, USD, km, percent, ...")
    counted: str | None = Field(default=None, description="What is counted: 'cruise missiles'.")
    category: FigureCategory = "other"
    claimed_by: str | None = Field(default=None, description="Actor id of who states it.")


class IncidentDraft(Strict):
    id: str = Field(description="Local key such as 'i1'.")
    type: IncidentType
    description: str = Field(description="One sentence, only what the article says.")
    location: str | None = Field(default=None, description="Place as written.")
    place: str | None = Field(default=None, description="Normalized place name.")
    time: str | None = Field(default=None, description="Time as written: 'early Friday'.")
    date: dt.date | None = Field(default=None, description="Resolved date, when known.")
    perpetrators: list[str] = Field(default_factory=list, description="Actor ids.")
    targets: list[str] = Field(default_factory=list, description="Actor ids.")
    casualty_figures: list[str] = Field(default_factory=list, description="Figure ids.")
    claimed_by: str | None = Field(default=None, description="Actor id.")
    status: IncidentStatus = "reported"
    evidence: str = Field(description="A sentence copied verbatim from the article.")


def _check_references(
    actor_ids: set[str],
    figure_ids: set[str],
    quotes: list[QuoteDraft] | list[Quote],
    figures: list[FigureDraft] | list[Figure],
    incidents: list[IncidentDraft] | list[Incident],
) -> list[str]:
    """Every reference to an actor or figure id that does not resolve."""
    problems: list[str] = []

    def need(kind: str, ref: str | None, known: set[str], where: str) -> None:
        if ref is not None and ref not in known:
            problems.append(f"{where} refers to unknown {kind} id {ref!r}")

    for i, quote in enumerate(quotes):
        need("actor", quote.speaker, actor_ids, f"quotes[{i}].speaker")
    for figure in figures:
        need("actor", figure.claimed_by, actor_ids, f"figure {figure.id}.claimed_by")
    for incident in incidents:
        where = f"incident {incident.id}"
        need("actor", incident.claimed_by, actor_ids, f"{where}.claimed_by")
        for ref in [*incident.perpetrators, *incident.targets]:
            need("actor", ref, actor_ids, f"{where} actors")
        for ref in incident.casualty_figures:
            need("figure", ref, figure_ids, f"{where}.casualty_figures")
    return problems


def _check_unique(kind: str, ids: list[str]) -> list[str]:
    seen: set[str] = set()
    dupes: set[str] = set()
    for item_id in ids:
        (dupes if item_id in seen else seen).add(item_id)
    return [f"duplicate {kind} id {d!r}" for d in sorted(dupes)]


def _raise_reference_problems(
    actors: list[ActorDraft] | list[Actor],
    quotes: list[QuoteDraft] | list[Quote],
    figures: list[FigureDraft] | list[Figure],
    incidents: list[IncidentDraft] | list[Incident],
    quote_ids: list[str] | None,
) -> None:
    """Ids are unique per kind and every reference resolves; else one error naming all."""
    actor_ids = [a.id for a in actors]
    figure_ids = [f.id for f in figures]
    problems = _check_unique("actor", actor_ids) + _check_unique("figure", figure_ids)
    problems += _check_unique("incident", [i.id for i in incidents])
    if quote_ids is not None:
        problems += _check_unique("quote", quote_ids)
    problems += _check_references(set(actor_ids), set(figure_ids), quotes, figures, incidents)
    if problems:
        raise ValueError("; ".join(problems))


class BriefingDraft(CachedSchema):
    """What the LLM returns for one article."""

    summary: str = Field(description="2-4 sentences; nothing the article does not say.")
    actors: list[ActorDraft] = Field(default_factory=list)
    quotes: list[QuoteDraft] = Field(default_factory=list)
    figures: list[FigureDraft] = Field(default_factory=list)
    incidents: list[IncidentDraft] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_resolve(self) -> BriefingDraft:
        _raise_reference_problems(self.actors, self.quotes, self.figures, self.incidents, quote_ids=None)
        return self


# --------------------------------------------------------------------------- final briefing


class Actor(ActorDraft):
    mentions: list[Span] = Field(default_factory=list)
    match: MatchStatus = "exact"


class Quote(QuoteDraft):
    id: str
    span: Span
    match: MatchStatus = "exact"


class Figure(FigureDraft):
    span: Span
    match: MatchStatus = "exact"


class Incident(IncidentDraft):
    evidence_span: Span
    match: MatchStatus = "exact"


WarningCode = Literal[
    "ungrounded_quote",
    "ungrounded_figure",
    "ungrounded_actor",
    "ungrounded_incident",
    "figure_value_mismatch",
    "dangling_reference",
    "summary_sentences",
    "uncertain",
]


class BriefingWarning(Strict):
    code: WarningCode
    message: str
    item: str | None = Field(default=None, description="The dropped or doubtful item, as text.")


class Provenance(Strict):
    engine: EngineKind
    model: str | None = None
    prompt_id: str | None = None
    prompt_version: str | None = None
    prompt_hash: str | None = None
    schema_version: str = SCHEMA_VERSION
    created_at: dt.datetime
    usage: Usage = Field(default_factory=Usage)
    llm_calls: int = Field(default=0, description="HTTP requests that reached the endpoint.")
    attempts: int = Field(default=0, description="Structured-output attempts, re-asks included.")
    transport_retries: int = 0
    validation_reasks: int = 0
    grounding_reasks: int = 0
    latency_ms: float = 0.0
    parameters: dict[str, float | int | str | None] = Field(default_factory=dict)


class Briefing(Strict):
    schema_version: Literal["briefing/v1"] = SCHEMA_VERSION
    article: ArticleMeta
    summary: str
    actors: list[Actor] = Field(default_factory=list)
    incidents: list[Incident] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    warnings: list[BriefingWarning] = Field(default_factory=list)
    provenance: Provenance

    @model_validator(mode="after")
    def _references_resolve(self) -> Briefing:
        quote_ids = [q.id for q in self.quotes]
        _raise_reference_problems(self.actors, self.quotes, self.figures, self.incidents, quote_ids)
        return self

    @property
    def engine(self) -> str:
        return self.provenance.engine
