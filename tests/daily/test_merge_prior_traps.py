"""Traps for the newsroom's prior (``one_place_prior``: reports of one type at one place and
day are one event unless the day shows a sign of two), set as an outsider would: two events
of one town and day, each told by one outlet, that share nothing but their type, place and
day. Two road accidents (a town sees many a day), two authorities' decisions (the engine
need not make an actor of either), a body found on one day and a death of the day before,
two evacuations for two hazards. And the prior still joins one event's reports that share
nothing else. Every report here is
invented."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.daily import merge_briefings
from summarizer.daily.merge import Briefed
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.models.daily_v2 import DailyBriefing
from tests.daily.test_daily import briefed


def _told(text: str, type: str, time: str, lang: str, **incident: Any) -> Briefed:
    made = briefed(
        text,
        incidents=[{"id": "i1", "evidence": text, "type": type, "place": "Tarvel", "time": time, **incident}],
    )
    return Briefed(made.article, made.briefing.model_copy(update={"language": lang}))


def _sizes(day: DailyBriefing) -> list[int]:
    return sorted(len(incident.reports) for incident in day.incidents)


def _merged(*items: Briefed) -> list[int]:
    from tests.daily.test_daily import merged

    return _sizes(merged(*items))


# One road accident per language, each of another spot of the town and another vehicle.
ROAD_ACCIDENTS = [
    ("A lorry overturned on the A7 motorway near Tarvel on Tuesday.", "on Tuesday", "en"),
    ("Un accident de la circulation s'est produit mardi dans le centre-ville de Tarvel.", "mardi", "fr"),
    ("Ein Traktor ist am Dienstag am Ortsrand von Tarvel umgekippt.", "am Dienstag", "de"),
    ("Una furgoneta volcó el martes en la avenida principal de Tarvel.", "el martes", "es"),
    ("A cyclist was hurt in Tarvel on Tuesday, police said.", "on Tuesday", "en"),
]


@pytest.mark.parametrize(
    ("first", "second"), [(a, b) for n, a in enumerate(ROAD_ACCIDENTS) for b in ROAD_ACCIDENTS[n + 1 :]]
)
def test_two_road_accidents_of_one_town_and_day_are_no_prior_event(
    first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    """A town sees many road accidents a day: two outlets' accidents there, sharing no
    figure, person or word, are not known to be one."""
    assert _merged(
        _told(*first[:1], "accident", *first[1:]), _told(*second[:1], "accident", *second[1:])
    ) == [1, 1]


def test_an_accident_that_is_no_road_accident_still_joins_by_the_prior() -> None:
    """A scaffold's collapse told in two languages with nothing else in common: one event."""
    day = _merged(
        _told("Ein Baugerüst ist am Dienstag in Tarvel eingestürzt.", "accident", "am Dienstag", "de"),
        _told("Un échafaudage s'est effondré mardi à Tarvel.", "accident", "mardi", "fr"),
    )
    assert day == [2]


DECISIONS = {
    "prefect": ("Le préfet a interdit mardi la circulation des poids lourds à Tarvel.", "mardi", "fr"),
    "mayor": ("The mayor of Tarvel banned fireworks on Tuesday.", "on Tuesday", "en"),
    "alcaldesa": ("La alcaldesa de Tarvel prohibió el martes los petardos.", "el martes", "es"),
    "bürgermeister": (
        "Der Bürgermeister von Tarvel hat am Dienstag Feuerwerk verboten.",
        "am Dienstag",
        "de",
    ),
    "minister": ("Die Ministerin hat am Dienstag in Tarvel die Schulen geschlossen.", "am Dienstag", "de"),
    "authorities": (
        "Authorities in Tarvel ordered the paper mill to halt discharges on Tuesday.",
        "on Tuesday",
        "en",
    ),
}


@pytest.mark.parametrize(
    ("one", "other"),
    [("prefect", "mayor"), ("prefect", "alcaldesa"), ("minister", "bürgermeister"), ("prefect", "minister")],
)
def test_decisions_of_two_offices_in_one_town_are_two(one: str, other: str) -> None:
    """The prefect's order and the mayor's ban, neither made an actor: the offices their
    sentences name, in any language, are a sign of two."""
    a, b = DECISIONS[one], DECISIONS[other]
    assert _merged(_told(a[0], "political_decision", *a[1:]), _told(b[0], "political_decision", *b[1:])) == [
        1,
        1,
    ]


