"""The merge on what the offline engine really gives (issue 25, the whole flow): reports
that name no place, one sum of money that two reports file under two categories, and the
events of one day that still stay apart. Every report here is invented."""

from __future__ import annotations

import math
import time
from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.report_pairs import shared_specifics
from summarizer.daily.reports import ReportEvidence
from summarizer.daily.sums import one_sum
from tests.daily.test_daily import briefed, merged


def _report(
    text: str,
    *,
    kind: str,
    time: str,
    actors: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    figures: list[dict[str, Any]] = (),
    place: str | None = None,  # type: ignore[assignment]
) -> Briefed:
    """A report as the offline engine briefs one: its first sentence the evidence, often no
    place (the engine reads none in "les conducteurs des transports de la métropole")."""
    evidence = text.split(". ")[0].rstrip(".") + "."
    placed = {"place": place, "location": place} if place else {}
    return briefed(
        text,
        actors=actors,
        figures=list(figures),
        incidents=[{"id": "i1", "evidence": evidence, "type": kind, "time": time, **placed}],
    )


def _clusters(day: Any, *reports: Briefed) -> list[list[int]]:
    number = {b.article.id: n for n, b in enumerate(reports)}
    return sorted(sorted(number[r.article_id] for r in i.reports) for i in day.incidents)


# ----------------------------------------------------------------- reports naming no place

STRIKE = {
    "fr": (
        "Une grève des conducteurs de bus et de tramway a paralysé mercredi le réseau de la métropole : "
        "trois dépôts sur cinq étaient fermés mercredi matin. La direction appelle au dialogue.",
        "Grève des conducteurs : aucun tramway ne circulait mercredi matin, les dépôts de bus restaient "
        "fermés, affirme le syndicat. Il réclame une prime de chaleur.",
    ),
    "de": (
        "Ein Streik der Busfahrer und Straßenbahnfahrer hat am Mittwoch den Nahverkehr lahmgelegt: drei "
        "Betriebshöfe blieben geschlossen. Die Geschäftsführung rief zu Gesprächen auf.",
        "Streik der Busfahrer: Keine Straßenbahn fuhr am Mittwoch, die Betriebshöfe blieben geschlossen, "
        "so die Gewerkschaft. Sie fordert eine Hitzezulage.",
    ),
}


@pytest.mark.parametrize("lang", sorted(STRIKE))
def test_two_reports_of_one_strike_naming_no_place_join_on_what_they_share(lang: str) -> None:
    """Neither report names a place the engine reads, but one weekday, the strikers, the
    vehicles and the depots told in both stand for it."""
    day_word = "mercredi" if lang == "fr" else "am Mittwoch"
    first, second = (_report(t, kind="protest", time=day_word) for t in STRIKE[lang])
    assert _clusters(merged(first, second), first, second) == [[0, 1]]


def test_two_strikes_of_one_weekday_naming_no_place_stay_apart() -> None:
    """Two groups' strikes on one day, neither placed: what they share is the strike."""
    drivers = _report(
        "Une grève des conducteurs de bus a paralysé mercredi le réseau : trois dépôts étaient fermés. "
        "La direction appelle au dialogue.",
        kind="protest", time="mercredi",
    )  # fmt: skip
    teachers = _report(
        "Une grève des enseignants a fermé mercredi la moitié des écoles : trois collèges étaient fermés. "
        "Le rectorat appelle au dialogue.",
        kind="protest", time="mercredi",
    )  # fmt: skip
    assert _clusters(merged(drivers, teachers), drivers, teachers) == [[0], [1]]


def test_a_report_naming_no_place_joins_no_event_on_a_single_shared_word() -> None:
    """One shared word ("grève") and one weekday are too little, even with no place to
    tell the reports apart."""
    first = _report("Grève mercredi à l'usine : la production est arrêtée. Rien de plus.", kind="protest",
                    time="mercredi")  # fmt: skip
    second = _report("Grève mercredi : les guichets de la gare sont fermés. Rien de plus.", kind="protest",
                     time="mercredi")  # fmt: skip
    assert _clusters(merged(first, second), first, second) == [[0], [1]]


# --------------------------------------------------------------------- one sum of money


def _verdict(text: str, amount: str, value: float, category: str, who: str) -> Briefed:
    return _report(
        text,
        kind="other",
        time="on Tuesday" if "Tuesday" in text else "am Dienstag",
        actors=[("a1", who, "person")],
        figures=[{"id": "f1", "text": amount, "value": value, "unit": "EUR", "category": category}],
    )


