"""Documents longer than one request (reports, transcripts, live-update files), and extra
extraction passes for recall.

The document is cut into overlapping chunks that start at paragraph or sentence starts
(``chunk_spans``); each chunk is briefed on its own, concurrently and ``passes`` times; the
chunk briefings are then put together (``combine``): every span is moved to its place in
the whole document, items found twice (in an overlap, or by two passes) are kept once (one
quote per passage, one figure and one incident per mention), actors are matched by name
with the daily merge's matching (one actor per person), and ids and references are
renumbered. The summary is taken from the chunks' summaries, and like any summary it is
checked against the document afterwards (``vet_briefing``). A chunk that fails is named in
a warning and the rest is kept; the document fails only if every chunk does.
"""

from __future__ import annotations

import contextvars
import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from summarizer.article import Article
from summarizer.errors import ArticleError, SummarizerError
from summarizer.linkage import UnionFind, name_key
from summarizer.models import (
    Actor,
    Briefing,
    BriefingWarning,
    Figure,
    Incident,
    Provenance,
    Quote,
)
from summarizer.models.common import Span, Usage
from summarizer.text.segment import split_sentences

SUMMARY_SENTENCES = 3


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int


def chunk_spans(text: str, size: int, overlap: int) -> list[Chunk]:
    """Windows of at most ``size`` characters covering ``text``, each after the first
    starting at a paragraph or sentence start about ``overlap`` characters before the end of
    the one before it (a hard cut only where one sentence is longer than ``size``)."""
    if len(text) <= size:
        return [Chunk(0, len(text))]
    sentences = split_sentences(text)
    starts = sorted({s.start for s in sentences} | {0})
    paragraph_starts = {
        s.start for n, s in enumerate(sentences) if n == 0 or s.paragraph != sentences[n - 1].paragraph
    }
    chunks: list[Chunk] = []
    start = 0
    while True:
        limit = start + size
        if limit >= len(text):
            chunks.append(Chunk(start, len(text)))
            return chunks
        inside = starts[bisect_right(starts, start) : bisect_right(starts, limit)]
        # A paragraph start in the last third of the window, else the last sentence start.
        preferred = [b for b in inside if b in paragraph_starts and b >= start + size * 2 // 3]
        end = (preferred or inside or [limit])[-1]
        chunks.append(Chunk(start, end))
        following = starts[bisect_left(starts, max(end - overlap, start + 1)) : bisect_left(starts, end)]
        start = following[0] if following else end


@dataclass(frozen=True)
class ChunkResult:
    chunk: Chunk
    briefing: Briefing | None
    failure: SummarizerError | None = None
    spent: Usage = field(default_factory=Usage)  # what a failed chunk's calls used, still paid for

    @property
    def error(self) -> str | None:
        return None if self.failure is None else str(self.failure)


def brief_in_chunks(
    article: Article,
    brief: Callable[[Article], Briefing],
    size: int,
    overlap: int,
    passes: int,
    concurrency: int,
) -> Briefing:
    """``brief`` run on every chunk ``passes`` times, concurrently, put together."""
    chunks = chunk_spans(article.text, size, overlap)
    jobs = [(chunk, number) for chunk in chunks for number in range(passes)]

    def run(job: tuple[Chunk, int]) -> ChunkResult:
        chunk, number = job
        part = article.model_copy(
            update={
                "text": article.text[chunk.start : chunk.end],
                "id": f"{article.id}#{chunk.start}.{number}",
                # Every chunk is read in the document's language: a chunk of quotes in
                # another language, or a short one, must not switch the rules.
                "language": article.reading[0],
            }
        )
        try:
            return ChunkResult(chunk, brief(part))
        except ArticleError as exc:
            return ChunkResult(chunk, None, exc, Usage(**(exc.usage or {})))
        except SummarizerError as exc:
            return ChunkResult(chunk, None, exc)

    # Each job runs in a copy of the caller's context, so that what the caller set for its
    # calls (the Batch API's answer book) holds in the pool's threads too.
    # Every job runs to its end before anything is raised: a job stopped by the answer book
    # has recorded its request, and the batch needs them all.
    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(jobs)))) as pool:
        futures = [pool.submit(contextvars.copy_context().run, run, job) for job in jobs]
        wait(futures)
    results = [future.result() for future in futures]
    failures = [r.failure for r in results if r.failure is not None]
    if len(failures) == len(results):
        raise failures[0]  # every part failed: the document fails as its first part did
    return combine(article, results)


