"""Reports of an announcement or a closure (typed "other") join on the company they name
and stay apart when they name two companies (issue 25: two closures in one town on one
day merged through the town's MP). Every report here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.named_bodies import BodyIndex, bodies_apart
from tests.daily.test_daily import briefed, merged


def _closure(text: str, evidence: str, actors: list[tuple[str, str, str]]) -> Briefed:
    return briefed(
        text,
        actors=actors,
        incidents=[{"id": "i1", "evidence": evidence, "type": "other", "place": "Tobin", "location": "Tobin",
                    "time": "on Wednesday"}],
    )  # fmt: skip


def test_two_companies_closing_sites_in_one_town_on_one_day_are_two_events() -> None:
    mill = _closure(
        "Tobin - Kestrel Mills said on Wednesday it would close its Tobin plant. MP Ada Lunt called it a blow.",
        "Tobin - Kestrel Mills said on Wednesday it would close its Tobin plant.",
        [("a1", "Kestrel Mills", "organization"), ("a2", "Ada Lunt", "person")],
    )
    mp = _closure(
        "Ada Lunt, whose Tobin seat learned on Wednesday that Kestrel Mills will close its plant, urged help.",
        "Ada Lunt, whose Tobin seat learned on Wednesday that Kestrel Mills will close its plant, urged help.",
        [("a1", "Ada Lunt", "person"), ("a2", "Kestrel Mills", "organization")],
    )
    bakery = _closure(
        "Hours later, Orrin Bakeries said on Wednesday it will close its Tobin bakery. MP Ada Lunt was dismayed.",
        "Hours later, Orrin Bakeries said on Wednesday it will close its Tobin bakery.",
        [("a1", "Orrin Bakeries", "organization"), ("a2", "Ada Lunt", "person")],
    )
    markets = _closure(
        "Shares in Pell Foods, owner of Orrin Bakeries, rose after it confirmed on Wednesday it would close "
        "its Tobin bakery.",
        "Shares in Pell Foods, owner of Orrin Bakeries, rose after it confirmed on Wednesday it would close "
        "its Tobin bakery.",
        [("a1", "Pell Foods", "organization"), ("a2", "Orrin Bakeries", "organization")],
    )
    day = merged(mill, mp, bakery, markets)
    clusters = sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)
    ids = [b.article.id for b in (mill, mp, bakery, markets)]
    assert clusters == sorted([sorted(ids[:2]), sorted(ids[2:])])


def test_two_trials_in_one_court_do_not_join_through_the_court() -> None:
    verdict = _closure(
        "The Landgericht Tobin on Wednesday jailed the broker Uwe Fahl for fraud.",
        "The Landgericht Tobin on Wednesday jailed the broker Uwe Fahl for fraud.",
        [("a1", "Landgericht Tobin", "organization"), ("a2", "Uwe Fahl", "person")],
    )
    trial = _closure(
        "Two rooms along, at the Landgericht Tobin, the trial of the haulier Jan Rook opened on Wednesday.",
        "Two rooms along, at the Landgericht Tobin, the trial of the haulier Jan Rook opened on Wednesday.",
        [("a1", "Landgericht Tobin", "organization"), ("a2", "Jan Rook", "person")],
    )
    assert len(merged(verdict, trial).incidents) == 2


def test_a_body_is_found_by_its_whole_name_and_generic_names_are_never_bodies() -> None:
    index = BodyIndex(
        [("Kestrel Mills", "a1"), ("the union", "a2"), ("Polizei", "a3"), ("KM", "a1"), ("Orrin", "a4"),
         ("Hospital de Tobin", "a5"), ("comité de empresa", "a6")]
    )  # fmt: skip
    assert index.named_in("KESTREL MILLS and the union said; km later") == {"a1"}
    assert index.named_in("Kestrel's mills, Orrinville, die Polizei, the union") == frozenset()
    assert index.named_in("el Hospital de Tobin y el comité de empresa") == frozenset()
    assert index.named_in("Orrin's owner") == {"a4"}
    assert bodies_apart(frozenset({"a1"}), frozenset({"a4"}))
    assert not bodies_apart(frozenset({"a1"}), frozenset())
    assert not bodies_apart(frozenset({"a1", "a4"}), frozenset({"a4"}))


@pytest.mark.parametrize(
    "hostile", ["Kestrel " * 30_000, "a" * 100_000, "Kestrel Mills " * 10_000 + "é" * 1000]
)
def test_hostile_evidence_is_read_quickly(hostile: str) -> None:
    index = BodyIndex([("Kestrel Mills", "a1"), ("Kestrel Mills Holdings Group", "a2")])
    start = time.thread_time()
    index.named_in(hostile)
    assert time.thread_time() - start < 1.0


def test_a_body_named_only_by_its_acronym_is_the_body_whose_name_it_spells() -> None:
    index = BodyIndex(
        [("Kestrel Domestic Appliances plc", "a1"), ("KDA", "a2"), ("KDB", "a3"), ("Orrin", "a4")]
    )
    assert (
        index.named_in("Shares in KDA fell")
        == index.named_in("Kestrel Domestic Appliances plc said")
        == {"a1"}
    )
    assert not bodies_apart(
        index.named_in("KDA will close"), index.named_in("Kestrel Domestic Appliances plc")
    )
    assert index.named_in("KDB said") == {"a3"}  # spells no body of the day


def test_services_that_attend_every_event_are_no_party_to_one() -> None:
    index = BodyIndex([("Kessel County Police", "a1"), ("Feuerwehr Tobin", "a2"), ("Bundespolizei", "a3")])
    assert (
        index.named_in("Kessel County Police closed the bridge; Feuerwehr Tobin and Bundespolizei came")
        == set()
    )


def test_two_police_announcements_in_one_town_do_not_join_through_the_police() -> None:
    closure = _closure(
        "Kessel County Police said on Wednesday they had closed the Tobin bridge to traffic.",
        "Kessel County Police said on Wednesday they had closed the Tobin bridge to traffic.",
        [("a1", "Kessel County Police", "organization")],
    )
    arrests = _closure(
        "Kessel County Police said on Wednesday they had arrested two men in Tobin over thefts.",
        "Kessel County Police said on Wednesday they had arrested two men in Tobin over thefts.",
        [("a1", "Kessel County Police", "organization")],
    )
    assert len(merged(closure, arrests).incidents) == 2


def test_a_body_named_as_the_days_town_joins_no_announcements_of_the_town() -> None:
    # "Tobin" (the football club, as "Toulouse" is) is named in every report of the town: a
    # bakery's closure and a tram line there are not the club's announcement.
    club = "Tobin announced on Wednesday that the club will sell its stadium naming rights."
    bakery = "A bakery chain announced on Wednesday it will close its three shops in Tobin."
    tram = "The tram operator announced on Wednesday it will open a new line in Tobin."
    day = merged(
        _closure(club, club, [("a1", "Tobin", "organization")]),
        _closure(bakery, bakery, []),
        _closure(tram, tram, []),
    )
    assert len(day.incidents) == 3
    assert BodyIndex([("Orange", "a1")], frozenset({"orange"})).named_in("the pool in Orange") == frozenset()


def test_a_body_named_as_who_tells_the_event_is_read_apart_on_request() -> None:
    """ "según la empresa X", "selon X", "laut X": the source's phrase runs to its clause's end."""
    index = BodyIndex([("Atlantia Rent", "a1"), ("Kestrel Mills", "a2"), ("Orrin Bakeries", "a3")])
    told = "Según la empresa de alquiler Atlantia Rent, los ladrones reventaron catorce coches"
    assert index.named_in(told) == {"a1"}
    assert index.named_in(told, sources=False) == set()
    assert index.named_in("Selon Atlantia Rent, onze voitures ont été fracturées", sources=False) == set()
    both = "Laut Atlantia Rent fehlen elf Autos; Kestrel Mills schließt sein Werk"
    assert index.named_in(both, sources=False) == {"a2"}
    after = "Kestrel Mills will close its plant, according to Orrin Bakeries"
    assert index.named_in(after, sources=False) == {"a2"}


def _theft(text: str, actors: list[tuple[str, str, str]]) -> Briefed:
    return briefed(
        text,
        actors=actors,
        incidents=[{"id": "i1", "evidence": text, "type": "other", "place": "Tobin car park",
                    "location": "Tobin car park", "time": "on Wednesday"}],
    )  # fmt: skip


def test_reports_of_one_crime_told_on_two_bodies_words_are_one_event() -> None:
    """A rental firm and an insurers' association are who tells the break-ins, not whose they are."""
    rental = _theft(
        "Según la empresa de alquiler Atlantia Rent, los ladrones reventaron catorce coches el miércoles.",
        [("a1", "Atlantia Rent", "organization")],
    )
    insurers = _theft(
        "Selon l'association Tobin Assurances Mutuelles, quatorze voitures ont été fracturées mercredi.",
        [("a1", "Tobin Assurances Mutuelles", "organization")],
    )
    assert len(merged(rental, insurers).incidents) == 1


