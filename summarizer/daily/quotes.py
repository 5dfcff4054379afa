"""One entry per statement: quotes matched exactly, or fuzzily when long (two translations
of one statement), never two of one article."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process

from summarizer.daily.merge import content_words, unique
from summarizer.linkage import Clusters, block_pairs, rows, unique_pairs
from summarizer.models import Quote
from summarizer.models.common import Span, sharing_fields_set
from summarizer.models.daily_v2 import (
    DailyQuote,
    QuoteSource,
)
from summarizer.text.normalize import normalize
from summarizer.text.terms import is_term

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord

# The day's notable quotes have at least this many words: an attributed fragment of one
# or two ("prerequisite", "a travesty") stays in its article's briefing only.
NOTABLE_QUOTE_MIN_WORDS = 3
# Quotes of at least this many words may match fuzzily (two translations of one statement);
# shorter ones ("all", "strategic failure") must match exactly.
FUZZY_QUOTE_MIN_WORDS = 6
# Up to this many long quotes are compared all-pairs (in C); more are compared within
# blocks of quotes sharing a distinctive word.
FUZZY_ALL_PAIRS_MAX = 2000


def _quote_pairs(texts: Sequence[str], owners: np.ndarray) -> np.ndarray:
    """Index pairs of quotes from two articles with the same wording: equal after
    normalising, or, for quotes of at least ``FUZZY_QUOTE_MIN_WORDS`` words, near-equal
    (rapidfuzz). Equal quotes form bounded blocks; near-equal ones are looked for all-pairs
    in C up to ``FUZZY_ALL_PAIRS_MAX`` long quotes, beyond that within bounded blocks of
    quotes sharing a distinctive word."""
    norms = [normalize(t).strip(" ,.…") for t in texts]
    by_text: dict[str, list[int]] = defaultdict(list)
    for index, norm in enumerate(norms):
        by_text[norm].append(index)
    found = [block_pairs(same) for same in by_text.values()]
    long = [i for i, norm in enumerate(norms) if len(norm.split()) >= FUZZY_QUOTE_MIN_WORDS]
    if len(long) > FUZZY_ALL_PAIRS_MAX:
        by_word: dict[str, list[int]] = defaultdict(list)
        for i in long:
            for word in content_words(norms[i]):
                by_word[word].append(i)
        blocks = (block_pairs(block, norms.__getitem__) for block in by_word.values())
        candidates = unique_pairs(blocks, owners)
        near = np.fromiter(
            (_near_equal(norms[i], norms[j]) for i, j in rows(candidates)), dtype=bool, count=len(candidates)
        )
        found.append(candidates[near])
    elif len(long) > 1:
        chosen = [norms[i] for i in long]
        ratio = process.cdist(chosen, chosen, scorer=fuzz.ratio, score_cutoff=70, dtype=np.uint8)
        token_set = process.cdist(
            chosen, chosen, scorer=fuzz.token_set_ratio, score_cutoff=90, dtype=np.uint8
        )
        first, second = np.nonzero(np.triu((ratio > 0) | (token_set > 0), k=1))
        positions = np.asarray(long, dtype=np.int64)
        found.append(np.stack([positions[first], positions[second]], axis=1))
    return unique_pairs(found, owners)  # in order: by first index, then second


def _near_equal(a: str, b: str) -> bool:
    """The thresholds of the all-pairs comparison above, for one pair."""
    return fuzz.ratio(a, b, score_cutoff=70) > 0 or fuzz.token_set_ratio(a, b, score_cutoff=90) > 0


def notable(quote: Quote) -> bool:
    """Whether a quote may be among the day's notable ones: a statement of three words or
    more (terms in quotation marks nobody is said to say are not statements of the day)."""
    attributed = quote.speaker is not None or bool(quote.speaker_as_written)
    return (
        not is_term(quote.text, attributed=attributed) and len(quote.text.split()) >= NOTABLE_QUOTE_MIN_WORDS
    )


def merge_quotes(
    items: Sequence[ArticleRecord], actor_map: dict[tuple[str, str], str], actor_names: dict[str, str]
) -> list[DailyQuote]:
    """One entry per statement; differently worded translations of it are kept as sources.
    The records hold only the notable quotes (see ``notable``)."""
    flat = [
        (source, quote, actor_map.get((source.id, quote.speaker or "")))
        for source in items
        for quote in source.quotes
    ]
    clusters = Clusters([source.id for source, _, _ in flat])
    # A cluster's speaker, once one of its quotes has one: two speakers never share a quote.
    speaker_of: dict[int, str | None] = {i: speaker for i, (_, _, speaker) in enumerate(flat)}
    articles: dict[str, int] = {}
    owners = np.array([articles.setdefault(s.id, len(articles)) for s, _, _ in flat], dtype=np.int64)
    for i, j in rows(_quote_pairs([quote.text for _, quote, _ in flat], owners)):
        ri, rj = clusters.groups.find(i), clusters.groups.find(j)
        if ri == rj or clusters.share_an_owner(ri, rj):
            continue
        speaker_i, speaker_j = speaker_of[ri], speaker_of[rj]
        if speaker_i and speaker_j and speaker_i != speaker_j:
            continue
        speaker = speaker_i or speaker_j
        del speaker_of[ri], speaker_of[rj]
        speaker_of[clusters.join(ri, rj)] = speaker
    quotes = []
    for number, group in enumerate(clusters.groups.groups(), start=1):
        entries = [flat[i] for i in group]
        speaker = next((s for _, _, s in entries if s), None)
        quotes.append(
            DailyQuote(
                id=f"q{number}",
                text=entries[0][1].text,
                speaker=speaker,
                speaker_name=actor_names.get(speaker) if speaker else None,
                sources=[
                    sharing_fields_set(
                        QuoteSource(
                            article_id=source.id,
                            text=quote.text,
                            speaker_as_written=quote.speaker_as_written,
                            span=sharing_fields_set(Span(start=quote.start, end=quote.end)),
                        )
                    )
                    for source, quote, _ in entries
                ],
                articles=unique(source.id for source, _, _ in entries),
            )
        )
    return quotes
