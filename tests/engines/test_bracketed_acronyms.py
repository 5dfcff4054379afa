"""A body's name before its acronym in brackets, and an acronym spelt out in brackets, in
every language (invented sentences)."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.bracketed_acronyms import expands


def actors(text: str, lang: str) -> dict[str, tuple[str, set[str]]]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return {a.name: (a.kind, set(a.aliases)) for a in briefing.actors}


@pytest.mark.parametrize(
    ("lang", "text", "name", "acronym"),
    [
        (
            "es",
            "La fuga empezó en la fábrica de Cerámicas del Tajo (CETASA) en Toledo.",
            "Cerámicas del Tajo",
            "CETASA",
        ),
        (
            "es",
            "Según la Mancomunidad de Aguas del Sorbe (MAS), el suministro volverá el lunes.",
            "Mancomunidad de Aguas del Sorbe",
            "MAS",
        ),
        (
            "de",
            "Die Landesanstalt für Wasserschutz (LAW) hat Proben genommen.",
            "Landesanstalt für Wasserschutz",
            "LAW",
        ),
        (
            "de",
            "Die Nordbrücke Verkehrsbetriebe GmbH (NVB) stellt den Betrieb ein.",
            "Nordbrücke Verkehrsbetriebe GmbH",
            "NVB",
        ),
        (
            "de",
            "Die Baltische Fähr-Reederei mbH (BFR) erstattet den Fahrpreis.",
            "Baltische Fähr-Reederei mbH",
            "BFR",
        ),
        (
            "fr",
            "La Laiterie savoyarde de Thônes (LST) a rappelé ses fromages.",
            "Laiterie savoyarde de Thônes",
            "LST",
        ),
        (
            "en",
            "The Western Haulage Union (WHU), which represents drivers, called a strike.",
            "Western Haulage Union",
            "WHU",
        ),
        (
            "it",
            "L'Agenzia Regionale per la Tutela del Mare (ARTM) ha chiuso la spiaggia.",
            "Agenzia Regionale per la Tutela del Mare",
            "ARTM",
        ),
    ],
)
def test_the_name_before_a_bracketed_acronym_is_a_body(lang: str, text: str, name: str, acronym: str) -> None:
    found = actors(text, lang)
    assert name in found
    kind, aliases = found[name]
    assert kind in {"organization", "government"}
    assert acronym in aliases


def test_a_later_mention_by_acronym_is_the_same_body() -> None:
    text = (
        "Die Landesanstalt für Wasserschutz (LAW) hat am Montag Proben genommen. "
        "Die LAW will die Ergebnisse am Freitag veröffentlichen."
    )
    found = actors(text, "de")
    assert list(found) == ["Landesanstalt für Wasserschutz"]


def test_an_acronym_spelt_out_in_brackets_takes_the_spelling_as_an_alias() -> None:
    text = "Le GIGN (Groupe d'intervention de la gendarmerie nationale) est arrivé sur place vers midi."
    found = actors(text, "fr")
    assert "Groupe d'intervention de la gendarmerie nationale" in found["GIGN"][1]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A person's name and initials, a party after a politician, a ticker, a quarter.
        ("en", "Ana Ruiz (AR) said the plan would fail, speaking in Leeds on Monday."),
        ("de", "Olaf Scholz (SPD) sagte am Montag, die Regierung werde handeln."),
        ("en", "Sales rose 12 per cent in the quarter (Q3) at Tesla (TSLA), the group said."),
        # Initials that do not spell the words before them.
        ("es", "Los vecinos de Torrejón (PSOE) protestaron contra el cierre del ambulatorio."),
    ],
)
def test_brackets_after_no_body_name_make_no_body(lang: str, text: str) -> None:
    found = actors(text, lang)
    assert not any(
        kind in {"organization", "government"} and len(name.split()) > 1 for name, (kind, _) in found.items()
    )


def test_the_name_stays_inside_its_clause() -> None:
    # "Alberto Ruiz, de" is no part of the body: the comma ends the clause.
    found = actors("Ayer Alberto Ruiz, de Acciona Energía (AE), presentó su dimisión.", "es")
    assert "Acciona Energía" in found
    assert not any("Ruiz" in name and kind != "person" for name, (kind, _) in found.items())


def test_a_lower_case_noun_of_an_acronym_is_no_body_of_a_place() -> None:
    # "comité de empresa de EQA" is a part of EQA, not a body named for a place "EQA".
    found = actors("El comité de empresa de EQA denunció la falta de inversiones en la planta.", "es")
    assert "empresa de EQA" not in found


@pytest.mark.parametrize(
    ("acronym", "words", "expected"),
    [
        ("EQA", ["Electroquímica", "del", "Arga"], True),
        ("HKG", ["Hanseatische", "Kreuzfahrt-Gesellschaft", "mbH"], True),
        ("EQA", ["planta", "de", "Electroquímica", "del", "Arga"], False),
        ("AB", ["Alpha"], False),  # one word: a name and its ticker, as often as a body
        ("ABC", ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"], False),
        ("A1", ["Autobahn", "1"], False),
    ],
)
def test_expands(acronym: str, words: list[str], expected: bool) -> None:
    assert expands(acronym, words) is expected


def test_hostile_runs_stay_fast() -> None:
    text = ("Aa " * 5000 + "(AAAAAAA) ") * 3 + "(" * 3000 + "ABC" + ")" * 3000
    started = time.thread_time()
    actors(text, "es")
    assert time.thread_time() - started < 10
