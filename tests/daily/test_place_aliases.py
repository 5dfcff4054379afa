"""Two names of one bilingual town that an article declares, read for every article of the
day (issue 25, days 58-63 generalised): "Champfontaine (Feldbrunnen en allemand)",
"Neuenweiler (französisch Neuvillers)", "Feldbrunnen/Champfontaine". Only a declaration is
read: a dateline's two places, a street corner, a province named after a language
("Provinz Flämisch-Brabant"), a bare bracket that may be the holding region, and two towns no
article calls one stay two. Every town here is invented."""

from __future__ import annotations

import time
import unicodedata

import pytest

from summarizer.daily.place_aliases import day_aliases, declared_aliases, respelled
from summarizer.daily.place_keys import place_key
from tests.daily.test_daily import merged, one_incident


def _keys(one: str, other: str) -> tuple[str, str]:
    a, b = place_key(one), place_key(other)
    return (a, b) if a < b else (b, a)


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        (
            "Une rafale a frappé l'école à Champfontaine (Feldbrunnen en allemand) vendredi.",
            "Champfontaine",
            "Feldbrunnen",
        ),
        (
            "Im elsässischen Neuenweiler (französisch Neuvillers) ist Heizöl ausgelaufen.",
            "Neuenweiler",
            "Neuvillers",
        ),
        ("Im Dorf Oberhalden (auf Französisch Haute-Halde) brannte es.", "Oberhalden", "Haute-Halde"),
        ("Un camión chocó en Vilarrasa (Vilarrosa, en catalán) el lunes.", "Vilarrasa", "Vilarrosa"),
        (
            "A lorry struck a bridge in Lovermont (Leeuwerberg in Dutch) on Tuesday.",
            "Lovermont",
            "Leeuwerberg",
        ),
        ("Un incendio a Montvallo (Schönwald in tedesco) ha distrutto un fienile.", "Montvallo", "Schönwald"),
        ("Um incêndio em Vila Serrana (Bergdorf em alemão) destruiu um celeiro.", "Vila Serrana", "Bergdorf"),
        ("The A12 exit at Feldbrunnen/Champfontaine is closed towards Bern.", "Feldbrunnen", "Champfontaine"),
        ("Port Adela, also known as Adelport, was flooded.", "Port Adela", "Adelport"),
        ("Le village de Haute-Halde, aussi appelé Oberhalden, est isolé.", "Haute-Halde", "Oberhalden"),
    ],
)
def test_an_article_s_declared_other_name_of_a_town_is_read(text: str, one: str, other: str) -> None:
    assert declared_aliases(text) == (_keys(one, other),)


def test_a_gloss_translates_the_town_not_the_district_before_it() -> None:
    text = "en el barrio de Llevant de Vilanova del Estanque (Vilanova de l'Estany, en catalán), ayer"
    assert declared_aliases(text) == (_keys("Vilanova del Estanque", "Vilanova de l'Estany"),)


@pytest.mark.parametrize(
    "text",
    [
        "Berlin/Stuttgart (dnd) – Nach dem Fischsterben verlangt die Bundesregierung Aufklärung.",
        "Titel der Meldung\n\nHAGENWEILER/MÜLLHEIM. Im Sundgau ist ein Collège geschlossen.",
        "Ein Kran ist an der Ecke Venloer Straße/Leyendeckerstraße umgekippt.",
        "In Sint-Aldegonde (Provinz Flämisch-Brabant) wurden Fahrräder gestohlen.",
        "Un camión volcó en Olmeda (Soria) el martes.",
        "Der Gemeinderat (SVP) von Feldbrunnen tagt heute.",
        "Trains between Bern / Zürich are delayed.",
    ],
)
def test_no_declaration_no_alias(text: str) -> None:
    assert declared_aliases(text) == ()


def test_the_day_s_names_are_one_key_wherever_they_stand_in_a_key() -> None:
    aliases = day_aliases([_keys("Champfontaine", "Feldbrunnen")])
    one = aliases[place_key("Feldbrunnen")]
    assert respelled(place_key("Primarschule Feldbrunnen"), aliases) == f"primarschule {one}"
    assert respelled("a12 exit feldbrunen champfontaine", aliases) == f"a12 exit {one}"
    # A whole word only: a street named after the town is no spelling of the town.
    assert respelled("feldbrunenweg", aliases) == "feldbrunenweg"


