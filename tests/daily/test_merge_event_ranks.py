"""Reports that both give their event one rank among the day's of its kind ("A second diver,
a woman, was airlifted", "Deuxième accident de plongée de la journée", "Ein zweiter
Tauchunfall") tell one event, though each sets it apart from the day's first; a report of
the first stays apart from both (issue 25, day 77; ``ordinal_events``, ``event_marks``).
Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.ordinal_events import event_rank
from tests.daily.test_daily import briefed, merged


@pytest.mark.parametrize(
    ("evidence", "rank"),
    [
        ("A second diver, a woman, was airlifted off Capo Bianco.", 2),
        ("14h30 — Deuxième accident de plongée de la journée à Capo Bianco.", 2),
        ("Eine zweite Lawine ging am Nachmittag ab.", 2),
        ("Un segundo incendio quemó 40 hectáreas.", 2),
        ("Seconda frana in valle: chiusa la strada.", 2),
        ("Um terceiro acidente ocorreu à tarde.", 3),
        ("Second, the council said it would review the rules.", None),
        ("A second-hand car caught fire.", None),
        ("Police said a diver had died.", None),
        # Italian "secondo" and Portuguese "segundo" before a source are "according to".
        ("Secondo i carabinieri, il conducente è fuggito.", None),
        ("Secondo l'Arpa la nube non è tossica.", None),
        ("Segundo a PSP, três homens foram detidos.", None),
        ("Segundo fontes policiais, o carro fugiu para Espanha.", None),
        ("Segundo Rui Costa, o alarme tocou às 4h.", None),
        ("Secondo i vigili del fuoco. Una seconda frana è caduta alle 15.", 2),
        ("Segundo acidente do dia na A1 perto de Coimbra.", 2),
        # Only those two are "according to": a German noun and a headline's words are capitalised.
        ("Zweiter Lawinenabgang am Arlberg: zwei Skifahrer verschüttet.", 2),
        ("Zweite Explosion in Köln-Mülheim binnen einer Woche.", 2),
        ("Second Fire Hits Warehouse District", 2),
        ("Deuxième Accident sur la RN 20", 2),
    ],
)
def test_the_rank_a_report_gives_its_event(evidence: str, rank: int | None) -> None:
    assert event_rank(evidence) == rank


PLACE = "Capo Bianco, Corse-du-Sud"
FIRST = "A German diver, 54, died at Capo Bianco this morning after surfacing too fast."
SECOND = "A second diver, a woman, was airlifted off Capo Bianco this afternoon and is said to be conscious."
SECOND_IN = {
    "fr": "Deuxième accident de plongée de la journée à Capo Bianco : une plongeuse a été hélitreuillée vers 13 h 45.",
    "de": "Ein zweiter Tauchunfall am Capo Bianco: Eine Taucherin wurde gegen 13.45 Uhr ausgeflogen.",
}  # fmt: skip


WOMAN = {"fr": "une plongeuse", "de": "Eine Taucherin"}


def _injured(text: str) -> dict[str, object]:
    return {"id": "f9", "text": text, "value": 1, "counted": "diver airlifted", "category": "injured"}


def _one(text: str, time: str | None, language: str) -> object:
    made = briefed(
        text,
        incidents=[{"id": "i1", "type": "accident", "place": PLACE, "time": time, "evidence": text,
                    "casualty_figures": ["f9"]}],
        figures=[_injured(WOMAN[language])],
    )  # fmt: skip
    return type(made)(made.article, made.briefing.model_copy(update={"language": language}))


@pytest.mark.parametrize("language", sorted(SECOND_IN))
def test_two_reports_of_the_day_s_second_accident_are_one_and_the_first_stays_apart(language: str) -> None:
    radio = briefed(
        f"{FIRST} {SECOND}",
        incidents=[
            {"id": "i1", "type": "accident", "place": PLACE, "time": "this morning", "evidence": FIRST},
            {"id": "i2", "type": "accident", "place": PLACE, "time": "this afternoon", "evidence": SECOND,
             "casualty_figures": ["f9"]},
        ],
        figures=[_injured("a woman")],
    )  # fmt: skip
    other = _one(SECOND_IN[language], None, language)
    groups = sorted(sorted((r.article_id == radio.article.id, r.incident_id) for r in i.reports)
                    for i in merged(radio, other).incidents)  # fmt: skip
    assert groups == [[(False, "i1"), (True, "i2")], [(True, "i1")]]
