"""The daily briefing: brief a day's articles, merge them, and write the day's top line.

``daily_briefing(articles, date=...)`` is the library call; ``summarizer daily`` the CLI.
One article failing never sinks the day: it is listed with its stage and reason.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from summarizer.article import Article, as_article
from summarizer.config import Settings, resolve_settings
from summarizer.daily.actor_entries import merge_actors
from summarizer.daily.incidents import ActorMap, merge_incidents
from summarizer.daily.merge import Briefed, one_line
from summarizer.daily.quotes import merge_quotes
from summarizer.daily.records import ArticleRecord, article_record
from summarizer.daily.stories import link_stories
from summarizer.daily.topline import (
    items_for_prompt,
    llm_top_line,
    offline_top_line,
)
from summarizer.errors import InputError
from summarizer.llm.types import InvalidReply, TransportGaveUp
from summarizer.models import Briefing
from summarizer.models.common import ArticleMeta
from summarizer.models.daily_v2 import ArticleEntry, DailyBriefing, DailyProvenance
from summarizer.pipeline.distinct import prepare
from summarizer.pipeline.runner import Summarizer, store_for
from summarizer.prompt_ids import DAILY_PROMPT
from summarizer.results import Failure
from summarizer.store import Store

__all__ = ["daily_briefing", "merge_briefings"]

ResultHook = Callable[[Article, Briefing | Failure], None]


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused while merging. A busy day's merge makes hundreds
    of thousands of objects that live on (the day's briefing), and each full collection walks
    all of them and everything the caller holds: a third of the time of a 10,000-article
    merge. What the merge makes has no reference cycles, so nothing waits for the collector;
    it is switched back on only if it was on, and it runs again as usual afterwards. A caller
    that streams its briefings runs its generator with the collector paused too: what that
    makes is still freed by reference counting, only reference cycles would wait."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def merge_briefings(
    briefed: Iterable[Briefed | ArticleRecord],
    date: dt.date,
    *,
    failures: Sequence[tuple[Article | None, Failure]] = (),
    settings: Settings | None = None,
    daily_prompt: str = DAILY_PROMPT,
    stories: Store | None = None,
    tenant: str | None = None,
) -> DailyBriefing:
    """Merge finished briefings into the day's briefing (no article is briefed here). With
    ``stories``, the day's incidents are linked to the stories of the days before it kept
    in that store, and the day is recorded there (replacing an earlier run of the day), among
    ``tenant``'s stories (a service token's id; ``None``: the desk the CLI and library share).

    Each briefing is read into its compact record (``records.article_record``) as it comes:
    given an iterator, only one briefing is held at a time, so a busy day's briefings never
    need to be in memory together."""
    # The collector stays paused from the first record to the merged day (see
    # ``_no_cycle_collection``): switched back on in between, it walked every record once.
    with _no_cycle_collection():
        records = [
            b if isinstance(b, ArticleRecord) else article_record(b.article, b.briefing) for b in briefed
        ]
        merged, actor_map = _merge_day(records, date, failures, settings or resolve_settings(), daily_prompt)
    return merged if stories is None else link_stories(merged, records, actor_map, stories, tenant)


def _merge_day(
    briefed: Sequence[ArticleRecord],
    date: dt.date,
    failures: Sequence[tuple[Article | None, Failure]],
    settings: Settings,
    daily_prompt: str,
) -> tuple[DailyBriefing, ActorMap]:
    """The day's briefing, and which daily actor each article's actor became (what the
    stories across days read)."""
    with _no_cycle_collection():
        actor_notes: list[str] = []
        actors, actor_map = merge_actors(briefed, actor_notes)
        names = {a.id: a.name for a in actors}
        # Quotes first: what comparing them takes is then given back before the incidents'
        # reports, the bulk of the day's output, are made.
        quotes = merge_quotes(briefed, actor_map, names)
        incidents, figures = merge_incidents(briefed, actor_map)
    warnings = [
        f"article {b.id} was published on {b.meta.published}, not {date}"
        for b in briefed
        if b.meta.published and b.meta.published != date
    ] + actor_notes
    outlets = len({b.meta.source for b in briefed if b.meta.source})
    # Values an English top line may quote as written: those of articles read as English.
    english = frozenset(b.id for b in briefed if b.language == "en")
    top_line = offline_top_line(incidents, figures, len(briefed), outlets, english)
    provenance = DailyProvenance(
        engines=sorted({b.engine for b in briefed}),
        top_line_engine="extractive",
        created_at=dt.datetime.now(dt.UTC),
    )
    if settings.resolved_engine == "llm" and briefed:
        items = items_for_prompt(incidents, figures, quotes, english)
        llm_text, provenance, note = _llm_top_line(
            settings, daily_prompt, date, len(briefed), items, provenance
        )
        top_line = llm_text or top_line
        if note:
            warnings.append(note)
    entries = [ArticleEntry(article=b.meta, status="briefed", engine=b.engine) for b in briefed]
    for article, failure in failures:
        meta = article.meta if article is not None else None
        entries.append(
            ArticleEntry(
                article=meta or _placeholder_meta(failure),
                status="failed",
                stage=failure.stage,
                reason=failure.reason,
            )
        )
    day = DailyBriefing(
        date=date,
        top_line=top_line,
        articles=entries,
        incidents=incidents,
        figures=figures,
        quotes=quotes,
        actors=actors,
        warnings=[one_line(w) for w in warnings],
        provenance=provenance,
    )
    return day, actor_map


def _placeholder_meta(failure: Failure) -> ArticleMeta:
    """An input that never became an article is known by where it came from."""
    return ArticleMeta(id=failure.source or failure.article_id, title=failure.source)


def _llm_top_line(
    settings: Settings,
    daily_prompt: str,
    date: dt.date,
    count: int,
    items: str,
    provenance: DailyProvenance,
) -> tuple[str | None, DailyProvenance, str | None]:
    """The LLM's top line and provenance; on failure no text and a note saying so."""
    from summarizer.llm.openai_client import OpenAIStructuredClient
    from summarizer.llm.served import with_served_model
    from summarizer.prompts import load_prompt

    prompt = load_prompt(daily_prompt)
    # The model the articles were briefed with: the endpoint's, when none was given.
    client = OpenAIStructuredClient(with_served_model(settings))
    try:
        result = llm_top_line(settings, prompt, client, store_for(settings), date.isoformat(), count, items)
    except (InvalidReply, TransportGaveUp) as exc:
        return None, provenance, f"the LLM top line failed ({exc}); the offline top line is shown instead"
    finally:
        client.close()
    update = {
        "top_line_engine": "llm",
        "model": client.model,
        "prompt_id": prompt.spec.id,
        "prompt_version": prompt.spec.version,
        "prompt_hash": prompt.hash,
        "usage": result.usage,
    }
    return result.text, provenance.model_copy(update=update), None


