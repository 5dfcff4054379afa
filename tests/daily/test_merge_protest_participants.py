"""Two protests of one city and day are told apart by who protests and with what, and the
reports of each meet through them in any language (issue 25: a bus drivers' strike and a
farmers' tractor rally in one city; a workers' rally and a residents' march). Every
report here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.participants import participants_apart, participants_in, participants_shared
from tests.daily.test_daily import merged, one_incident


def _protest(
    text: str, evidence: str | None = None, time_: str | None = None, language: str = "en"
) -> Briefed:
    return one_incident(
        text,
        evidence=evidence,
        type="protest",
        place="Velden",
        location="Velden",
        time=time_,
        language=language,
    )


@pytest.mark.parametrize(
    ("evidence", "groups", "means"),
    [
        ("Hundreds of mountain farmers drove their tractors into Velden.", {"farmer"}, {"tractor"}),
        ("Bergbauern mit Traktoren demonstrierten vor dem Landhaus.", {"farmer"}, {"tractor"}),
        ("Les agriculteurs ont bloqué la rocade avec leurs tracteurs.", {"farmer"}, {"tractor"}),
        ("Una tractorada de agricultores colapsó el centro.", {"farmer"}, {"tractor"}),
        ("Die Fahrerinnen der Stadtbus GmbH traten in den Warnstreik.", {"driver"}, {"bus"}),
        ("Wegen des Busstreiks kam es zu langen Staus.", set(), {"bus"}),
        ("Les conducteurs de bus sont en grève.", {"driver"}, {"bus"}),
        ("Lkw-Fahrer blockierten die Zufahrt.", {"driver"}, {"truck"}),
        ("Los vecinos marcharon hasta el ayuntamiento.", {"resident"}, set()),
        # Not a train, not a bus, no group: parades, motorways, globes, aircraft makers.
        ("Der Festumzug zog über die Autobahnbrücke am Globus vorbei, Airbus schwieg.", set(), set()),
        ("Protesters and police faced each other.", set(), set()),
    ],
)
def test_a_protest_report_names_who_protests_and_with_what(
    evidence: str, groups: set[str], means: set[str]
) -> None:
    found = participants_in(evidence)
    assert (set(found.groups), set(found.means)) == (groups, means)


def test_workers_meet_any_trade_but_not_residents_or_farmers() -> None:
    workers = participants_in("Workers walked out at the depot.")
    assert not participants_apart(workers, participants_in("Bus drivers walked out."))
    assert participants_apart(workers, participants_in("Residents marched on the town hall."))
    assert participants_apart(participants_in("Truck drivers blocked the ring road."),
                              participants_in("Bus drivers stopped work."))  # fmt: skip
    assert participants_shared(
        participants_in("Farmers rallied."), participants_in("Les paysans ont manifesté.")
    )
    assert not participants_shared(workers, participants_in("People gathered."))


def test_a_drivers_strike_and_a_farmers_rally_of_one_city_and_day_are_two_events_in_two_languages() -> None:
    strike_de = _protest(
        "Velden - Die Busfahrer der Stadtwerke Velden legten am Dienstag im Warnstreik die Arbeit nieder. "
        "Am Rathausplatz demonstrierten zugleich Bauern mit Traktoren.",
        evidence="Velden - Die Busfahrer der Stadtwerke Velden legten am Dienstag im Warnstreik die Arbeit nieder.",
        time_="am Dienstag",
        language="de",
    )
    strike_en = _protest(
        "Most city buses in Velden stood still on Tuesday as drivers staged a warning strike over pay.",
        time_="Tuesday",
    )
    rally_de = _protest(
        "Mit Traktoren zogen am Dienstag Hunderte Bauern durch Velden. Der Busstreik verschärfte die Staus.",
        evidence="Mit Traktoren zogen am Dienstag Hunderte Bauern durch Velden.",
        time_="am Dienstag",
        language="de",
    )
    rally_en = _protest(
        "Farmers drove their tractors through Velden on Tuesday, joining a day of protest.", time_="Tuesday"
    )
    day = merged(strike_de, strike_en, rally_de, rally_en)
    clusters = sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)
    ids = [b.article.id for b in (strike_de, strike_en, rally_de, rally_en)]
    assert clusters == sorted([sorted(ids[:2]), sorted(ids[2:])])


def test_a_report_of_the_other_protest_that_names_its_drivers_joins_the_strike_not_the_rally() -> None:
    rally = _protest("Farmers drove their tractors through Velden on Tuesday.", time_="Tuesday")
    aside = _protest(
        "The protest coincided with a strike by city bus drivers, leaving Velden gridlocked on Tuesday.",
        time_="Tuesday",
    )
    assert len(merged(rally, aside).incidents) == 2


def test_the_same_group_alone_never_joins_two_protests_of_different_days() -> None:
    monday = _protest("Farmers drove their tractors through Velden on Monday.", time_="Monday")
    tuesday = _protest("Farmers drove their tractors through Velden on Tuesday.", time_="Tuesday")
    assert len(merged(monday, tuesday).incidents) == 2


@pytest.mark.parametrize(
    "hostile",
    ["Bus" * 20_000, "bauern-" * 10_000 + "x", "é" * 50_000, "Fahrer " * 20_000, "а" * 30_000 + "fahrer"],
)
def test_hostile_evidence_is_read_quickly(hostile: str) -> None:
    start = time.thread_time()
    participants_in(hostile)
    assert time.thread_time() - start < 1.0


def test_a_march_and_its_counter_march_of_one_city_and_day_are_two_protests() -> None:
    # Who marches is not named (no trade, no vehicle): the side they take is.
    against = _protest("Thousands of anti-Israel protesters marched through Velden on Saturday, police said.")
    support = _protest("Thousands of pro-Israel protesters marched through Velden on Saturday, police said.")
    assert len(merged(against, support).incidents) == 2
    assert participants_apart(participants_in("anti-government"), participants_in("pro-gouvernement"))
    # One side told in two languages, and two causes of one march, are one protest's.
    assert not participants_apart(participants_in("anti-government"), participants_in("anti-gouvernement"))
    assert not participants_apart(
        participants_in("an anti-war march"), participants_in("a pro-Palestinian march")
    )