def _report(text: str, place: str, lang: str, type: str = "accident") -> object:
    return one_incident(text, type=type, place=place, location=None, time=None, language=lang)


def test_a_roof_torn_off_told_with_the_town_s_two_names_is_one_event() -> None:
    day = merged(
        _report(
            "Une rafale a arraché vendredi des panneaux solaires du toit de l'école de "
            "Champfontaine (Feldbrunnen en allemand).",
            "Champfontaine",
            "fr",
        ),
        _report(
            "Eine Sturmböe hat am Freitag Solarpanels vom Dach der Schule in Feldbrunnen gerissen.",
            "Feldbrunnen",
            "de",
        ),
        _report("Police report solar panels blown off a school roof in Feldbrunnen.", "Feldbrunnen", "en"),
    )
    assert len(day.incidents) == 1


def test_two_towns_no_article_calls_one_stay_two() -> None:
    day = merged(
        _report(
            "Une rafale a arraché vendredi des panneaux solaires du toit de l'école de Champfontaine.",
            "Champfontaine",
            "fr",
        ),
        _report(
            "Eine Sturmböe hat am Freitag Solarpanels vom Dach der Schule in Feldbrunnen gerissen.",
            "Feldbrunnen",
            "de",
        ),
    )
    assert len(day.incidents) == 2


def test_two_fires_at_two_sites_of_the_declared_town_stay_two() -> None:
    day = merged(
        _report(
            "Un incendie a détruit mardi matin le toit de l'école de Champfontaine (Feldbrunnen "
            "en allemand).",
            "école de Champfontaine",
            "fr",
            "disaster",
        ),
        _report(
            "Ein Brand hat am Dienstagabend eine Scheune auf dem Hof Meier in Feldbrunnen zerstört.",
            "Hof Meier, Feldbrunnen",
            "de",
            "disaster",
        ),
    )
    assert len(day.incidents) == 2


@pytest.mark.parametrize(
    "text",
    [
        # French "dit" is "says" as often as "called": only a name set off by a comma or a
        # bracket is another name of the one before it.
        "Le maire de Lyon dit Marseille doit payer sa part.",
        "Macron dit Paris prêt pour les Jeux.",
        # Two cities the data knows apart, slashed: a police force's or an airport's two
        # towns, not one town's two names.
        "Die Kantonspolizei Zürich/Winterthur meldet einen Unfall auf der A1.",
        "Flights at the Basel/Mulhouse airport were cancelled.",
    ],
)
def test_a_verb_or_two_known_cities_declare_no_alias(text: str) -> None:
    assert declared_aliases(text) == ()


def test_a_slash_chain_of_known_cities_joins_none_of_them() -> None:
    text = "Zürich/Winterthur und Winterthur/Schaffhausen: Einsätze wegen Sturm."
    assert declared_aliases(text) == ()


def test_a_long_run_of_capitals_is_read_quickly() -> None:
    started = time.thread_time()
    for hostile in ("A" * 100_000, "Ab, also known as " * 6000, "Ab/" * 33_000, "(in German Ab " * 8000):
        declared_aliases(hostile)
    assert time.thread_time() - started < 2.0


def test_decomposed_accents_declare_as_composed_ones() -> None:
    # Text pasted from some systems writes "É" as "E" and a combining accent.
    text = "Une école à Évrange (Éwringen en allemand) a brûlé."
    assert declared_aliases(unicodedata.normalize("NFD", text)) == declared_aliases(text) != ()


@pytest.mark.parametrize(
    "text",
    [
        "Die Müller AG/SA hat am Montag Konkurs angemeldet.",
        "Das Konzert von AC/DC in Bern ist ausverkauft.",
        "Swiss Federal Railways (SBB in German) said trains would run again.",
        "Radio Télévision Suisse (RTS, in French) reported the closure.",
        "A Polícia Judiciária (PJ, em português) abriu um inquérito.",
    ],
)
def test_a_company_s_or_a_body_s_acronyms_declare_no_town(text: str) -> None:
    assert declared_aliases(text) == ()


