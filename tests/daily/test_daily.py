"""Daily briefing: merging actors, incidents, figures and quotes across a day's articles."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summarizer.article import Article
from summarizer.cli import app
from summarizer.daily import daily_briefing, merge_briefings
from summarizer.daily.figure_conflicts import values_conflict
from summarizer.daily.measures import measure_of
from summarizer.daily.merge import Briefed
from summarizer.models import Actor, Briefing, Figure, Incident, Provenance, Quote
from summarizer.models.common import Span
from summarizer.models.daily_v2 import DailyBriefing, FigureValue, SourceRef
from summarizer.testing import Reply, ScriptedServer, Status
from tests.conftest import SEEDS, llm_settings


@dataclass(frozen=True)
class FigureStandIn:
    """A figure with the fields that tell what it measures (``measures.MeasuredFigure``), for tests
    that read a measure without a whole briefing; each test module sets its own defaults
    with ``functools.partial``."""

    counted: str | None
    category: str = "other"
    unit: str = "count"
    text: str = ""
    value: float | None = None
    value_high: float | None = None
    bound: str = "exact"


# Scripted replies here are whole briefing drafts: the free-generation prompt.
pytestmark = pytest.mark.usefixtures("free_generation")

runner = CliRunner()
DAY = dt.date(2024, 3, 4)
SEED_000 = str(SEEDS / "000_6acb0b2e29b12f68.txt")
SEED_001 = str(SEEDS / "001_0366c24000c99fd9.txt")


# --------------------------------------------------------------------------- hand-built briefings


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part))


def briefed(
    text: str,
    *,
    actors: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    incidents: list[dict[str, Any]] = (),  # type: ignore[assignment]
    figures: list[dict[str, Any]] = (),  # type: ignore[assignment]
    quotes: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
) -> Briefed:
    """A briefing whose items are given as text found in the article."""
    article = Article(text=text, published=DAY)
    briefing = Briefing(
        article=article.meta,
        summary="One. Two.",
        actors=[
            Actor(id=i, name=name, kind=kind, mentions=[span_of(text, name)])  # type: ignore[arg-type]
            for i, name, kind in actors
        ],
        figures=[
            Figure(
                **{"unit": "count", "bound": "exact", **f},
                span=span_of(text, f["text"]),
            )
            for f in figures
        ],
        incidents=[
            Incident(description=i["evidence"], evidence_span=span_of(text, i["evidence"]), **i)
            for i in incidents
        ],
        quotes=[
            Quote(id=f"q{n}", text=q, speaker=who, span=span_of(text, q))
            for n, (q, who) in enumerate(quotes, start=1)
        ],
        provenance=Provenance(engine="extractive", created_at=dt.datetime.now(dt.UTC)),
    )
    return Briefed(article, briefing)


def merged(*items: Briefed) -> DailyBriefing:
    return merge_briefings(list(items), DAY)


def count_measure(text: str, counted: str, category: str = "other", value: float = 5) -> str | None:
    """The measure (``measures.measure_of``) of a count written ``text``, counting ``counted``."""
    figure = Figure(id="f1", text=text, value=value, counted=counted, category=category, unit="count",
                    bound="exact", span=Span(start=0, end=len(text)))  # fmt: skip
    return measure_of(figure)


def one_incident(
    text: str,
    *,
    evidence: str | None = None,
    figures: Sequence[dict[str, Any]] = (),
    language: str | None = None,
    **incident: Any,
) -> Briefed:
    """A report of one incident (``i1``, its evidence the whole text unless given) whose
    toll is every figure given, briefed in ``language`` when one is given."""
    made = briefed(
        text,
        incidents=[
            {
                "id": "i1",
                "evidence": evidence or text,
                "casualty_figures": [f["id"] for f in figures],
                **incident,
            }
        ],
        figures=list(figures),
    )
    if language is None:
        return made
    return Briefed(made.article, made.briefing.model_copy(update={"language": language}))


def killed(text: str, value: float, bound: str = "exact", counted: str | None = "people") -> dict[str, Any]:
    """A figure (``f1``) of ``counted`` killed, as a report's toll."""
    return {
        "id": "f1",
        "text": text,
        "value": value,
        "bound": bound,
        "counted": counted,
        "category": "killed",
    }


