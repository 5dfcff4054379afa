"""Reports of one event in two languages share their words as two in one language would:
each language's word for a news concept is one English word (``text.concepts``), German
compounds read by their parts. Two events of one place whose reports share only what
every report of their kind tells stay apart. Every report here is invented."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from summarizer.daily.merge import report_words, things_named
from summarizer.daily.report_words import common_words
from summarizer.daily.reports import report_evidence
from summarizer.text.concepts import concepts_of, tables
from tests.daily.test_daily import merged, one_incident


def test_one_concept_in_four_languages_is_one_word() -> None:
    english = report_words("Forty pupils fell ill after lunch in the school canteen.")
    german = report_words("Vierzig Schülerinnen erkrankten nach dem Mittagessen in der Schulkantine.")
    french = report_words("Quarante élèves sont tombés malades après le déjeuner à la cantine de l'école.")
    spanish = report_words("Cuarenta alumnos enfermaron tras el almuerzo en el comedor del colegio.")
    assert {"pupils", "food", "canteen", "school"} <= english & german & french & spanish


def test_what_every_report_says_stays_common_in_every_language() -> None:
    """Residents and the hospital are in every report of a disaster: read in any language,
    they are the English word every report uses (``common_words``), never distinctive.
    The people an event touches are named by their plural, not by a quoted person's role."""
    for text in ["Anwohner ins Krankenhaus", "habitants à l'hôpital", "vecinos al hospital"]:
        assert report_words(text) <= common_words()
    table, _, _ = tables()
    assert set(table.values()) & common_words() == {"resident", "hospital"}


def test_a_word_under_four_letters_is_read_when_it_is_a_concept() -> None:
    assert "gas" in report_words("Gas trat am Dienstag aus.")
    assert "oil" in report_words("Öl lief in den Fluss.")
    # "car" is the French "because": a function word stays out.
    assert "car" not in report_words("Le trafic est coupé car la route est inondée.")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("Tausende tote Fische trieben am Mittwoch im Fluss bei Marnach, nachdem Ammoniak aus "
             "einer Molkerei ausgelaufen war. Angler schlugen Alarm."),
            ("Des milliers de poissons morts flottaient mercredi dans la rivière à Marnach après une "
             "fuite d'ammoniac d'une laiterie, selon des pêcheurs."),
        ),
        (
            ("Un ciberataque paralizó el martes el hospital de Corvera: los piratas exigen dinero "
             "por los datos de sus pacientes."),
            ("Hackers crippled the hospital in Corvera on Tuesday and hold its patients' data to "
             "ransom."),
        ),
        (
            ("Sechs Bergleute sind seit Montag in einem Stollen bei Keldorf eingeschlossen, nachdem "
             "Gas ausgetreten war."),
            ("Six mineros permanecen atrapados desde el lunes en una mina de Keldorf tras una fuga de "
             "gas."),
        ),
    ],
)  # fmt: skip
def test_one_event_told_in_two_languages_is_one_event(first: str, second: str) -> None:
    place = next(w for w in ("Marnach", "Corvera", "Keldorf") if w in first)
    day = merged(
        # Of a kind no prior joins at one place ("other"): only what the reports share does.
        one_incident(first, type="other", place=place, time="Tuesday"),
        one_incident(second, type="other", place=place, time="Tuesday"),
    )
    assert len(day.incidents) == 1


def test_two_cases_of_one_court_sharing_only_what_every_court_report_tells_stay_apart() -> None:
    """A sentence for fraud and a trial for a robbery, of one city's court and day: both name
    the court, a judge, the accused, prison. Nothing of either case is in the other."""
    fraud = (
        "La jueza condenó el jueves en Arenal a un empresario acusado de estafa a tres años de "
        "cárcel, según el tribunal."
    )
    robbery = (
        "The trial of two men accused of robbing a jeweller opened in Arenal on Thursday; the "
        "judge warned they face prison, the court said."
    )
    day = merged(
        one_incident(fraud, type="other", place="Arenal", time="el jueves"),
        one_incident(robbery, type="other", place="Arenal", time="Thursday"),
    )
    assert len(day.incidents) == 2


def test_two_fires_of_one_town_sharing_only_what_every_fire_report_tells_stay_apart() -> None:
    """Two fires of one town and day, one said to be a second: a building, smoke,
    firefighters, residents taken to hospital are in both, in two languages."""
    german = (
        "Ein zweiter Brand hat am Dienstag in Losheim ein Gebäude zerstört; Rauch zog über die "
        "Stadt, die Feuerwehr brachte Anwohner ins Krankenhaus."
    )
    english = (
        "A fire destroyed a building in Losheim on Tuesday; smoke hung over the town and "
        "firefighters took residents to hospital."
    )
    day = merged(
        one_incident(german, type="disaster", place="Losheim", time="am Dienstag"),
        one_incident(english, type="disaster", place="Losheim", time="on Tuesday"),
    )
    assert len(day.incidents) == 2


