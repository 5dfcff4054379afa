"""The day's top line reads as prose: what happened, where and when, and what the sources
dispute; never the articles' sentences pasted one after another."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer.daily.topline import event_items, item_values, items_for_prompt, prose_top_line
from summarizer.evals.daily import DayBundle, merge_bundle
from summarizer.grounding.support import unsupported_claims
from summarizer.testing.mock_model import top_line_from

DAYS = sorted((Path(__file__).resolve().parents[2] / "evals" / "days").glob("**/*.json"))


@pytest.mark.parametrize("path", DAYS, ids=lambda p: p.stem)
def test_the_offline_top_line_pastes_no_sentence_of_an_article(path: Path) -> None:
    day = merge_bundle(DayBundle.load(path))
    assert not re.search(r"\(\d+ reports?\)", day.top_line)
    for incident in day.incidents:
        # No stretch of eight words of any report's sentence is copied into the top line.
        words = incident.description.split()
        for start in range(max(0, len(words) - 7)):
            assert " ".join(words[start : start + 8]) not in day.top_line, path.stem
    assert day.top_line.count(". ") <= 3  # a sentence of counts, one of events, one of disputes


def test_the_flood_day_reads_as_a_sentence_with_its_dispute() -> None:
    day = merge_bundle(DayBundle.load(next(p for p in DAYS if p.stem == "day01_flood_strikes")))
    assert day.top_line == (
        "5 articles from 5 outlets report 3 events, 2 of them in more than one article. "
        "The most reported event is a disaster in Merrick Falls on Tuesday; next comes a protest in "
        "Merrick Falls on Tuesday. The sources disagree on the death toll in Merrick Falls "
        "(at least 12 people in one report, no one in another)."
    )


@pytest.mark.parametrize("path", DAYS, ids=lambda p: p.stem)
def test_the_mock_models_top_line_is_the_same_prose_and_passes_the_top_line_check(path: Path) -> None:
    day = merge_bundle(DayBundle.load(path))
    items = items_for_prompt(day.incidents, day.figures, day.quotes)
    line = top_line_from(json.loads(items))
    assert line == prose_top_line(event_items(day.incidents, day.figures))
    assert line in day.top_line  # the offline line is the counts, then the same prose
    assert unsupported_claims(line, item_values(items)) == []


def test_a_toll_is_said_once_and_a_time_reads_as_written() -> None:
    event = {
        "type": "accident",
        "place": "Ostvik",
        "time": "In the evening",
        "figures": [
            {
                "measure": "people (injured)",
                "category": "injured",
                "values": ["31 people"],
                "conflict": False,
            },
            {
                "measure": "people (injured)",
                "category": "injured",
                "values": ["30 people"],
                "conflict": False,
            },
            {"measure": "people (killed)", "category": "killed", "values": ["Two people"], "conflict": False},
        ],
    }
    assert prose_top_line([event]) == (
        "The most reported event is an accident in Ostvik in the evening, with 31 people injured and two "
        "people killed."
    )
    assert prose_top_line([]) == "The day's articles report no events."