def test_a_company_telling_its_own_closure_and_another_closing_a_site_stay_two() -> None:
    """Kestrel Mills is the source of its own closure's news: no crime, so still its party."""
    mill = _closure(
        "According to Kestrel Mills, its Tobin plant will close on Wednesday.",
        "According to Kestrel Mills, its Tobin plant will close on Wednesday.",
        [("a1", "Kestrel Mills", "organization")],
    )
    bakery = _closure(
        "Orrin Bakeries said on Wednesday it will close its Tobin bakery.",
        "Orrin Bakeries said on Wednesday it will close its Tobin bakery.",
        [("a1", "Orrin Bakeries", "organization")],
    )
    assert len(merged(mill, bakery).incidents) == 2


def test_break_ins_at_two_named_companies_stay_two() -> None:
    """Each report names the company broken into, not a source: two crimes."""
    mill = _theft(
        "Burglars broke into Kestrel Mills on Wednesday.", [("a1", "Kestrel Mills", "organization")]
    )
    bakery = _theft(
        "Einbrecher sind am Mittwoch bei Orrin Bakeries eingestiegen.",
        [("a1", "Orrin Bakeries", "organization")],
    )
    assert len(merged(mill, bakery).incidents) == 2


@pytest.mark.parametrize(
    "hostile", ["selon " * 30_000, "según la empresa Kestrel Mills " * 5_000 + "," * 1000]
)
def test_hostile_sources_are_read_quickly(hostile: str) -> None:
    index = BodyIndex([("Kestrel Mills", "a1")])
    start = time.thread_time()
    index.named_in(hostile, sources=False)
    assert time.thread_time() - start < 1.0


