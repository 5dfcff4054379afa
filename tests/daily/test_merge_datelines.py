"""A bulletin or an update names the day it was told on in its heading ("Radio Sarine, journal
de 18 heures, samedi.", "ACTUALIZACIÓN (lunes, 9.40 horas).") and is filed under the day's
bundle all the same (issue 25): its "cet après-midi", "esta mañana", "hier" are of the day its
heading names. A headline naming its event's day is no dateline. Every report here is
invented; the day is Monday 4 March 2024 (``tests.daily.test_daily.DAY``)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from summarizer.article import Article
from summarizer.daily.datelines import dateline_weekday, issued_on
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import DAY, merged, one_incident


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Radio Sarine, journal de 18 heures, samedi.\n\nUn avion...", "saturday"),
        ("Radio Helvetia Internacional. Noticias de las 7.00, miércoles.\n\nBuenos días.", "wednesday"),
        ("Radio Saane-Sense, Verkehrsinfo, Freitag 08.00 Uhr\n\nAuf der A12...", "friday"),
        ("Radio Elsass Süd – Nachrichten, Dienstag 19 Uhr\n\n...", "tuesday"),
        ("RADIO TRE VALLI ENGLISH SERVICE - Morning bulletin, Wednesday\n\n...", "wednesday"),
        ("Police log, Sunday\n\n...", "sunday"),
        ("ACTUALIZACIÓN (lunes, 9.40 horas). Los técnicos han comenzado esta mañana.", "monday"),
        ("NACHTRAG (Mittwoch). Die Polizei hat zwei Jugendliche ausgeforscht.", "wednesday"),
        ("Rádio Costa Verde, noticiário das 8 horas, domingo.\n\n...", "sunday"),
    ],
)
def test_a_heading_that_dates_its_article(text: str, weekday: str) -> None:
    assert dateline_weekday(text) == weekday


@pytest.mark.parametrize(
    "text",
    [
        "Zwei Tote bei Unfall am Samstag\n\nBei einem Unfall...",  # a headline names its event's day
        "Un avion s'écrase samedi à Vieux-Pont\n\n...",
        "Crash on Saturday kills two\n\n...",
        "Le point sur la grève - Un mouvement suivi mardi par 40 % des conducteurs\n\n...",
        "ALTENBRÜCK. Ein Kleinflugzeug ist am Samstag abgestürzt, teilte die Polizei mit, Sonntag.",
        "Radio Sarine, journal de 18 heures.\n\nUn avion...",  # a bulletin naming no day
        "",
    ],
)
def test_a_heading_that_names_no_dateline(text: str) -> None:
    assert dateline_weekday(text) is None


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Journal de 18 heures, dimanche.", dt.date(2024, 3, 3)),  # the evening before Monday
        ("Boletín de las 7.00, martes.", dt.date(2024, 3, 5)),  # the next morning
        ("NACHTRAG (Donnerstag).", dt.date(2024, 3, 7)),
        ("Police log, Friday", dt.date(2024, 3, 1)),  # never four days ahead: three back
        ("Journal de 18 heures.", DAY),
    ],
)
def test_the_day_an_article_was_issued_on_is_the_nearest_its_heading_names(
    heading: str, day: dt.date
) -> None:
    assert issued_on(Article(text=heading + "\n\nTexte.", published=DAY)) == day


def _crash(text: str, time_: str, language: str, place: str = "Vieux-Pont") -> Briefed:
    evidence = text.split("\n\n")[-1]
    return one_incident(text, evidence=evidence, type="accident", place=place, time=time_, language=language)


def _clusters(*items: Briefed) -> list[list[str]]:
    day = merged(*items)
    return sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)


_BULLETIN = (
    "Radio Sarine, journal de 18 heures, dimanche.\n\n"
    "Un avion de tourisme s'est écrasé cet après-midi dans un champ derrière la piste de l'aérodrome de Vieux-Pont."
)


def test_a_bulletin_of_the_evening_before_tells_that_days_crash() -> None:
    bulletin = _crash(_BULLETIN, "cet après-midi", "fr")
    paper = _crash(
        "VIEUX-PONT.\n\nEin Kleinflugzeug ist am Sonntagnachmittag kurz nach dem Start vom Flugplatz Vieux-Pont "
        "in ein Feld hinter der Piste abgestürzt.",
        "am Sonntagnachmittag",
        "de",
    )
    assert len(_clusters(bulletin, paper)) == 1


def test_a_bulletin_of_the_evening_before_is_no_report_of_the_days_own_crash() -> None:
    """The near miss: a second light aircraft crashes at the same airfield on Monday
    afternoon; Sunday's bulletin's "cet après-midi" is Sunday's, not Monday's."""
    bulletin = _crash(_BULLETIN, "cet après-midi", "fr")
    paper = _crash(
        "VIEUX-PONT.\n\nUn avion de tourisme s'est écrasé lundi après-midi dans un champ derrière la piste de "
        "l'aérodrome de Vieux-Pont.",
        "lundi après-midi",
        "fr",
    )
    assert len(_clusters(bulletin, paper)) == 2


def test_an_update_two_days_on_tells_its_mornings_inspection() -> None:
    """A Monday bundle holds a paper's Wednesday update: its "esta mañana" is Wednesday's,
    the inspection another paper announced for Wednesday."""
    update = one_incident(
        "ACTUALIZACIÓN (miércoles, 9.40 horas). Los técnicos municipales han comenzado esta mañana la revisión de "
        "los 23 ascensores de los bloques de Llevant.",
        type="political_decision",
        place="Llevant, Sant Joan",
        time="esta mañana",
        language="es",
    )
    wire = one_incident(
        "The town council said municipal technicians would inspect all 23 lifts of the Llevant blocks on Wednesday.",
        type="political_decision",
        place="Llevant, Sant Joan",
        time="on Wednesday",
        language="en",
    )
    assert len(_clusters(update, wire)) == 1


def test_hostile_headings_are_read_in_linear_time() -> None:
    started = time.thread_time()
    for text in ("a, " * 5000, "(" * 5000, "Radio (" + "samedi, 1" * 2000, "x -" + " " * 5000 + "y"):
        dateline_weekday(text)
    assert time.thread_time() - started < 1.0


@pytest.mark.parametrize(
    "text",
    ["Police log, Sunday 00:40\nA van was stolen.", "Nachrichten, Sonntag 0.35 Uhr\nEin Auto brannte.",
     "NACHTRAG (Sonntag, 1.30 Uhr)\nDie Polizei sucht Zeugen."],
)  # fmt: skip
def test_a_heading_timed_in_the_small_hours_still_dates_its_article(text: str) -> None:
    """A clock before five names the night's evening too ("Sunday 00:40" may be Saturday
    night's), but the heading names one day: its own."""
    assert dateline_weekday(text) == "sunday"
