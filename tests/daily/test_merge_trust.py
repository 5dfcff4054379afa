"""A merge a newsroom can trust (issue 25): events merge only on shared specifics, zero
and non-zero tolls conflict, one actor is one row, and noise stays off the day's page.
Every article here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, Field, ValidationError

from summarizer.daily import merge_briefings
from summarizer.daily.merge import Briefed
from summarizer.testing import ScriptedServer
from tests.conftest import llm_settings
from tests.daily.test_daily import DAY, briefed, killed, merged, one_incident


def _report(text: str, evidence: str, figures: list[dict[str, Any]], **incident: Any) -> Briefed:
    return one_incident(text, evidence=evidence, figures=figures, **incident)


# --------------------------------------------------------------------------- false conflicts


def test_two_strikes_in_one_country_on_one_day_stay_apart_and_raise_no_conflict() -> None:
    port = "Missiles hit a grain terminal in southern Ukraine on Friday, killing at least 28 people, officials said."
    farm = (
        "Two people were killed on Friday when a drone struck a dairy farm in northern Ukraine, police said."
    )
    a = _report(port, port, [killed("at least 28 people", 28, "at_least")], type="missile_strike",
                place="Ukraine", time="Friday")  # fmt: skip
    b = _report(
        farm, farm, [killed("Two people", 2)], type="air_drone_strike", place="Ukraine", time="Friday"
    )
    day = merged(a, b)
    assert len(day.incidents) == 2
    assert not any(f.conflict for f in day.figures)


def test_two_strikes_by_workers_in_one_town_on_one_day_stay_apart() -> None:
    mill = "Workers at the Calder paper mill in Brookvale walked out on Tuesday over night shifts."
    buses = "Bus drivers in Brookvale stopped work on Tuesday in a dispute over pensions."
    a = _report(mill, mill, [], type="protest", place="Brookvale", time="Tuesday")
    b = _report(buses, buses, [], type="protest", place="Brookvale", time="Tuesday")
    assert len(merged(a, b).incidents) == 2


def test_two_reports_sharing_specifics_are_one_event() -> None:
    one = "Workers at the Calder paper mill in Brookvale walked out on Tuesday over night shifts."
    two = "The Calder mill strike in Brookvale began on Tuesday, the union said."
    a = _report(one, one, [], type="protest", place="Brookvale", time="Tuesday")
    b = _report(two, two, [], type="protest", place="Brookvale", time="Tuesday")
    assert len(merged(a, b).incidents) == 1


def test_a_report_of_another_event_in_one_town_stays_apart_though_names_share_words() -> None:
    tanker = "A tanker truck overturned on Route 9 in Dalby on Monday, the Dalby Highway Patrol said."
    bus = "In a separate crash on Monday, a bus hit a wall in Dalby, the State Highway Agency said."
    a = briefed(
        tanker,
        actors=[("a1", "Dalby Highway Patrol", "government")],
        incidents=[{"id": "i1", "type": "accident", "place": "Dalby", "time": "Monday", "evidence": tanker}],
    )
    b = briefed(
        bus,
        actors=[("a1", "State Highway Agency", "government")],
        incidents=[{"id": "i1", "type": "accident", "place": "Dalby", "time": "Monday", "evidence": bus}],
    )
    assert len(merged(a, b).incidents) == 2


def test_another_that_adds_to_a_toll_does_not_mark_another_event() -> None:
    one = "A blast tore through a Dalby bakery on Monday, the fire service said."
    two = "An explosion at a bakery in Dalby on Monday injured four; another 14 were treated at the scene."
    a = _report(one, one, [], type="accident", place="Dalby", time="Monday")
    b = _report(two, two, [], type="accident", place="Dalby", time="Monday")
    assert len(merged(a, b).incidents) == 1


# --------------------------------------------------------------------------- missed conflicts


def test_a_toll_of_none_conflicts_with_a_toll_of_some() -> None:
    some = "At least 12 people were killed when the Arlo dam gave way above Pell on Sunday, rescuers said."
    none = "No one was killed when the Arlo dam gave way above Pell on Sunday, the dam operator said."
    a = _report(some, some, [killed("At least 12 people", 12, "at_least")], type="disaster", place="Pell",
                time="Sunday")  # fmt: skip
    for counted in ("one", None):
        b = _report(
            none, none, [killed("No one", 0, counted=counted)], type="disaster", place="Pell", time="Sunday"
        )
        day = merged(a, b)
        assert len(day.incidents) == 1
        (toll,) = [f for f in day.figures if f.incident == day.incidents[0].id]
        assert toll.conflict, counted
        assert len(toll.values) == 2


def test_compatible_bounds_do_not_conflict() -> None:
    low = "At least 10 people died in the Pell dam collapse on Sunday, rescuers said."
    exact = "Twelve people died in the Pell dam collapse on Sunday, the operator said."
    a = _report(low, low, [killed("At least 10 people", 10, "at_least")], type="disaster", place="Pell",
                time="Sunday")  # fmt: skip
    b = _report(exact, exact, [killed("Twelve people", 12)], type="disaster", place="Pell", time="Sunday")
    day = merged(a, b)
    assert len(day.incidents) == 1
    (toll,) = day.figures
    assert len(toll.values) == 2
    assert not toll.conflict


# --------------------------------------------------------------------------- one actor, one row


def _actors(text: str, *actors: tuple[str, ...]) -> Briefed:
    """Actors as (name, kind) or (name, kind, role)."""
    one = briefed(text, actors=[(f"a{n}", a[0], a[1]) for n, a in enumerate(actors, start=1)])
    roles = [a[2] if len(a) > 2 else None for a in actors]
    typed = [
        actor.model_copy(update={"role": role})
        for actor, role in zip(one.briefing.actors, roles, strict=True)
    ]
    return Briefed(one.article, one.briefing.model_copy(update={"actors": typed}))


def test_one_ministry_under_three_names_is_one_actor() -> None:
    day = merged(
        _actors(
            "The Russian Defense Ministry said the convoy was hit.",
            ("Russian Defense Ministry", "government"),
        ),
        _actors("The Russian Ministry of Defence denied it.", ("Russian Ministry of Defence", "government")),
        _actors("Russia's Defense Ministry gave no toll.", ("Russia's Defense Ministry", "government")),
        _actors("Ukraine's Foreign Ministry protested.", ("Ukraine's Foreign Ministry", "government")),
    )
    assert sorted(len(a.articles) for a in day.actors) == [1, 3]


def test_an_acronym_is_the_one_organisation_with_those_initials() -> None:
    day = merged(
        _actors(
            "The Lakeshore Flood Control Board opened the sluices.",
            ("Lakeshore Flood Control Board", "organization"),
        ),
        _actors("The LFCB said the levee held.", ("LFCB", "organization")),
    )
    assert len(day.actors) == 1


def test_a_surname_with_a_title_goes_to_the_person_holding_that_office() -> None:
    day = merged(
        _actors(
            "Governor Alma Reyes closed schools; union leader Tomas Reyes called a strike.",
            ("Alma Reyes", "person", "Governor"),
            ("Tomas Reyes", "person", "union leader"),
        ),
        _actors("Gov. Reyes toured the levee.", ("Gov. Reyes", "person")),
    )
    alma = next(a for a in day.actors if a.name == "Alma Reyes")
    tomas = next(a for a in day.actors if a.name == "Tomas Reyes")
    assert len(alma.articles) == 2
    assert len(tomas.articles) == 1


def test_two_people_sharing_a_surname_never_merge_through_a_bare_surname() -> None:
    day = merged(
        _actors("Judge Ruth Okafor presided.", ("Ruth Okafor", "person")),
        _actors("Prosecutor Samuel Okafor spoke.", ("Samuel Okafor", "person")),
        _actors("Okafor declined to comment.", ("Okafor", "person")),
    )
    ruth = next(a for a in day.actors if a.name == "Ruth Okafor")
    samuel = next(a for a in day.actors if a.name == "Samuel Okafor")
    assert ruth.id != samuel.id
    assert len(ruth.articles) == len(samuel.articles) == 1


def test_a_dateline_never_becomes_a_role() -> None:
    text = "HARLAN CITY (Wire) — Gov. Dana Pruitt signed the levy."
    (daily,) = merged(_actors(text, ("Dana Pruitt", "person", "HARLAN CITY Wire Gov"))).actors
    assert daily.roles == ["Gov"]


# --------------------------------------------------------------------------- noise


def test_attributed_fragments_of_one_or_two_words_stay_out_of_the_days_quotes() -> None:
    text = (
        'The mayor called the levy "overdue" and the budget "a disgrace". '
        '"We will rebuild every bridge before winter," she said.'
    )
    one = briefed(
        text,
        actors=[("a1", "mayor", "person")],
        quotes=[
            ("overdue", "a1"),
            ("a disgrace", "a1"),
            ("We will rebuild every bridge before winter,", "a1"),
        ],
    )
    day = merged(one)
    assert [q.text for q in day.quotes] == ["We will rebuild every bridge before winter,"]
    assert len(one.briefing.quotes) == 3  # the briefing keeps them


def test_figures_in_one_events_reports_are_one_group_under_it_not_one_line_per_source() -> None:
    reports = []
    for outlet in ("Courier", "Ledger", "Post"):
        text = f"Shelling hit the Tarrow market in Velin on Sunday, {outlet} reporters said. Four civilians were killed."
        reports.append(
            briefed(
                text,
                incidents=[
                    {
                        "id": "i1",
                        "type": "shelling",
                        "place": "Velin",
                        "time": "Sunday",
                        "evidence": text.split(" the ")[0]
                        + " the "
                        + text.split(" the ")[1].split(". ")[0]
                        + ".",
                    }
                ],
                figures=[
                    {
                        "id": "f1",
                        "text": "Four civilians",
                        "value": 4,
                        "counted": "civilians",
                        "category": "killed",
                    }
                ],
            )
        )
    day = merged(*reports)
    assert len(day.incidents) == 1
    (toll,) = day.figures
    assert toll.incident == day.incidents[0].id
    assert len(toll.values) == 3
    assert not toll.conflict


def test_a_validation_dump_is_one_readable_line_among_the_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.daily as daily_module
    from summarizer.render.daily import daily_markdown

    class TopLine(BaseModel):
        text: str = Field(max_length=5)

    try:
        TopLine(text="far too long a top line")
    except ValidationError as exc:
        note = f"the LLM top line failed ({exc}); the offline top line is shown instead"
    assert "\n" in note and "errors.pydantic.dev" in note

    def failing(*args: Any) -> tuple[None, Any, str]:
        return None, args[-1], note

    monkeypatch.setattr(daily_module, "_llm_top_line", failing)
    one = briefed("Floodwater closed the Arlo bridge.", actors=[("a1", "Arlo", "other")])
    with ScriptedServer([]) as server:
        day = merge_briefings([one], DAY, settings=llm_settings(server))
    (warning,) = day.warnings
    assert "\n" not in warning and "pydantic.dev" not in warning and "input_value" not in warning
    assert "text: String should have at most 5 characters" in warning
    markdown = daily_markdown(day)
    assert f"- {warning}" in markdown or "String should have at most 5 characters" in markdown
    assert "pydantic.dev" not in markdown


def test_a_courtesy_title_is_not_part_of_a_name() -> None:
    day = merged(
        _actors(
            "Finance Minister Dara Holt presented the budget.", ("Dara Holt", "person", "Finance Minister")
        ),
        _actors("Mr. Holt said taxes would not rise.", ("Mr. Holt", "person")),
        _actors("Holt left before the vote.", ("Holt", "person")),
    )
    assert len(day.actors) == 1


def test_two_events_naming_two_people_of_one_surname_stay_apart() -> None:
    nurses = "Nurses marched through Selby on Tuesday for safer wards, said Joan Fenn of the nurses' union."
    cabs = "Taxi drivers blocked Selby's ring road on Tuesday over fares, said organiser Carl Fenn."
    a = briefed(
        nurses,
        actors=[("a1", "Joan Fenn", "person")],
        incidents=[{"id": "i1", "type": "protest", "place": "Selby", "time": "Tuesday", "evidence": nurses}],
    )
    b = briefed(
        cabs,
        actors=[("a1", "Carl Fenn", "person")],
        incidents=[{"id": "i1", "type": "protest", "place": "Selby", "time": "Tuesday", "evidence": cabs}],
    )
    assert len(merged(a, b).incidents) == 2


def test_a_count_of_deaths_is_a_count_of_peoplekilled() -> None:
    dead = "Nine deaths were recorded after the Arlo dam gave way above Pell on Sunday."
    some = "At least 12 people were killed when the Arlo dam gave way above Pell on Sunday, rescuers said."
    a = _report(
        dead,
        dead,
        [killed("Nine deaths", 9, counted="deaths")],
        type="disaster",
        place="Pell",
        time="Sunday",
    )
    b = _report(some, some, [killed("At least 12 people", 12, "at_least")], type="disaster", place="Pell",
                time="Sunday")  # fmt: skip
    day = merged(a, b)
    (toll,) = day.figures
    assert len(toll.values) == 2
    assert toll.conflict


def _person(text: str, name: str, role: str | None = None) -> Briefed:
    item = briefed(text, actors=[("a1", name, "person")])
    actor = item.briefing.actors[0].model_copy(update={"role": role})
    return Briefed(item.article, item.briefing.model_copy(update={"actors": [actor]}))


def test_a_bare_surname_that_could_be_two_people_joins_neither_and_says_so() -> None:
    john = _person("Finance minister John Smith said taxes would rise.", "John Smith", "Finance minister")
    jane = _person("Judge Jane Smith adjourned the trial until May.", "Jane Smith", "Judge")
    bare = _person("Smith said the plan was sound.", "Smith")
    minister = _person("Minister Smith said the budget was final.", "Smith", "Minister")
    day = merged(john, jane, bare, minister)
    by_article = {a: actor for actor in day.actors for a in actor.articles}
    # The minister is told apart by office; the bare "Smith" could be either, and must not
    # reach John Smith through the minister's row (the same bare key).
    assert by_article[minister.article.id].name == "John Smith"
    assert by_article[bare.article.id].articles == [bare.article.id]
    assert by_article[jane.article.id].articles == [jane.article.id]
    notes = [w for w in day.warnings if w.startswith('"Smith"')]
    assert notes == [
        f'"Smith" in article {bare.article.id} could be Jane Smith or John Smith; it is listed on its own'
    ]


# --------------------------------------------------------------------------- tolls far apart


def test_two_at_least_tolls_far_apart_in_one_town_are_no_sign_of_one_attack() -> None:
    """A city-wide toll and the toll of one attack in it ("at least 30" and "at least four"
    killed) do not contradict each other, but they are no sign that two reports are of one
    event, and neither is the wording every report of an attack uses ("attacks",
    "including"): the two stay apart."""
    city = "Rockets struck Marlow overnight, including the port, and at least 30 people were killed in the attacks."
    one = "At least four people, including a boy, were killed in one of the attacks on Marlow on Tuesday."
    a = _report(city, city, [killed("at least 30 people", 30, "at_least")], type="civilian_harm",
                place="Marlow")  # fmt: skip
    b = _report(one, one, [killed("At least four people", 4, "at_least")], type="civilian_harm",
                place="Marlow", time="on Tuesday")  # fmt: skip
    assert len(merged(a, b).incidents) == 2


def test_a_toll_that_rose_between_two_reports_of_one_flood_still_joins_them() -> None:
    """The control: one flood's toll given as "at least 12" and "at least 20" in two reports
    (it rose through the day) is still a shared figure, and the two are one event."""
    early = "Floodwaters swept through Pell on Sunday and at least 12 people died, the mayor said."
    late = "At least 20 people died after floodwaters swept through Pell on Sunday, rescuers said."
    a = _report(early, early, [killed("at least 12 people", 12, "at_least")], type="disaster", place="Pell",
                time="Sunday")  # fmt: skip
    b = _report(late, late, [killed("At least 20 people", 20, "at_least")], type="disaster", place="Pell",
                time="Sunday")  # fmt: skip
    (flood,) = merged(a, b).incidents
    assert len(flood.reports) == 2
