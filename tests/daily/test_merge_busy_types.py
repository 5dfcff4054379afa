"""The one-place prior over types a place may see several of a day (issue 25, days 46-51:
arrests, marches, statements and events typed "other" told in three languages with nothing
in common but the town, ``busy_types``). They join when nothing the day says allows two,
and stay apart on the signs such days give: two people, two speakers, counts that do not
meet, a report that says its event is another, a capital, or "other" reports that share no
word. Every report here is invented."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.one_place_prior import join_alike_at_one_place
from summarizer.daily.place_chains import site_of_place
from summarizer.daily.place_keys import place_key
from summarizer.daily.reports import ReportEvidence
from summarizer.models.daily_v2 import DailyBriefing
from tests.daily.test_daily import briefed, merged, one_incident


def _told(text: str, type: str, place: str | None, time: str, **incident: Any) -> Briefed:
    return one_incident(text, type=type, place=place, time=time, **incident)


def _sizes(day: DailyBriefing) -> list[int]:
    return sorted(len(incident.reports) for incident in day.incidents)


def _count(text: str, value: float, counted: str) -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "counted": counted, "category": "other"}


ONE_EVENT = {
    "arrest": (
        ("Die Polizei nahm am Sonntagmorgen in Tarvel einen jungen Mann fest.", "Tarvel", "am Sonntagmorgen"),
        ("Un suspect a été interpellé dimanche matin à Tarvel.", "Tarvel", "dimanche matin"),
        ("A suspect was arrested in Tarvel on Sunday morning.", "Tarvel", "on Sunday morning"),
    ),
    "protest": (
        ("Hundreds marched through Tarvel on Tuesday.", "Tarvel", "on Tuesday"),
        ("Des centaines de manifestants ont défilé mardi à Tarvel.", "Tarvel", "mardi"),
        ("Cientos de personas se manifestaron el martes en Tarvel.", "Tarvel", "el martes"),
    ),
    "statement": (
        ("An einer Medienkonferenz in Tarvel informierte die Gemeinde am Dienstag über das Vorgehen.",
         "Tarvel", "am Dienstag"),
        ("Lors d'une conférence de presse mardi à Tarvel, la commune a chiffré les coûts.", "Tarvel", "mardi"),
        ("At a press conference in Tarvel on Tuesday, officials said lessons would resume.",
         "Tarvel", "on Tuesday"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("type", sorted(ONE_EVENT))
def test_a_busy_type_told_once_in_a_small_town_is_one_event(type: str) -> None:
    day = merged(*(_told(text, type, place, when) for text, place, when in ONE_EVENT[type]))
    assert _sizes(day) == [3]


def test_an_event_typed_other_joins_on_a_word_both_reports_share() -> None:
    """A robbery of a pharmacy, told in German and French: "Apotheke" is read as a pharmacy."""
    day = merged(
        _told("Ein Mann überfiel am Samstagabend in Tarvel eine Apotheke.", "other", "Tarvel", "am Samstagabend"),
        _told("Deux hommes cagoulés ont braqué samedi soir une pharmacie de Tarvel.", "other", "Tarvel", "samedi soir"),
    )  # fmt: skip
    assert _sizes(day) == [2]


def test_an_event_typed_other_joins_on_one_kind_of_crime_each_report_tells_in_its_words() -> None:
    """A break-in told in German, English and French ("Einbrecher", "burgled", "cambriolé")
    shares no word as written, but tells one kind of crime at one place of a small town."""
    day = merged(
        _told("In Tarvel haben in der Nacht Einbrecher zugeschlagen.", "other", "Tarvel", "in der Nacht"),
        _told("A clockmaker's workshop in Tarvel was burgled overnight.", "other", "Tarvel", "overnight"),
        _told("Un atelier d'horlogerie a été cambriolé cette nuit à Tarvel.", "other", "Tarvel", "cette nuit"),
    )  # fmt: skip
    assert _sizes(day) == [3]


def test_two_kinds_of_crime_at_one_place_stay_apart() -> None:
    """A night's break-in and a morning's hold-up in one small town: two crimes, whatever
    language tells each."""
    day = merged(
        _told("In Tarvel haben in der Nacht Einbrecher zugeschlagen.", "other", "Tarvel", "in der Nacht"),
        _told("Un bijoutier de Tarvel a été braqué par deux hommes armés.", "other", "Tarvel", "ce matin"),
    )  # fmt: skip
    assert _sizes(day) == [1, 1]


def test_events_typed_other_sharing_no_word_stay_apart() -> None:
    """A cruise cancelled and a jeweller robbed: "other" names no kind of event."""
    day = merged(
        _told("The rest of the cruise has been cancelled in Tarvel.", "other", "Tarvel", "on Tuesday"),
        _told("Unbekannte überfielen am Dienstag in Tarvel ein Juweliergeschäft.", "other", "Tarvel", "am Dienstag"),
    )  # fmt: skip
    assert _sizes(day) == [1, 1]
    rulings = merged(
        _told("Le tribunal de Tarvel a relaxé mardi un ancien élu.", "other", "Tarvel", "mardi"),
        _told("A court in Tarvel jailed a lorry driver on Tuesday.", "other", "Tarvel", "on Tuesday"),
    )
    assert _sizes(rulings) == [1, 1]


def test_two_arrests_whose_counts_do_not_meet_stay_apart() -> None:
    """One town, one day: 22 tortoises, 190 goldfinches (a count of one each, told of nothing
    else: with no counts, the two reports would be one arrest)."""
    day = merged(
        _told(
            "A man carrying 22 tortoises was arrested in Tarvel on Monday.",
            "arrest",
            "Tarvel",
            "on Monday",
            figures=[_count("22 tortoises", 22, "tortoises")],
        ),
        _told(
            "Ein Reisender mit 190 Stieglitzen wurde am Montag in Tarvel festgenommen.",
            "arrest",
            "Tarvel",
            "am Montag",
            figures=[_count("190 Stieglitzen", 190, "Stieglitze")],
        ),
    )
    assert _sizes(day) == [1, 1]


def test_counts_told_a_little_apart_may_be_one_arrest() -> None:
    """ "nearly 190" and "187" goldfinches: one seizure told twice."""
    day = merged(
        _told(
            "Customs at Tarvel airport arrested a man with 187 goldfinches on Monday.",
            "arrest",
            "Tarvel",
            "on Monday",
            figures=[_count("187 goldfinches", 187, "goldfinches")],
        ),
        _told(
            "Der Zoll nahm am Montag in Tarvel einen Reisenden mit 190 Vögeln fest.",
            "arrest",
            "Tarvel",
            "am Montag",
            figures=[_count("190 Vögeln", 190, "Vögel")],
        ),
    )
    assert _sizes(day) == [2]


def test_a_count_of_suspects_and_an_amount_seized_may_be_one_arrest() -> None:
    """3 suspects and 500 g of cocaine are two measures of one arrest, not counts far apart."""
    day = merged(
        _told(
            "Police arrested 3 suspects in Tarvel on Monday.",
            "arrest",
            "Tarvel",
            "on Monday",
            figures=[_count("3 suspects", 3, "suspects")],
        ),
        _told(
            "Die Polizei stellte am Montag in Tarvel 500 g Kokain sicher.",
            "arrest",
            "Tarvel",
            "am Montag",
            figures=[{**_count("500 g", 500, "Kokain"), "unit": "g"}],
        ),
    )
    assert _sizes(day) == [2]


@pytest.mark.parametrize(
    "another",
    [
        "In a separate case, police arrested a man in Tarvel on Sunday.",
        "Par ailleurs, un autre homme a été interpellé dimanche à Tarvel.",
    ],
)
def test_an_arrest_said_to_be_another_stays_apart(another: str) -> None:
    day = merged(
        _told("Die Polizei nahm am Sonntag in Tarvel einen Mann fest.", "arrest", "Tarvel", "am Sonntag"),
        _told(another, "arrest", "Tarvel", "on Sunday"),
    )
    assert _sizes(day) == [1, 1]


def test_statements_of_two_speakers_stay_apart() -> None:
    day = merged(
        _told("Die Ministerin sagte am Dienstag in Tarvel, die Lage sei ernst.", "statement", "Tarvel", "am Dienstag"),
        _told("A spokesman said in Tarvel on Tuesday that talks would go on.", "statement", "Tarvel", "on Tuesday"),
    )  # fmt: skip
    assert _sizes(day) == [1, 1]


def test_arrests_of_two_named_people_stay_apart() -> None:
    one = "Police arrested Jorge Salcedo in Tarvel on Sunday."
    other = "La police a interpellé dimanche Marie Lambert à Tarvel."
    day = merged(
        briefed(
            one,
            actors=[("a1", "Jorge Salcedo", "person")],
            incidents=[
                {"id": "i1", "type": "arrest", "place": "Tarvel", "time": "on Sunday", "evidence": one}
            ],
        ),
        briefed(
            other,
            actors=[("a1", "Marie Lambert", "person")],
            incidents=[
                {"id": "i1", "type": "arrest", "place": "Tarvel", "time": "dimanche", "evidence": other}
            ],
        ),
    )
    assert _sizes(day) == [1, 1]


def test_arrests_and_marches_in_a_capital_are_no_prior_event() -> None:
    """A capital sees many a day."""
    day = merged(
        _told("Police arrested a man in Madrid on Sunday.", "arrest", "Madrid", "on Sunday"),
        _told("La policía detuvo el domingo a un hombre en Madrid.", "arrest", "Madrid", "el domingo"),
    )
    assert _sizes(day) == [1, 1]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            _told("Police in Lyon arrested a drug dealer on Sunday.", "arrest", "Lyon", "on Sunday"),
            _told("Ein mutmaßlicher Mörder wurde am Sonntag in Lyon festgenommen.", "arrest", "Lyon", "am Sonntag"),
        ),
        (
            _told("Thousands marched in Barcelona on Saturday against mass tourism.", "protest", "Barcelona",
                  "on Saturday"),
            _told("Des milliers de personnes ont manifesté samedi à Barcelone pour le droit au logement.",
                  "protest", "Barcelona", "samedi"),
        ),
        (
            _told("The University of Zurich said on Monday that it would cut 200 jobs.", "statement", "Zurich",
                  "on Monday"),
            _told("La FIFA a annoncé lundi à Zurich le calendrier du Mondial.", "statement", "Zurich", "lundi"),
        ),
        (
            _told("FC Bayern said on Tuesday in Munich that the coach would stay.", "statement", "Munich",
                  "on Tuesday"),
            _told("Die bayerische Staatsregierung teilte am Dienstag in München mit, die Schulen blieben offen.",
                  "statement", "München", "am Dienstag"),
        ),
    ],
)  # fmt: skip
def test_arrests_marches_and_statements_in_a_city_are_no_prior_event(one: Briefed, other: Briefed) -> None:
    """A city (``exonyms.is_city``: 15,000 people or more) sees many a day, capital or not."""
    assert _sizes(merged(one, other)) == [1, 1]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # two marches of two groups: farmers, nurses
        (
            _told(
                "Hundreds of farmers marched through Tarvel on Tuesday.", "protest", "Tarvel", "on Tuesday"
            ),
            _told("Des centaines d'infirmières ont défilé mardi à Tarvel.", "protest", "Tarvel", "mardi"),
        ),
        # two arrests of one day: in the morning, in the evening
        (
            _told(
                "Police arrested a man in Tarvel on Sunday morning.", "arrest", "Tarvel", "on Sunday morning"
            ),
            _told("Un homme a été interpellé dimanche soir à Tarvel.", "arrest", "Tarvel", "dimanche soir"),
        ),
    ],
)
def test_look_alike_events_of_a_busy_type_stay_apart_on_the_signs_the_merge_reads(
    one: Briefed, other: Briefed
) -> None:
    assert _sizes(merged(one, other)) == [1, 1]


def _other(*words: str) -> ReportEvidence:
    return ReportEvidence(
        owner=words[0], type="other", date=None, weekdays=frozenset(), place="tarvel",
        places=frozenset({"tarvel"}), words=words, plain=(), measures=frozenset(), measured=(),
        says_distinct=False,
    )  # fmt: skip


def test_events_typed_other_do_not_chain_through_a_report_linked_to_both() -> None:
    """A pharmacy robbed near the old bridge shares "pharmacy" with a robbery and "bridge"
    with a closure; the robbery and the closure share no word: two events, not one. (The
    prior is called on clusters the greedy pass left apart.)"""
    items = [_other("robbed", "pharmacy"), _other("pharmacy", "near", "bridge"), _other("bridge", "closed")]
    every_pair = np.array([(0, 1), (0, 2), (1, 2)], dtype=np.int64)
    assert join_alike_at_one_place(items, [[0], [1], [2]], every_pair) == [[0, 1], [2]]
    assert join_alike_at_one_place(items[1:], [[0], [1]], every_pair[:1]) == [[0, 1]]


def test_statements_of_two_bodies_named_as_actors_stay_apart() -> None:
    """A hockey club's statement and a chamber of commerce's, in a small town: two."""
    club = "The Tarvel hockey club said on Tuesday that its coach had resigned."
    council = "Die Handelskammer Tarvel teilte am Dienstag mit, der Markt bleibe geschlossen."
    day = merged(
        briefed(
            club,
            actors=[("a1", "Tarvel hockey club", "organization")],
            incidents=[
                {"id": "i1", "type": "statement", "place": "Tarvel", "time": "on Tuesday", "evidence": club}
            ],
        ),
        briefed(
            council,
            actors=[("a1", "Handelskammer Tarvel", "organization")],
            incidents=[
                {
                    "id": "i1",
                    "type": "statement",
                    "place": "Tarvel",
                    "time": "am Dienstag",
                    "evidence": council,
                }
            ],
        ),
    )
    assert _sizes(day) == [1, 1]


# Reports typed "other" at one named site of a small town, in five languages, sharing no
# word but the site: the theft of a station's cables and what followed it.
AT_ONE_STATION = (
    ("Les CFF ont confirmé le vol de câbles en cuivre survenu dans la nuit près de la gare de Tarvel.",
     "gare de Tarvel, Tarvel", "dans la nuit", "fr"),
    ("Overnight, thieves cut signal cable near Tarvel station, halting trains for six hours.",
     "Tarvel station, Tarvel", "Overnight", "en"),
    ("Il s'est produit près du poste d'aiguillage de la gare de Tarvel.", "gare de Tarvel, Tarvel", "la nuit", "fr"),
    ("Unbekannte rissen in der Nacht beim Bahnhof Tarvel rund 300 Meter Kupferkabel heraus.",
     "Bahnhof Tarvel, Tarvel", "in der Nacht", "de"),
    ("Durante la noche, unos ladrones de cobre paralizaron la estación de Tarvel.",
     "estación de Tarvel, Tarvel", "Durante la noche", "es"),
)  # fmt: skip


def _at(text: str, place: str, time: str, language: str) -> Briefed:
    return one_incident(text, type="other", place=place, time=time, language=language)


def test_events_typed_other_at_one_named_site_of_a_town_are_one_event() -> None:
    """A small town's station sees one theft of its cables a night: reports of it in French,
    English, German and Spanish share no word but the station, and one of them names no
    event at all ("Il s'est produit ...")."""
    day = merged(*(_at(*report) for report in AT_ONE_STATION))
    assert _sizes(day) == [len(AT_ONE_STATION)]


def test_events_typed_other_at_one_site_at_other_hours_stay_apart() -> None:
    """A morning's theft and an evening's closure at the station are two."""
    day = merged(
        _at("Des câbles en cuivre ont été volés mardi matin près de la gare de Tarvel.",
            "gare de Tarvel, Tarvel", "mardi matin", "fr"),
        _at("Am Dienstagabend wurde der Bahnhof Tarvel wegen eines verdächtigen Pakets gesperrt.",
            "Bahnhof Tarvel, Tarvel", "Am Dienstagabend", "de"),
    )  # fmt: skip
    assert _sizes(day) == [1, 1]


def test_events_typed_other_at_a_city_station_stay_apart() -> None:
    """A city's station sees many events a day: sharing it is no sign of one."""
    day = merged(
        _at("Les CFF ont confirmé le vol de câbles survenu dans la nuit près de la gare de Zurich.",
            "gare de Zurich, Zurich", "dans la nuit", "fr"),
        _at("Overnight, a man was found asleep on the tracks near Zurich station.",
            "Zurich station, Zurich", "Overnight", "en"),
    )  # fmt: skip
    assert _sizes(day) == [1, 1]


