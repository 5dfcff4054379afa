"""Attribution cues of each family in German, French and Spanish, on invented sentences, and
what must not become a person: a German article and one capitalised noun."""

from __future__ import annotations

import pytest

from summarizer import Article, summarize


def speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    briefing = summarize(Article(text=text, language=lang))
    names = {a.id: a.name for a in briefing.actors}
    return [(q.text.strip(" ,."), names.get(q.speaker or "")) for q in briefing.quotes]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "„Wir haben keine Wahl“, sagte Anna Müller am Dienstag in Berlin.", "Anna Müller"),
        ("de", "„Die Lage ist ernst“, sagte der Polizeisprecher Jonas Becker.", "Jonas Becker"),
        ("de", "„Die Lage ist ernst“, so der Sprecher der Stadtwerke, Markus Weber.", "Markus Weber"),
        ("de", "Laut Sabine Keller ist die Lage ernst: „Wir warten ab.“", "Sabine Keller"),
        ("de", "Sabine Keller: »Wir warten ab.«", "Sabine Keller"),
        ("de", "„Es ist vorbei“, sagte Klaus Neumann dem SPIEGEL.", "Klaus Neumann"),
        ("fr", "« Nous n'avons pas le choix », a déclaré Marie Dubois mardi.", "Marie Dubois"),
        ("fr", "Selon Claire Bernard, « rien n'est joué ».", "Claire Bernard"),
        ("fr", "« Rien n'est joué », selon Claire Bernard.", "Claire Bernard"),
        (
            "fr",
            "Pierre Martin, maire de Lyon, a parlé. « La situation est grave », a-t-il ajouté.",
            "Pierre Martin",
        ),
        ("fr", "Jean Petit : « Rien n'est joué. »", "Jean Petit"),
        ("es", "«No tenemos opción», dijo Carmen López el martes.", "Carmen López"),
        ("es", "Según Javier Ruiz, «nada está decidido».", "Javier Ruiz"),
        ("es", "Javier Ruiz dijo: «Nada está decidido».", "Javier Ruiz"),
        ("es", "Según CC. OO., el paro sigue alto, «una cifra inaceptable».", "CC. OO"),
    ],
)
def test_each_cue_family_names_its_speaker(lang: str, text: str, speaker: str) -> None:
    assert [s for _, s in speakers(text, lang)] == [speaker]


def test_markus_weber_zufolge_names_him() -> None:
    found = speakers("Die Lage sei ernst, Markus Weber zufolge. „Wir warten ab“, sagte Weber.", "de")
    assert found == [("Wir warten ab", "Markus Weber")]


@pytest.mark.parametrize(
    "text",
    [
        "—No tenemos opción —dijo Carmen López—. Hay que actuar.",
        "— No tenemos opción — dijo Carmen López —. Hay que actuar.",
        "Carmen López llegó tarde.\n—No tenemos opción —dijo—. Hay que actuar.",
    ],
)
def test_both_halves_of_a_dialogue_line_are_the_speakers(text: str) -> None:
    assert speakers(text, "es") == [("No tenemos opción", "Carmen López"), ("Hay que actuar", "Carmen López")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Sicherheit sagte: „Nichts“.",
        "„Nichts“, sagte die Sicherheit.",
        "Der Streik sagte: „Nichts“.",
        "Der Bund erklärte: „Nichts“.",
        "Das Land betonte: „Nichts“.",
        "Die Bevölkerung sagte: „Nichts“.",
        "Die Verwaltung erklärte: „Nichts“.",
        "Den Streik nannte die Gewerkschaft „völlig berechtigt“.",
    ],
)
def test_a_german_article_and_a_capitalised_noun_is_no_person(text: str) -> None:
    briefing = summarize(Article(text=text, language="de"))
    assert [a.name for a in briefing.actors if a.kind == "person"] == []


def test_a_german_surname_alone_still_speaks() -> None:
    assert speakers("Am Montag sagte Weber: „Nichts“.", "de") == [("Nichts", "Weber")]


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        ("Grève\n\nLa CGT a appelé à une nouvelle journée de grève jeudi, selon un communiqué.", "fr", "CGT"),
        ("Streik\n\nDie Gewerkschaft GDL hat den Streik am Montag bis Freitag verlängert.", "de", "GDL"),
        (
            "Huelga\n\nLa patronal CEOE alertó el lunes de la falta de trabajadores en la hostelería.",
            "es",
            "CEOE",
        ),
    ],
)
def test_an_acronym_with_an_article_or_a_body_noun_is_a_body(text: str, lang: str, body: str) -> None:
    actors = {a.name: a.kind for a in summarize(Article(text=text, language=lang)).actors}
    assert actors.get(body) == "organization"


def test_initials_without_an_article_are_no_body() -> None:
    text = "Bericht\n\nDer Ermittler sprach mit TK und PL über den Fall, der seit Monaten läuft."
    names = {a.name for a in summarize(Article(text=text, language="de")).actors}
    assert not names & {"TK", "PL"}
