"""Ground a whole draft: every quote, figure, actor and incident is looked up in the
article (``grounding.align``, ``grounding.figures``); whatever fails is collected, so the
caller can re-ask once, and is otherwise dropped with a warning. Identical items are merged;
references to dropped actors are re-anchored to a namesake or cleared, with a warning."""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.grounding.align import _needle_key, article_index
from summarizer.grounding.figures import ground_figure
from summarizer.models import (
    Actor,
    ActorDraft,
    BriefingDraft,
    BriefingWarning,
    Figure,
    Incident,
    Quote,
)
from summarizer.models.common import MatchStatus
from summarizer.text.normalize import normalize
from summarizer.text.terms import quoted_in_passing


@dataclass
class Grounded:
    """The outcome of grounding one draft."""

    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    warnings: list[BriefingWarning] = field(default_factory=list)
    # Human-readable descriptions of the items that could not be found (for the re-ask).
    ungrounded: list[str] = field(default_factory=list)

    @property
    def item_count(self) -> int:
        return len(self.actors) + len(self.quotes) + len(self.figures) + len(self.incidents)


def ground_draft(draft: BriefingDraft, text: str, lang: str = "en") -> Grounded:
    """Every item of ``draft`` looked up in ``text``. A grounded item is built from its
    draft's fields as they stand (``__dict__``: validated already, and every field a
    string, a date or a list of strings, which validation copies), not a dump of them."""
    index = article_index(text, lang)
    out = Grounded()
    dropped_actors: list[ActorDraft] = []

    def drop(code: str, message: str, item: str) -> None:
        out.warnings.append(BriefingWarning(code=code, message=message, item=item))
        out.ungrounded.append(f"- {message}: {item}")

    for actor in draft.actors:
        names = [
            actor.name,
            *actor.aliases,
            *([actor.canonical_name] if actor.canonical_name else []),
        ]
        mentions = sorted(
            {(s.start, s.end): s for n in names for s in index.find_all_exact(n)}.values(),
            key=lambda s: s.start,
        )
        status: MatchStatus = "exact"
        if not mentions:
            fuzzy = next((m for n in names if (m := index.align_text(n)) is not None), None)
            if fuzzy is None:
                drop("ungrounded_actor", "actor not named in the article", actor.name)
                dropped_actors.append(actor)
                continue
            mentions, status = [fuzzy.span], "fuzzy"
        out.actors.append(Actor(**actor.__dict__, mentions=mentions, match=status))

    for figure in draft.figures:
        grounded, problem = ground_figure(index, figure)
        if grounded is None:
            code = (
                "ungrounded_figure"
                if problem == "figure not found in the article"
                else "figure_value_mismatch"
            )
            drop(code, problem, figure.text)
            continue
        out.figures.append(grounded)

    for number, quote in enumerate(draft.quotes, start=1):
        quote_match = index.align_quote(quote.text)
        if quote_match is None:
            drop("ungrounded_quote", "quotation not found verbatim in the article", quote.text)
            continue
        span = quote_match.span
        if quote.kind == "direct" and quoted_in_passing(text, span.start, span.end):
            quote = quote.model_copy(update={"kind": "partial"})  # the text says what it is
        out.quotes.append(
            Quote(
                **quote.__dict__,
                id=f"q{number}",
                span=quote_match.span,
                match=quote_match.status,
            )
        )

    for incident in draft.incidents:
        evidence = index.align_text(incident.evidence, min_score=85.0)
        if evidence is None:
            drop(
                "ungrounded_incident",
                "incident evidence not found in the article",
                incident.evidence,
            )
            continue
        out.incidents.append(
            Incident(**incident.__dict__, evidence_span=evidence.span, match=evidence.status)
        )

    replaced = merge_duplicates(out)
    replaced |= reanchored(dropped_actors, out.actors)
    clear_dangling_references(out, replaced, {a.id: a.name for a in dropped_actors})
    return out