# --------------------------------------------------------------------------- actors


def test_actors_merge_across_spellings_alias_table_and_surnames() -> None:
    a = briefed(
        "President Volodymyr Zelensky met Vitaly Klitschko in Kiev. Gladkov spoke later.",
        actors=[
            ("a1", "Volodymyr Zelensky", "person"),
            ("a2", "Vitaly Klitschko", "person"),
            ("a3", "Gladkov", "person"),
        ],
    )
    b = briefed(
        "Zelenskyy and Mayor Vitali Klitschko visited. Vyacheslav Gladkov and Anna Gladkova too.",
        actors=[
            ("a1", "Zelenskyy", "person"),
            ("a2", "Vitali Klitschko", "person"),
            ("a3", "Vyacheslav Gladkov", "person"),
            ("a4", "Anna Gladkova", "person"),
        ],
    )
    day = merged(a, b)
    by_name = {actor.name: actor for actor in day.actors}
    assert set(by_name) == {"Volodymyr Zelenskyy", "Vitali Klitschko", "Vyacheslav Gladkov", "Anna Gladkova"}
    for name in ("Volodymyr Zelenskyy", "Vitali Klitschko", "Vyacheslav Gladkov"):
        assert len(by_name[name].articles) == 2, name
    assert {"Volodymyr Zelensky", "Zelenskyy"} <= set(by_name["Volodymyr Zelenskyy"].names)
    assert by_name["Anna Gladkova"].articles == [b.article.id]
    # Every mention keeps its source passage.
    for mention in by_name["Vitali Klitschko"].mentions:
        article = a.article if mention.article_id == a.article.id else b.article
        assert article.text[mention.span.start : mention.span.end] == mention.text


def test_two_different_people_with_one_surname_stay_apart() -> None:
    a = briefed("John Smith spoke.", actors=[("a1", "John Smith", "person")])
    b = briefed("Mary Smith spoke.", actors=[("a1", "Mary Smith", "person")])
    assert len(merged(a, b).actors) == 2


# --------------------------------------------------------------------------- incidents and figures

KHARKIV_A = (
    "Russian drones struck Kharkiv on Monday night, killing three people, the governor said. "
    "Rescuers worked through the night in the damaged district."
)
KHARKIV_B = (
    "At least five people were killed when drones hit Kharkiv on Monday, regional officials said. "
    "Separately, shelling hit Kherson on Monday, injuring two people."
)


def _kharkiv_pair() -> tuple[Briefed, Briefed]:
    a = briefed(
        KHARKIV_A,
        incidents=[
            {
                "id": "i1",
                "type": "air_drone_strike",
                "place": "Kharkiv",
                "time": "Monday night",
                "evidence": KHARKIV_A.split(". ")[0] + ".",
                "casualty_figures": ["f1"],
            }
        ],
        figures=[{"id": "f1", "text": "three people", "value": 3, "counted": "people", "category": "killed"}],
    )
    b_first = KHARKIV_B.split(". ")[0] + "."
    b = briefed(
        KHARKIV_B,
        incidents=[
            {
                "id": "i1",
                "type": "air_drone_strike",
                "place": "Kharkiv",
                "time": "Monday",
                "evidence": b_first,
                "casualty_figures": ["f1"],
            },
            {
                "id": "i2",
                "type": "shelling",
                "place": "Kherson",
                "time": "Monday",
                "evidence": "Separately, shelling hit Kherson on Monday, injuring two people.",
                "casualty_figures": ["f2"],
            },
        ],
        figures=[
            {
                "id": "f1",
                "text": "At least five people",
                "value": 5,
                "bound": "at_least",
                "counted": "people",
                "category": "killed",
            },
            {"id": "f2", "text": "two people", "value": 2, "counted": "people", "category": "injured"},
        ],
    )
    return a, b