def test_events_typed_other_at_one_square_stay_apart() -> None:
    """A town's square holds a market, a rally and a theft alike: no one site of one event."""
    day = merged(
        _at("Durante la noche, unos desconocidos robaron los adornos de la plaza Mayor de Tarvel.",
            "plaza Mayor, Tarvel", "Durante la noche", "es"),
        _at("Overnight, the fountain on Tarvel's Main Square was dyed red.",
            "Main Square, Tarvel", "Overnight", "en"),
    )  # fmt: skip
    assert _sizes(day) == [1, 1]


def test_events_typed_other_at_one_site_naming_other_people_stay_apart() -> None:
    """Two trials at one court of a small town on one day: a jury acquits one man, a judge
    jails another who shares his surname. Reports that both name people, none in common,
    tell two events, wherever they were placed (the whole flow once joined them)."""
    one = "A jury at Port Adela Crown Court on Tuesday acquitted former councillor Marcus Hale of fraud."
    other = "Also at Port Adela Crown Court on Tuesday, Judge Castell jailed lorry driver Kevin Hale."
    court = "Port Adela Crown"  # as the offline engine read it
    day = merged(
        briefed(
            one,
            actors=[("a1", "Marcus Hale", "person")],
            incidents=[{"id": "i1", "type": "other", "place": court, "time": "on Tuesday", "evidence": one}],
        ),
        briefed(
            other,
            actors=[("a1", "Castell", "person"), ("a2", "Kevin Hale", "person")],
            incidents=[
                {"id": "i1", "type": "other", "place": court, "time": "on Tuesday", "evidence": other}
            ],
        ),
    )
    assert _sizes(day) == [1, 1]


