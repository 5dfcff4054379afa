"""Reports of one flood, storm or crash that the offline engine types differently, or that
share little wording, and the events of one town and day that must stay apart (issue 25:
two French reports of Lyon's floods came as "civilian_harm" and "disaster" and stayed two
events). Every article here is invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from summarizer.article import Article
from summarizer.daily import merge_briefings
from summarizer.daily.merge import Briefed
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.models.daily_v2 import DailyBriefing
from tests.daily.test_daily import merged, one_incident

TUESDAY = dt.date(2025, 10, 14)


def _report(text: str, kind: str, place: str, deaths: str | None, lang: str, **incident: Any) -> Briefed:
    """A report as the offline engine briefs one: its first sentence the evidence, typed
    ``kind``, with its toll when ``deaths`` (the toll as written) is given."""
    figures = [{"id": "f1", "text": deaths, "category": "killed", "value": 3}] if deaths else []
    fields = {"type": kind, "place": place, "time": "mardi" if lang == "fr" else "martes", **incident}
    evidence = text.split(". ")[0].rstrip(".") + "."
    return one_incident(text, evidence=evidence, figures=figures, language=lang, **fields)


HARM_AND_FLOOD = {
    "fr": (
        "Des pluies torrentielles ont inondé plusieurs quartiers de Morvelle mardi, faisant trois morts. "
        "Plus de 200 habitants ont été évacués.",
        "À Morvelle, les inondations de mardi ont fait trois morts, selon la préfecture. "
        "Les écoles resteront fermées.",
    ),
    "es": (
        "Tres personas murieron el martes en Tarrel arrastradas por el agua. "
        "Unos 200 vecinos fueron evacuados.",
        "La riada del martes en Tarrel dejó tres muertos, según el ayuntamiento. "
        "Los colegios seguirán cerrados.",
    ),
}


@pytest.mark.parametrize("lang", sorted(HARM_AND_FLOOD))
def test_the_harm_of_a_flood_and_the_flood_are_one_event(lang: str) -> None:
    harm, flood = HARM_AND_FLOOD[lang]
    place = "Morvelle" if lang == "fr" else "Tarrel"
    deaths = "trois morts" if lang == "fr" else "Tres personas"
    day = merged(
        _report(harm, "civilian_harm", place, deaths, lang),
        _report(flood, "disaster", place, "trois morts" if lang == "fr" else "tres muertos", lang),
    )
    assert len(day.incidents) == 1
    assert set(day.incidents[0].types) == {"civilian_harm", "disaster"}


CRASH_AND_FLOOD = {
    "fr": (
        "Trois personnes sont mortes mardi à Morvelle quand un autobus a percuté une camionnette. "
        "La route est restée fermée.",
        "À Morvelle, les inondations de mardi ont fait trois morts, selon la préfecture. "
        "Les écoles resteront fermées.",
    ),
    "es": (
        "Tres personas murieron el martes en Tarrel cuando un autobús chocó con una furgoneta. "
        "La carretera sigue cortada.",
        "La riada del martes en Tarrel dejó tres muertos, según el ayuntamiento. "
        "Los colegios seguirán cerrados.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CRASH_AND_FLOOD))
def test_the_harm_of_a_crash_stays_apart_from_a_flood_of_one_town_day_and_toll(lang: str) -> None:
    crash, flood = CRASH_AND_FLOOD[lang]
    place = "Morvelle" if lang == "fr" else "Tarrel"
    deaths = "Trois personnes" if lang == "fr" else "Tres personas"
    day = merged(
        _report(crash, "civilian_harm", place, deaths, lang),
        _report(flood, "disaster", place, "trois morts" if lang == "fr" else "tres muertos", lang),
    )
    assert len(day.incidents) == 2


@pytest.mark.parametrize(
    ("harm", "lang", "place", "time"),
    [
        # Another town, the same day and toll.
        ("Trois personnes sont mortes mardi à Varesque, emportées par les eaux.", "fr", "Varesque", "mardi"),
        # The same town and toll, another day.
        ("Tres personas murieron el lunes en Tarrel arrastradas por el agua.", "es", "Tarrel", "lunes"),
    ],
)
def test_harm_of_another_town_or_day_stays_apart_from_a_flood(
    harm: str, lang: str, place: str, time: str
) -> None:
    flood = HARM_AND_FLOOD[lang][1]
    toll = "trois morts" if lang == "fr" else "tres muertos"
    day = merged(
        _report(flood, "disaster", "Morvelle" if lang == "fr" else "Tarrel", toll, lang),
        _report(harm, "civilian_harm", place, harm.split()[0] + " " + harm.split()[1], lang, time=time),
    )
    assert len(day.incidents) == 2


def test_shelling_never_joins_a_flood_through_the_harm_both_met() -> None:
    """Harm may join shelling or a flood, never both into one: shelling and a flood are
    of no one event (``families_meet``), whatever their reports share."""
    harm = "Trois civils sont morts mardi à Morvelle, selon la préfecture. Le maire a parlé."
    shelling = (
        "Des tirs d'artillerie ont frappé Morvelle mardi, faisant trois morts civils. Le maire a parlé."
    )
    flood = "À Morvelle, les inondations de mardi ont fait trois morts civils. Le maire a parlé."
    day = merged(
        _report(harm, "civilian_harm", "Morvelle", "Trois", "fr"),
        _report(shelling, "shelling", "Morvelle", "trois morts", "fr"),
        _report(flood, "disaster", "Morvelle", "trois morts", "fr"),
    )
    for incident in day.incidents:
        assert not {"shelling", "disaster"} <= set(incident.types)


ONE_FLOOD = {
    # Two reports of one town's flood of one day that share no figure and no wording.
    "es": (
        "Las lluvias torrenciales dejaron el martes dos muertos en Olmeda, según el 112.",
        "En Olmeda, la riada de este martes obligó a desalojar a 300 vecinos, aseguró el alcalde.",
    ),
    "de": (
        "Das Hochwasser hat am Dienstag in Kelbach zwei Menschen das Leben gekostet.",
        "In Kelbach mussten am Dienstag wegen der Überschwemmung 300 Anwohner ihre Häuser verlassen.",
    ),
}


@pytest.mark.parametrize("lang", sorted(ONE_FLOOD))
def test_two_reports_of_a_towns_flood_of_one_day_are_one_flood(lang: str) -> None:
    first, second = ONE_FLOOD[lang]
    place, time = ("Olmeda", "martes") if lang == "es" else ("Kelbach", "Dienstag")
    day = merged(
        one_incident(first, language=lang, type="disaster", place=place, time=time),
        one_incident(second, language=lang, type="disaster", place=place, time=time),
    )
    assert len(day.incidents) == 1


def test_two_fires_or_floods_of_other_days_stay_apart() -> None:
    """Fires are no once-a-day event (a town has two fires a day), and a flood of Monday is
    not Tuesday's."""
    fires = (
        "Un incendie a ravagé mardi un entrepôt à Morvelle, selon les pompiers.",
        "À Morvelle, un feu a détruit mardi un garage, a indiqué la mairie.",
    )
    day = merged(
        *(one_incident(t, language="fr", type="accident", place="Morvelle", time="mardi") for t in fires)
    )
    assert len(day.incidents) == 2
    floods = (
        "Las lluvias torrenciales dejaron el lunes dos muertos en Olmeda.",
        "En Olmeda, la riada de este martes obligó a desalojar a 300 vecinos.",
    )
    day = merged(
        one_incident(floods[0], language="es", type="disaster", place="Olmeda", time="lunes"),
        one_incident(floods[1], language="es", type="disaster", place="Olmeda", time="martes"),
    )
    assert len(day.incidents) == 2


