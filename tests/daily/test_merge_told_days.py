"""A report's time told by the day its article was issued ("confirmó ayer", "gestern",
"hier soir", "yesterday") is of that day (issue 25: a radio bulletin's outbreak "confirmed
yesterday" joined the next day's second outbreak at one village, as its time named no
weekday). The day is Monday 4 March 2024 (``tests.daily.test_daily.DAY``). Invented
reports."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.daily.day_parts import day_told, day_told_late
from tests.daily.test_daily import DAY, merged, one_incident

assert DAY.weekday() == 0  # a Monday


@pytest.mark.parametrize(
    ("time", "days"),
    [
        ("ayer", {"sunday"}), ("gestern Abend", {"sunday"}), ("hier soir", {"sunday"}),
        ("yesterday afternoon", {"sunday"}), ("hoy", {"monday"}), ("heute Morgen", {"monday"}),
        ("aujourd'hui", {"monday"}), ("aujourd’hui", {"monday"}), ("today", {"monday"}),
        ("avant-hier", {"saturday"}), ("vorgestern", {"saturday"}), ("anteayer", {"saturday"}),
        # A night told by its day is of that day and the next one's early hours.
        ("ayer por la noche", {"sunday", "monday"}), ("hier dans la nuit", {"sunday", "monday"}),
        # Two days told, or none: no day.
        ("hier et aujourd'hui", set()), ("Hierro", set()), ("la hierba", set()), ("hoyo", set()),
        ("overnight", set()), ("anoche", set()), ("", set()),
        # A part of the day told as this one's is of that day.
        ("esta mañana", {"monday"}), ("this morning", {"monday"}), ("ce matin", {"monday"}),
        ("esta tarde", {"monday"}), ("cet après-midi", {"monday"}),
        # Italian and Portuguese, read as the others are.
        ("ieri", {"sunday"}), ("ieri sera", {"sunday"}), ("l'altro ieri", {"saturday"}), ("oggi", {"monday"}),
        ("stamattina", {"monday"}), ("ontem", {"sunday"}), ("anteontem", {"saturday"}), ("hoje", {"monday"}),
        ("esta manhã", {"monday"}), ("ieri notte", {"sunday", "monday"}), ("ontem à noite", {"sunday", "monday"}),
        ("Ierissos", set()), ("hojear", set()),
    ],
)  # fmt: skip
def test_a_time_told_by_its_articles_day_names_that_weekday(time: str, days: set[str]) -> None:
    assert day_told(time, entry_day=None, issued=DAY) == days


def test_a_word_its_language_reads_otherwise_tells_no_day() -> None:
    """German "hier" is "here"; French "hier" is yesterday."""
    assert day_told("hier am Abend", entry_day=None, issued=DAY, language="de") == frozenset()
    assert day_told("hier soir", entry_day=None, issued=DAY, language="fr") == {"sunday"}


def test_no_day_is_told_without_the_articles_day() -> None:
    assert day_told("ayer", entry_day=None, issued=None) == frozenset()


def test_a_live_entrys_clock_is_of_its_entrys_day() -> None:
    sunday = DAY - dt.timedelta(days=1)
    assert day_told("21.48 Uhr", entry_day=sunday, issued=DAY) == {"sunday"}
    assert day_told("21.48 Uhr", entry_day=None, issued=DAY) == frozenset()


@pytest.mark.parametrize(
    "time", ["this morning", "08:10 this morning", "ce matin vers 7 h", "esta mañana", "today"]
)
def test_a_live_entrys_day_part_is_of_its_entrys_day(time: str) -> None:
    """A blog issued Sunday tells in its Monday entry of Monday's morning."""
    sunday = DAY - dt.timedelta(days=1)
    assert day_told(time, entry_day=DAY, issued=sunday) == {"monday"}
    assert day_told("yesterday", entry_day=DAY, issued=sunday) == {"sunday"}


def test_hostile_times_are_read_in_linear_time() -> None:
    assert day_told("hier " * 50_000, entry_day=None, issued=DAY) == {"sunday"}
    assert day_told("-" * 100_000 + "ayer", entry_day=None, issued=DAY) == frozenset()


def _outbreak(text: str, time: str, language: str) -> object:
    return one_incident(text, type="other", place="Valdeoca", time=time, language=language)


_YESTERDAY = "La Junta confirmó ayer un foco de gripe aviar en una granja de gallinas de Valdeoca."
_TODAY = ("Se ha confirmado este lunes un segundo foco de gripe aviar en una granja de pavos de Valdeoca, "
          "distinta de la afectada el domingo.")  # fmt: skip


def test_yesterdays_outbreak_is_not_todays_second_one() -> None:
    assert (
        len(merged(_outbreak(_YESTERDAY, "ayer", "es"), _outbreak(_TODAY, "este lunes", "es")).incidents) == 2
    )  # type: ignore[arg-type]


def test_yesterdays_outbreak_told_by_its_weekday_elsewhere_is_one_event() -> None:
    sunday = "Bird flu was confirmed on Sunday at a hen farm in Valdeoca, the regional government said."
    assert (
        len(merged(_outbreak(_YESTERDAY, "ayer", "es"), _outbreak(sunday, "on Sunday", "en")).incidents) == 1
    )  # type: ignore[arg-type]


def _kidnapping(text: str, time: str) -> object:
    return one_incident(text, type="civilian_harm", place="Mendiola", time=time, language="es")


