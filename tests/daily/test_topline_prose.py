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
    bundle = DayBundle.load(path)
    day = merge_bundle(bundle)
    english = {b.article.id for b in bundle.briefed if b.briefing.language == "en"}
    items = items_for_prompt(day.incidents, day.figures, day.quotes, english)
    line = top_line_from(json.loads(items))
    assert line == prose_top_line(event_items(day.incidents, day.figures, english))
    assert line in day.top_line  # the offline line is the counts, then the same prose
    assert unsupported_claims(line, item_values(items)) == []


def test_a_toll_is_said_once_and_a_time_reads_as_written() -> None:
    event = {
        "type": "accident",
        "place": "Ostvik",
        "time": "In the evening",
        "when": "in the evening",
        "figures": [
            {
                "measure": "people (injured)",
                "category": "injured",
                "values": ["31 people"],
                "amounts": ["31 people"],
                "conflict": False,
            },
            {
                "measure": "people (injured)",
                "category": "injured",
                "values": ["30 people"],
                "amounts": ["30 people"],
                "conflict": False,
            },
            {
                "measure": "people (killed)",
                "category": "killed",
                "values": ["Two people"],
                "amounts": ["two people"],
                "conflict": False,
            },
        ],
    }
    assert prose_top_line([event]) == (
        "The most reported event is an accident in Ostvik in the evening, with 31 people injured and two "
        "people killed."
    )
    assert prose_top_line([]) == "The day's articles report no events."


@pytest.mark.parametrize("path", DAYS, ids=lambda p: p.stem)
def test_the_offline_top_line_is_english_whatever_the_articles_language(path: Path) -> None:
    """A value or a time from an article in another language is said in English ("au moins
    trois morts" is "at least 3", "este miércoles" is "on Wednesday"), never pasted."""
    bundle = DayBundle.load(path)
    day = merge_bundle(bundle)
    # What an English article of the day wrote the line may say as written ("38 trains").
    english = {f.text for b in bundle.briefed if b.briefing.language == "en" for f in b.briefing.figures}
    for b in bundle.briefed:
        if b.briefing.language == "en":
            continue
        for text in [*(f.text for f in b.briefing.figures), *(i.time or "" for i in b.briefing.incidents)]:
            if (len(text.split()) > 1 or text[:1].isalpha()) and text not in english:
                assert not re.search(rf"(?<!\w){re.escape(text)}(?!\w)", day.top_line, re.I), (
                    text,
                    path.stem,
                )


def test_amounts_and_times_are_said_in_english() -> None:
    from summarizer.daily.amounts import english_amount, english_time
    from summarizer.models.common import Span
    from summarizer.models.daily_v1 import FigureValue, SourceRef

    def value(v: float | None, bound: str = "exact", high: float | None = None) -> FigureValue:
        ref = SourceRef(article_id="a", span=Span(start=0, end=1), text="x")
        return FigureValue(value=v, value_high=high, bound=bound, text="unos 45.000 vecinos", source=ref)

    assert english_amount(value(45000, "approximately"), "count") == "about 45,000"
    assert english_amount(value(80, "more_than"), "m") == "more than 80 m"
    assert english_amount(value(62), "percent") == "62%"
    assert english_amount(value(2.5, "at_least"), "hours") == "at least 2.5 hours"
    assert english_amount(value(10, high=12), "count") == "10 to 12"
    assert english_amount(value(0), "count", "killed") == "no one"
    assert english_amount(value(0), "count", "destroyed") == "none"
    assert english_amount(value(None), "count") == "unos 45.000 vecinos"  # no number: as written
    assert english_time("mardi soir") == "on Tuesday"
    assert english_time("a las 9.40 horas de este miércoles") == "on Wednesday"
    assert english_time("mercredi 14:30") == "on Wednesday"  # a clock does not make it English
    assert english_time("Tuesday night") == "on Tuesday night"
    assert english_time("early on Friday") == "early on Friday"
    assert english_time("In the evening") == "in the evening"
    assert english_time("09:15") == "at 09:15"
    assert english_time("esta tarde") is None  # neither English nor a weekday: left to the items
    assert english_time("  ") is None and english_time(None) is None
    assert english_time("mardi " * 5000) == "on Tuesday"  # a hostile field ends quickly