def _flow(*texts: tuple[str, str]) -> DailyBriefing:
    """The daily flow as a newsroom runs it offline: the engine briefs each text, the merge
    runs on its briefings."""
    engine = ExtractiveEngine()
    briefed = []
    for text, lang in texts:
        article = Article(text=text, language=lang, published=TUESDAY)
        briefed.append(Briefed(article, engine.brief(article, None)))
    return merge_briefings(briefed, TUESDAY)


def test_the_offline_flow_joins_two_french_reports_of_one_flood_and_keeps_a_crash_apart() -> None:
    day = _flow(
        (HARM_AND_FLOOD["fr"][0], "fr"),
        (HARM_AND_FLOOD["fr"][1], "fr"),
        (CRASH_AND_FLOOD["fr"][0], "fr"),
    )
    by_size = sorted(len(i.articles) for i in day.incidents)
    assert by_size[-1] == 2, [(i.types, i.place, i.articles) for i in day.incidents]
    (flood,) = [i for i in day.incidents if len(i.articles) == 2]
    assert flood.place == "Morvelle"
    assert all("percuté" not in r.evidence.text for r in flood.reports)


def test_the_offline_flow_joins_two_spanish_reports_of_one_flood_and_keeps_a_crash_apart() -> None:
    day = _flow(
        (
            "En Olmeda, la riada del martes dejó tres muertos, según el ayuntamiento. Los colegios siguen cerrados.",
            "es",
        ),
        (
            "Las lluvias torrenciales inundaron el martes varios barrios de Olmeda y dejaron tres muertos.",
            "es",
        ),
        (CRASH_AND_FLOOD["es"][0].replace("Tarrel", "Olmeda"), "es"),
    )
    (flood,) = [i for i in day.incidents if len(i.articles) == 2]
    assert flood.place == "Olmeda"
    assert all("chocó" not in r.evidence.text for r in flood.reports)