# Issue 25, day 56: a wire writes "near Vernay station, known as Wernach in German", in
# running text, not in a bracket; every other article names the town in one language.
@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        (
            "Thieves cut cable near Lauzières station, known as Lauzach in German, on Tuesday.",
            "Lauzières",
            "Lauzach",
        ),
        ("Le vol a eu lieu à Lauzières, appelée Lauzach en allemand, mardi.", "Lauzières", "Lauzach"),
        ("Ayer en Lauzières, que en alemán se llama Lauzach, robaron cable.", "Lauzières", "Lauzach"),
        ("Il furto a Lauzières, in tedesco chiamata Lauzach, ha fermato i treni.", "Lauzières", "Lauzach"),
        (
            "O roubo em Lauzières, conhecida como Lauzach em alemão, parou os comboios.",
            "Lauzières",
            "Lauzach",
        ),
        (
            "Der Diebstahl in Lauzach, auf Französisch Lauzières genannt, legte den Verkehr lahm.",
            "Lauzach",
            "Lauzières",
        ),
        ("The fire at Lauzières, known as Lauzach in German.", "Lauzières", "Lauzach"),
    ],
)
def test_a_town_s_other_name_glossed_in_running_text_is_read(text: str, one: str, other: str) -> None:
    assert declared_aliases(text) == (_keys(one, other),)


@pytest.mark.parametrize(
    "text",
    [
        # No language named: a nickname, a season, a class.
        "Lauzières, known as Lauzach in winter, is a ski town.",
        "Lyon, called the Capital of Gastronomy in France, hosts the fair.",
        "Smith, known as Bob in English class, was there.",
        # A person's name and its part, whatever the language.
        "Mayor Anne Roux, called Roux in French, spoke.",
        # The word after the name is no kind of site: "the Lauzières decision" is no place.
        "The Lauzières ruling, called Lauzach in German, was upheld.",
    ],
)
def test_a_gloss_naming_no_language_or_no_place_declares_no_alias(text: str) -> None:
    assert declared_aliases(text) == ()


# A person's name glossed in another language is a person's, however the gloss is written:
# "also known as" already kept people out (``_a_persons_name``); a running-text gloss did not.
@pytest.mark.parametrize(
    "text",
    [
        "The singer Giorgio Rossi, known as George Red in English, performed in Lauzières.",
        "Le chanteur Giorgio Rossi, appelé Georges Rouge en français, a chanté à Lauzières.",
        "Der Sänger Giorgio Rossi, auf Deutsch Georg Rot genannt, sang in Lauzach.",
        "El cantante Giorgio Rossi, que en español se llama Jorge Rojo, cantó en Lauzières.",
        "A cantora Florence Martin, conhecida como Flora Martins em português, cantou ontem.",
    ],
)
def test_a_person_s_name_glossed_in_a_language_declares_no_place(text: str) -> None:
    assert declared_aliases(text) == ()


def test_a_gloss_in_running_text_is_read_quickly() -> None:
    started = time.thread_time()
    for hostile in (
        "Ab, known as Cd " * 6000,
        "Ab, en allemand " * 6000,
        "Ab station, auf Deutsch Cd " * 4000,
    ):
        declared_aliases(hostile)
    assert time.thread_time() - started < 2.0


def test_cable_thefts_told_with_the_town_s_two_names_glossed_in_running_text_are_one_event() -> None:
    day = merged(
        _report(
            "Overnight, thieves cut signal cable near Lauzières station, known as Lauzach in German, "
            "halting trains between two cities.",
            "Lauzières",
            "en",
            "other",
        ),
        _report(
            "In der Nacht haben Unbekannte in Lauzach rund 300 Meter Kupferkabel neben den Gleisen "
            "herausgerissen; Signalkabel fehlt.",
            "Lauzach",
            "de",
            "other",
        ),
    )
    assert len(day.incidents) == 1


def test_cable_thefts_in_two_towns_no_article_glosses_as_one_stay_two() -> None:
    day = merged(
        _report(
            "Overnight, thieves cut signal cable near Lauzières station, halting trains between two cities.",
            "Lauzières",
            "en",
            "other",
        ),
        _report(
            "In der Nacht haben Unbekannte in Lauzach rund 300 Meter Kupferkabel neben den Gleisen "
            "herausgerissen; Signalkabel fehlt.",
            "Lauzach",
            "de",
            "other",
        ),
    )
    assert len(day.incidents) == 2
