"""A day's bundle from Flanders or Barcelona mixes Dutch or Catalan reports with French,
Spanish and English ones (issue 25): the merge reads their times, figures and words as it
reads Spanish ones, though the engine cannot brief either language. Every report here is
invented; the dates are those of ``test_daily.DAY`` (a Monday)."""

from __future__ import annotations

from typing import Any

from summarizer.daily.merge import Briefed
from summarizer.daily.passages import repeated_thing
from tests.daily.test_daily import merged, one_incident


def _injured(text: str, value: int, counted: str) -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "category": "injured", "counted": counted}


def _report(text: str, lang: str, *, time: str, place: str, kind: str = "accident", **more: Any) -> Briefed:
    return one_incident(text, language=lang, type=kind, time=time, place=place, **more)


# Dutch and French reports of one pile-up, each with its own toll: they share no word as
# written, only the things each names in its own language (a lorry, a van, the motorway).
_NL_PILEUP = (
    "Bij een kettingbotsing met een vrachtwagen en een bestelwagen op de E17 in Kruibeke zijn "
    "vanochtend twaalf mensen gewond geraakt. De snelweg richting Gent bleef uren dicht."
)
_FR_PILEUP = (
    "Un carambolage impliquant un camion et une camionnette sur l'E17 à Kruibeke a fait quinze "
    "blessés ce matin. L'autoroute vers Gand est restée fermée plusieurs heures."
)


def _pileup(text: str, lang: str, time: str, *figures: dict[str, Any]) -> Briefed:
    evidence = text.split(". ")[0] + "."
    return _report(text, lang, time=time, place="E17, Kruibeke", evidence=evidence, figures=list(figures))


def _french_pileup() -> Briefed:
    return _pileup(_FR_PILEUP, "fr", "ce matin", _injured("quinze blessés", 15, "blessés du carambolage"))


def test_a_dutch_and_a_french_report_of_one_pileup_join_and_dispute_the_toll() -> None:
    """ "Twaalf gewonden" and "quinze blessés" count one measure, the injured: two sources
    who disagree, a conflict. Read as English, the Dutch report shared no word with the
    French one, and its "gewonden" was a noun of its own, never disputed."""
    dutch = _pileup(
        _NL_PILEUP, "nl", "vanochtend", _injured("twaalf mensen", 12, "gewonden bij de kettingbotsing")
    )
    day = merged(dutch, _french_pileup())
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if f.category == "injured"]
    assert figure.conflict


def test_the_serious_cases_of_a_dutch_toll_are_no_dispute_with_the_whole_toll() -> None:
    """The near miss: "drie zwaargewonden" are some of the injured, not a rival toll."""
    text = f"{_NL_PILEUP} Drie zwaargewonden werden naar Antwerpen gebracht."
    dutch = _pileup(text, "nl", "vanochtend", _injured("Drie zwaargewonden", 3, "zwaargewonden"))
    day = merged(dutch, _french_pileup())
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)


def test_a_dutch_towns_morning_crash_and_its_evening_crash_stay_two() -> None:
    """ "Vanochtend" and "gisteravond"... no: "vanochtend" and "vanavond" are one town's
    morning and evening, two crashes of one type and place (read as English, neither told a
    part of the day)."""
    morning = _report(
        "In Temse reed een vrachtwagen vanochtend in op een file.", "nl", time="vanochtend", place="Temse"
    )
    evening = _report(
        "In Temse botste een auto vanavond tegen een boom.", "nl", time="vanavond", place="Temse"
    )
    assert len(merged(morning, evening).incidents) == 2


def test_a_catalan_and_a_spanish_report_of_one_fire_join_and_dispute_the_evacuated() -> None:
    catalan = _report(
        "Un incendi en una nau industrial de Rubí ha obligat a desallotjar dotze veïns aquest matí.",
        "ca",
        time="aquest matí",
        place="Rubí",
        kind="disaster",
        figures=[
            {
                "id": "f1",
                "text": "dotze veïns",
                "value": 12,
                "category": "displaced",
                "counted": "veïns desallotjats",
            }
        ],
    )
    spanish = _report(
        "Un incendio en una nave industrial de Rubí obligó a desalojar a 20 vecinos esta mañana.",
        "es",
        time="esta mañana",
        place="Rubí",
        kind="disaster",
        figures=[
            {
                "id": "f1",
                "text": "20 vecinos",
                "value": 20,
                "category": "displaced",
                "counted": "vecinos desalojados",
            }
        ],
    )
    day = merged(catalan, spanish)
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if f.category == "displaced"]
    assert figure.conflict


def test_a_catalan_towns_theft_at_dawn_and_its_theft_at_night_stay_two() -> None:
    dawn = _report(
        "Els Mossos investiguen un robatori en una joieria de Sabadell a les 4.10 h.",
        "ca",
        time="de matinada",
        place="Sabadell",
        kind="other",
    )
    night = _report(
        "Un altre robatori en una botiga de Sabadell a la tarda.",
        "ca",
        time="a la tarda",
        place="Sabadell",
        kind="other",
    )
    assert len(merged(dawn, night).incidents) == 2


def test_catalan_parts_of_a_toll_are_no_dispute() -> None:
    """ "Dotze ferits, dels quals tres greus": the three are some of the twelve."""
    text = "Un xoc entre dos autobusos a Girona ha deixat dotze ferits, dels quals tres greus."
    report = _report(
        text,
        "ca",
        time="avui",
        place="Girona",
        figures=[
            _injured("dotze ferits", 12, "ferits del xoc"),
            {**_injured("tres greus", 3, "ferits greus"), "id": "f2"},
        ],
    )
    spanish = _report(
        "Doce heridos en un choque de dos autobuses en Girona.",
        "es",
        time="hoy",
        place="Girona",
        figures=[_injured("Doce heridos", 12, "heridos en el choque")],
    )
    day = merged(report, spanish)
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)


def test_a_blog_entry_opening_on_again_after_its_clock_and_a_hyphen_tells_a_repeat() -> None:
    """ "17.50 - Opnieuw ammoniak in Bergen op Zoom": the day holds a second leak of its kind,
    whatever the dash after the entry's clock; Dutch and Catalan say it as the others do."""
    assert repeated_thing("17.50 - Opnieuw ammoniak in Bergen op Zoom, maar dit keer") == "ammoniak in Bergen"
    assert repeated_thing("12.10 – De nou un incendi a la mateixa nau") == "un incendi a"
    assert repeated_thing("17.50 - Ammoniak opnieuw gemeten bij het koelhuis") is None
