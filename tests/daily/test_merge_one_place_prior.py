"""A newsroom's prior (issue 25, days 22-27: the largest class of missed pairs): reports of
one type of event at one place on one day are of one event unless the day gives a sign of
two, though they share no figure, person or word. The signs are what the merge reads
already (an article telling both, dates, streets, kinds, participants, counts) and what a
day says of its places, sites and people. Every report here is invented."""

from __future__ import annotations

import time
from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.one_place_prior import MOST_WEIGHED, one_in_every_reading
from summarizer.daily.places import NO_LEVELS, Levels
from summarizer.daily.reports import ReportEvidence, report_evidence
from summarizer.daily.signs_of_two import at_one_place, placed_apart
from summarizer.models import Incident
from summarizer.models.common import Span
from summarizer.models.daily_v2 import DailyBriefing
from tests.daily.test_daily import briefed, merged, one_incident


def _told(text: str, type: str, place: str | None, time: str, **incident: Any) -> Briefed:
    return one_incident(text, type=type, place=place, time=time, **incident)


def _sizes(day: DailyBriefing) -> list[int]:
    return sorted(len(incident.reports) for incident in day.incidents)


# Three outlets, three languages, one event each: no figure, person or word in common.
ONE_EVENT = {
    "evacuation": (
        ("Die Gemeinde hat am Nachmittag den Weiler Ried vorsorglich geräumt.", "Ried", "am Nachmittag"),
        ("Les habitants de Ried ont dû quitter leurs maisons mardi après-midi.", "Ried", "mardi après-midi"),
        ("Residents of Ried were moved out on Tuesday afternoon as a precaution.", "Ried", "Tuesday afternoon"),
    ),
    "talks_diplomacy": (
        ("Die Oberrheinkommission kommt am Nachmittag in Straßburg zu einer Krisensitzung zusammen.",
         "Straßburg", "am Nachmittag"),
        ("Réunis en urgence à Strasbourg, les délégués ont adopté un plan commun.", "Strasbourg", "mardi"),
        ("Officials from both countries met in emergency session in Strasbourg on Tuesday.",
         "Strasbourg", "on Tuesday"),
    ),
    "political_decision": (
        ("El consejero ordenó el martes en Tarvel el cierre de los colegios.", "Tarvel", "el martes"),
        ("Die Landesregierung hat am Dienstag in Tarvel den Unterricht ausgesetzt.", "Tarvel", "am Dienstag"),
        ("The regional minister suspended lessons in Tarvel on Tuesday.", "Tarvel", "on Tuesday"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("type", sorted(ONE_EVENT))
def test_reports_of_one_type_at_one_place_and_day_are_one_event(type: str) -> None:
    day = merged(*(_told(text, type, place, when) for text, place, when in ONE_EVENT[type]))
    assert _sizes(day) == [3]


def test_statements_of_two_speakers_and_rulings_sharing_no_word_are_no_prior_event() -> None:
    """Two speakers are two statements; a court gives many rulings, and "other" names no kind
    of event (``busy_types``; a march told twice in a small town is one, see there)."""
    statements = merged(
        _told("Die Ministerin sagte am Dienstag in Tarvel, die Lage sei ernst.", "statement", "Tarvel", "am Dienstag"),
        _told("A spokesman said in Tarvel on Tuesday that talks would go on.", "statement", "Tarvel", "on Tuesday"),
    )  # fmt: skip
    rulings = merged(
        _told("Le tribunal de Tarvel a relaxé mardi un ancien élu.", "other", "Tarvel", "mardi"),
        _told("A court in Tarvel jailed a lorry driver on Tuesday.", "other", "Tarvel", "on Tuesday"),
    )
    assert _sizes(statements) == [1, 1]
    assert _sizes(rulings) == [1, 1]


def test_decisions_told_from_a_capital_are_no_prior_event() -> None:
    """A nation's cabinet, parliament and ministries decide in its capital many times a day."""
    day = merged(
        _told(
            "El Gobierno aprobó el martes en Madrid el decreto.", "political_decision", "Madrid", "el martes"
        ),
        _told(
            "Lawmakers in Madrid passed the reform on Tuesday.", "political_decision", "Madrid", "on Tuesday"
        ),
    )
    assert _sizes(day) == [1, 1]


def test_reports_that_name_no_place_join_nothing_by_the_prior() -> None:
    day = merged(
        _told(
            "Die Evakuierung ist abgeschlossen, teilte die Gemeinde mit.", "evacuation", None, "am Dienstag"
        ),
        _told("Residents were moved out on Tuesday as a precaution.", "evacuation", None, "on Tuesday"),
    )
    assert _sizes(day) == [1, 1]


FIRE_AT = "Ein Brand hat am Dienstag in Tarvel {what} zerstört, teilte die Feuerwehr mit."
BLAZE_AT = "A fire gutted {what} in Tarvel on Tuesday, firefighters said."


def test_two_fires_each_told_by_one_article_are_one_fire_without_a_sign_of_two() -> None:
    """The prior itself: nothing in the day says there were two."""
    day = merged(
        _told(FIRE_AT.format(what="ein Gebäude"), "disaster", "Tarvel", "am Dienstag"),
        _told(BLAZE_AT.format(what="a building"), "disaster", "Tarvel", "on Tuesday"),
    )
    assert _sizes(day) == [2]


@pytest.mark.parametrize(
    ("german", "english"),
    [
        # other sites: a school and a warehouse, a church and a hotel
        (FIRE_AT.format(what="eine Schule"), BLAZE_AT.format(what="a warehouse")),
        (FIRE_AT.format(what="eine Kirche"), BLAZE_AT.format(what="a hotel")),
        # one says it is a second fire, in its own language
        (
            "Ein zweiter Brand hat am Dienstag in Tarvel ein Gebäude zerstört.",
            BLAZE_AT.format(what="a building"),
        ),
        (FIRE_AT.format(what="ein Gebäude"), "A second fire gutted a building in Tarvel on Tuesday."),
        # a fire, and a report naming no kind of event at all
        (FIRE_AT.format(what="ein Gebäude"), "Firefighters were called to a building in Tarvel on Tuesday."),
    ],
)
def test_two_fires_of_one_town_stay_apart_on_a_sign_of_two(german: str, english: str) -> None:
    day = merged(
        _told(german, "disaster", "Tarvel", "am Dienstag"), _told(english, "disaster", "Tarvel", "on Tuesday")
    )
    assert _sizes(day) == [1, 1]


def test_a_french_report_saying_by_the_way_says_the_day_holds_two() -> None:
    day = merged(
        _told(
            "Par ailleurs, un incendie a détruit mardi un bâtiment à Tarvel.", "disaster", "Tarvel", "mardi"
        ),
        _told(BLAZE_AT.format(what="a building"), "disaster", "Tarvel", "on Tuesday"),
    )
    assert _sizes(day) == [1, 1]


def test_streets_counts_and_groups_apart_are_signs_of_two() -> None:
    streets = merged(
        _told("A fire gutted a building on Dock Road in Tarvel on Tuesday.", "disaster", "Tarvel", "on Tuesday",
              location="Dock Road"),
        _told("Un incendie a détruit mardi un immeuble rue Carnot à Tarvel.", "disaster", "Tarvel", "mardi",
              location="rue Carnot"),
    )  # fmt: skip
    protests = merged(
        _told("Bus drivers in Tarvel marched on Tuesday.", "protest", "Tarvel", "on Tuesday"),
        _told("Die Bauern von Tarvel demonstrierten am Dienstag.", "protest", "Tarvel", "am Dienstag"),
    )
    assert _sizes(streets) == [1, 1]
    assert _sizes(protests) == [1, 1]


def test_other_people_harmed_are_a_sign_of_two() -> None:
    """A worker killed on a building site and a cyclist killed by a van, in one city."""

    def death(text: str, counted: str, said: str) -> Briefed:
        return briefed(
            text,
            incidents=[{"id": "i1", "evidence": text, "type": "accident", "place": "Tarvel", "time": "Tuesday",
                        "casualty_figures": ["f1"]}],
            figures=[{"id": "f1", "text": said, "value": 1, "category": "killed", "counted": counted}],
        )  # fmt: skip

    day = merged(
        death("Ein Arbeiter ist am Dienstag in Tarvel tödlich verunglückt.", "Arbeiter", "Ein Arbeiter"),
        death("A cyclist died in Tarvel on Tuesday, police said.", "cyclist", "A cyclist"),
    )
    assert _sizes(day) == [1, 1]


def _two_fires_article(first: str, second: str) -> Briefed:
    text = f"{first} {second}"
    return briefed(
        text,
        incidents=[
            {"id": "i1", "evidence": first, "type": "disaster", "place": "Tarvel", "time": "Tuesday"},
            {"id": "i2", "evidence": second, "type": "disaster", "place": "Tarvel", "time": "Tuesday"},
        ],
    )


def test_a_third_report_stays_apart_when_an_article_tells_two_fires_there() -> None:
    """Either fire may be the third report's: the day gives no reading of it."""
    both = _two_fires_article(
        "A fire destroyed a building in Tarvel on Tuesday.",
        "Firefighters also put out a fire in Tarvel on Tuesday.",
    )
    lone = _told(FIRE_AT.format(what="ein Gebäude"), "disaster", "Tarvel", "am Dienstag")
    assert _sizes(merged(both, lone)) == [1, 1, 1]


def test_two_outlets_each_telling_both_decisions_pin_the_second_to_the_second() -> None:
    """Both articles tell the ban and the budget, the budgets share their figure: the two
    bans are each "not the budget", and the day holds two decisions, so they are one."""
    budget_a, ban_a = (
        "The council of Tarvel passed a budget of 12 million euros on Tuesday.",
        "The mayor also banned fireworks in Tarvel on Tuesday.",
    )
    budget_b, ban_b = (
        "Le conseil de Tarvel a voté mardi un budget de 12 millions d'euros.",
        "Les feux d'artifice sont désormais interdits à Tarvel, a décidé mardi la mairie.",
    )

    def article(budget: str, ban: str, amount: str) -> Briefed:
        return briefed(
            f"{budget} {ban}",
            incidents=[
                {"id": "i1", "evidence": budget, "type": "political_decision", "place": "Tarvel",
                 "time": "Tuesday", "casualty_figures": []},
                {"id": "i2", "evidence": ban, "type": "political_decision", "place": "Tarvel", "time": "Tuesday"},
            ],
            figures=[{"id": "f1", "text": amount, "value": 12_000_000, "unit": "EUR",
                      "category": "damage_cost", "counted": "budget"}],
        )  # fmt: skip

    day = merged(
        article(budget_a, ban_a, "12 million euros"), article(budget_b, ban_b, "12 millions d'euros")
    )
    assert _sizes(day) == [2, 2]
    for incident in day.incidents:
        assert {r.incident_id for r in incident.reports} in ({"i1"}, {"i2"})


def test_a_county_that_names_no_town_holds_the_town_the_day_places_in_it() -> None:
    town = _told(
        "Saint-Aubin, a village in the Gironde, was evacuated on Tuesday.",
        "evacuation",
        "Saint-Aubin",
        "on Tuesday",
        location="Saint-Aubin, a village in the Gironde",
    )
    county = _told(
        "Des centaines d'habitants ont été évacués mardi en Gironde.",
        "evacuation",
        "Gironde",
        "mardi",
        location="le département de la Gironde",
    )
    assert _sizes(merged(town, county)) == [2]


def test_a_town_report_naming_a_district_is_not_of_a_suburb_the_day_places_in_the_town() -> None:
    """Lyon's 8th district and Vénissieux in the Lyon metropolis are two places."""
    suburb = _told(
        "Un incendie a ravagé mardi un entrepôt à Vénissieux, dans la métropole de Lyon.",
        "disaster",
        "Vénissieux",
        "mardi",
        location="Vénissieux, dans la métropole de Lyon",
    )
    district = _told(
        "A fire killed a woman in a flat in Lyon's 8th district on Tuesday.",
        "disaster",
        "Lyon",
        "on Tuesday",
        location="Lyon's 8th district",
    )
    assert _sizes(merged(suburb, district)) == [1, 1]


def test_a_decision_by_other_people_is_another_decision() -> None:
    def decision(text: str, who: str) -> Briefed:
        return briefed(
            text,
            actors=[("a1", who, "person")],
            incidents=[{"id": "i1", "evidence": text, "type": "political_decision", "place": "Tarvel",
                        "time": "Tuesday"}],
        )  # fmt: skip

    day = merged(
        decision("Mayor Ines Alder closed the Tarvel pools on Tuesday.", "Ines Alder"),
        decision("Prefect Paul Renner banned fishing in Tarvel on Tuesday.", "Paul Renner"),
    )
    assert _sizes(day) == [1, 1]


@pytest.mark.parametrize(
    ("count", "apart", "says_two", "groups"),
    [
        (3, set(), False, [[0, 1, 2]]),  # nothing apart: one event
        (3, set(), True, []),  # "a second": two events, any report of either
        (3, {(0, 1)}, False, []),  # two events, the third of either
        (3, {(0, 1), (0, 2)}, False, [[1, 2]]),  # both "not the first": the second
        (4, {(0, 1), (2, 3)}, False, []),  # two articles each telling two: no reading
        (4, {(0, 1), (0, 2), (0, 3)}, False, [[1, 2, 3]]),
        (
            5,
            {(0, 1), (1, 2), (0, 2), (0, 3), (1, 3), (0, 4), (2, 4)},
            False,
            [[1, 4], [2, 3]],
        ),  # a triangle pins
        (1, set(), False, []),
    ],
)
def test_clusters_join_when_every_fewest_reading_puts_them_together(
    count: int, apart: set[tuple[int, int]], says_two: bool, groups: list[list[int]]
) -> None:
    assert one_in_every_reading(count, apart, says_two=says_two) == groups


def test_a_busy_place_is_weighed_quickly_or_not_at_all() -> None:
    started = time.thread_time()
    # Many clusters with nothing apart are one event at once; past the bound with something
    # apart, none are read; at the bound, a dense graph is coloured in time.
    assert one_in_every_reading(5_000, set()) == [list(range(5_000))]
    assert one_in_every_reading(MOST_WEIGHED + 1, {(0, 1)}) == []
    ring = {(n, (n + 1) % MOST_WEIGHED) for n in range(MOST_WEIGHED)}
    one_in_every_reading(MOST_WEIGHED, {tuple(sorted(p)) for p in ring})  # type: ignore[misc]
    dense = {(x, y) for x in range(MOST_WEIGHED) for y in range(x + 1, MOST_WEIGHED) if (x + y) % 3}
    one_in_every_reading(MOST_WEIGHED, dense)
    assert time.thread_time() - started < 5.0


def test_a_place_busier_than_the_prior_weighs_is_not_read() -> None:
    """Reports sharing nothing but their place and day (made-up words): up to
    ``MOST_WEIGHED`` of them are one event, one more and the place is too busy for a prior."""

    def nonsense(n: int) -> str:
        return "".join(chr(ord("a") + int(d)) for d in f"{n:04d}") + "qz"

    def reports(count: int) -> list[Briefed]:
        return [
            _told(
                f"Tarvel {nonsense(3 * n)} {nonsense(3 * n + 1)} Tuesday.", "evacuation", "Tarvel", "Tuesday"
            )
            for n in range(count)
        ]

    assert _sizes(merged(*reports(MOST_WEIGHED))) == [MOST_WEIGHED]
    started = time.thread_time()
    assert _sizes(merged(*reports(MOST_WEIGHED + 1))) == [1] * (MOST_WEIGHED + 1)
    assert time.thread_time() - started < 30.0


def _says_another(evidence: str) -> bool:
    incident = Incident(
        id="i1", type="disaster", description="x", place="Tarvel", evidence=evidence,
        evidence_span=Span(start=0, end=max(1, len(evidence))),
    )  # fmt: skip
    return report_evidence(owner="a", incident=incident, places=(), words=(), figures=()).says_another


@pytest.mark.parametrize(
    "hostile",
    [
        "a second " * 20_000,
        "par ailleurs " * 10_000 + "x" * 50_000,
        "ein zweiter " + "Brand " * 20_000,
        "otro " * 30_000 + "incendio",
        "Ｆｉｒｅ ﬁre " * 5_000 + "في " * 5_000,
    ],
)
def test_hostile_evidence_is_read_quickly(hostile: str) -> None:
    _says_another("A second fire broke out.")  # the lexicons' one-time loading is not the cost measured
    started = time.thread_time()
    _says_another(hostile)
    assert time.thread_time() - started < 2.0


def _placed(place: str, names: tuple[str, ...] = (), level: str | None = None) -> ReportEvidence:
    return ReportEvidence(
        owner=place,
        type="accident",
        date=None,
        weekdays=frozenset(),
        place=place,
        places=frozenset({place, *names}),
        words=(),
        plain=(),
        measures=frozenset(),
        measured=(),
        says_distinct=False,
        levels=Levels(level, vague=not names) if level else NO_LEVELS,
    )


@pytest.mark.parametrize(
    ("a", "b", "one", "apart"),
    [
        (_placed("ried"), _placed("ried"), True, False),
        (_placed("ried"), _placed("tali"), False, True),  # two villages
        # a county naming no town may hold a town that names it; neither is a sign of two
        (_placed("st aubin", ("gironde",)), _placed("gironde", level="departement"), True, False),
        (_placed("st aubin"), _placed("gironde", level="departement"), False, False),
        # a report naming the other's place may be of it: not known at one place, nor apart
        (_placed("gironde", ("st aubin",)), _placed("st aubin"), False, False),
        (_placed("france"), _placed("ried"), False, False),  # a country is no place of the prior
    ],
)
def test_one_place_and_two_places(a: ReportEvidence, b: ReportEvidence, one: bool, apart: bool) -> None:
    assert at_one_place(a, b) is one and at_one_place(b, a) is one
    assert placed_apart(a, b) is apart and placed_apart(b, a) is apart


@pytest.mark.parametrize(
    ("evidence", "another"),
    [
        ("Bereits am Morgen war eine zweite, kleinere Lawine auf die Straße niedergegangen.", True),
        ("Un deuxième sinistre a touché la commune dans la soirée.", True),
        ("Un segundo siniestro afectó al barrio por la tarde.", True),
        ("Par ailleurs, un entrepôt a brûlé.", True),
        ("In einem anderen Fall ermittelt die Polizei.", True),
        ("A second, smaller avalanche had blocked the road.", True),
        ("Le toit s'est effondré en une seconde.", False),  # a second of time
        ("Todo ocurrió en un segundo.", False),
        ("Die Lawine verschüttete die Straße zum zweiten Mal.", False),
        ("The avalanche blocked the only road into the village.", False),
    ],
)
def test_a_report_says_in_any_language_that_its_event_is_another(evidence: str, another: bool) -> None:
    assert _says_another(evidence) is another