def test_a_surname_that_is_a_concept_word_is_the_persons_name() -> None:
    """ "Fischer" named in two reports is a person both name (counted once, as the person),
    not the anglers both tell of: a name's words are never distinctive, read as concepts or
    not (``ReportEvidence.plain``)."""
    incident = Incident(type="other", place="Velden", evidence="x")
    mayor = "Mayor Jonas Fischer closed the pool in Velden on Friday."
    angler = "Bürgermeister Jonas Fischer eröffnete am Freitag in Velden eine Ausstellung."
    a, b = (
        report_evidence(
            owner=owner, incident=incident, places=["velden"], words=report_words(text), figures=[],
            name_words=["jonas", "fischer"],
        )
        for owner, text in (("a", mayor), ("b", angler))
    )  # fmt: skip
    assert "anglers" in a.words and "anglers" in b.words
    assert a.shared_distinctive(b, a.shared_words(b)) == 0


@dataclass(frozen=True)
class Incident:
    type: str
    place: str | None
    evidence: str
    date: dt.date | None = None
    time: str | None = None
    location: str | None = None


def test_a_thing_german_capitalises_in_a_location_is_no_name() -> None:
    """German writes every noun capitalised: "eine Papierfabrik bei Velden" names a paper
    mill as "a paper mill near Velden" does, and what it shares with a French report of
    the mill is evidence, not the place's name (``merge.things_named``)."""
    german = "In einer Papierfabrik bei Velden ist am Mittwoch ein Kessel geborsten."
    french = "Une chaudière a cédé mercredi dans une papeterie de Velden."
    day = merged(
        one_incident(
            german, type="other", place="Velden", location="eine Papierfabrik bei Velden", time="am Mittwoch"
        ),
        one_incident(
            french, type="other", place="Velden", location="une papeterie de Velden", time="mercredi"
        ),
    )
    assert len(day.incidents) == 1
    assert things_named("eine Papierfabrik bei Velden") == {"papierfabrik"}
    # A town whose name reads as a thing ("Neukirchen", a church) stays its name: the
    # places a report names are plain whatever their words read as.
    town = Incident(type="other", place=None, location="Neukirchen", evidence="x")
    evidence = report_evidence(
        owner="a", incident=town, places=["neukirchen"], words=report_words("Neukirchen"), figures=[]
    )
    assert things_named("Neukirchen") == {"neukirchen"} and "church" in evidence.plain


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("Paris a renoncé aux trottinettes partagées après une consultation, a annoncé la mairie.",
         "Paris removed its shared scooters after a referendum, city hall said."),
        ("Madrid prohibirá los patinetes de alquiler en las aceras, anunció el ayuntamiento.",
         "Madrid will ban rental e-scooters from pavements, city hall said."),
    ],
)  # fmt: skip
def test_a_kick_scooter_is_a_scooter_in_every_language(french: str, english: str) -> None:
    """ "trottinette", "patinete" and "E-Scooter" are the English "scooter" (issue 25: a
    city's shared-scooter decision told in French and English shared no word)."""
    place = french.split()[0]
    day = merged(
        one_incident(french, type="political_decision", place=place, time="Tuesday"),
        one_incident(english, type="political_decision", place=place, time="Tuesday"),
    )
    assert len(day.incidents) == 1


def test_a_scooter_rule_and_a_bike_lane_of_one_city_stay_two_decisions() -> None:
    scooters = "Paris a renoncé aux trottinettes partagées, a annoncé mardi la mairie."
    bikes = "Paris will build 180 km of new cycle lanes, city hall said on Tuesday."
    day = merged(
        one_incident(scooters, type="political_decision", place="Paris", time="mardi"),
        one_incident(bikes, type="political_decision", place="Paris", time="Tuesday"),
    )
    assert len(day.incidents) == 2


def test_a_dam_wall_is_a_dam() -> None:
    """ "Staumauer" is the German "barrage" (issue 25: a dam's flushing told in French and
    German shared no word)."""
    german = "Die Kraftwerke haben am Donnerstag mit der Spülung der Staumauer bei Orsach begonnen."
    french = "Les Forces motrices ont commencé jeudi la purge du barrage d'Orsach."
    day = merged(
        one_incident(german, type="other", place="Orsach", time="am Donnerstag", language="de"),
        one_incident(french, type="other", place="Orsach", time="jeudi", language="fr"),
    )
    assert len(day.incidents) == 1
    assert concepts_of("staumauer") == ("dam",)