def test_an_english_value_that_says_the_harm_is_not_said_twice() -> None:
    def toll(amount: str, category: str) -> dict[str, object]:
        return {"measure": "people", "category": category, "amounts": [amount], "conflict": False}

    event = {
        "type": "accident",
        "place": "Ostvik",
        "figures": [toll("two wounded", "injured"), toll("2 dead", "killed")],
    }
    assert prose_top_line([event]).endswith("in Ostvik, with two wounded and 2 dead.")


@pytest.mark.parametrize(
    ("time", "english"),
    [
        # A clock time inside another language's words is said alone: no "a las", "Uhr", "vers".
        ("a las 10:30 horas", "at 10:30"), ("14:30 Uhr", "at 14:30"), ("hier à 10:30", "at 10:30"),
        # English words around it stay.
        ("around 10:30", "around 10:30"), ("Tuesday, 5 March", "on Tuesday, 5 March"),
        ("night of Saturday to Sunday", "night of Saturday to Sunday"),
        # Invisible characters never reach the top line, nor lower a weekday's capital.
        ("Monday\u200b", "on Monday"), ("\u200fMonday", "on Monday"), ("Mon\u200bday", "on Monday"),
    ],
)  # fmt: skip
def test_a_time_in_the_top_line_holds_no_word_of_another_language_nor_an_invisible_mark(
    time: str, english: str
) -> None:
    from summarizer.daily.amounts import english_time

    assert english_time(time) == english


def test_a_toll_whose_words_tell_its_category_is_not_told_it_twice() -> None:
    # "two wounded" and "killing 12 people" are English values as written: the line said
    # "two wounded injured" (day00) and "with killing 12 people killed".
    from tests.daily.test_daily import killed, merged, one_incident

    text = "A landslide hit Tarvik on Monday, killing 12 people."
    day = merged(one_incident(text, type="disaster", place="Tarvik", time="Monday",
                              figures=[killed("killing 12 people", 12)]))  # fmt: skip
    assert "with 12 killed" in day.top_line
    seeds = merge_bundle(DayBundle.load(next(p for p in DAYS if p.stem == "day00_seeds")))
    assert "wounded injured" not in seeds.top_line and "two civilians killed and 2 injured" in seeds.top_line


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
def test_a_toll_a_model_gave_as_infinity_or_nan_never_sinks_the_day(value: float) -> None:
    # JSON read by pydantic takes "Infinity" and "NaN" for a float: the top line crashed.
    from tests.daily.test_daily import killed, merged, one_incident

    text = "A landslide hit Tarvik on Monday, killing 12 people."
    day = merged(one_incident(text, type="disaster", place="Tarvik", time="Monday",
                              figures=[killed("12 people", value)]))  # fmt: skip
    assert "disaster in Tarvik on Monday" in day.top_line


def test_small_shares_and_ranges_of_one_number_are_said_rightly() -> None:
    from summarizer.daily.amounts import english_amount
    from summarizer.models.daily_v1 import FigureValue, SourceRef

    def value(low: float, high: float | None = None) -> FigureValue:
        source = SourceRef.model_construct(article_id="a1")
        return FigureValue(value=low, value_high=high, text="x", source=source)

    assert english_amount(value(0.004), "percent") == "0.004%"  # was "0%"
    assert english_amount(value(0.25), "percent") == "0.25%"
    assert english_amount(value(12, 12), "count") == "12"  # was "12 to 12"
    assert english_amount(value(1234.567), "count") == "1,234.57"


@pytest.mark.parametrize(
    ("place", "named"),
    [
        ("pont ferroviaire de la rue de la Station, Tarvel", "Tarvel"),
        ("plaza Mayor, Villarcayo", "Villarcayo"),
        ("Piz Gliatsch, Grisons", "Piz Gliatsch, Grisons"),
        ("Val d'Isère", "Val d'Isère"),
        ("Flughafen Tarvel, Mittelbaden", "Flughafen Tarvel, Mittelbaden"),  # German nouns are capitalised
        ("北京市朝阳区, Beijing", "北京市朝阳区, Beijing"),  # a script without case is a name
        ("an industrial estate near Tarvel", "an industrial estate near Tarvel"),  # no part a name: whole
        (None, None),
    ],
)
def test_the_top_line_names_a_place_by_its_names_not_a_sites_description(
    place: str | None, named: str | None
) -> None:
    from summarizer.daily.topline import named_place

    assert named_place(place) == named