def combine(article: Article, results: Sequence[ChunkResult]) -> Briefing:
    """The chunk briefings as one briefing of the whole document."""
    done = [(r.chunk, r.briefing) for r in results if r.briefing is not None]
    actor_ids, actors = _actors(done)
    figure_ids: dict[tuple[int, str], str] = {}
    figures: list[Figure] = []
    for part, (chunk, briefing) in enumerate(done):
        for figure in briefing.figures:
            span = _moved(figure.span, chunk)
            kept = next((f for f in figures if _same_passage(f.span, span)), None)
            if kept is None:
                kept = figure.model_copy(
                    update={
                        "id": f"f{len(figures) + 1}",
                        "span": span,
                        "claimed_by": actor_ids.get((part, figure.claimed_by or "")),
                    }
                )
                figures.append(kept)
            figure_ids[(part, figure.id)] = kept.id
    quotes: list[Quote] = []
    incidents: list[Incident] = []
    for part, (chunk, briefing) in enumerate(done):
        for quote in briefing.quotes:
            span = _moved(quote.span, chunk)
            speaker = actor_ids.get((part, quote.speaker or ""))
            same = next((n for n, q in enumerate(quotes) if _same_passage(q.span, span)), None)
            if same is None:
                quotes.append(
                    quote.model_copy(update={"id": f"q{len(quotes) + 1}", "span": span, "speaker": speaker})
                )
            elif quotes[same].speaker is None and speaker is not None:
                quotes[same] = quotes[same].model_copy(update={"speaker": speaker})
        for incident in briefing.incidents:
            span = _moved(incident.evidence_span, chunk)
            if any(_same_passage(i.evidence_span, span) for i in incidents):
                continue

            def local(ids: list[str], known: dict[tuple[int, str], str], part: int = part) -> list[str]:
                return list(dict.fromkeys(known[(part, i)] for i in ids if (part, i) in known))

            incidents.append(
                incident.model_copy(
                    update={
                        "id": f"i{len(incidents) + 1}",
                        "evidence_span": span,
                        "perpetrators": local(incident.perpetrators, actor_ids),
                        "targets": local(incident.targets, actor_ids),
                        "casualty_figures": local(incident.casualty_figures, figure_ids),
                        "claimed_by": actor_ids.get((part, incident.claimed_by or "")),
                    }
                )
            )
    warnings = _unique_warnings(w for _, b in done for w in b.warnings if w.code != "summary_sentences")
    warnings += [
        BriefingWarning(
            code="uncertain",
            message=f"characters {r.chunk.start:,}-{r.chunk.end:,} of the document could not be briefed "
            f"({r.error}); nothing from them is in this briefing",
        )
        for r in results
        if r.briefing is None
    ]
    first = done[0][1]
    language, language_source = article.reading
    return Briefing(
        article=article.meta,
        language=language,
        language_source=language_source,
        summary=_summary([b.summary for _, b in done]),
        actors=actors,
        incidents=sorted(incidents, key=lambda i: i.evidence_span.start),
        quotes=sorted(quotes, key=lambda q: q.span.start),
        figures=sorted(figures, key=lambda f: f.span.start),
        warnings=warnings,
        instruction_passages=sorted(
            {
                (s.start, s.end): s for c, b in done for s in (_moved(p, c) for p in b.instruction_passages)
            }.values(),
            key=lambda s: s.start,
        ),
        provenance=_provenance(first.provenance, [b.provenance for _, b in done], [r.spent for r in results]),
    )


def _actors(done: Sequence[tuple[Chunk, Briefing]]) -> tuple[dict[tuple[int, str], str], list[Actor]]:
    """One actor per person or body: chunk actors sharing a name (after the daily merge's
    normalisation and alias table) are one."""
    flat = [(part, chunk, actor) for part, (chunk, b) in enumerate(done) for actor in b.actors]
    groups = UnionFind(len(flat))
    seen: dict[tuple[str, str], int] = {}
    for index, (_, _, actor) in enumerate(flat):
        for name in (actor.canonical_name, actor.name, *actor.aliases):
            if name and (key := name_key(name)):
                known = seen.setdefault((actor.kind, key), index)
                groups.union(index, known)
    ids: dict[tuple[int, str], str] = {}
    actors: list[Actor] = []
    for number, members in enumerate(groups.groups(), start=1):
        items = [flat[i] for i in members]
        first = items[0][2]
        names = list(dict.fromkeys(n for _, _, a in items for n in (a.name, *a.aliases)))
        mentions = sorted(
            {(s.start, s.end): s for _, c, a in items for s in (_moved(m, c) for m in a.mentions)}.values(),
            key=lambda s: s.start,
        )
        actor_id = f"a{number}"
        actors.append(
            first.model_copy(
                update={
                    "id": actor_id,
                    "canonical_name": next((a.canonical_name for _, _, a in items if a.canonical_name), None),
                    "kind": Counter(a.kind for _, _, a in items).most_common(1)[0][0],
                    "role": next((a.role for _, _, a in items if a.role), None),
                    "aliases": [n for n in names if n != first.name],
                    "mentions": mentions,
                }
            )
        )
        for part, _, actor in items:
            ids[(part, actor.id)] = actor_id
    return ids, actors


def _moved(span: Span, chunk: Chunk) -> Span:
    return Span(start=span.start + chunk.start, end=span.end + chunk.start)


def _same_passage(a: Span, b: Span) -> bool:
    """Two spans of one passage: they overlap by at least half of the shorter."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and shared * 2 >= min(a.end - a.start, b.end - b.start)


def _summary(summaries: Sequence[str]) -> str:
    """The first sentence of each part's summary, in order, up to ``SUMMARY_SENTENCES``."""
    firsts = []
    for summary in summaries:
        sentences = split_sentences(summary)
        if sentences and sentences[0].text not in firsts:
            firsts.append(sentences[0].text)
    return " ".join(firsts[:SUMMARY_SENTENCES])


def _unique_warnings(warnings: Iterable[BriefingWarning]) -> list[BriefingWarning]:
    found: dict[tuple[str, str, str | None], BriefingWarning] = {}
    for warning in warnings:
        found.setdefault((warning.code, warning.message, warning.item), warning)
    return list(found.values())


def _provenance(first: Provenance, all_parts: Sequence[Provenance], failed: Sequence[Usage]) -> Provenance:
    """Counts and usage of every part; the usage of failed parts too, since it was paid."""
    usage = Usage()
    for spent in [*(p.usage for p in all_parts), *failed]:
        usage = usage + spent
    return first.model_copy(
        update={
            "created_at": dt.datetime.now(dt.UTC),
            "usage": usage,
            "llm_calls": sum(p.llm_calls for p in all_parts),
            "attempts": sum(p.attempts for p in all_parts),
            "transport_retries": sum(p.transport_retries for p in all_parts),
            "validation_reasks": sum(p.validation_reasks for p in all_parts),
            "grounding_reasks": sum(p.grounding_reasks for p in all_parts),
            "latency_ms": max((p.latency_ms or 0.0) for p in all_parts),
        }
    )
