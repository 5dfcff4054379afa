"""Each language's word for a news concept read as one English word, with its inflections,
and German compounds read by their known parts (``text.concepts``). Every word here is
general news vocabulary, none taken from a day file."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.kinds import tells_a_kind
from summarizer.text.accents import fold_accents
from summarizer.text.concepts import concepts_of, conflicts, short_concept_words, tables
from summarizer.text.lexicons.concepts_what import KIND_CONCEPTS
from summarizer.text.lexicons.things import SITE_KINDS, THING_WORDS


def _read(word: str) -> tuple[str, ...]:
    return concepts_of(fold_accents(word))


@pytest.mark.parametrize(
    ("concept", "forms"),
    [
        ("pupils", "pupils Schülerinnen Schülern élèves écolières alumnas escolares"),
        ("workers", "workers Arbeitern Beschäftigten ouvrières employés trabajadoras obreros"),
        ("passengers", "passengers Fahrgäste Passagieren voyageuses pasajeras"),
        ("skiers", "skier Skifahrern Skitourengeher skieuses esquiadores"),
        ("anglers", "anglers Anglerinnen pêcheurs pescadores"),
        ("miners", "miners Bergleute mineurs mineros"),
        ("crew", "crew Besatzung équipage tripulación tripulantes"),
        ("factory", "factories Fabriken usines fábricas mills"),
        ("hospital", "hospitals Krankenhäuser Kliniken hôpitaux hospitales"),
        ("canteen", "canteens Kantine Mensa cantines comedores"),
        ("mine", "mines Bergwerk Zeche minas canteras"),
        ("dam", "dams Staudamm Talsperre barrages presas embalses"),
        ("shipyard", "shipyards Werft Werften astilleros estaleiro estaleiros scheepswerf drassanes"),
        ("fish", "fish Fische Fischen poissons peces"),
        ("oil", "oil Heizöl Öl pétrole mazout gasóleo"),
        ("caustic_soda", "caustic Natronlauge soude sosa"),
        ("data", "data Daten données datos"),
        ("ransom", "ransom Lösegeld rançon"),
        ("drone", "drones Drohnen drone drones"),
        ("poisoning", "poisoning Vergiftungen intoxication intoxicaciones"),
        ("ransomware", "ransomware rançongiciel"),
        ("ban", "ban Verbot interdiction prohibición"),
        ("evacuated", "evacuated evakuiert évacuées desalojados"),
        ("buried", "buried verschüttet ensevelis sepultados"),
        ("stranded", "stranded gestrandet varados"),
        ("truck", "lorries Lastwagen camions camiones"),
        # Feminine forms of people and of what happened to them, none of them written.
        ("drivers", "chauffeuses conducteuses"),
        ("shut_down", "clausuradas"),
        ("sank", "chavirées"),
        ("pedestrians", "peatonas"),
    ],
)
def test_every_language_reads_one_concept(concept: str, forms: str) -> None:
    for form in forms.split():
        assert _read(form) == (concept,), form


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Papierfabrik", ("paper", "factory")),
        ("Fischsterben", ("fish",)),
        ("Ölteppich", ("oil",)),
        ("Motorradfahrer", ("motorbike", "drivers")),  # not "Motor|radfahrer", a cyclist
        ("Schulkantine", ("school", "canteen")),
        ("Patientendaten", ("patients", "data")),
        ("Autobahnbrücke", ("motorway", "bridge")),
        ("Containerschiff", ("container", "ship")),
        ("Dopingsperre", ("doping", "suspension")),
        ("Sportangler", ("anglers",)),
        ("Grundschülerinnen", ("pupils",)),
        ("Fahrverbot", ("ban",)),  # not "Fähre", a ferry
    ],
)
def test_a_german_compound_is_read_by_its_known_parts(word: str, parts: tuple[str, ...]) -> None:
    assert _read(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        # A known head after a syllable, not a modifier: "Kandi|daten", "Sol|daten" are no data.
        "Kandidaten", "Mandaten",
        # A verb's prefix before a known head: "Vor|urteil", "Ein|fluss", "Über|laden".
        "Vorurteil", "Einfluss", "überladen", "Durchmesser", "angeschlossen", "Abfluss",
        # The words every German report uses, of no concept and read as none.
        "Verwaltung", "Feuerwehr", "Staatsanwaltschaft", "Bürgermeisterin", "Bevölkerung",
        "Unternehmen", "Pressekonferenz", "Rettungsdienst", "Interessen", "vergessen",
        "Stellungnahme", "Katastrophenschutz", "Nachmittag", "Einsatzkräfte", "Mitteilung",
    ],
)  # fmt: skip
def test_no_false_split(word: str) -> None:
    assert _read(word) == ()


def test_a_word_that_tells_a_kind_of_event_is_no_concept() -> None:
    """Two fires of one town share "fire" in any language: the kind words stay as written
    (``tells_a_kind`` keeps them out of the distinctive count), nor does any concept
    read as one."""
    table, _, _ = tables()
    assert not [
        w for w, c in table.items() if (tells_a_kind(w) or tells_a_kind(c)) and c not in KIND_CONCEPTS
    ]
    # An evacuation or a ban in any language is read as one concept, and that concept tells
    # the kind: two evacuations of one town share it and know no more than their type.
    assert concepts_of("desalojados") == ("evacuated",) and tells_a_kind("evacuated")
    assert concepts_of("interdiction") == ("ban",) and tells_a_kind("ban")
    for word in ["brand", "hochwasser", "incendie", "incendios", "explosion", "crash"]:
        assert concepts_of(word) == ()
    # A compound keeps its thing, never its kind: "Lagerhallenbrand" is of a warehouse.
    assert _read("Lagerhallenbrand") == ("warehouse",)


def test_no_form_is_written_for_two_concepts() -> None:
    assert conflicts() == {}


def test_short_words_of_the_tables_are_not_function_words() -> None:
    """No short word a concept table reads is a function word of English or of a language
    the engine briefs: their lexicons keep the two apart. A Dutch or Catalan one ("van") is
    dropped only from its own language's reports (``merge.report_words``)."""
    from summarizer.daily.merge import STOPWORDS, _words_of_reports
    from summarizer.text.language import SUPPORTED

    assert {"gas", "bus", "oil", "ol"} <= short_concept_words()
    assert not short_concept_words() & STOPWORDS.union(*map(_words_of_reports, SUPPORTED))


def test_the_site_kinds_keep_every_language() -> None:
    assert set(THING_WORDS.values()) == SITE_KINDS
    for word in ["lagerhalle", "entrepot", "almacenes", "stadtbahnen", "hopitaux", "tranvias"]:
        assert word in THING_WORDS


@pytest.mark.parametrize(
    "hostile",
    [
        "schul" * 20_000,
        "a" * 100_000,
        "fabrik" * 10_000,
        "наводнениеfabrik",
        "papierfabrik" + "\u0301" * 50,
        "",
    ],
)
def test_hostile_words_are_read_fast(hostile: str) -> None:
    start = time.thread_time()
    concepts_of(hostile)
    concepts_of(fold_accents(hostile))
    assert time.thread_time() - start < 0.5
