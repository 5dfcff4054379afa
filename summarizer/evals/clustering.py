"""Scores of a clustering against gold clusters: pairwise and B-cubed precision, recall and
F1. Items are references ``"<article id>:<item id>"``; pairwise scores count only pairs of
items of different articles (what a merge of articles decides), B-cubed counts every item.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

Ref = str  # "article id:local item id"


@dataclass(frozen=True)
class PairScore:
    true_positive: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def __add__(self, other: PairScore) -> PairScore:
        return PairScore(
            self.true_positive + other.true_positive, self.predicted + other.predicted, self.gold + other.gold
        )


@dataclass(frozen=True)
class BCubedScore:
    """B-cubed sums over items, so that days add up item by item (micro)."""

    precision_sum: float
    recall_sum: float
    items: int

    @property
    def precision(self) -> float:
        return self.precision_sum / self.items if self.items else 1.0

    @property
    def recall(self) -> float:
        return self.recall_sum / self.items if self.items else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def __add__(self, other: BCubedScore) -> BCubedScore:
        return BCubedScore(
            self.precision_sum + other.precision_sum,
            self.recall_sum + other.recall_sum,
            self.items + other.items,
        )


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Clustering:
    pairwise: PairScore
    bcubed: BCubedScore

    def __add__(self, other: Clustering) -> Clustering:
        return Clustering(self.pairwise + other.pairwise, self.bcubed + other.bcubed)


def article_of(ref: Ref) -> str:
    return ref.rsplit(":", 1)[0]


def _pairs(clusters: Iterable[Iterable[Ref]]) -> set[frozenset[Ref]]:
    """Pairs of items of different articles placed in one cluster."""
    return {
        frozenset((a, b))
        for cluster in clusters
        for a, b in combinations(sorted(set(cluster)), 2)
        if article_of(a) != article_of(b)
    }


def pairwise(predicted: Iterable[Iterable[Ref]], gold: Iterable[Iterable[Ref]]) -> PairScore:
    found, truth = _pairs(predicted), _pairs(gold)
    return PairScore(len(found & truth), len(found), len(truth))


def _cluster_of(clusters: Iterable[Iterable[Ref]], items: Iterable[Ref]) -> dict[Ref, frozenset[Ref]]:
    """Each item's cluster; an item no cluster names is alone."""
    found = {ref: frozenset(cluster) for cluster in clusters for ref in cluster}
    return {ref: found.get(ref, frozenset((ref,))) for ref in items}


def bcubed(
    predicted: Iterable[Iterable[Ref]], gold: Iterable[Iterable[Ref]], items: Iterable[Ref]
) -> BCubedScore:
    """B-cubed over ``items`` (Bagga and Baldwin 1998): each item's precision is the share of
    its predicted cluster in its gold cluster, its recall the share of its gold cluster in its
    predicted cluster. Items missing from either clustering stand alone in it."""
    universe = list(dict.fromkeys(items))
    mine, truth = _cluster_of(predicted, universe), _cluster_of(gold, universe)
    precision = recall = 0.0
    for ref in universe:
        shared = len(mine[ref] & truth[ref])
        precision += shared / len(mine[ref])
        recall += shared / len(truth[ref])
    return BCubedScore(precision, recall, len(universe))


def pair_differences(
    predicted: Iterable[Iterable[Ref]], gold: Iterable[Iterable[Ref]]
) -> tuple[list[tuple[Ref, Ref]], list[tuple[Ref, Ref]]]:
    """The pairs merged that the gold keeps apart, and the pairs the gold joins that were not
    merged (items of different articles, sorted): what a reader of a report checks."""
    found, truth = _pairs(predicted), _pairs(gold)

    def listed(pairs: set[frozenset[Ref]]) -> list[tuple[Ref, Ref]]:
        ordered = (tuple(sorted(pair)) for pair in pairs)
        return sorted((a, b) for a, b in ordered)

    return listed(found - truth), listed(truth - found)
