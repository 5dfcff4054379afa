"""Where two reports say their events happened, and what they share, decide whether they
can be one event (issue 25, the seed day's misses generalised). Every article is invented."""

from __future__ import annotations

from summarizer.daily.place_keys import place_key
from summarizer.daily.places import places_compatible, places_in
from tests.daily.test_daily import briefed, killed, merged, one_incident

# --------------------------------------------------------------------------- places


def test_two_towns_of_one_region_are_two_places_though_both_name_the_region() -> None:
    tarvik = "Floodwater swept through Tarvik, in the Osterholm region, on Monday, wrecking the old bridge."
    lindau = "Floodwater swept through Lindau, in the Osterholm region, on Monday, wrecking the ferry pier."
    a = one_incident(tarvik, type="disaster", place="Tarvik", time="Monday")
    b = one_incident(lindau, type="disaster", place="Lindau", time="Monday")
    assert len(merged(a, b).incidents) == 2


def test_a_report_placed_in_a_region_can_be_of_a_town_the_other_places_there() -> None:
    town = "Floodwater swept through Tarvik, in the Osterholm region, on Monday, wrecking the old bridge."
    region = "Floodwater wrecked the old Tarvik bridge in Osterholm on Monday, the river authority said."
    a = one_incident(town, type="disaster", place="Tarvik", time="Monday")
    b = one_incident(region, type="disaster", place="Osterholm", time="Monday")
    assert len(merged(a, b).incidents) == 1


def test_a_country_holds_its_capital_and_towns_not_known_to_be_elsewhere() -> None:
    assert places_compatible("kenya", frozenset(), "nairobi", frozenset({"nairobi"}))
    assert places_compatible("kenya", frozenset(), "kisumu", frozenset({"kisumu"}))
    assert not places_compatible("kenya", frozenset(), "addis ababa", frozenset({"addis ababa"}))
    assert not places_compatible("kenya", frozenset(), "ethiopia", frozenset())


def test_a_report_placed_in_a_country_meets_one_placed_in_its_capital() -> None:
    city = (
        "Election officials in Nairobi began counting ballots on Sunday after polls closed, "
        "commission chair Wafula Chebet said, calling the turnout historic."
    )
    country = (
        "Counting of ballots began in Kenya on Sunday, commission chair Wafula Chebet said, "
        "hailing a historic turnout."
    )
    a = briefed(
        city,
        actors=[("a1", "Wafula Chebet", "person")],
        incidents=[
            {"id": "i1", "type": "political_decision", "place": "Nairobi", "time": "Sunday", "evidence": city}
        ],
    )
    b = briefed(
        country,
        actors=[("a1", "Wafula Chebet", "person")],
        incidents=[
            {
                "id": "i1",
                "type": "political_decision",
                "place": "Kenya",
                "time": "Sunday",
                "evidence": country,
            }
        ],
    )
    assert len(merged(a, b).incidents) == 1


def test_place_keys_drop_owners_titles_and_level_words() -> None:
    # Keys fold doubled letters ("Hannover" and "Hanover" are one), so Hokkaido is "hokaido".
    assert places_in("Snow cut power in Japan's Hokkaido region on Friday.") == {"hokaido"}
    # "According to" names who said it, whatever its case; a title ends a place.
    assert places_in("According to Osterholm Mayor Ana Ruiz, roads in Tarvik were shut.") == {"tarvik"}
    assert places_in("Sandbags were sent to Tarvik Mayor Ana Ruiz on Friday.") == {"tarvik"}
    assert place_key("Lindell Province") == place_key("Lindell") == place_key("the province of Lindell")
    # As a place, a capital's other spelling is the city; as an actor, "Kiev" speaks for Ukraine.
    assert place_key("Kiev") == place_key("Kyiv") == "kyiv"


def test_one_city_spelled_two_ways_is_one_place() -> None:
    old = "Drones hit a power station in Kiev overnight on Friday, cutting heat to the Obolon district."
    new = "A power station in Kyiv was hit by drones overnight on Friday, leaving Obolon without heat."
    a = one_incident(old, type="air_drone_strike", place="Kiev", time="Friday")
    b = one_incident(new, type="air_drone_strike", place="Kyiv", time="Friday")
    assert len(merged(a, b).incidents) == 1


# --------------------------------------------------------------------------- passages


def test_a_lede_of_several_events_gives_each_only_its_own_sentence() -> None:
    """The passage of a report ran three sentences on: in a lede that packs several events,
    the next event's place and words became this one's, and two events of other places
    merged through them."""
    lede = (
        "Riot police broke up a march by teachers in Tarvik on Monday. "
        "A bus carrying striking nurses overturned in Lindau on Monday, injuring eleven nurses."
    )
    march = "Riot police broke up a march by teachers in Tarvik on Monday."
    crash = "A bus carrying striking nurses overturned in Lindau on Monday, injuring eleven nurses."
    other = "Striking nurses marched in Lindau on Monday, carrying banners to the town hall."
    a = briefed(
        lede,
        incidents=[
            {"id": "i1", "type": "protest", "place": "Tarvik", "time": "Monday", "evidence": march},
            {"id": "i2", "type": "accident", "place": "Lindau", "time": "Monday", "evidence": crash},
        ],
    )
    b = one_incident(other, type="protest", place="Lindau", time="Monday")
    day = merged(a, b)
    assert len(day.incidents) == 3, [[r.article_id for r in i.reports] for i in day.incidents]