def test_this_mornings_kidnapping_is_not_tuesdays_attempt_in_one_district() -> None:
    """Issue 25: a kidnapping "esta mañana" and a failed attempt "el martes" in one district
    shared the district and the kidnapping: "this morning" names the article's day."""
    today = _kidnapping(
        "Un empresario ha sido secuestrado esta mañana en el barrio de Mendiola.", "esta mañana"
    )
    tuesday = _kidnapping("Un constructor sufrió el martes un intento de secuestro en el barrio de Mendiola.",
                          "el martes")  # fmt: skip
    assert len(merged(today, tuesday).incidents) == 2  # type: ignore[arg-type]
    same_day = _kidnapping("El empresario secuestrado el lunes en el barrio de Mendiola sigue sin aparecer.",
                           "el lunes")  # fmt: skip
    assert len(merged(today, same_day).incidents) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("time", "days"),
    [
        # A digest's next-morning bulletin: its "yesterday" is the digest's own day.
        ("yesterday", {"monday"}), ("hier soir", {"monday"}), ("gestern", {"monday"}), ("ayer", {"monday"}),
        ("ayer por la noche", {"monday"}), ("avant-hier", {"sunday"}),
        # A digest holds no event of the next day: "today" keeps its day.
        ("today", set()), ("esta mañana", set()), ("ce matin", set()), ("heute", set()),
        ("on Monday", set()), ("", set()),
    ],
)  # fmt: skip
def test_a_day_told_by_an_article_told_a_day_late(time: str, days: set[str]) -> None:
    assert day_told_late(time, entry_day=None, issued=DAY) == days


def test_a_live_entrys_clock_and_an_undated_article_tell_no_late_day() -> None:
    assert day_told_late("21.48 Uhr", entry_day=DAY, issued=DAY) == frozenset()
    assert day_told_late("yesterday", entry_day=None, issued=None) == frozenset()


def _collapse(text: str, time: str, language: str) -> object:
    return one_incident(text, type="accident", place="Laubach", time=time, language=language)


@pytest.mark.parametrize(
    ("bulletin", "time", "language"),
    [
        ("The prosecutor has opened an investigation into yesterday's scaffolding collapse in Laubach.",
         "yesterday", "en"),
        ("L'échafaudage qui s'est effondré hier soir à Laubach a blessé sept passants.", "hier soir", "fr"),
        ("Das gestern in Laubach eingestürzte Baugerüst hat sieben Passanten verletzt.", "gestern", "de"),
        ("El andamio que se desplomó ayer en Laubach hirió a siete transeúntes.", "ayer", "es"),
    ],
)  # fmt: skip
def test_a_next_morning_bulletins_yesterday_is_the_digests_day(
    bulletin: str, time: str, language: str
) -> None:
    """Issue 25 (days 42, 60, 61): a digest of Monday takes Tuesday morning's bulletin, whose
    "yesterday's collapse" is Monday's, told by its weekday in the day's other reports."""
    monday = _collapse("Ein Baugerüst ist am Montag in Laubach auf den Gehsteig gestürzt.", "am Montag", "de")
    assert len(merged(monday, _collapse(bulletin, time, language)).incidents) == 1  # type: ignore[arg-type]


def test_where_the_day_says_two_a_bulletins_yesterday_keeps_its_day() -> None:
    """A first outbreak confirmed yesterday and a second one confirmed on Monday: the day
    says it holds two, so the bulletin's "hier" is Sunday, not the second outbreak's day."""
    yesterday = _outbreak(
        "Un foyer de grippe aviaire a été confirmé hier dans un élevage de Valdeoca.", "hier", "fr"
    )
    second = _outbreak(
        "A second bird flu outbreak was confirmed on Monday at a farm in Valdeoca.", "on Monday", "en"
    )
    assert len(merged(yesterday, second).incidents) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "first_time", "first_language", "second", "second_time", "second_language"),
    [
        ("The prosecutor is investigating yesterday's scaffolding collapse in Laubach.", "yesterday", "en",
         "Heute Morgen ist in Laubach ein Baugerüst auf den Gehsteig gestürzt.", "heute Morgen", "de"),
        ("L'échafaudage effondré hier à Laubach a blessé sept passants.", "hier", "fr",
         "This morning a scaffold fell onto the pavement in Laubach.", "this morning", "en"),
        ("Avant-hier, un échafaudage s'est effondré à Laubach sur le trottoir.", "avant-hier", "fr",
         "Gestern ist in Laubach ein Baugerüst auf den Gehsteig gestürzt.", "gestern", "de"),
        ("El andamio se desplomó anteayer en Laubach sobre la acera.", "anteayer", "es",
         "Ieri un ponteggio è crollato sul marciapiede a Laubach.", "ieri", "it"),
    ],
)  # fmt: skip
def test_two_days_told_by_their_articles_are_not_blurred_by_a_late_reading(
    first: str, first_time: str, first_language: str, second: str, second_time: str, second_language: str
) -> None:
    """A day's two articles that each tell their event's day by their own ("yesterday",
    "heute Morgen") tell two days: the late reading of a next-morning bulletin is for a
    report dated by its weekday, not for one whose day is told the same way."""
    a = _collapse(first, first_time, first_language)
    b = _collapse(second, second_time, second_language)
    assert len(merged(a, b).incidents) == 2  # type: ignore[arg-type]


def test_two_yesterdays_told_by_their_articles_stay_one_event() -> None:
    """The near miss: "yesterday" and "gestern" in two articles of one day are one day."""
    a = _collapse(
        "The prosecutor is investigating yesterday's scaffolding collapse in Laubach.", "yesterday", "en"
    )
    b = _collapse(
        "Das gestern in Laubach eingestürzte Baugerüst hat sieben Passanten verletzt.", "gestern", "de"
    )
    assert len(merged(a, b).incidents) == 1  # type: ignore[arg-type]