def test_one_event_from_two_sources_is_one_incident_and_differing_tolls_are_a_conflict() -> None:
    a, b = _kharkiv_pair()
    day = merged(a, b)
    assert len(day.incidents) == 2
    kharkiv = next(i for i in day.incidents if i.place == "Kharkiv")
    assert sorted(kharkiv.articles) == sorted([a.article.id, b.article.id])
    assert [r.incident_id for r in kharkiv.reports] == ["i1", "i1"]
    (toll,) = [day_fig for day_fig in day.figures if day_fig.id in kharkiv.figures]
    assert toll.conflict  # "three" cannot be "at least five"
    assert sorted(v.text for v in toll.values) == ["At least five people", "three people"]
    kherson = next(i for i in day.incidents if i.place == "Kherson")
    assert kherson.articles == [b.article.id]


def test_places_and_weekdays_keep_events_apart() -> None:
    text_a = "Drones hit Odesa on Monday, killing two people, officials said."
    text_b = "Drones hit Lviv on Monday, killing two people, officials said."
    text_c = "Drones hit Odesa on Tuesday, killing two people, officials said."

    def one(text: str, place: str, time: str) -> Briefed:
        return briefed(
            text,
            incidents=[
                {"id": "i1", "type": "air_drone_strike", "place": place, "time": time, "evidence": text}
            ],
        )

    day = merged(
        one(text_a, "Odesa", "on Monday"),
        one(text_b, "Lviv", "on Monday"),
        one(text_c, "Odesa", "on Tuesday"),
    )
    assert len(day.incidents) == 3
    assert all(len(i.articles) == 1 for i in day.incidents)


def test_two_incidents_of_one_article_never_merge() -> None:
    text = "Drones hit Odesa on Monday, officials said. Drones hit Odesa on Monday again, officials said."
    first, second = text.split(". ")
    item = briefed(
        text,
        incidents=[
            {"id": "i1", "type": "air_drone_strike", "place": "Odesa", "evidence": first + "."},
            {"id": "i2", "type": "air_drone_strike", "place": "Odesa", "evidence": second},
        ],
    )
    assert len(merged(item).incidents) == 2


_ARTICLES = itertools.count()


def _value(value: float, bound: str = "exact", article: str | None = None) -> FigureValue:
    """A value from its own article unless one is named."""
    ref = SourceRef(article_id=article or f"x{next(_ARTICLES)}", span=Span(start=0, end=1), text="x")
    return FigureValue(value=value, bound=bound, text=str(value), source=ref)  # type: ignore[arg-type]


def test_figure_conflicts_respect_bounds() -> None:
    assert values_conflict([_value(21), _value(18)])
    assert not values_conflict([_value(15), _value(15)])
    assert not values_conflict([_value(2, "at_least"), _value(3)])
    assert values_conflict([_value(4, "at_least"), _value(2)])
    assert not values_conflict([_value(100, "approximately"), _value(105)])
    assert values_conflict([_value(10, "more_than"), _value(10)])


def test_rounding_slack_is_for_measured_quantities_only() -> None:
    # "7 t" may be a rounded 7.2 t, but "20 °C" against "21 °C" or "€100m" against "€104m"
    # are two readings, not one rounded two ways.
    assert not values_conflict([_value(7), _value(7.2)], unit="t")
    assert values_conflict([_value(20), _value(21)], unit="celsius")
    assert values_conflict([_value(100), _value(104)], unit="EUR")


