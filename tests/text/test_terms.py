"""Words quoted in passing against statements: invented sentences, both sides of each rule."""

from __future__ import annotations

import pytest

from summarizer.text.terms import is_listed_apart, quoted_in_passing


def span_of(text: str, quoted: str) -> tuple[int, int]:
    start = text.index(quoted)
    return start, start + len(quoted)


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("The council will defend “its budget.” on Monday.", "its budget."),
        ("Nordvia would never accept “foreign ultimatums.”", "foreign ultimatums."),
        ('The firm said it had met "all" of its targets.', "all"),
        ("Critics called the plan ‘a costly detour,’ and left.", "a costly detour,"),
    ],
)
def test_a_few_words_inside_the_writers_sentence_are_quoted_in_passing(sentence: str, quoted: str) -> None:
    assert quoted_in_passing(sentence, *span_of(sentence, quoted))


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("The mayor said: “Help is coming.”", "Help is coming."),
        ("“Help is coming,” the mayor said.", "Help is coming,"),
        ('The mayor said "We will rebuild."', "We will rebuild."),  # a statement, by its words
        ("The chief added, “Roads closed.”", "Roads closed."),  # after a comma: a statement begins
        ("Officials were blunt.\n“Bridges failed.”", "Bridges failed."),  # a sentence of its own
        (
            "Residents were told to “leave the valley before the water reaches the mill.”",
            "leave the valley before the water reaches the mill.",
        ),
    ],
)
def test_statements_are_not_quoted_in_passing(sentence: str, quoted: str) -> None:
    assert not quoted_in_passing(sentence, *span_of(sentence, quoted))


def test_pages_list_terms_and_short_partial_quotes_apart_from_statements() -> None:
    assert is_listed_apart("all", "partial", attributed=True)
    assert is_listed_apart("strategic failure", "partial", attributed=True)
    assert is_listed_apart("the kitchen table", "direct", attributed=False)  # a term
    assert not is_listed_apart("All parties support a political settlement", "partial", attributed=True)
    assert not is_listed_apart("We won.", "direct", attributed=True)
    assert not is_listed_apart("Fix it first.", "direct", attributed=False)
