"""Two events of one type in one town on one day, told at times of the day far apart, are
two events whatever words they share: the morning's power cut and the evening's, the
morning's crash and the night's. Events that last (a flood, a fire, an evacuation) are told
at their start and at their height, and a night holds the small hours (issue 25). Every
report here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.day_parts import hours_apart, hours_of, moment_hours
from summarizer.daily.kinds import event_kind
from summarizer.daily.merge import Briefed, report_words
from tests.daily.test_daily import merged, one_incident


def _clusters(*items: Briefed) -> list[list[str]]:
    day = merged(*items)
    return sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)


def _cut(text: str, time_: str, *, place: str = "Kelsdorf", language: str = "de", **more: object) -> Briefed:
    return one_incident(
        text, type="other", place=place, location=place, time=time_, language=language, **more
    )


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("am Donnerstagvormittag", (5, 12)), ("Am Donnerstagabend", (17, 24)),
        ("Dienstagnachmittag", (12, 18)), ("in der Mittwochnacht", (20, 30)),
        # Every weekday name the lexicon knows, "Sonnabend" (Saturday) too; "morgen" alone
        # is tomorrow, and "Sonnabend" no evening.
        ("Sonnabendmorgen", (5, 12)), ("am Sonnabendabend", (17, 24)), ("morgen", None), ("Sonnabend", None),
        # No weekday compound without its part of the day.
        ("Donnerstag", None), ("donnerstags", None),
    ],
)  # fmt: skip
def test_a_german_weekday_and_its_part_of_the_day_in_one_word_name_the_part(
    text: str, hours: tuple[int, int] | None
) -> None:
    assert hours_of(text) == hours


def test_a_night_goes_round_the_clock() -> None:
    """ "3 h 40" and "shortly before 4 a.m." are of the night, and the night meets the morning."""
    assert not hours_apart(hours_of("vers 3 h 40"), hours_of("en la noche del domingo al lunes"))
    assert not hours_apart(hours_of("shortly before 4 a.m."), hours_of("on Sunday night"))
    assert not hours_apart(hours_of("overnight"), hours_of("Thursday morning"))
    assert not hours_apart(hours_of("23:30"), hours_of("1:15"))
    assert hours_apart(hours_of("la nuit"), hours_of("à midi"))
    assert hours_apart(hours_of("this morning"), hours_of("this evening"))


def test_only_events_of_a_moment_carry_their_hours() -> None:
    assert moment_hours("other", "this evening") == (17, 24)
    assert moment_hours("protest", "19:50") == (19, 20)
    # Of any other event a clock time may be when a report was told: only parts of the day.
    assert moment_hours("accident", "19:50") is None
    assert moment_hours("accident", "late tonight") == (17, 24)
    for lasting in ("disaster", "evacuation", "political_decision"):
        assert moment_hours(lasting, "this evening") is None


def test_two_power_cuts_of_one_city_morning_and_evening_stay_two_in_four_languages() -> None:
    morning = _cut(
        "Am Donnerstagvormittag waren in Kelsdorf rund 9000 Haushalte ohne Strom, teilte der Netzbetreiber mit.",
        "am Donnerstagvormittag",
    )
    evening = _cut(
        "Am Donnerstagabend waren in Kelsdorf erneut etwa 1500 Haushalte ohne Strom, so der Netzbetreiber.",
        "Am Donnerstagabend",
    )
    evening_en = _cut(
        "Around 1,500 households in Kelsdorf lost power on Thursday evening, the grid operator said.",
        "on Thursday evening",
        language="en",
    )
    morning_fr = _cut(
        "Jeudi matin, quelque 9 000 foyers de Kelsdorf ont été privés d'électricité, selon l'opérateur du réseau.",
        "Jeudi matin",
        language="fr",
    )
    evening_es = _cut(
        "El jueves por la noche, unos 1.500 hogares de Kelsdorf se quedaron sin luz, según el operador de la red.",
        "El jueves por la noche",
        language="es",
    )
    ids = [b.article.id for b in (morning, evening, evening_en, morning_fr, evening_es)]
    for cluster in _clusters(morning, evening, evening_en, morning_fr, evening_es):
        times = {("morning" if i in (ids[0], ids[3]) else "evening") for i in cluster}
        assert len(times) == 1, cluster


def test_one_power_cut_told_at_its_start_and_at_its_end_is_one() -> None:
    start = _cut(
        "Seit 9.12 Uhr ist in der Kelsdorfer Altstadt der Strom ausgefallen, rund 9000 Haushalte sind betroffen.",
        "seit 9.12 Uhr",
    )
    end = _cut(
        "In der Kelsdorfer Altstadt fließt der Strom wieder: 9000 Haushalte waren am Vormittag betroffen.",
        "am Vormittag",
    )
    assert len(_clusters(start, end)) == 1


def test_two_crashes_of_one_town_morning_and_night_stay_two() -> None:
    def crash(text: str, time_: str, language: str = "en") -> Briefed:
        return one_incident(
            text, type="accident", place="Velden", location="Velden", time=time_, language=language
        )

    morning = crash(
        "A lorry and a van collided on the ring road in Velden this morning, injuring two.", "this morning"
    )
    night = crash(
        "A lorry and a van collided on the ring road in Velden late tonight, injuring two.", "late tonight"
    )
    assert len(_clusters(morning, night)) == 2


def test_a_fire_told_at_its_start_and_at_its_height_is_one_fire() -> None:
    """A fire lasts: the morning it broke out and the evening it still burned are one."""

    def fire(text: str, time_: str) -> Briefed:
        return one_incident(
            text,
            type="disaster",
            place="Velden",
            location="Velden",
            time=time_,
            figures=[{"id": "f1", "text": "120 firefighters", "value": 120, "category": "other"}],
        )

    start = fire(
        "A fire broke out at the Velden sawmill this morning; 120 firefighters were sent.", "this morning"
    )
    height = fire(
        "The Velden sawmill fire was still burning this evening, with 120 firefighters at work.",
        "this evening",
    )
    assert len(_clusters(start, height)) == 1


def test_the_fire_service_tells_no_fire() -> None:
    assert event_kind("Power is back after a blackout, according to Brunswick fire service.") is None
    assert event_kind("The fire brigade freed two people from a lift.") is None
    assert event_kind("The fire chief said the blaze was out.") == "fire"
    assert event_kind("Two fires broke out.") == "fire"


def test_function_words_of_a_count_are_no_words_of_an_event() -> None:
    assert "waren" not in report_words("Betroffen waren 9000 Haushalte")
    assert "etaient" not in report_words("9 000 foyers étaient privés de courant")


def test_hostile_times_are_read_in_linear_time() -> None:
    started = time.thread_time()
    for text in (
        "donnerstag" * 20_000,
        "am " * 30_000 + "Abend",
        "9" * 50_000 + " Uhr",
        "Donnerstagvormittagabend" * 5_000,
    ):
        hours_of(text)
    assert time.thread_time() - started < 2.0