def _trial(text: str, court: str, people: list[str]) -> Briefed:
    actors = [(f"a{n}", name, "person") for n, name in enumerate(people, start=1)]
    return briefed(
        text,
        actors=actors,
        incidents=[{"id": "i1", "type": "other", "place": court, "time": None, "evidence": text}],
    )


@pytest.mark.parametrize(
    ("one", "other", "court", "first", "second"),
    [
        ("Le Tribunal Correctionnel de Valdeoca a relaxé mardi l'ancien adjoint Marc Hallé.",
         "Le Tribunal Correctionnel de Valdeoca a condamné mardi le chauffeur Kevin Hallé à un an de prison.",
         "Valdeoca", ["Marc Hallé"], ["Kevin Hallé"]),
        ("La Audiencia Provincial de Valdeoca absolvió el martes al exconcejal Marcos Hale.",
         "La Audiencia Provincial de Valdeoca condenó el martes al camionero Kevin Hale a un año de cárcel.",
         "Valdeoca", ["Marcos Hale"], ["Kevin Hale"]),
        ("Das Amtsgericht von Laubach hat am Dienstag den früheren Stadtrat Markus Hahl freigesprochen.",
         "Das Amtsgericht von Laubach hat am Dienstag den Lkw-Fahrer Kevin Hahl zu einem Jahr Haft verurteilt.",
         "Laubach", ["Markus Hahl"], ["Kevin Hahl"]),
    ],
)  # fmt: skip
def test_two_trials_at_a_court_named_around_its_town_stay_apart(
    one: str, other: str, court: str, first: list[str], second: list[str]
) -> None:
    """Known bug 3 in French, Spanish and German: the court's words around the town's name
    ("Tribunal Correctionnel de", "Amtsgericht von") are the place, not what tells the trial."""
    assert _sizes(merged(_trial(one, court, first), _trial(other, court, second))) == [1, 1]


