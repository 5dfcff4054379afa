"""The offline engine on general wire patterns (invented text, not the seeds)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from summarizer import Article, summarize
from summarizer.cli import app
from summarizer.config import resolve_settings
from summarizer.evals.scoring import grounding_check
from tests.conftest import SEEDS

TEXT = """Flooding kills 12 in coastal province

At least 12 people were killed and more than 300 displaced by flooding in the province of Veloria on Tuesday, officials said.

"The water rose faster than anyone expected," Governor Maria Lenz told reporters. "We evacuated nearly 2,500 residents overnight," she added.

The national weather agency said rainfall reached 40 centimeters in some areas, and the Finance Ministry announced $15 million in emergency aid.

“Roads are cut,” said Tomas Berg, a local police official, adding that two bridges collapsed.

The flood was the worst since 1998, according to the Red Cross.
"""


def test_no_llm_means_extractive_and_it_says_so() -> None:
    briefing = summarize(Article(text=TEXT, published=dt.date(2024, 3, 7)))
    assert briefing.provenance.engine == "extractive"
    assert briefing.provenance.usage.total_tokens == 0


def test_quotes_speakers_and_pronouns() -> None:
    briefing = summarize(TEXT)
    names = {a.id: a.name for a in briefing.actors}
    by_text = {q.text.rstrip(","): names.get(q.speaker or "") for q in briefing.quotes}
    assert by_text["The water rose faster than anyone expected"] == "Maria Lenz"
    assert by_text["We evacuated nearly 2,500 residents overnight"] == "Maria Lenz"  # "she added"
    assert by_text["Roads are cut"] == "Tomas Berg"  # "said X" order
    lenz = next(a for a in briefing.actors if a.name == "Maria Lenz")
    assert lenz.kind == "person" and lenz.role == "Governor"


BUDGET = """Parliament passes emergency budget

The budget is "the hardest in a generation" for the country, said Tuesday, the head of the parliamentary finance committee Carla Diaz. "We had no choice," she told reporters.

Finance Minister, Joao Pereira, said on Twitter that the government would not accept "unrealistic demands." The Interior Ministry claimed to have "restored order" outside parliament, according to state media.

Opposition leader Anna Kowalski rejected the plan, calling it a "betrayal of pensioners".
"""


def test_partial_quotes_take_the_speaker_their_sentence_names() -> None:
    briefing = summarize(BUDGET)
    names = {a.id: a.name for a in briefing.actors}
    by_text = {q.text.rstrip(",."): names.get(q.speaker or "") for q in briefing.quotes}
    assert by_text["the hardest in a generation"] == "Carla Diaz"  # said <day>, the <role> <Name>
    assert by_text["We had no choice"] == "Carla Diaz"  # "she", the previous speaker
    assert by_text["unrealistic demands"] == "Joao Pereira"  # <Title>, <Name>, said
    assert by_text["restored order"] == "Interior Ministry"  # the governing clause, not "according to"
    assert by_text["betrayal of pensioners"] == "Anna Kowalski"  # <Name> rejected ..., calling it


QUAKE = """Earthquake kills at least 120 in eastern Turkey

A 6.8-magnitude earthquake struck eastern Turkey early on Monday, killing at least 120 people and injuring more than 1,000, the country's disaster agency AFAD said.

The quake hit at 4:17 a.m. local time near the city of Malatya, toppling dozens of buildings and sending residents fleeing into the streets in freezing temperatures.

"We are searching for survivors under the rubble of 43 buildings," Interior Minister Ali Yerlikaya told reporters in Malatya. "Our teams will work through the night."

President Recep Tayyip Erdogan declared a state of emergency in three provinces and promised that the government would rebuild every destroyed home within a year.

Rescue workers pulled a 7-year-old girl alive from a collapsed apartment block on Monday afternoon, state broadcaster TRT reported.

Neighbouring Syria said two people were killed in the border town of Azaz.

The World Health Organization said it was sending medical supplies for 50,000 people, and the European Union pledged 10 million euros in emergency aid.
"""
VOTE = """House passes stopgap bill hours before shutdown deadline

WASHINGTON (AP) — The House voted 335-91 on Saturday to keep the government funded for 45 days, sending the measure to the Senate hours before a midnight deadline.

Speaker Kevin McCarthy dropped demands for steep spending cuts, a move that angered some conservatives in his party. "We're going to be the adults in the room," McCarthy told reporters after the vote.

The bill includes $16 billion for disaster relief but leaves out aid for Ukraine, which Democrats had sought.

