"""py3langid's feature counts taken with numpy: the same counts, in the same order, about
1 ms less per article (``language``).

py3langid finds its byte n-gram features with an Aho-Corasick automaton walked one byte at
a time in Python; the automaton's table is 39 MB, so each step waits on memory before the
next can start. The state after a byte is the longest suffix of the text read so far that is
a node of the automaton, and no node of the model is deeper than ``WINDOW`` bytes: so the
state at each position is the state reached from the start on the ``WINDOW`` bytes ending
there. That is computed for every position at once, ``WINDOW`` vectorised steps, and the
features of the states are counted in the order the loop would meet them, so the scores
(float sums) are bit for bit py3langid's. The counts stay numpy arrays up to the score:
py3langid's ``Counter`` and its two ``np.fromiter`` calls over it cost 0.1 ms a 4,000-byte
sample. ``tests/text/test_byte_ngrams.py`` checks the model's depth and compares the counts
on real and random text.
"""

from __future__ import annotations

from typing import Any

import numpy as np

# The deepest node of py3langid's model, in bytes (its features are byte n-grams).
WINDOW = 6


class _Automaton:
    def __init__(self, identifier: Any) -> None:
        self.moves = np.asarray(identifier.tk_nextmove)
        self.rowbase = np.asarray(identifier._rowbase, dtype=np.int64)
        self.output = np.asarray(identifier.tk_output, dtype=np.int64)

    def states(self, text: bytes) -> np.ndarray[Any, np.dtype[np.int64]]:
        """The automaton's state after each byte of ``text``."""
        data = np.frombuffer(text, dtype=np.uint8).astype(np.int64)
        state = np.zeros(len(data), dtype=np.int64)
        for back in range(min(WINDOW, len(data)) - 1, -1, -1):
            # Position i steps on byte i - back (positions before ``back`` start later).
            moved = self.moves[self.rowbase[state[back:]] + data[: len(data) - back]]
            state[back:] = moved
        return state

    def feature_counts(self, text: bytes) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]] | None:
        """What py3langid's ``visit_counts`` returns, as arrays: the features met, in order
        of first sight, and each one's count (float32, as py3langid scores them); None when
        the text has none."""
        features = self.output[self.states(text)]
        found = features[features >= 0]
        if not len(found):
            return None
        ids, first, counts = np.unique(found, return_index=True, return_counts=True)
        order = np.argsort(first)  # first sights are distinct: any sort gives this order
        return ids[order], counts[order].astype(np.float32)


def counting_with_numpy(base: type[Any]) -> type[Any]:
    """A subclass of py3langid's ``LanguageIdentifier`` (``base``) that scores with numpy
    feature counts; ``base`` itself if it is not laid out as expected (another version)."""
    if not all(hasattr(base, name) for name in ("_raw_score", "_sparse_score", "from_model_file")):
        return base  # pragma: no cover - another py3langid

    class NumpyCounting(base):  # type: ignore[misc]
        __slots__ = ("_automaton",)
        _automaton: _Automaton

        def _raw_score(self, text: bytes) -> Any:
            try:
                automaton = self._automaton
            except AttributeError:  # the first text: built once (two threads may both build it)
                automaton = self._automaton = _Automaton(self)
            visits = automaton.feature_counts(text)
            if visits is None:  # no features: py3langid's own answer for featureless text
                return super()._raw_score(text)
            # py3langid's ``_sparse_score``, the same operations on the same arrays.
            ids, counts = visits
            return np.log1p(counts) @ self.nb_ptc[ids] + self.nb_pc

    return NumpyCounting