def test_one_fraud_sum_filed_under_two_categories_joins_two_reports_of_one_verdict() -> None:
    """A German report files the 48 million euros as damage, an English one as a figure
    of no category: the same sum and the same convicted man are one verdict."""
    german = _verdict(
        "Das Gericht hat den Manager Uwe Fahl am Dienstag wegen Betrugs um 48 Millionen Euro zu "
        "sechs Jahren Haft verurteilt. Er will Revision einlegen.",
        "48 Millionen Euro", 48_000_000, "damage_cost", "Uwe Fahl",
    )  # fmt: skip
    english = _verdict(
        "A court on Tuesday jailed executive Uwe Fahl for six years for a fraud of 48 million euros. "
        "He plans to appeal.",
        "48 million euros", 48_000_000, "other", "Uwe Fahl",
    )  # fmt: skip
    assert _clusters(merged(german, english), german, english) == [[0, 1]]


def test_two_verdicts_of_one_day_with_two_sums_stay_apart() -> None:
    """Two frauds tried on one day and told alike ("a court jailed ... for a fraud"): the
    sums, filed under two categories, are 16 times apart, which outweighs the wording."""
    first = _verdict(
        "A court on Tuesday jailed broker Uwe Fahl for a fraud of 48 million euros. He plans to appeal.",
        "48 million euros", 48_000_000, "other", "Uwe Fahl",
    )  # fmt: skip
    second = _verdict(
        "A court on Tuesday jailed banker Eva Lenz for a fraud of 3 million euros. She plans to appeal.",
        "3 million euros", 3_000_000, "damage_cost", "Eva Lenz",
    )  # fmt: skip
    assert _clusters(merged(first, second), first, second) == [[0], [1]]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("damage_cost:EUR", 48e6, 48e6), ("other:EUR", 48e6, 48e6), True),
        (("other:EUR", 48e6, 48e6), ("other:USD", 48e6, 48e6), False),  # two currencies
        (("other:EUR", 45e6, 55e6), ("other:EUR", 48e6, 48e6), False),  # "about 50 million"
        (("killed:people", 12, 12), ("injured:people", 12, 12), False),  # counts, not money
        (("other:percent", 12, 12), ("other:percent", 12, 12), False),
        (("other:EUR", -math.inf, math.inf), ("other:EUR", -math.inf, math.inf), False),
        (("other:eur", 5, 5), ("other:eur", 5, 5), False),
        (("other:EURO", 5, 5), ("other:EURO", 5, 5), False),
    ],
)
def test_one_sum_is_one_currency_stated_alike(
    a: tuple[str, float, float], b: tuple[str, float, float], same: bool
) -> None:
    assert one_sum(*a, *b) is same


def test_one_sum_reads_hostile_measure_names_quickly() -> None:
    started = time.thread_time()
    for name in ["other:" + "E" * 100_000, ":" * 100_000, "other:EUR" + "\u0415" * 1000, ""]:
        assert not one_sum(name, 1, 1, "other:EUR", 1, 1)
    assert time.thread_time() - started < 1.0


# ------------------------------------------------- a decision taken because of a disaster


def _toll(text: str, value: float) -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "category": "killed", "counted": "people"}


def _quake(
    text: str, toll: str, value: float, *, kind: str = "disaster", place: str | None = "Orvana"
) -> Briefed:
    return _report(text, kind=kind, time="on Monday", place=place, figures=[_toll(toll, value)])


QUAKE_AND_MOURNING = {
    "en": (
        "A magnitude 6.1 earthquake struck Orvana on Monday, killing 9 people and toppling homes. Rescuers "
        "searched the rubble.",
        "President Ilsa Moreno declared three days of national mourning on Monday after the magnitude 6.1 "
        "earthquake, which her office said had killed 9 people and damaged homes. Flags flew at half mast.",
        ("9 people", "9 people"),
    ),
    "es": (
        "Un terremoto de magnitud 6,1 sacudió Orvana el lunes y dejó 9 muertos entre las casas derrumbadas. "
        "Los rescatistas buscan entre los escombros.",
        "La presidenta Ilsa Moreno decretó el lunes tres días de luto nacional por el terremoto, que según "
        "su gabinete dejó 9 muertos entre las casas derrumbadas. Las banderas ondean a media asta.",
        ("9 muertos", "9 muertos"),
    ),
}