def test_two_figures_of_one_article_are_never_a_disagreement() -> None:
    # "498 Russian servicemen have been killed ... and 2,870 others": one article, two figures.
    assert not values_conflict([_value(498, article="a"), _value(2870, article="a")])
    # Another article agreeing with one of them makes no conflict either ...
    assert not values_conflict(
        [_value(498, article="a"), _value(2870, article="a"), _value(498, article="b")]
    )
    # ... nor one between its two figures (it may agree with either) ...
    assert not values_conflict(
        [_value(498, article="a"), _value(2870, article="a"), _value(600, article="b")]
    )
    # ... but a source outside everything the first gives disagrees, in any order.
    assert values_conflict([_value(498, article="a"), _value(2870, article="a"), _value(3000, article="b")])
    assert values_conflict(
        [_value(9, "at_least", article="b"), _value(5, article="a"), _value(5, article="a")]
    )
    assert values_conflict([_value(1, article="a"), _value(1, article="c"), _value(7, article="b")])


# --------------------------------------------------------------------------- quotes

STATEMENT_A = "Shrapnel hit passing cars. In one of them, two women died on the spot of their wounds"
STATEMENT_B = "Shrapnel hit passing automobiles. In one of them, two women died at the site of their injuries"


def test_two_translations_of_one_statement_are_one_quote_with_both_sources() -> None:
    a = briefed(
        f'"{STATEMENT_A}," Vyacheslav Gladkov said. "All is calm," he added.',
        actors=[("a1", "Vyacheslav Gladkov", "person")],
        quotes=[(STATEMENT_A, "a1"), ("All is calm", "a1")],
    )
    b = briefed(
        f"“{STATEMENT_B},” said Gladkov. Another official said “all is quiet”.",
        actors=[("a1", "Gladkov", "person")],
        quotes=[(STATEMENT_B, "a1"), ("all is quiet", None)],
    )
    day = merged(a, b)
    statement = next(q for q in day.quotes if "Shrapnel" in q.text)
    assert len(statement.sources) == 2
    assert {s.text for s in statement.sources} == {STATEMENT_A, STATEMENT_B}
    assert statement.speaker_name == "Vyacheslav Gladkov"
    # Short quotes that differ are different quotes.
    assert len(day.quotes) == 3


def test_same_words_from_different_speakers_stay_apart() -> None:
    words = "We will rebuild every house that was destroyed in this war"
    a = briefed(
        f'"{words}," Anna Ivanova said.', actors=[("a1", "Anna Ivanova", "person")], quotes=[(words, "a1")]
    )
    b = briefed(
        f'"{words}," Petro Bondar said.', actors=[("a1", "Petro Bondar", "person")], quotes=[(words, "a1")]
    )
    assert len(merged(a, b).quotes) == 2


# --------------------------------------------------------------------------- the seeds, end to end


