"""Feature counts taken with numpy are py3langid's own, in the same order."""

from __future__ import annotations

import random

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from summarizer.text import language
from summarizer.text.byte_ngrams import WINDOW, _Automaton
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    found = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    found.set_languages(list(language.CANDIDATES))
    return found


def _texts() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "evals").glob("**/*.txt"))
    texts = [f.read_text(encoding="utf-8")[: language.SAMPLE_CHARS] for f in files]
    rng = random.Random(3)
    alphabet = "abcdefghij ÄöüßéèñçАБВгдеЖ中文字日本語ع ب ت,.;'\"\n0123456789"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 600))) for _ in range(200)]
    return texts


def test_no_state_of_the_model_is_deeper_than_the_window(identifier):
    """The windowed walk is exact only if every state is reached within WINDOW bytes."""
    moves = np.asarray(identifier.tk_nextmove)
    rowbase = np.asarray(identifier._rowbase, dtype=np.int64)
    depth = np.full(len(rowbase), -1)
    depth[0], frontier, level = 0, np.array([0]), 0
    while frontier.size:
        level += 1
        reached = np.unique(moves[(rowbase[frontier][:, None] + np.arange(256)).ravel()])
        frontier = reached[depth[reached] < 0]
        depth[frontier] = level
    assert (depth >= 0).all() and depth.max() <= WINDOW


def test_counts_are_py3langids_in_the_same_order(identifier):
    automaton = _Automaton(identifier)
    rng = random.Random(5)
    samples = [identifier._encode(t) for t in _texts()]
    samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300))) for _ in range(200)]
    for sample in samples:
        expected = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, sample)
        found = automaton.feature_counts(sample)
        assert (found is None) == (expected is None)
        if found is not None and expected is not None:
            ids, counts = found
            assert list(zip(ids.tolist(), counts.tolist(), strict=True)) == list(expected.items())


def test_detection_scores_are_bit_for_bit_py3langids(identifier):
    detector = language._detector()
    assert type(detector) is not LanguageIdentifier  # the numpy-counting subclass is in use
    for text in _texts():
        assert detector.rank(text) == identifier.rank(text)