# German "so" (", so die Polizei") is English "so" too, as the cues of every language are
# read in every language: known, left.
_SO = pytest.mark.xfail(strict=True, reason='"so" of another language read as "according to"')


# Attacks: words of "according to" that are other words too, and a source's phrase with no
# comma to end it, must not hide the company a crime was committed at.
@pytest.mark.parametrize(
    "told",
    [
        "Die Einbrecher haben so viel bei Orrin Bakeries gestohlen, sagt die Polizei",  # de "so": "as"
        "The burglars were so quick at Orrin Bakeries, police said",  # en "so", read as German's
        pytest.param("Burglars hit Kestrel Mills, so the alarm at Orrin Bakeries rang", marks=_SO),
        "È il secondo furto con scasso da Orrin Bakeries in un mese",  # it "secondo": "second"
        "É o segundo assalto à Orrin Bakeries este ano",  # pt "segundo": "second"
    ],
)
def test_a_cue_word_in_another_sense_hides_no_party(told: str) -> None:
    assert BodyIndex([("Orrin Bakeries", "a1")]).named_in(told, sources=False) == {"a1"}


@pytest.mark.parametrize(
    "told",
    [
        "Laut Polizei sind Einbrecher in der Nacht bei Orrin Bakeries eingestiegen",
        "Secondo i carabinieri i ladri sono entrati nel magazzino di Orrin Bakeries",
        "Volgens de politie braken inbrekers in bij Orrin Bakeries",
    ],
)
def test_a_source_phrase_without_a_comma_ends_at_the_source(told: str) -> None:
    """ "Laut Polizei" with no comma after it: the company broken into is the crime's party."""
    assert BodyIndex([("Orrin Bakeries", "a1")]).named_in(told, sources=False) == {"a1"}


def test_break_ins_at_two_companies_told_on_the_police_word_stay_two() -> None:
    mill = _theft(
        "Laut Polizei sind Einbrecher am Mittwoch bei Kestrel Mills eingestiegen.",
        [("a1", "Kestrel Mills", "organization")],
    )
    bakery = _theft(
        "Secondo la polizia mercoledì i ladri sono entrati da Orrin Bakeries.",
        [("a1", "Orrin Bakeries", "organization")],
    )
    assert len(merged(mill, bakery).incidents) == 2


def test_two_companies_each_telling_its_own_break_in_stay_two() -> None:
    """A victim is as often who tells its crime: "Laut Kestrel Mills" is its own break-in."""
    mill = _theft(
        "Laut Kestrel Mills haben Einbrecher am Mittwoch Werkzeug gestohlen.",
        [("a1", "Kestrel Mills", "organization")],
    )
    bakery = _theft(
        "Según Orrin Bakeries, los ladrones robaron herramientas el miércoles.",
        [("a1", "Orrin Bakeries", "organization")],
    )
    assert len(merged(mill, bakery).incidents) == 2


def test_a_closure_told_on_its_company_word_after_thefts_stays_the_companys() -> None:
    """A closure whose report names thefts as its cause tells a crime's words, not a crime."""
    mill = _closure(
        "Según Kestrel Mills, su planta de Tobin cerrará el miércoles tras tres robos.",
        "Según Kestrel Mills, su planta de Tobin cerrará el miércoles tras tres robos.",
        [("a1", "Kestrel Mills", "organization")],
    )
    bakery = _closure(
        "Orrin Bakeries said on Wednesday it will close its Tobin bakery after repeated thefts.",
        "Orrin Bakeries said on Wednesday it will close its Tobin bakery after repeated thefts.",
        [("a1", "Orrin Bakeries", "organization")],
    )
    assert len(merged(mill, bakery).incidents) == 2