def daily_briefing(
    articles: Iterable[Article | str],
    *,
    date: dt.date | str,
    settings: Settings | None = None,
    prompt: str | None = None,
    daily_prompt: str = DAILY_PROMPT,
    concurrency: int | None = None,
    input_failures: Sequence[Failure] = (),
    on_result: ResultHook | None = None,
    tenant: str | None = None,
) -> DailyBriefing:
    """Brief every article (through the cache, concurrently) and merge them into one day.

    Articles without a publication date get ``date``. A failed article is listed in
    ``articles`` with its stage and reason; the rest of the day is merged regardless.
    ``on_result`` is called as each article finishes (the CLI uses it to report progress).
    A ``tenant``'s articles are briefed through its own cache and its day's stories kept
    among its own (see ``merge_briefings``).
    """
    day = dt.date.fromisoformat(date) if isinstance(date, str) else date
    runner = Summarizer(settings or resolve_settings(), prompt)
    briefed, failed, notes = _brief_day(runner, articles, day, input_failures, concurrency, on_result, tenant)
    # Each day's incidents are kept, and linked to the stories of the days before.
    merged = merge_briefings(
        briefed,
        day,
        failures=failed,
        settings=runner.settings,
        daily_prompt=daily_prompt,
        stories=store_for(runner.settings),
        tenant=tenant,
    )
    if notes:
        merged = merged.model_copy(update={"warnings": [*map(one_line, notes), *merged.warnings]})
    return merged


def _brief_day(
    runner: Summarizer,
    articles: Iterable[Article | str],
    day: dt.date,
    input_failures: Sequence[Failure],
    concurrency: int | None,
    on_result: ResultHook | None,
    tenant: str | None,
) -> tuple[list[ArticleRecord], list[tuple[Article | None, Failure]], list[str]]:
    """Each article briefed (through the cache) and kept as its record; the failures, and
    the notes of the duplicate-id rule. Nothing here outlives the call but the records: a
    record keeps the passages it cites, so the articles are not held through the merge."""
    failed: list[tuple[Article | None, Failure]] = [(None, f) for f in input_failures]
    usable: list[Article] = []
    for number, raw in enumerate(articles, start=1):
        try:
            article = as_article(raw)
        except InputError as exc:
            failed.append((None, Failure(f"#{number}", "input", exc.reason, source=f"#{number}")))
            continue
        if article.published is None:
            article = article.model_copy(update={"published": day})
        usable.append(article)
    # The pipeline's duplicate-id rule (pipeline.distinct); the same text under the same id
    # twice is one article of the day, and an id changed for another text is noted.
    prepared = [entry for entry in prepare(usable) if entry.first]
    items = [entry.article for entry in prepared]
    notes = [entry.note for entry in prepared if entry.note is not None]
    # Each briefing is kept as its compact record from the moment it arrives (a day of
    # 10,000 full briefings would take over a gigabyte).
    results: dict[str, ArticleRecord | Failure] = {}
    with runner:
        for index, result in runner.each_result(prepared, concurrency=concurrency, tenant=tenant):
            article = items[index]
            if on_result is not None:
                on_result(article, result)
            results[article.id] = result if isinstance(result, Failure) else article_record(article, result)
    briefed = [r for a in items if isinstance(r := results[a.id], ArticleRecord)]
    failed += [(a, r) for a in items if isinstance(r := results[a.id], Failure)]
    return briefed, failed, notes
