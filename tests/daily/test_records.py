"""The day's compact records of briefed articles (``daily/records.py``): what the merge keeps
of an article once its briefing is dropped. A record must rebuild every item a story keeps,
cite exactly the passages the article has, hold nothing of the briefing or the whole text,
and a day merged from a stream of briefings must hold only one briefing at a time."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.daily import merge_briefings
from summarizer.daily.merge import Briefed
from summarizer.daily.records import article_record
from summarizer.daily.reports import frozen
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.evals.daily import DayBundle, load_days
from summarizer.linkage import unique_pairs
from summarizer.models import Briefing
from tests.conftest import ROOT, SEEDS
from tests.daily.test_merge_trust import _person

OFFLINE = Settings(engine="extractive")
DAY = dt.date(2023, 6, 2)


def _days() -> list[DayBundle]:
    return load_days(ROOT / "evals" / "days")


def _seed_day() -> list[Briefed]:
    engine = ExtractiveEngine()
    articles = [Article(text=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return [Briefed(a, engine.brief(a, None)) for a in articles]


def _every_briefed() -> list[Briefed]:
    return _seed_day() + [b for bundle in _days() for b in bundle.briefed]


def test_a_record_rebuilds_every_incident_and_figure_a_story_keeps() -> None:
    for b in _every_briefed():
        record = article_record(b.article, b.briefing)
        assert [i.incident() for i in record.incidents] == b.briefing.incidents
        assert [f.figure() for f in record.figures] == b.briefing.figures
        assert [a.id for a in record.actors] == [a.id for a in b.briefing.actors]


def test_a_record_cites_exactly_the_passages_of_its_article() -> None:
    checked = 0
    for b in _every_briefed():
        record, text = article_record(b.article, b.briefing), b.article.text
        passages = [i.span for i in record.incidents] + [f.span for f in record.figures]
        passages += [m for a in record.actors for m in a.mentions]
        for passage in passages:
            assert passage.text == text[passage.start : passage.end]
            ref = record.ref(passage)
            assert (ref.article_id, ref.span.start, ref.span.end) == (
                b.article.id,
                passage.start,
                passage.end,
            )
            checked += 1
    assert checked > 400


def test_a_passage_whose_text_differs_from_the_item_is_cut_from_the_article() -> None:
    """An evidence sentence or figure as the briefing wrote it that is not its passage word for
    word (an LLM's retyping) is never cited in place of the passage."""
    (b, *_) = _seed_day()
    incident = b.briefing.incidents[0].model_copy(update={"evidence": "Not what the article says."})
    figure = b.briefing.figures[0].model_copy(update={"text": "a retyped figure"})
    changed = b.briefing.model_copy(update={"incidents": [incident], "figures": [figure]})
    record = article_record(b.article, changed)
    span = incident.evidence_span
    assert record.incidents[0].span.text == b.article.text[span.start : span.end]
    assert record.incidents[0].evidence == "Not what the article says."
    assert record.figures[0].span.text == b.article.text[figure.span.start : figure.span.end]


def _reachable(root: object) -> Iterator[object]:
    seen: set[int] = set()
    todo = [root]
    while todo:
        item = todo.pop()
        if id(item) in seen or isinstance(item, type):
            continue
        seen.add(id(item))
        yield item
        todo += gc.get_referents(item)


def test_a_record_holds_nothing_of_the_briefing_or_the_whole_text() -> None:
    for b in _seed_day():
        record = article_record(b.article, b.briefing)
        held = list(_reachable(record))
        assert not any(item is b.briefing or item is b.article or item is b.article.text for item in held)
        assert not any(isinstance(item, Briefing) for item in held)
        assert max(len(item) for item in held if isinstance(item, str)) < len(b.article.text) / 2


def test_a_day_streamed_one_briefing_at_a_time_keeps_none_of_them() -> None:
    """Merged from a generator, each briefing is gone once the next one is read, and the day
    is the one merged from the whole list or from records made beforehand."""
    seeds = _seed_day()
    alive: list[weakref.ref[Briefing]] = []
    most_alive = 0

    def stream() -> Iterator[Briefed]:
        nonlocal most_alive
        for n, b in enumerate(seeds * 4):
            article = b.article.model_copy(update={"id": f"a{n}"})
            own = Briefing.model_validate_json(b.briefing.model_dump_json())
            alive.append(weakref.ref(own))
            # No collection here: the merge pauses the cyclic collector, so a briefing must
            # be freed by reference counting alone.
            most_alive = max(most_alive, sum(r() is not None for r in alive))
            yield Briefed(article, own)

    streamed = merge_briefings(stream(), DAY, settings=OFFLINE)
    # The briefing being read and the one just merged into its record (the merge's loop
    # holds it until the next arrives): never more, whatever the day's length.
    assert most_alive <= 2 and all(r() is None for r in alive)
    whole = [
        Briefed(b.article.model_copy(update={"id": f"a{n}"}), b.briefing) for n, b in enumerate(seeds * 4)
    ]
    records = [article_record(b.article, b.briefing) for b in whole]
    mask = {"provenance": {"created_at"}}
    assert streamed.model_dump(exclude=mask) == merge_briefings(whole, DAY, settings=OFFLINE).model_dump(
        exclude=mask
    )
    assert streamed.model_dump(exclude=mask) == merge_briefings(records, DAY, settings=OFFLINE).model_dump(
        exclude=mask
    )


def test_one_bare_surname_in_two_articles_is_each_listed_on_its_own_when_it_could_be_two_people(
    tmp_path: Path,
) -> None:
    """Actors spelled alike share what matching reads of them; the ambiguity of a bare
    surname is still decided, and said, for each article that names it."""
    john = _person("Finance minister John Smith said taxes would rise.", "John Smith", "Finance minister")
    jane = _person("Judge Jane Smith adjourned the trial until May.", "Jane Smith", "Judge")
    first = _person("Smith said the plan was sound.", "Smith")
    second = _person("Smith said the plan was sound, again.", "Smith")
    day = merge_briefings([john, jane, first, second], DAY, settings=OFFLINE)
    smiths = [a for a in day.actors if a.name == "Smith"]
    assert sorted(a.articles for a in smiths) == sorted([[first.article.id], [second.article.id]])
    assert len([w for w in day.warnings if w.startswith('"Smith"')]) == 2


def test_frozen_shares_one_empty_set_and_keeps_the_values() -> None:
    assert frozen([]) is frozen(set()) is frozen(x for x in "")
    assert frozen(["b", "a", "b"]) == frozenset({"a", "b"})


def _unique_pairs_by_sorting_every_pair(blocks: list[np.ndarray], owners: np.ndarray) -> np.ndarray:
    """``unique_pairs`` as first written: every pair kept, then sorted and made unique."""
    pairs = [b for b in blocks if len(b)]
    if not pairs:
        return np.empty((0, 2), dtype=np.int64)
    joined = np.sort(np.concatenate(pairs), axis=1)
    joined = joined[owners[joined[:, 0]] != owners[joined[:, 1]]]
    width = len(owners)
    codes = np.unique(joined[:, 0] * width + joined[:, 1])
    return np.stack([codes // width, codes % width], axis=1)


@given(st.integers(2, 30), st.data())
@settings(max_examples=200, deadline=None)
def test_unique_pairs_are_those_of_sorting_every_pair(size: int, data: st.DataObject) -> None:
    owners = np.array(data.draw(st.lists(st.integers(0, 4), min_size=size, max_size=size)), dtype=np.int64)
    pair = st.tuples(st.integers(0, size - 1), st.integers(0, size - 1))
    blocks = [
        np.array(block, dtype=np.int64).reshape(-1, 2)
        for block in data.draw(st.lists(st.lists(pair, max_size=12), max_size=6))
    ]
    expected = _unique_pairs_by_sorting_every_pair(blocks, owners)
    found = unique_pairs(iter(blocks), owners)
    assert found.shape == expected.shape and (found == expected).all()
