"""A report naming only a town beside reports of a site in that town (issue 25, the largest
class of missed pairs: "Marein" and "Laubengasse, Marein", "Sant Joan de l'Estany" and "Torre
Marina, Sant Joan de l'Estany"). A town may see two events of a kind a day, so the town's
report joins the day's one event of its kind at a site of the town only when nothing sets
them apart, and stays alone when two such events leave it between them. Every report here is
invented; places are invented too."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.places import NO_LEVELS, Levels
from summarizer.daily.reports import ReportEvidence
from summarizer.daily.signs_of_two import at_one_place, placed_apart
from summarizer.daily.town_readings import in_its_town
from summarizer.models.daily_v2 import DailyBriefing
from tests.daily.test_daily import merged, one_incident


def _told(text: str, place: str, time: str, type: str = "disaster", **incident: Any) -> Briefed:
    return one_incident(text, type=type, place=place, time=time, **incident)


def _sizes(day: DailyBriefing) -> list[int]:
    return sorted(len(incident.reports) for incident in day.incidents)


# One fire at a site of Varenfeld, told by a local paper naming the street, and by outlets in
# other languages naming only the town. No figure, person or word in common.
AT_THE_SITE = (
    "Ein Brand hat am Dienstagnachmittag in der Lindengasse eine Fabrik zerstört, teilte die Feuerwehr mit.",
    "Lindengasse, Varenfeld",
    "am Dienstagnachmittag",
)
IN_THE_TOWN = [
    ("A blaze gutted a factory in Varenfeld on Tuesday afternoon, firefighters said.", "Varenfeld",
     "on Tuesday afternoon"),
    ("Un incendie a détruit mardi après-midi une usine à Varenfeld.", "Varenfeld", "mardi après-midi"),
    ("Un incendio destruyó el martes por la tarde una fábrica en Varenfeld.", "Varenfeld", "el martes por la tarde"),
    ("Un incendio ha distrutto martedì pomeriggio una fabbrica a Varenfeld.", "Varenfeld", "martedì pomeriggio"),
    ("Um incêndio destruiu na terça-feira à tarde uma fábrica em Varenfeld.", "Varenfeld", "terça-feira à tarde"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "time"), IN_THE_TOWN)
def test_a_town_report_joins_the_day_s_one_event_of_its_kind_at_a_site_of_the_town(
    text: str, place: str, time: str
) -> None:
    day = merged(_told(*AT_THE_SITE), _told(text, place, time))
    assert _sizes(day) == [2]


def test_a_town_report_between_two_sites_events_of_its_kind_stays_alone() -> None:
    """Two fires in Varenfeld (the Lindengasse and the station), each told at its site: a report
    naming only the town may be of either, and nothing picks one."""
    station = _told(
        "Ein Brand hat am Dienstagnachmittag am Bahnhofplatz ein Lagerhaus zerstört, teilte die Feuerwehr mit.",
        "Bahnhofplatz, Varenfeld",
        "am Dienstagnachmittag",
    )
    day = merged(_told(*AT_THE_SITE), station, _told(*IN_THE_TOWN[0]))
    assert _sizes(day) == [1, 1, 1]


@pytest.mark.parametrize(
    ("text", "place", "time"),
    [
        # the town's report says its fire is another one
        ("Par ailleurs, un incendie a détruit mardi après-midi une usine à Varenfeld.", "Varenfeld",
         "mardi après-midi"),
        ("A second fire gutted a factory in Varenfeld on Tuesday afternoon.", "Varenfeld", "on Tuesday afternoon"),
        # another site the town report names: a school, not a house
        ("Un incendio destruyó el martes por la tarde una escuela en Varenfeld.", "Varenfeld",
         "el martes por la tarde"),
    ],
)  # fmt: skip
def test_a_town_report_with_a_sign_of_another_event_stays_apart(text: str, place: str, time: str) -> None:
    day = merged(_told(*AT_THE_SITE), _told(text, place, time))
    assert _sizes(day) == [1, 1]


# A balcony that fell at a site of Varenfeld on Tuesday morning: an event of a moment.
BALCONY = ("Am Dienstagmorgen ist in der Lindengasse ein Balkon eingestürzt.", "Lindengasse, Varenfeld",
           "am Dienstagmorgen")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "time", "one"),
    [
        ("A balcony collapsed in Varenfeld on Tuesday morning.", "on Tuesday morning", True),
        ("Un balcon s'est effondré mardi matin à Varenfeld.", "mardi matin", True),
        # hours that clash: the site's fall in the morning, the town's in the evening or night
        ("A balcony collapsed in Varenfeld on Tuesday evening.", "on Tuesday evening", False),
        ("Un balcon s'est effondré mardi soir à Varenfeld.", "mardi soir", False),
    ],
)
def test_a_town_report_told_at_other_hours_than_the_site_s_event_stays_apart(
    text: str, time: str, one: bool
) -> None:
    day = merged(_told(*BALCONY, type="accident"), _told(text, "Varenfeld", time, type="accident"))
    assert _sizes(day) == ([2] if one else [1, 1])


def test_a_region_s_report_is_not_read_as_of_one_site_in_it() -> None:
    """A county holds many towns and sites: "in the Gironde" is not placed at a street of one of
    its towns by this rule (``signs_of_two._holds`` reads a county that names no town)."""
    county = _placed("gironde", level="departement")
    street = _placed("rue carnot", held_by=("gironde",))
    assert not in_its_town(county, street) and not in_its_town(street, county)


def _placed(place: str, held_by: tuple[str, ...] = (), level: str | None = None) -> ReportEvidence:
    return ReportEvidence(
        owner=place,
        type="disaster",
        date=None,
        weekdays=frozenset(),
        place=place,
        places=frozenset({place, *held_by}),
        words=(),
        plain=(),
        measures=frozenset(),
        measured=(),
        says_distinct=False,
        held_by=frozenset(held_by),
        levels=Levels(level, vague=True) if level else NO_LEVELS,
    )


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        (_placed("varenfeld"), _placed("lindengase", ("varenfeld",)), True),  # the town and its street
        # a street of another town, and a street of the town: two places
        (_placed("varenfeld"), _placed("lindengase", ("oberau",)), False),
        (_placed("bahnhofplatz", ("varenfeld",)), _placed("lindengase", ("varenfeld",)), False),
        (_placed("varenfeld"), _placed("oberau"), False),  # two towns
    ],
)
def test_a_town_and_a_site_written_as_lying_in_it_are_one_place(
    a: ReportEvidence, b: ReportEvidence, one: bool
) -> None:
    assert at_one_place(a, b) is one and at_one_place(b, a) is one
    if one:
        assert not placed_apart(a, b)


def _injured(text: str, place: str, time: str, said: str, counted: str) -> Briefed:
    figure = {"id": "f1", "text": said, "value": 3, "counted": counted, "category": "injured"}
    return _told(text, place, time, figures=[figure])


def test_a_figure_picks_which_site_s_event_a_town_report_is_of() -> None:
    """Two fires in Varenfeld, at the Lindengasse (three injured) and at the station (none
    counted): a town report of three injured is of the first, not left between them. Without
    a figure it stays alone (``test_a_town_report_between_two_sites_events_of_its_kind_stays_alone``)."""
    street = _injured(
        AT_THE_SITE[0] + " Drei Menschen wurden verletzt.", *AT_THE_SITE[1:], "Drei Menschen", "Menschen"
    )
    station = _told(
        "Ein Brand hat am Dienstagnachmittag am Bahnhofplatz ein Lagerhaus zerstört, teilte die Feuerwehr mit.",
        "Bahnhofplatz, Varenfeld",
        "am Dienstagnachmittag",
    )
    town = _injured(
        "Trois personnes ont été blessées mardi après-midi dans un incendie à Varenfeld.", "Varenfeld",
        "mardi après-midi", "Trois personnes", "personnes",
    )  # fmt: skip
    day = merged(street, station, town)
    assert _sizes(day) == [1, 2]
    (joined,) = [incident for incident in day.incidents if len(incident.reports) == 2]
    assert town.article.id in joined.articles and street.article.id in joined.articles


def test_a_figure_both_sites_events_share_picks_neither() -> None:
    """Three injured at the Lindengasse and three at the station: the town's report of three
    injured may be of either, and stays alone."""
    street = _injured(
        AT_THE_SITE[0] + " Drei Menschen wurden verletzt.", *AT_THE_SITE[1:], "Drei Menschen", "Menschen"
    )
    station = _injured(
        "Ein Brand hat am Dienstagnachmittag am Bahnhofplatz ein Lagerhaus zerstört; drei Menschen wurden verletzt.",
        "Bahnhofplatz, Varenfeld", "am Dienstagnachmittag", "drei Menschen", "Menschen",
    )  # fmt: skip
    town = _injured(
        "Three people were injured in a fire in Varenfeld on Tuesday afternoon.", "Varenfeld",
        "on Tuesday afternoon", "Three people", "people",
    )  # fmt: skip
    day = merged(street, station, town)
    (alone,) = [incident for incident in day.incidents if town.article.id in incident.articles]
    assert alone.articles == [town.article.id]
