"""A dog is a dog in every language the merge reads (issue 25, day 90: a Dutch report's
"hond" beside an English report's "dog" of one bite): Dutch, Catalan, Italian and Portuguese
words join the concept the four-language table gives. Not Italian "cane", which English
writes with another meaning (sugar cane, a walking cane)."""

from __future__ import annotations

import pytest

from summarizer.text.concepts import tables


@pytest.mark.parametrize("word", ["hond", "honden", "gos", "gossos", "cani", "caes", "cadela"])
def test_dogs_in_dutch_catalan_italian_and_portuguese(word: str) -> None:
    table, _, _ = tables()
    assert table.get(word) == "dog"


@pytest.mark.parametrize("word", ["cane", "dogma"])
def test_near_words_are_no_dog(word: str) -> None:
    table, _, _ = tables()
    assert table.get(word) != "dog"
