"""Record linkage shared by the daily merge and long documents: union-find over items,
bounded blocking of candidate pairs, and the key a name is matched by.

numpy is imported where pairs are built, not at import time: long documents use only the
union-find and ``name_key``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from summarizer.text.gazetteer import COUNTRY_ALIASES, canonical
from summarizer.text.normalize import normalize

if TYPE_CHECKING:
    import numpy as np

# Bounded blocks (see ``block_pairs``).
FULL_BLOCK = 48
NEIGHBOURS = 4


class UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for item in range(len(self.parent)):
            found[self.find(item)].append(item)
        return sorted(found.values(), key=lambda g: g[0])


def joined_to_least(keys: Iterable[str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each key that ``pairs`` join to another (directly or through others), to the least
    key of its group; keys joined to none are left out."""
    ordered = sorted(set(keys))
    index = {key: n for n, key in enumerate(ordered)}
    groups = UnionFind(len(ordered))
    for first, second in pairs:
        groups.union(index[first], index[second])
    return {ordered[n]: ordered[group[0]] for group in groups.groups() if len(group) > 1 for n in group}


def block_pairs(members: Sequence[int], likeness: Callable[[int], Any] | None = None) -> np.ndarray:
    """Index pairs to compare within one block (items sharing a key), as an (n, 2) array.
    A block of at most ``FULL_BLOCK`` members is compared all-pairs; a bigger one (a place or
    a wording every report of a busy day shares) is put in order of ``likeness`` (a sort key
    that puts alike items side by side) and each member meets the next ``NEIGHBOURS`` only
    (the sorted-neighbourhood method of record linkage), so the work grows with the items
    and not with their square. Reports of one event share several blocks, and union-find
    joins what the neighbours connect."""
    import numpy as np

    if len(members) > FULL_BLOCK and likeness is not None:
        members = sorted(members, key=likeness)
    index = np.asarray(members, dtype=np.int64)
    if len(index) <= FULL_BLOCK:
        first, second = np.triu_indices(len(index), k=1)
        return np.stack([index[first], index[second]], axis=1)
    reach = min(NEIGHBOURS, len(index) - 1)
    return np.concatenate([np.stack([index[:-d], index[d:]], axis=1) for d in range(1, reach + 1)])


def unique_pairs(blocks: Iterable[np.ndarray], owners: np.ndarray) -> np.ndarray:
    """The distinct pairs of every block, each as (lower, higher) index, without pairs of
    one owner (two items of one article never merge), in order. Each block is reduced to
    one integer per pair as it comes (a busy day's blocks hold millions of pairs: kept as
    pairs, and then sorted, they took several times the memory)."""
    import numpy as np

    width = len(owners)
    codes = []
    for block in blocks:
        if len(block):
            low, high = np.minimum(block[:, 0], block[:, 1]), np.maximum(block[:, 0], block[:, 1])
            apart = owners[low] != owners[high]
            codes.append(low[apart] * width + high[apart])
    if not codes:
        return np.empty((0, 2), dtype=np.int64)
    unique = np.unique(np.concatenate(codes))
    return np.stack([unique // width, unique % width], axis=1)


def rows(pairs: np.ndarray, chunk: int = 65536) -> Iterator[tuple[int, int]]:
    """The pairs as Python ints, a chunk at a time (a whole list of them would take tens of
    bytes per number for millions of pairs)."""
    for start in range(0, len(pairs), chunk):
        yield from zip(*pairs[start : start + chunk].T.tolist(), strict=True)


class Clusters:
    """Union-find whose roots also keep their members and their owners (articles), merged
    smaller into larger, so that checking and joining two clusters costs the smaller one."""

    def __init__(self, owners: Sequence[str]) -> None:
        self.groups = UnionFind(len(owners))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(owners))}
        self.owners: dict[int, set[str]] = {i: {owner} for i, owner in enumerate(owners)}

    def share_an_owner(self, a: int, b: int) -> bool:
        small, large = sorted((self.owners[a], self.owners[b]), key=len)
        return any(owner in large for owner in small)

    def join(self, a: int, b: int) -> int:
        """Join two roots; returns the new root."""
        self.groups.union(a, b)
        root, other = (a, b) if self.groups.find(a) == a else (b, a)
        if len(self.members[root]) < len(self.members[other]):
            self.members[root], self.members[other] = self.members[other], self.members[root]
            self.owners[root], self.owners[other] = self.owners[other], self.owners[root]
        self.members[root].extend(self.members.pop(other))
        self.owners[root] |= self.owners.pop(other)
        return root


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling reduced to what identifies it: alias table, no article, no possessive."""
    cleaned = re.sub(r"^the\s+|['’]s$", "", name.strip(), flags=re.IGNORECASE)
    cleaned = COUNTRY_ALIASES.get(cleaned, cleaned)
    return normalize(canonical(cleaned)).strip()