Senate Majority Leader Chuck Schumer said the chamber would take up the bill immediately. "A shutdown would hurt millions of Americans," he said.

Rep. Matt Gaetz, R-Fla., said he would try to remove McCarthy as speaker, accusing him of making a deal with Democrats.

About 4 million federal workers and military personnel would have gone without pay during a shutdown, according to the White House budget office.
"""


def _by_text(briefing: Any) -> dict[str, Any]:
    return {f.text: f for f in briefing.figures}


def test_disaster_story_tolls_units_ages_and_continued_quotes() -> None:
    briefing = summarize(QUAKE)
    figures = _by_text(briefing)
    assert figures["at least 120 people"].category == "killed"  # "killing at least 120 people"
    assert figures["more than 1,000"].category == "injured"
    assert figures["6.8-magnitude"].category == "other" and figures["6.8-magnitude"].unit == "magnitude"
    assert figures["dozens of buildings"].counted == "buildings"
    assert figures["dozens of buildings"].category == "other"  # buildings do not flee
    assert not [f for f in briefing.figures if f.value == 7]  # "a 7-year-old girl" is an age
    names = {a.id: a.name for a in briefing.actors}
    speakers = {q.text.rstrip(",."): names.get(q.speaker or "") for q in briefing.quotes}
    assert speakers["Our teams will work through the night"] == "Ali Yerlikaya"  # continues his quote
    assert "World Health Organization" in names.values()  # not "Azaz. The World Health Organization"
    assert briefing.incidents[0].type == "disaster"


def test_political_story_names_speakers_and_non_tolls() -> None:
    briefing = summarize(VOTE)
    actors = {a.name: a for a in briefing.actors}
    assert actors["Kevin McCarthy"].kind == "person"  # a capital inside the surname
    names = {a.id: a.name for a in briefing.actors}
    speakers = {q.text.rstrip(",."): names.get(q.speaker or "") for q in briefing.quotes}
    assert speakers["We're going to be the adults in the room"] == "Kevin McCarthy"
    assert speakers["A shutdown would hurt millions of Americans"] == "Chuck Schumer"  # "he", named since
    figures = _by_text(briefing)
    assert "45 days" not in figures  # a duration, not a count
    assert all(f.category != "killed" for f in briefing.figures)  # "deadline" is not "dead"
    assert figures["$16 billion"].unit == "USD"
    assert all(i.place != "Senate" for i in briefing.incidents)


def test_figures_bounds_units_categories_and_exclusions() -> None:
    briefing = summarize(TEXT)
    figures = {f.text: f for f in briefing.figures}
    assert (
        figures["At least 12 people"].bound == "at_least"
        and figures["At least 12 people"].category == "killed"
    )
    assert figures["more than 300"].bound == "more_than" and figures["more than 300"].category == "displaced"
    assert (
        figures["nearly 2,500 residents"].value == 2500
        and figures["nearly 2,500 residents"].bound == "approximately"
    )
    assert figures["$15 million"].unit == "USD" and figures["$15 million"].value == 15_000_000
    assert "1998" not in " ".join(figures)  # a year is not a figure


def test_incidents_have_type_place_time_and_resolved_date() -> None:
    briefing = summarize(Article(text=TEXT, published=dt.date(2024, 3, 7)))  # a Thursday
    flood = next(i for i in briefing.incidents if i.type == "disaster")
    assert flood.place == "Veloria" and flood.time == "on Tuesday"
    assert flood.date == dt.date(2024, 3, 5)


def test_every_item_is_grounded_on_every_seed() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        check = grounding_check(summarize(text), text)
        assert check["grounded"] == check["items"] > 0, path.name


def test_main_command_briefs_all_seeds_offline(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["brief", str(SEEDS), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert len(list(tmp_path.glob("*.md"))) == 5
    assert "engine: extractive" in result.stderr and "no LLM configured" in result.stderr


def test_html_escapes_article_text(tmp_path: Path) -> None:
    article = tmp_path / "evil.txt"
    article.write_text(
        'Title\n\n"<script>alert(1)</script> is here," Governor Ann Lee said on Monday. More text follows here.\n'
    )
    result = CliRunner().invoke(
        app, ["brief", str(article), "--out", str(tmp_path / "o"), "--format", "html"]
    )
    assert result.exit_code == 0, result.output
    page = (tmp_path / "o" / "evil.html").read_text()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_settings_choose_llm_only_when_configured() -> None:
    assert resolve_settings().resolved_engine == "extractive"
    assert resolve_settings(base_url="http://127.0.0.1:9/v1").resolved_engine == "llm"
