"""Turn the model's labels on a marked article into briefing items.

Every quotation, number and evidence sentence keeps the span the text layer found, so
nothing the model writes can move an item off the article. The model's answers decide who
said each quotation the rules could not attribute (when the article names that speaker
near it), and which actors the rules missed (aligned to the article like any engine's
names, and dropped with a warning when the article does not name them).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable

from pydantic import BaseModel

from summarizer.engines.extractive.speaker_phrases import speaker_kind
from summarizer.engines.grounded.labels import UNNAMED, answers
from summarizer.engines.grounded.reading import Reading
from summarizer.grounding.draft import Grounded, ground_draft
from summarizer.linkage import name_key
from summarizer.models import (
    Actor,
    ActorDraft,
    BriefingDraft,
    BriefingWarning,
)
from summarizer.text.segment import paragraphs

# A reply that gives one answer to this many questions or more carries no information: a
# small model that has started a pattern repeats it (the same name for every quotation).
UNIFORM_AT = 3


def informative(found: dict[str, str], what: str, out: Grounded) -> dict[str, str]:
    """``found`` unless every answer in it is the same; then nothing, with a warning."""
    if len(found) >= UNIFORM_AT and len(set(found.values())) == 1:
        out.warnings.append(
            BriefingWarning(
                code="uncertain",
                message=f"the model gave one answer ({next(iter(found.values()))}) for all "
                f"{len(found)} {what}; its answers were set aside and the text layer's kept",
            )
        )
        return {}
    return found


def apply_labels(reading: Reading, labels: BaseModel) -> Grounded:
    out = Grounded()
    out.actors = list(reading.rules.actors) + _missing_actors(reading, labels, out)
    by_name = {name_key(a.name): a.id for a in out.actors}
    said = informative(answers(labels, "speakers"), "quotations", out)
    near = _named_near(reading.text, out.actors)
    for quote in reading.rules.quotes:
        answer = said.get(quote.id)  # asked only where the rules found no speaker
        speaker = by_name.get(name_key(answer)) if answer not in (None, UNNAMED) else None
        if speaker is not None and not near(speaker, quote.span.start):
            out.warnings.append(
                BriefingWarning(
                    code="uncertain",
                    message=f"the model named {answer} as the speaker, but the article does not name "
                    "them near the quotation; left unattributed",
                    item=quote.text,
                )
            )
            speaker = None
        out.quotes.append(quote.model_copy(update={"speaker": speaker or quote.speaker}))
    # Figures and incidents are the text layer's (see ``labels.labels_model`` for why).
    out.figures = list(reading.rules.figures)
    out.incidents = list(reading.rules.incidents)
    return out


def _named_near(text: str, actors: list[Actor]) -> Callable[[str, int], bool]:
    """Whether an actor is named in the paragraph of an offset or the one before it: a
    reporter names a speaker next to the words, or just before them; a speaker named only
    elsewhere in the article is a guess."""
    starts = [start for start, _ in paragraphs(text)] or [0]
    mentions = {a.id: [m.start for m in a.mentions] for a in actors}

    def near(actor_id: str, offset: int) -> bool:
        at = max(0, bisect.bisect_right(starts, offset) - 1)
        lo = starts[max(0, at - 1)]
        hi = starts[at + 1] if at + 1 < len(starts) else len(text)
        return any(lo <= m < hi for m in mentions.get(actor_id, []))

    return near


def _missing_actors(reading: Reading, labels: BaseModel, out: Grounded) -> list[Actor]:
    """Names the model adds, aligned to the article; unknown ones dropped with a warning."""
    known = {name_key(a.name) for a in reading.rules.actors}
    known |= {name_key(alias) for a in reading.rules.actors for alias in a.aliases}
    used = {a.id for a in reading.rules.actors}
    fresh = (f"a{n}" for n in itertools.count(1) if f"a{n}" not in used)
    drafts: list[ActorDraft] = []
    for name in getattr(labels, "missing_actors", []):
        key = name_key(name)
        if not key or key in known:
            continue
        known.add(key)
        drafts.append(ActorDraft(id=next(fresh), name=name.strip(), kind=speaker_kind(name)))
    if not drafts:
        return []
    grounded = ground_draft(BriefingDraft(summary="", actors=drafts), reading.text)
    out.warnings += grounded.warnings
    # Only names found as written: a fuzzy match of a name the model made up is not an actor.
    return [a for a in grounded.actors if a.match == "exact"]