def test_one_trial_told_twice_at_one_court_is_one_event() -> None:
    """The near miss: two reports of one acquittal share what tells it besides the court."""
    one = "A jury at Port Adela Crown Court acquitted former councillor Marcus Hale of fraud."
    other = "Former councillor Marcus Hale was acquitted of fraud by a jury at Port Adela Crown Court."
    court = "Port Adela Crown"
    assert _sizes(merged(_trial(one, court, ["Marcus Hale"]), _trial(other, court, ["Marcus Hale"]))) == [2]


@pytest.mark.parametrize(
    ("one", "other", "place", "language"),
    [
        ("Des câbles en cuivre ont été volés dans la nuit à Port-Vendres.",
         "La mairie de Port-Vendres a fermé la piscine municipale pour travaux.", "Port-Vendres", "fr"),
        ("Thieves stole copper cable overnight in Port Talbot.",
         "Port Talbot council closed the leisure centre's pool for repairs.", "Port Talbot", "en"),
        ("Unos ladrones robaron cable de cobre durante la noche en Puerto Madryn.",
         "El ayuntamiento de Puerto Madryn cerró la piscina municipal por obras.", "Puerto Madryn", "es"),
        ("Dei ladri hanno rubato cavi di rame durante la notte a Port Ercole.",
         "Il comune di Port Ercole ha chiuso la piscina comunale per lavori.", "Port Ercole", "it"),
    ],
)  # fmt: skip
def test_a_town_named_for_its_port_is_no_port_site(one: str, other: str, place: str, language: str) -> None:
    """Issue 25, known bug 8: "Port Talbot", "Port-Vendres", "Puerto Madryn" are towns; two
    events there that share nothing but the town are two, as in any other small town."""
    assert _sizes(merged(_at(one, place, "", language), _at(other, place, "", language))) == [1, 1]


