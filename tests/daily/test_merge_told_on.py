"""A day that is the telling's is of the day before too (issue 25, days 47 and 50
generalised): "the museum said on Monday" may tell Sunday's theft, as another report dates
it. Look-alikes stay two: a theft told as of Monday itself and one of Sunday; a case of a
disease confirmed on Sunday and another confirmed on Monday (a confirmation is its event's
day); a statement made on Monday. Every report is invented; the day is Monday 4 March 2024
(``tests.daily.test_daily.DAY``)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.told_on import told_on
from tests.daily.test_daily import DAY, merged, one_incident

MONDAY = frozenset({"monday"})
assert DAY.weekday() == 0  # a Monday


@pytest.mark.parametrize(
    ("sentence", "time_text"),
    [
        ("A bronze statue was stolen from the town museum, its director said on Monday.", "on Monday"),
        ("A bronze statue was stolen, the museum told reporters on Monday.", "on Monday"),
        ("Eine Bronzestatue wurde gestohlen, teilte die Polizei am Montag mit.", "am Montag"),
        ("Die Polizei hat am Montag mitgeteilt, dass eine Statue gestohlen wurde.", "am Montag"),
        ("Une statue a été volée au musée, a indiqué ce lundi matin la gendarmerie.", "ce lundi matin"),
        ("Una estatua fue robada del museo, informó el lunes la Guardia Civil.", "el lunes"),
        ("Una statua è stata rubata, ha reso noto lunedì la polizia.", "lunedì"),
    ],
)
def test_a_day_of_the_telling_is_of_the_day_before_too(sentence: str, time_text: str) -> None:
    assert told_on("other", MONDAY, time_text, sentence) == {"sunday", "monday"}


@pytest.mark.parametrize(
    ("sentence", "time_text"),
    [
        ("A fire broke out in the museum on Monday, police said.", "on Monday"),  # the event's day
        ("A first case of bird flu was confirmed on Monday.", "on Monday"),  # a confirmation
        ("La Junta confirmó el lunes un foco de gripe aviar.", "el lunes"),
        ("The climber was reported missing on Monday.", "on Monday"),  # a state, not a telling
        ("Es gab am Montag einen Brand in der Altstadt.", "am Montag"),  # "there was"
        ("Le communiqué diffusé lundi annonce un second foyer.", "lundi"),  # a statement's noun
        ("A bronze statue was stolen on Monday.", "on Monday"),
        ("The museum said a statue was stolen.", "on Monday"),  # the time is not in the text
    ],
)  # fmt: skip
def test_a_day_that_stands_with_its_event_keeps_its_day(sentence: str, time_text: str) -> None:
    assert told_on("other", MONDAY, time_text, sentence) == MONDAY


def test_an_event_that_is_itself_a_telling_keeps_its_day() -> None:
    sentence = "The mayor said on Monday she would not stand again."
    assert told_on("statement", MONDAY, "on Monday", sentence) == MONDAY
    assert told_on("political_decision", MONDAY, "on Monday", sentence) == MONDAY


def test_the_time_is_read_in_the_passage_when_the_sentence_does_not_hold_it() -> None:
    sentence = "The museum confirms the theft of a Roman statue."
    passage = f"{sentence} The statement, the museum said on Monday, was sent to every paper."
    assert told_on("other", MONDAY, "on Monday", sentence, passage) == {"sunday", "monday"}


def test_hostile_texts_are_read_quickly() -> None:
    start = time.thread_time()
    for text in (
        "said " + "word " * 20_000 + "on Monday",
        "said" + " " * 50_000 + "on Monday",
        "on Monday" + " x" * 20_000,
        "теилте " * 5_000 + "am Montag",
    ):
        told_on("other", MONDAY, "on Monday", text)
        told_on("other", MONDAY, "am Montag", text)
    assert time.thread_time() - start < 1.0


def _theft(text: str, time_text: str, lang: str) -> object:
    return one_incident(
        text, type="other", place="Lindau", location="the Kessler museum", time=time_text, language=lang
    )


_SUNDAY_THEFT = (
    "Une statue romaine en bronze a été volée dimanche au musée Kessler de Lindau, dont l'alarme ne "
    "s'est pas déclenchée.",
    "dimanche",
    "fr",
)


def test_a_theft_told_on_monday_and_dated_sunday_by_another_report_is_one() -> None:
    day = merged(
        _theft(
            "A Roman bronze statue was stolen from the Kessler museum in Lindau, whose alarm failed to "
            "sound, the museum's director said on Monday.",
            "on Monday",
            "en",
        ),
        _theft(*_SUNDAY_THEFT),
    )
    assert len(day.incidents) == 1


def test_a_theft_of_monday_and_one_of_sunday_stay_two() -> None:
    day = merged(
        _theft(
            "A Roman bronze statue was stolen on Monday from the Kessler museum in Lindau, whose alarm "
            "failed to sound.",
            "on Monday",
            "en",
        ),
        _theft(*_SUNDAY_THEFT),
    )
    assert len(day.incidents) == 2


def test_an_outbreak_confirmed_on_sunday_and_one_confirmed_on_monday_stay_two() -> None:
    def outbreak(text: str, time_text: str, lang: str) -> object:
        return one_incident(text, type="other", place="Lindau", location=None, time=time_text, language=lang)

    day = merged(
        outbreak("Bird flu was confirmed on Sunday at a poultry farm near Lindau.", "on Sunday", "en"),
        outbreak(
            "La Junta confirmó el lunes un foco de gripe aviar en una granja de aves de Lindau.",
            "el lunes",
            "es",
        ),
    )
    assert len(day.incidents) == 2
