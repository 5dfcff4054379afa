"""Hand-labelled gold annotations (``evals/gold/<article>.json``) and their lint."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from summarizer.grounding.align import ArticleIndex


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldActor(_Gold):
    id: str
    name: str
    kind: str
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class GoldQuote(_Gold):
    text: str
    alternatives: list[str] = Field(default_factory=list)
    speaker: str | None
    kind: str = "direct"
    context: str | None = None

    @property
    def texts(self) -> list[str]:
        return [self.text, *self.alternatives]


class GoldFigure(_Gold):
    id: str
    text: str
    value: float
    value_high: float | None = None
    bound: list[str] = Field(default_factory=lambda: ["exact"])
    unit: str = "count"
    counted: str | None = None
    category: list[str]
    claimed_by: str | None = None

    _lists = field_validator("bound", "category", mode="before")(_as_list)


class GoldIncident(_Gold):
    id: str
    type: list[str]
    place: str | None = None
    alt_places: list[str] = Field(default_factory=list)
    time: str | None = None
    perpetrators: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    casualty_figures: list[str] = Field(default_factory=list)
    claimed_by: str | None = None
    status: str = "reported"
    evidence: str

    _lists = field_validator("type", mode="before")(_as_list)

    @property
    def actor_ids(self) -> set[str]:
        return {*self.perpetrators, *self.targets, *([self.claimed_by] if self.claimed_by else [])}


class Gold(_Gold):
    # The article's file name without ".txt", beside the gold or in the set's folder: a plain
    # name, so that a gold file can never point the scorer at a file elsewhere.
    article: str = Field(pattern=r"^[\w][\w.-]{0,199}$")
    # Where the article comes from: one of the five seeds; written for development (the
    # offline engine's rules were changed while reading it); or written and set aside
    # ("unseen": no rule was ever changed because of it). Each origin is its own eval set.
    origin: Literal["seed", "invented", "unseen"] = "seed"
    # The article's language (ISO 639-1): the eval passes it as given, so a detector's
    # mistake is scored separately from the rules' reading; absent means English.
    language: str = Field(default="en", pattern=r"^[a-z]{2}$")
    published: dt.date | None = None
    notes: list[str] = Field(default_factory=list)
    actors: list[GoldActor]
    quotes: list[GoldQuote]
    figures: list[GoldFigure]
    incidents: list[GoldIncident]


def load_gold(path: Path) -> Gold:
    return Gold.model_validate_json(path.read_text(encoding="utf-8"))


def lint_gold(gold: Gold, text: str) -> list[str]:
    """Every problem with a gold file: text not in the article, ids that do not resolve."""
    index = ArticleIndex(text, gold.language)
    problems: list[str] = []
    actor_ids = {a.id for a in gold.actors}
    figure_ids = {f.id for f in gold.figures}
    for actor in gold.actors:
        if not any(index.find_all_exact(n) for n in actor.names):
            problems.append(f"actor {actor.id} {actor.name!r} is not named in the article")
    for quote in gold.quotes:
        for variant in quote.texts:
            if index.align_quote(variant) is None:
                problems.append(f"quote not found verbatim: {variant[:60]!r}")
        if quote.speaker is not None and quote.speaker not in actor_ids:
            problems.append(f"quote {quote.text[:30]!r}: speaker {quote.speaker} is not a gold actor")
    for figure in gold.figures:
        if index.find_exact(figure.text) is None:
            problems.append(f"figure {figure.id} {figure.text!r} not found in the article")
        if figure.claimed_by is not None and figure.claimed_by not in actor_ids:
            problems.append(f"figure {figure.id}: claimant {figure.claimed_by} is not a gold actor")
    for incident in gold.incidents:
        if index.find_exact(incident.evidence) is None:
            problems.append(f"incident {incident.id}: evidence not found in the article")
        for ref in incident.actor_ids - actor_ids:
            problems.append(f"incident {incident.id}: actor {ref} is not a gold actor")
        for ref in set(incident.casualty_figures) - figure_ids:
            problems.append(f"incident {incident.id}: figure {ref} is not a gold figure")
    for kind, ids in (("actor", [a.id for a in gold.actors]), ("figure", [f.id for f in gold.figures])):
        if len(ids) != len(set(ids)):
            problems.append(f"duplicate {kind} ids")
    return problems