def test_a_towns_port_is_a_site_in_every_language() -> None:
    """The near miss: the port of a small town, named with its joiner or after the name (or
    German's noun before it), sees one theft of its cables a night."""
    day = merged(
        _at("Des câbles en cuivre ont été volés dans la nuit au port de Tarvel.", "port de Tarvel, Tarvel",
            "dans la nuit", "fr"),
        _at("Overnight, thieves cut cable at Tarvel harbour, halting the ferries.", "Tarvel harbour, Tarvel",
            "Overnight", "en"),
        _at("Unbekannte rissen in der Nacht im Hafen Tarvel Kupferkabel heraus.", "Hafen Tarvel, Tarvel",
            "in der Nacht", "de"),
    )  # fmt: skip
    assert _sizes(day) == [3]


@pytest.mark.parametrize(
    ("one", "one_place", "one_language", "other", "other_place", "other_language"),
    [
        ("A drone sighting halted flights at the international airport for two hours.", "international airport", "en",
         "A fuel leak closed a terminal at the international airport.", "the international airport", "en"),
        ("Un dron obligó a suspender los vuelos en el aeropuerto internacional.", "aeropuerto internacional", "es",
         "Une fuite de carburant a fermé un terminal de l'aéroport international.", "aéroport international", "fr"),
        ("Un drone ha bloccato i voli all'Aeroporto Internazionale per due ore.", "Aeroporto Internazionale", "it",
         "A fuel leak closed a terminal at the International Airport.", "International Airport", "en"),
        # A capitalised article ("L'", "O", "I") is no name of the site's either.
        ("Un drone a bloqué les vols à l'aéroport international.", "L'Aéroport International", "fr",
         "Une fuite de carburant a fermé un terminal de l'aéroport international.", "L'Aéroport International", "fr"),
        ("Um drone bloqueou os voos no aeroporto internacional.", "O Aeroporto Internacional", "pt",
         "Uma fuga de combustível fechou um terminal do aeroporto internacional.", "O Aeroporto Internacional", "pt"),
        ("Un drone ha bloccato i voli all'aeroporto internazionale.", "L'Aeroporto Internazionale", "it",
         "Una perdita di carburante ha chiuso un terminal dell'aeroporto internazionale.", "L'Aeroporto Internazionale", "it"),
    ],
)  # fmt: skip
def test_events_at_a_nameless_site_stay_apart(
    one: str, one_place: str, one_language: str, other: str, other_place: str, other_language: str
) -> None:
    """Issue 25, known bug 2: "the international airport" names no site of one town: two
    events there that share nothing else are two."""
    day = merged(_at(one, one_place, "", one_language), _at(other, other_place, "", other_language))
    assert _sizes(day) == [1, 1]


@pytest.mark.parametrize(
    ("written", "language", "kind"),
    [("L'Aéroport International", "fr", None), ("O Aeroporto Internacional", "pt", None),
     ("L'Aeroporto Internazionale", "it", None), ("L'Aéroport de Tarvel", "fr", "airport"),
     ("O Aeroporto de Tarvel", "pt", "airport"), ("L'Aeroporto di Tarvel", "it", "airport")],
)  # fmt: skip
def test_a_capitalised_article_names_no_site(written: str, language: str, kind: str | None) -> None:
    """ "L'", "O" open a place written at a sentence's start; the site's own name is what
    makes it one site ("de Tarvel")."""
    assert site_of_place(written, place_key(written), language) == kind