@pytest.mark.parametrize(
    ("one", "other"), [("mayor", "alcaldesa"), ("mayor", "bürgermeister"), ("prefect", "authorities")]
)
def test_one_office_or_authorities_unnamed_is_no_sign_of_two(one: str, other: str) -> None:
    """The mayor in English, Spanish or German is one office; "the authorities" name none."""
    a, b = DECISIONS[one], DECISIONS[other]
    assert _merged(_told(a[0], "political_decision", *a[1:]), _told(b[0], "political_decision", *b[1:])) == [
        2
    ]


def test_a_body_found_on_one_day_is_no_prior_event_of_a_death_the_day_before() -> None:
    """The day of a finding is not the day of the death: a body found in the river on
    Thursday and a worker killed by a fall on Wednesday, sharing nothing else, stay two."""
    day = _merged(
        _told(
            "The body of a man was found in the river at Tarvel on Thursday.", "accident", "on Thursday", "en"
        ),
        _told("Un ouvrier est mort mercredi à Tarvel après une chute.", "accident", "mercredi", "fr"),
    )
    assert day == [1, 1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Monday's fire and a fire of the night from Tuesday to Wednesday, however written
        (("Ein Brand hat am Montag in Tarvel eine Scheune zerstört.", "am Montag", "de"),
         ("Un incendie a détruit une grange à Tarvel dans la nuit de mardi à mercredi.",
          "dans la nuit de mardi à mercredi", "fr")),
        (("A fire destroyed a barn in Tarvel on Monday.", "on Monday", "en"),
         ("Un incendio destruyó un granero en Tarvel la noche del martes.", "la noche del martes", "es")),
        (("Un incendie a détruit une grange à Tarvel lundi.", "lundi", "fr"),
         ("A fire destroyed a barn in Tarvel on Tuesday night.", "on Tuesday night", "en")),
        (("A fire destroyed a barn in Tarvel on Monday.", "on Monday", "en"),
         ("Ein Brand hat in der Nacht zum Mittwoch in Tarvel eine Scheune zerstört.",
          "in der Nacht zum Mittwoch", "de")),
    ],
)  # fmt: skip
def test_a_fire_of_one_day_and_a_fire_of_a_later_night_stay_two(
    first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    assert _merged(
        _told(*first[:1], "disaster", *first[1:]), _told(*second[:1], "disaster", *second[1:])
    ) == [1, 1]


EVACUATIONS = {
    "flood": (
        "Residents of Tarvel were evacuated on Tuesday as the river burst its banks.",
        "on Tuesday",
        "en",
    ),
    "leak": ("Une fuite a entraîné mardi l'évacuation d'un immeuble à Tarvel.", "mardi", "fr"),
    "bomb": (
        "Die Polizei hat am Dienstag in Tarvel den Bahnhof wegen einer Fliegerbombe geräumt.",
        "am Dienstag",
        "de",
    ),
    "avalanche": (
        "Los vecinos de Tarvel fueron desalojados el martes por riesgo de aludes.",
        "el martes",
        "es",
    ),
    "unsaid": ("Die Gemeinde hat am Dienstag Teile von Tarvel vorsorglich geräumt.", "am Dienstag", "de"),
    "avalanche, again": (
        "Avalanche risk forced Tarvel to move residents out on Tuesday.",
        "on Tuesday",
        "en",
    ),
}


@pytest.mark.parametrize(
    ("one", "other"), [("flood", "leak"), ("bomb", "avalanche"), ("leak", "bomb"), ("flood", "avalanche")]
)
def test_evacuations_for_two_hazards_in_one_town_are_two(one: str, other: str) -> None:
    """A town evacuates a building for a gas leak and streets for a rising river on one day:
    what each evacuation was ordered for, in any language, is a sign of two."""
    a, b = EVACUATIONS[one], EVACUATIONS[other]
    assert _merged(_told(a[0], "evacuation", *a[1:]), _told(b[0], "evacuation", *b[1:])) == [1, 1]


@pytest.mark.parametrize(("one", "other"), [("avalanche", "avalanche, again"), ("avalanche", "unsaid")])
def test_one_hazard_or_one_unsaid_is_no_sign_of_two_evacuations(one: str, other: str) -> None:
    a, b = EVACUATIONS[one], EVACUATIONS[other]
    assert _merged(_told(a[0], "evacuation", *a[1:]), _told(b[0], "evacuation", *b[1:])) == [2]


FLOW_DAY = dt.date(2024, 3, 4)


def _flow(*texts: tuple[str, str]) -> list[list[str]]:
    """The articles each day's incident is told by, each article briefed by the offline
    engine and the briefings merged as ``summarizer daily`` merges them."""
    engine = ExtractiveEngine()
    briefed_day = []
    for number, (text, lang) in enumerate(texts):
        article = Article(id=f"a{number}", text=text, language=lang, published=FLOW_DAY)
        briefed_day.append(Briefed(article, engine.brief(article, None)))
    day = merge_briefings(briefed_day, FLOW_DAY, settings=Settings(engine="extractive"))
    return sorted(sorted({r.article_id for r in incident.reports}) for incident in day.incidents)


@pytest.mark.parametrize(
    "texts",
    [
        [("A lorry overturned on the A7 motorway near Tarvel on Tuesday. Traffic was diverted for hours.", "en"),
         ("Un accident de la circulation s'est produit mardi dans le centre-ville de Tarvel. Une voiture a "
          "percuté un poteau.", "fr")],
        [("Hundreds of residents were evacuated across Tarvel on Tuesday as the river rose. Schools were closed.",
          "en"),
         ("Die Bewohner des Weilers Ried bei Tarvel wurden am Dienstag wegen Lawinengefahr evakuiert. Die "
          "Straße ist gesperrt.", "de")],
    ],
)  # fmt: skip
def test_two_events_of_one_town_stay_two_through_the_whole_flow(texts: list[tuple[str, str]]) -> None:
    assert all(len(articles) == 1 for articles in _flow(*texts))


def test_the_engine_reads_hostile_sentences_of_places_nights_and_finds_in_linear_time() -> None:
    """Many sentences each naming two made-up places, a night, a dateline and a finding, in
    four languages: four times the text takes about four times as long, well within bound."""
    sentences = {
        "en": "A fire broke out between {a} and {b} overnight into Tuesday, {A} (AIN) police said, and a "
        "body was found that night in {a}'s north district. ",
        "de": "Ein Brand ist in der Nacht zum Dienstag zwischen {a} und {b} im Kanton {b} ausgebrochen, "
        "am Mittwoch wurde festgestellt, dass {a} betroffen war. ",
        "fr": "Un incendie a éclaté dans la nuit de lundi à mardi entre {a} et {b}, dans le {b}, au nord "
        "de Saint-{a}, a constaté jeudi la police. ",
        "es": "Un incendio se declaró la noche del lunes al martes entre {a} y {b}, en la comarca del Alto "
        "{b} ({A}), y fue hallado un cuerpo. ",
    }
    engine = ExtractiveEngine()

    def name(n: int) -> str:
        return "".join("aeioubcdfgklmnprstv"[int(d) * 2 % 19] for d in f"{n:05d}").capitalize() + "ach"

    started = time.thread_time()
    for lang, sentence in sentences.items():
        text = "".join(sentence.format(a=name(n), b=name(n + 50_000), A=name(n).upper()) for n in range(400))
        engine.brief(Article(id=lang, text=text, language=lang, published=FLOW_DAY), None)
    assert time.thread_time() - started < 20.0


@pytest.mark.parametrize(
    "told",
    [
        ("Der Inhaber eines Lokals in Tarvel muss seit Dienstag schließen.", "seit Dienstag", "de"),
        ("El dueño de un local de Tarvel tuvo que cerrar el martes.", "el martes", "es"),
        ("De eigenaar van een café in Tarvel moest dinsdag sluiten.", "dinsdag", "nl"),
    ],
)
def test_an_owner_the_decision_befalls_is_no_second_deciding_office(told: tuple[str, str, str]) -> None:
    """The mayor closes a café; another outlet tells it by its owner, who had to close. An
    owner decides for no place: no sign of a second decision beside the mayor's."""
    mayor = ("Le maire de Tarvel a ordonné mardi la fermeture d'un café.", "mardi", "fr")
    day = _merged(
        _told(mayor[0], "political_decision", *mayor[1:]), _told(told[0], "political_decision", *told[1:])
    )
    assert day == [2]
