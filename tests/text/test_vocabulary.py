"""The vocabulary tables: every cue is a whole word, and words that merely contain a cue
are not typed by it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import summarize
from summarizer.engines.extractive.figure_categories import CATEGORY_PATTERNS
from summarizer.engines.extractive.grammar import CUE_GUARD
from summarizer.engines.extractive.incidents import ANY_TYPE, incident_type
from summarizer.text import vocabulary
from summarizer.text.vocabulary import REPORTING_VERBS

CUE_PATTERNS = [
    ("incident types", ANY_TYPE),
    *((f"figure category {name}", pattern) for name, pattern in CATEGORY_PATTERNS),
    ("attribution verbs", re.compile(rf"{CUE_GUARD}(?:{REPORTING_VERBS})\b")),
]
WORD_CHARS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=3)


def cue_words() -> list[str]:
    """Single words the tables list (regex syntax stripped), to embed in longer words."""
    words: set[str] = set()
    for _, cues in (*vocabulary.INCIDENT_CUES, *vocabulary.FIGURE_CATEGORY_CUES):
        for cue in cues:
            if re.fullmatch(r"[a-z]+", cue):
                words.add(cue)
    words.update(vocabulary.ATTRIBUTION_VERBS)
    return sorted(words)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(cue_words()), WORD_CHARS, WORD_CHARS)
def test_no_cue_matches_inside_a_longer_word(word: str, prefix: str, suffix: str) -> None:
    for name, pattern in CUE_PATTERNS:
        for longer in (prefix + word, word + suffix, prefix + word + suffix):
            for match in pattern.finditer(f"then {longer} again"):
                text = match.string
                assert not text[match.start() - 1].isalpha(), (name, longer)
                assert match.end() == len(text) or not text[match.end()].isalpha(), (name, longer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices gradually rose after the graduates left the city last spring.",  # "grad"
        "Fans were storming the pitch as the final whistle blew in the stadium.",  # "storm"
        "The chef cracked open shellfish and served a bombastic dessert to guests.",
        "The company relied on a flood of cheap imports to fill its warehouses.",  # a metaphor
        "An AFP journalist visited a converted stadium that could seat 1,000 people.",
    ],
)
def test_words_containing_cues_are_not_incidents(sentence: str) -> None:
    assert incident_type(sentence) is None


def test_tables_are_lower_case_words() -> None:
    for table in (vocabulary.PERSON_ROLES, vocabulary.ORGANIZATION_ROLES, vocabulary.OFFICES):
        assert table and all(re.fullmatch(r"[a-z][a-z-]*", word) for word in table)
    assert vocabulary.OFFICES <= vocabulary.PERSON_ROLES


def test_context_numbers_are_not_tolls() -> None:
    briefing = summarize(
        "Floods in Dunmere\n\n"
        "The river burst its banks in Dunmere, a town of 40,000 people, where 12 people were killed on Monday.\n\n"
        "Evacuees were taken to a sports hall that could seat almost 1,000 people, and hundreds fled the valley.\n"
    )
    category = {f.text: f.category for f in briefing.figures}
    assert category["40,000 people"] == "other"
    assert category["12 people"] == "killed"
    assert category["almost 1,000 people"] == "other"
    assert category["hundreds"] == "displaced"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A wildfire forced 6,000 people to leave their homes on Monday.", "disaster"),
        ("The hurricane made landfall near the port overnight.", "disaster"),
        ("Floods cut the valley road for a week.", "disaster"),
        ("The quake hit at dawn, 40 km south of the city.", "disaster"),
    ],
)
def test_every_listed_disaster_word_types_a_disaster(sentence: str, kind: str) -> None:
    assert incident_type(sentence) == kind
