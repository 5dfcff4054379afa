"""Actors' names whole, as the daily merge needs them to join reports: a body's "General"
stays in its name, a plural possessive is the body's, a dateline is a place and no body, a
German name ends capitalised, and the people of a body are not part of its name. Invented
sentences, written for these tests."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def names(text: str, lang: str = "en") -> list[str]:
    return [a.name for a in ExtractiveEngine().brief(Article(text=text, language=lang), None).actors]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            'The General Dockworkers Union (GDU) called the decision "a blow".',
            "General Dockworkers Union",
        ),
        ("en", "Workers at Halden Motors' gearbox plant walked out on Tuesday.", "Halden Motors"),
        (
            "de",
            "Die Polizei zählte 150 Traktoren, der Kärntner Bauernverband selbst sprach von 300.",
            "Kärntner Bauernverband",
        ),
        (
            "de",
            "Die Gewerkschaft rief die Fahrerinnen und Fahrer der Grazer Linien GmbH zum Streik auf.",
            "Grazer Linien GmbH",
        ),
    ],
)
def test_a_name_is_read_whole(lang: str, text: str, name: str) -> None:
    assert name in names(text, lang)


def test_a_dateline_is_no_body() -> None:
    found = names("MARKET CROSS, Sept 16 (MW) - Two patients have died, health officials said.")
    assert not any("MARKET" in n.upper() and "CROSS" in n.upper() for n in found)


def test_a_body_named_by_its_noun_keeps_what_follows() -> None:
    text = "Ein Sprecher sagte, das Ministerium der Finanzen habe am Montag den Haushalt vorgelegt."
    assert "Ministerium der Finanzen" in names(text, "de")


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("de", "Die Partei von Landeshauptfrau Gruber stürzte auf 21 Prozent ab.", "Gruber", "person"),
        (
            "en",
            "Appliance maker Tellworth said on Wednesday it would close its factory.",
            "Tellworth",
            "organization",
        ),
        ("en", "The carmaker Veltra will cut 300 jobs.", "Veltra", "organization"),
    ],
)
def test_who_the_copy_introduces_by_office_or_trade(lang: str, text: str, name: str, kind: str) -> None:
    actors = ExtractiveEngine().brief(Article(text=text, language=lang), None).actors
    assert (name, kind) in [(a.name, a.kind) for a in actors]


def test_a_crane_operator_stays_a_person() -> None:
    text = "Crane operator Dale said the load had slipped."
    actors = ExtractiveEngine().brief(Article(text=text, language="en"), None).actors
    assert all(a.kind != "organization" for a in actors)