def merge_duplicates(out: Grounded) -> dict[str, str]:
    """Identical items kept once: quotes with one span (and not two speakers), figures with
    one span and value, actors with one name, incidents of one type with one evidence span
    (a model that loops returns one lede nine times). The first copy stays, filled in from the others where it
    is blank; the answer maps each dropped copy's id to the id that now stands for it."""
    replaced: dict[str, str] = {}
    actors: dict[str, Actor] = {}
    for actor in out.actors:
        kept = actors.setdefault(_needle_key(actor.name), actor)  # normalised when it was grounded
        if kept is not actor:
            replaced.setdefault(actor.id, kept.id)
            kept.aliases += [a for a in actor.aliases if a not in kept.aliases]
    out.actors = list(actors.values())
    quotes: list[Quote] = []
    by_span: dict[tuple[int, int], Quote] = {}
    for quote in out.quotes:
        first = by_span.setdefault((quote.span.start, quote.span.end), quote)
        if first is quote:
            quotes.append(quote)
        elif None in (first.speaker, quote.speaker) or first.speaker == quote.speaker:
            first.speaker = first.speaker or quote.speaker
        else:  # one short phrase quoted twice, by two speakers ("all"): both stay
            quotes.append(quote)
    out.quotes = quotes
    figures: dict[tuple[int, int, float | None, float | None], Figure] = {}
    for figure in out.figures:
        same = figures.setdefault(
            (figure.span.start, figure.span.end, figure.value, figure.value_high), figure
        )
        if same is not figure:
            replaced.setdefault(figure.id, same.id)
            same.claimed_by = same.claimed_by or figure.claimed_by
    out.figures = list(figures.values())
    incidents: dict[tuple[int, int, str], Incident] = {}
    for incident in out.incidents:
        one = incidents.setdefault(
            (incident.evidence_span.start, incident.evidence_span.end, incident.type), incident
        )
        if one is not incident:
            for name in ("perpetrators", "targets", "casualty_figures"):
                refs: list[str] = getattr(one, name)
                refs += [r for r in getattr(incident, name) if r not in refs]
    out.incidents = list(incidents.values())
    return replaced


def _name_forms(actor: ActorDraft) -> set[str]:
    """An actor's names, normalised, with the last word of each (a surname)."""
    names = {normalize(n) for n in [actor.name, *actor.aliases, actor.canonical_name or ""] if n}
    return names | {n.split()[-1] for n in names if len(n.split()) > 1 and len(n.split()[-1]) >= 3}


def reanchored(dropped: list[ActorDraft], kept: list[Actor]) -> dict[str, str]:
    """For each dropped actor, the one kept actor with the same name or surname, if there
    is exactly one: references to the dropped actor then go to it."""
    if not dropped:
        return {}
    forms = [(actor, _name_forms(actor)) for actor in kept]
    anchors: dict[str, str] = {}
    for actor in dropped:
        mine = _name_forms(actor)
        same = [other.id for other, theirs in forms if mine & theirs]
        if len(same) == 1:
            anchors.setdefault(actor.id, same[0])
    return anchors


def clear_dangling_references(
    out: Grounded, replaced: dict[str, str] | None = None, names: dict[str, str] | None = None
) -> None:
    """References to merged or re-anchored items follow ``replaced``; references to dropped
    actors or figures are removed, each with a warning that names what was dropped
    (``names``: actor id to name, when known)."""
    replaced = replaced or {}
    names = names or {}
    actor_ids = {a.id for a in out.actors}
    figure_ids = {f.id for f in out.figures}

    def warn(message: str) -> None:
        out.warnings.append(BriefingWarning(code="dangling_reference", message=message))

    def actor(ref: str | None) -> str | None:
        if ref is None or ref in actor_ids:
            return ref
        return replaced.get(ref)

    def named(ref: str) -> str:
        return f"{ref} ({names[ref]!r})" if ref in names else ref

    for quote in out.quotes:
        if quote.speaker is not None and actor(quote.speaker) is None:
            warn(f"quote {quote.id}: speaker {named(quote.speaker)} was dropped; speaker left unresolved")
        quote.speaker = actor(quote.speaker)
    for figure in out.figures:
        if figure.claimed_by is not None and actor(figure.claimed_by) is None:
            warn(f"figure {figure.id}: claimant {named(figure.claimed_by)} was dropped")
        figure.claimed_by = actor(figure.claimed_by)
    for incident in out.incidents:
        if incident.claimed_by is not None and actor(incident.claimed_by) is None:
            warn(f"incident {incident.id}: claimant {named(incident.claimed_by)} was dropped")
        incident.claimed_by = actor(incident.claimed_by)
        for role in ("perpetrators", "targets"):
            refs: list[str] = getattr(incident, role)
            kept = list(dict.fromkeys(a for r in refs if (a := actor(r)) is not None))
            lost = sorted(named(r) for r in refs if actor(r) is None)
            if lost:
                warn(f"incident {incident.id}: dropped {role} {lost}")
            if kept != refs:
                setattr(incident, role, kept)
        figure_refs = [replaced.get(f, f) if f not in figure_ids else f for f in incident.casualty_figures]
        kept_figures = list(dict.fromkeys(f for f in figure_refs if f in figure_ids))
        if len(kept_figures) != len(set(figure_refs)):
            warn(f"incident {incident.id}: dropped casualty figures that were not grounded")
        if kept_figures != incident.casualty_figures:
            incident.casualty_figures = kept_figures