@pytest.mark.parametrize("lang", sorted(QUAKE_AND_MOURNING))
def test_a_decree_after_a_quake_that_gives_its_toll_joins_the_quake(lang: str) -> None:
    """The engine types the president's report by its verb ("declared") and places it
    nowhere or in the country: the quake told in both, its toll in both and the wording
    join it to the quake's report."""
    quake_text, decree_text, (toll_a, toll_b) = QUAKE_AND_MOURNING[lang]
    quake = _quake(quake_text, toll_a, 9)
    decree = _quake(
        decree_text, toll_b, 9, kind="political_decision", place=None if lang == "en" else "Chile"
    )
    day = merged(quake, decree)
    assert _clusters(day, quake, decree) == [[0, 1]]
    assert set(day.incidents[0].types) == {"disaster", "political_decision"}


def test_a_decree_after_another_quake_with_another_toll_stays_apart() -> None:
    """Told alike (a magnitude 6.1 quake, homes damaged), but 40 dead are not Orvana's 9:
    the mourning is for another quake."""
    quake = _quake(
        "A magnitude 6.1 earthquake struck Orvana on Monday, killing 9 people and toppling homes. Rescuers "
        "searched the rubble.",
        "9 people", 9,
    )  # fmt: skip
    decree = _quake(
        "President Ilsa Moreno declared three days of national mourning on Monday after the magnitude 6.1 "
        "earthquake, which her office said had killed 40 people and damaged homes. Flags flew at half mast.",
        "40 people", 40, kind="political_decision", place=None,
    )  # fmt: skip
    assert _clusters(merged(quake, decree), quake, decree) == [[0], [1]]


def test_a_decision_that_tells_no_kind_of_disaster_stays_apart_from_one_with_its_toll() -> None:
    """A toll alone does not make a decision the disaster's: "9 people" may be anyone."""
    quake = _quake(
        "A magnitude 6.1 earthquake struck Orvana on Monday, killing 9 people and toppling homes. Rescuers "
        "searched the rubble.",
        "9 people", 9,
    )  # fmt: skip
    decree = _quake(
        "President Ilsa Moreno declared on Monday a state of emergency in the prisons, where riots killed "
        "9 people and toppling homes was feared. Rescuers searched the wings.",
        "9 people", 9, kind="political_decision",
    )  # fmt: skip
    assert _clusters(merged(quake, decree), quake, decree) == [[0], [1]]


def test_a_vote_on_the_day_of_a_flood_stays_apart_from_it() -> None:
    """A parliament's vote that names the flood it funds, with no toll: two events."""
    flood = _report(
        "Floods swept through Orvana on Monday, killing 9 people. Hundreds were evacuated.",
        kind="disaster", time="on Monday", place="Orvana", figures=[_toll("9 people", 9)],
    )  # fmt: skip
    vote = _report(
        "Parliament in Orvana on Monday voted funds for the floods' victims and the evacuated. The bill passed "
        "by 90 votes.",
        kind="political_decision", time="on Monday", place="Orvana",
    )  # fmt: skip
    assert _clusters(merged(flood, vote), flood, vote) == [[0], [1]]


# ------------------------------------------------------------ one site, named two ways


def _at(place: str, *beside: str, owner: str = "a") -> ReportEvidence:
    return ReportEvidence(
        owner=owner, type="protest", date=None, weekdays=frozenset({"tuesday"}), place=place, places=frozenset({place, *beside}),
        words=(), plain=(), measures=frozenset(), measured=(), says_distinct=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        (_at("st brendan hospital", "port adela"), _at("st brendan", "port adela"), True),
        (_at("hopital saint-louis", "lyon"), _at("saint-louis", "lyon"), True),
        (_at("st brendan school", "port adela"), _at("st brendan hospital", "port adela"), False),
        (_at("st brendan hospital", "port adela"), _at("st brendan", "kessel"), False),  # two towns'
        (_at("st brendan hospital"), _at("st brendan"), False),  # no town told beside either
        (_at("arlo dam", "kessel"), _at("arlo", "kessel"), False),  # a town and its dam
        (_at("port adela station", "port adela"), _at("port adela", "kessel"), False),
        (_at("x" * 5000 + " hospital", "y"), _at("x" * 5000, "y"), True),
    ],
)
def test_a_site_by_its_name_and_by_its_name_and_kind_is_one_spot(
    a: ReportEvidence, b: ReportEvidence, one: bool
) -> None:
    assert shared_specifics(a, b) == int(one)