CRASH_TOLD_TWICE = {
    # A toll without its crash's place word, and a road closure after the crash with no toll.
    "en": (
        "In a separate accident on Friday, two people were killed when a coach and a lorry collided on "
        "the B12 near Harlow Cross, police said.",
        "B12",
        "The B12 near Harlow Cross is closed in both directions after a coach crashed into a lorry; "
        "police asked drivers to avoid the road.",
        "Harlow Cross",
    ),
    "de": (
        "Bei einem Zusammenstoß eines Reisebusses mit einem Lastwagen auf der B12 bei Harlingen sind am "
        "Freitag zwei Menschen gestorben, teilte die Polizei mit.",
        "B12",
        "Die B12 bei Harlingen ist nach der Kollision eines Reisebusses mit einem Lastwagen in beide "
        "Richtungen gesperrt; die Polizei bat Autofahrer, die Straße zu meiden.",
        "Harlingen",
    ),
}


@pytest.mark.parametrize("lang", sorted(CRASH_TOLD_TWICE))
def test_the_toll_of_a_crash_and_the_crash_without_one_are_one_event(lang: str) -> None:
    harm, harm_place, crash, crash_place = CRASH_TOLD_TWICE[lang]
    time = "Freitag" if lang == "de" else "Friday"
    deaths = "zwei Menschen" if lang == "de" else "two people"
    day = merged(
        one_incident(
            harm,
            figures=[{"id": "f1", "text": deaths, "category": "killed", "value": 2}],
            language=lang,
            type="civilian_harm",
            place=harm_place,
            time=time,
        ),
        one_incident(crash, language=lang, type="accident", place=crash_place),
    )
    assert len(day.incidents) == 1


def test_the_toll_of_a_crash_stays_apart_from_a_bridge_collapse_of_its_town() -> None:
    harm = CRASH_TOLD_TWICE["en"][0]
    collapse = "A footbridge over the river Lea collapsed near Harlow Cross on Friday, police said."
    day = merged(
        one_incident(
            harm,
            figures=[{"id": "f1", "text": "two people", "category": "killed", "value": 2}],
            type="civilian_harm",
            place="Harlow Cross",
            time="Friday",
        ),
        one_incident(collapse, type="accident", place="Harlow Cross", time="Friday"),
    )
    assert len(day.incidents) == 2


def test_a_heatwave_in_a_departement_and_in_its_city_is_one_event_two_departements_two() -> None:
    """Offline, "dans le Varesque" is a place that holds towns, so the heat's toll there
    and the heatwave in Morvelle are one event where the figures agree; the Varesque and
    the Drôme are two places of one level, and stay two events."""
    harm = "La vague de chaleur a fait 12 morts dans le Varesque depuis samedi, et les urgences débordent."
    heat = "À Morvelle, la canicule a causé la mort d'au moins 10 personnes; les urgences débordent."
    other = "La vague de chaleur a fait 12 morts dans la Drôme depuis samedi, et les urgences débordent."
    day = _flow((harm, "fr"), (heat, "fr"))
    assert len(day.incidents) == 1, [(i.types, i.place) for i in day.incidents]
    day = _flow((harm, "fr"), (other, "fr"))
    assert len(day.incidents) == 2


def test_the_offline_flow_joins_reports_of_one_motorway_crash_and_keeps_another_road_apart() -> None:
    local = "Un autobús interurbano volcó el martes en la autovía A-9 a la altura de Olmeda; murieron dos personas."
    wire = (
        "Two people were killed when an intercity bus overturned on the A-9 motorway near Olmeda on Tuesday."
    )
    other = "Dos personas murieron el martes cuando un autobús volcó en la autovía A-3 a la altura de Tarrel."
    day = _flow((local, "es"), (wire, "en"), (other, "es"))
    places = sorted((len(i.articles), i.place or "") for i in day.incidents)
    # The engine places a road crash in the town the report names beside the road.
    assert places == [(1, "Tarrel"), (2, "Olmeda")], [(i.types, i.place, i.articles) for i in day.incidents]