# --------------------------------------------------------------------------- what is shared


def test_a_day_tally_and_one_of_its_deaths_are_two_events() -> None:
    """Reports of one place and day that share only what every toll says (residents, days)
    are not one event: a town's flood tally and one drowning it counts stay apart, and
    their tolls (two, at least nine) are no conflict."""
    one = "Two residents drowned in Pell on Sunday when a footbridge collapsed, after days of rain, police said."
    tally = (
        "At least nine residents have died in floods across Pell in recent days, the mayor said on Sunday."
    )
    a = one_incident(
        one,
        figures=[killed("Two residents", 2, counted="residents")],
        type="disaster",
        place="Pell",
        time="Sunday",
    )
    b = one_incident(
        tally,
        figures=[killed("At least nine residents", 9, "at_least", counted="residents")],
        type="disaster",
        place="Pell",
        time="Sunday",
    )
    day = merged(a, b)
    assert len(day.incidents) == 2
    assert not any(f.conflict for f in day.figures)


def test_a_person_both_reports_name_counts_as_a_shared_actor() -> None:
    """The score's actor bonus and the shared specifics read one definition of a shared
    actor: a person named in both reports counts, not only a perpetrator or target. Here
    one report names no place, so place gives the score little and the judge decides."""
    one = (
        "Judge Amara Oduya adjourned the Velden fraud trial in Tarvik on Wednesday after defence "
        "lawyers asked for more time to study bank records."
    )
    two = "Oduya halted the Velden fraud trial on Wednesday when a juror collapsed, a court clerk said."
    a = briefed(
        one,
        actors=[("a1", "Amara Oduya", "person")],
        incidents=[{"id": "i1", "type": "other", "place": "Tarvik", "time": "Wednesday", "evidence": one}],
    )
    b = briefed(
        two,
        actors=[("a1", "Oduya", "person")],
        incidents=[{"id": "i1", "type": "other", "place": None, "time": "Wednesday", "evidence": two}],
    )
    assert len(merged(a, b).incidents) == 1


def test_the_office_of_a_person_both_reports_name_is_not_a_second_shared_specific() -> None:
    """A president who spoke of a fire and of a flood is one person in both reports, not
    two shared specifics (the person and the word "president")."""
    fire = "A fire destroyed the central market in Kisumu on Friday, President Daniel Mwangi said."
    flood = "President Daniel Mwangi opened flood shelters in Kisumu on Friday after the Nyando river burst its banks."
    a = briefed(
        fire,
        actors=[("a1", "Daniel Mwangi", "person")],
        incidents=[{"id": "i1", "type": "disaster", "place": "Kisumu", "time": "Friday", "evidence": fire}],
    )
    b = briefed(
        flood,
        actors=[("a1", "Daniel Mwangi", "person")],
        incidents=[{"id": "i1", "type": "disaster", "place": None, "time": "Friday", "evidence": flood}],
    )
    assert len(merged(a, b).incidents) == 2


def test_a_part_of_a_country_named_by_direction_is_the_country() -> None:
    assert place_key("southern Ukraine") == place_key("north-eastern Ukraine") == "ukraine"
    assert place_key("South Africa") == "south africa"  # a country's own name is left whole
    assert place_key("northern Kharkiv") == "northern kharkiv"  # not a country: kept apart
    coast = (
        "A magnitude 6.4 earthquake shook north-eastern Chile on Thursday, cracking the coastal "
        "highway and cutting power to 40,000 homes, the grid operator said."
    )
    town = (
        "The earthquake cracked the coastal highway at Antofagasta on Thursday and left 40,000 "
        "homes without power, the grid operator said."
    )
    homes = [{"id": "f1", "text": "40,000 homes", "value": 40000, "counted": "homes", "category": "other"}]
    a = one_incident(coast, figures=homes, type="disaster", place="north-eastern Chile", time="Thursday")
    b = one_incident(town, figures=homes, type="disaster", place="Antofagasta", time="Thursday")
    assert len(merged(a, b).incidents) == 1


def test_a_place_named_within_another_name_is_held_by_it() -> None:
    dam = "The Arlo Dam burst on Sunday, flooding farms below it, the water board said."
    town = "Floodwater from the burst dam swept farms near Arlo on Sunday, the water board said."
    a = one_incident(dam, type="disaster", place="Arlo Dam", time="Sunday")
    b = one_incident(town, type="disaster", place="Arlo", time="Sunday")
    assert len(merged(a, b).incidents) == 1
    assert not places_compatible("northern kharkiv", frozenset(), "southern kharkiv", frozenset())


def test_counts_of_different_things_in_one_event_are_no_conflict() -> None:
    """A guard (main already holds it): firefighters and residents hurt in one fire are two
    measures, so three and five do not disagree."""
    one = (
        "Three firefighters were hurt as the Dunmore mill burned in Brookvale on Friday, the fire chief said."
    )
    two = "Five residents were hurt when the Dunmore mill fire spread in Brookvale on Friday, the fire chief said."
    hurt = [
        {
            "id": "f1",
            "text": "Three firefighters",
            "value": 3,
            "counted": "firefighters",
            "category": "injured",
        }
    ]
    also = [{"id": "f1", "text": "Five residents", "value": 5, "counted": "residents", "category": "injured"}]
    day = merged(
        one_incident(one, figures=hurt, type="accident", place="Brookvale", time="Friday"),
        one_incident(two, figures=also, type="accident", place="Brookvale", time="Friday"),
    )
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)