def test_daily_of_two_seed_reports_merges_shared_events_and_flags_the_drone_count(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["daily", SEED_000, SEED_001, "--date", "2023-06-02", "--format", "json", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    day = DailyBriefing.model_validate_json((tmp_path / "daily-2023-06-02.json").read_text())
    assert day.provenance.engines == ["extractive"] and day.provenance.top_line_engine == "extractive"
    texts = {e.article.id: e.article.title for e in day.articles}
    assert len(texts) == 2

    def evidence(incident_words: str) -> list[Any]:
        return [i for i in day.incidents if any(incident_words in r.evidence.text for r in i.reports)]

    for words in ("shells fired by Ukrainian forces", "Kiev was attacked by a new wave"):
        (incident,) = evidence(words)
        assert len(incident.articles) == 2, words
    (kursk,) = [i for i in day.incidents if i.place == "Kursk"]
    assert len(kursk.reports) == 1  # only seed 000 reports the drones over Kursk
    drones = [f for f in day.figures if f.conflict and "drone" in f.measure]
    assert len(drones) == 1
    assert sorted(v.value for v in drones[0].values) == [18, 21]
    assert "21 attack drones" in day.top_line and "18" in day.top_line
    # Every source passage is the article's own text at that span.
    sources = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    by_id = {
        e.article.id: sources[Path(SEED_000).name if i == 0 else Path(SEED_001).name]
        for i, e in enumerate(day.articles)
    }
    for incident in day.incidents:
        for report in incident.reports:
            ref = report.evidence
            assert by_id[ref.article_id][ref.span.start : ref.span.end] == ref.text


def test_daily_markdown_lists_conflict_and_sources() -> None:
    result = runner.invoke(app, ["daily", SEED_000, SEED_001, "--date", "2023-06-02"])
    assert result.exit_code == 0, result.output
    assert "# Daily briefing — 2023-06-02" in result.stdout
    assert "CONFLICT" in result.stdout
    for heading in (
        "## Top line",
        "## Incident timeline",
        "## Key figures",
        "## Notable quotes",
        "## Actors",
    ):
        assert heading in result.stdout


def test_one_bad_article_never_sinks_the_day(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01" * 50)
    args = ["daily", SEED_000, str(empty), str(binary), "--date", "2023-06-02", "--format", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    day = DailyBriefing.model_validate_json(result.stdout)
    statuses = sorted(e.status for e in day.articles)
    assert statuses == ["briefed", "failed", "failed"]
    failed = {e.article.id: e for e in day.articles if e.status == "failed"}
    assert set(failed) == {str(empty), str(binary)}  # each failed input named on its own
    assert failed[str(empty)].stage == "input" and "empty" in (failed[str(empty)].reason or "")
    assert "binary" in (failed[str(binary)].reason or "")
    assert day.incidents
    markdown = runner.invoke(app, args[:-2])
    assert markdown.stdout.count("FAILED at input") == 2


def test_daily_needs_a_date_when_articles_carry_none(tmp_path: Path) -> None:
    result = runner.invoke(app, ["daily", SEED_000])
    assert result.exit_code == 2
    assert "--date" in result.output


def test_daily_date_comes_from_article_metadata(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "one", "text": KHARKIV_A, "published": "2024-03-04", "source": "Wire A"}),
        json.dumps({"id": "two", "text": KHARKIV_B, "published": "2024-03-04", "source": "Wire B"}),
    ]
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["daily", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    day = DailyBriefing.model_validate_json(result.stdout)
    assert day.date == DAY
    assert {e.article.source for e in day.articles} == {"Wire A", "Wire B"}


# --------------------------------------------------------------------------- the LLM top line


def _top_line_or_draft(line: str) -> Any:
    """Replies: a minimal briefing draft for article requests; the top line for the day."""

    def respond(body: dict[str, Any]) -> Reply:
        system = body["messages"][0]["content"]
        if "top line" in system:
            return Reply({"top_line": line})
        text = body["messages"][-1]["content"]
        first = text.split("<article>\n", 1)[1].strip().splitlines()[0]
        return Reply(
            {
                "summary": "One. Two.",
                "incidents": [{"id": "i1", "type": "other", "description": first, "evidence": first}],
            }
        )

    return respond


def test_llm_top_line_uses_the_daily_prompt_and_is_recorded(server: ScriptedServer) -> None:
    server.default = _top_line_or_draft("Drones struck Kharkiv; sources differ on the toll.")
    settings = llm_settings(server)
    day = daily_briefing([KHARKIV_A, KHARKIV_B], date=DAY, settings=settings)
    assert day.top_line == "Drones struck Kharkiv; sources differ on the toll."
    assert day.provenance.top_line_engine == "llm"
    assert (day.provenance.prompt_id, day.provenance.prompt_version) == ("daily", "v1")
    top_requests = [r for r in server.requests if "top line" in r["messages"][0]["content"]]
    assert len(top_requests) == 1
    assert "<items>" in top_requests[0]["messages"][-1]["content"]


def test_llm_top_line_with_invented_numbers_falls_back_to_the_offline_one(server: ScriptedServer) -> None:
    server.default = _top_line_or_draft("Drones killed 999 people in Kharkiv.")
    day = daily_briefing([KHARKIV_A, KHARKIV_B], date=DAY, settings=llm_settings(server))
    assert "999" not in day.top_line
    assert day.provenance.top_line_engine == "extractive"
    assert any("999" in w for w in day.warnings)
    # One re-ask naming the number, then the fallback.
    top_requests = [r for r in server.requests if "top line" in r["messages"][0]["content"]]
    assert len(top_requests) == 2
    assert "999" in top_requests[1]["messages"][-1]["content"]


def test_a_top_line_number_is_checked_against_item_values_not_counts(server: ScriptedServer) -> None:
    """Two articles report the event ("reported_by_articles": 2), and no value the items hold
    is 2: "2 people" in the top line is an invented figure."""
    lead = "Drones struck Kharkiv on Monday, killing five people."
    articles = [f"{lead}\nRescuers worked late.", f"{lead}\nOfficials gave no other details."]
    server.default = _top_line_or_draft("Drones killed 2 people in Kharkiv.")
    day = daily_briefing(articles, date=DAY, settings=llm_settings(server))
    items = next(r for r in server.requests if "top line" in r["messages"][0]["content"])
    assert '"reported_by_articles": 2' in items["messages"][-1]["content"]
    assert "2 people" not in day.top_line and day.provenance.top_line_engine == "extractive"


def test_an_article_the_llm_fails_on_is_listed_and_the_rest_merged(server: ScriptedServer) -> None:
    def respond(body: dict[str, Any]) -> Reply | Status:
        if "Kherson" in body["messages"][-1]["content"]:
            return Status(400, message="bad request")
        return _top_line_or_draft("Drones struck Kharkiv.")(body)

    server.default = respond
    day = daily_briefing([KHARKIV_A, KHARKIV_B], date=DAY, settings=llm_settings(server))
    statuses = {e.status for e in day.articles}
    assert statuses == {"briefed", "failed"}
    failed = next(e for e in day.articles if e.status == "failed")
    assert failed.stage == "transport" and "400" in (failed.reason or "")
    assert day.top_line == "Drones struck Kharkiv."


# --------------------------------------------------------------------------- a busy day


def test_a_day_past_the_full_block_still_merges_each_event_once() -> None:
    """More reports of each event than ``FULL_BLOCK``, so blocks are compared by neighbours,
    not all-pairs: every report still joins its event, events still stay apart by place and
    weekday, and no event holds two incidents of one article."""
    from summarizer.linkage import FULL_BLOCK

    outlets = ["officials said", "police said", "the mayor said", "local media reported"]
    items = []
    for n in range(FULL_BLOCK * 3):
        said = outlets[n % len(outlets)]
        strike = f"A drone strike hit Kharkiv on Monday, killing three people, {said}."
        shelling = f"Shelling hit Odesa on Monday, injuring {n % 3 + 4} people, {said}."
        later = f"Another drone strike hit Kharkiv on Tuesday, {said}."
        statement = "We will rebuild every house that was destroyed in this war"
        text = f'{strike} {shelling} {later}\n"{statement}," Ivan Petrenko said. (Report {n}.)'
        items.append(
            briefed(
                text,
                actors=[("a1", "Ivan Petrenko", "person")],
                incidents=[
                    {
                        "id": "i1",
                        "type": "air_drone_strike",
                        "place": "Kharkiv",
                        "time": "on Monday",
                        "evidence": strike,
                    },
                    {
                        "id": "i2",
                        "type": "shelling",
                        "place": "Odesa",
                        "time": "on Monday",
                        "evidence": shelling,
                    },
                    {
                        "id": "i3",
                        "type": "air_drone_strike",
                        "place": "Kharkiv",
                        "time": "on Tuesday",
                        "evidence": later,
                    },
                ],
                quotes=[(statement, "a1")],
            )
        )
    day = merged(*items)
    assert sorted(len(incident.articles) for incident in day.incidents) == [len(items)] * 3
    for incident in day.incidents:
        assert len(set(incident.articles)) == len(incident.reports)
    assert {(i.place, i.time) for i in day.incidents} == {
        ("Kharkiv", "on Monday"),
        ("Odesa", "on Monday"),
        ("Kharkiv", "on Tuesday"),
    }
    (quote,) = day.quotes
    assert len(quote.sources) == len(items) and quote.speaker_name == "Ivan Petrenko"
    (actor,) = day.actors
    assert len(actor.articles) == len(items)


def _context_from_whole_text(text: str, start: int, end: int) -> str:
    """The context as first defined: from the sentences of the whole article."""
    from summarizer.daily.passages import CONTEXT_SENTENCES
    from summarizer.text.segment import split_sentences

    following = [s for s in split_sentences(text) if s.start >= end]
    context_end = end
    for number, sentence in enumerate(following[: CONTEXT_SENTENCES - 1]):
        if number and "\n" in text[context_end : sentence.start]:
            break
        context_end = sentence.end
    return text[start:context_end]


@given(
    st.lists(
        st.sampled_from(
            ["Drones hit Sumy.", "Two died,", "officials said.", "Dr. Lee spoke.", "\n", "\n\n", " "]
        ),
        min_size=1,
        max_size=30,
    ),
    st.data(),
)
@settings(max_examples=300, deadline=None)
def test_an_incident_context_is_the_same_as_from_the_whole_article(
    parts: list[str], data: st.DataObject
) -> None:
    from summarizer.daily.passages import incident_context as _context

    text = " ".join(parts)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    incident = Incident(
        id="i1",
        type="shelling",
        description="x",
        evidence=text[start:end],
        evidence_span=Span(start=start, end=end),
    )
    assert _context(Article(text=text), incident) == _context_from_whole_text(text, start, end)


def test_the_top_line_asks_the_model_the_articles_were_briefed_with(server: ScriptedServer) -> None:
    """An endpoint given and no model: the articles go to the model the endpoint lists, and
    so must the top line (its calls are then priced and logged like theirs), from the
    library and from ``summarizer daily`` alike."""
    server.default = _top_line_or_draft("Drones struck Kharkiv.")
    day = daily_briefing([KHARKIV_A, KHARKIV_B], date=DAY, settings=llm_settings(server))
    assert day.provenance.top_line_engine == "llm" and day.provenance.model == "scripted-model"
    folder = Path(os.environ["SUMMARIZER_HOME"]).parent / "day"
    folder.mkdir()
    (folder / "a.txt").write_text(KHARKIV_A)
    (folder / "b.txt").write_text(KHARKIV_B)
    argv = [
        "daily",
        str(folder),
        "--date",
        DAY.isoformat(),
        "--base-url",
        server.base_url,
        "--format",
        "json",
    ]
    result = runner.invoke(app, [*argv, "--no-cache"])
    assert result.exit_code == 0, result.stderr
    assert DailyBriefing.model_validate_json(result.stdout).provenance.model == "scripted-model"
    top = [r for r in server.requests if "top line" in r["messages"][0]["content"]]
    articles = [r for r in server.requests if "top line" not in r["messages"][0]["content"]]
    assert len(top) == 2 and articles
    assert {r["model"] for r in [*articles, *top]} == {"scripted-model"}


def test_the_top_line_is_priced_like_the_articles(server: ScriptedServer, monkeypatch: Any) -> None:
    """The top line's calls carry the endpoint's prices as the articles' do: a day on a
    priced model is never logged as cost unknown because of its top line."""
    import summarizer.llm.ask
    import summarizer.llm.costs
    from summarizer.store import open_store

    for module in (summarizer.llm.costs, summarizer.llm.ask):  # the server stands in for OpenAI's API
        monkeypatch.setattr(module, "priced_provider", lambda base_url: "openai")
    server.default = _top_line_or_draft("Drones struck Kharkiv.")
    settings = llm_settings(server, model="gpt-4o-mini", cache=False)
    day = daily_briefing([KHARKIV_A, KHARKIV_B], date=DAY, settings=settings)
    assert day.provenance.top_line_engine == "llm"
    calls = open_store(settings.db_path).list_calls(limit=20)
    top = [c for c in calls if c["purpose"] == "daily_top_line"]
    assert top and all(c["cost_usd"] is not None for c in calls)
