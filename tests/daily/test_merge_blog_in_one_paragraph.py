"""A live blog whose line breaks were lost, read as one paragraph ("Fil info Corse Direct.
09h58 — Ce matin, alerte aux Lavezzi ... 11h15 — Le plongeur est décédé. 14h30 — Deuxième
accident de plongée ..."), is a blog of entries all the same: each entry is a report of its
own, and its first word on an event joins the wire's report of it (issue 25, day 77: the
09h58 alert stayed alone, as one report of the 11h15 entry's article could not join a
cluster holding another; ``passages.entry_starts``). A wire's one clock after a sentence
("Police arrived. 10:15 - ...") is no blog; two people of one surname in one blog are two
(``passage_people``). Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.passages import entry_minutes, live_entry_at
from tests.daily.test_daily import briefed, merged

BLOGS = {
    "fr": (
        "Fil info Radio Sud. ",
        [("09h58 — ", "Ce matin, alerte à la Pointe Rossa : un plongeur en arrêt cardiaque après une remontée."),
         ("11h15 — ", "Le plongeur, un touriste allemand, est décédé."),
         ("14h30 — ", "Une plongeuse a été hélitreuillée vers 13 h 45 au large de Capo Bianco après un malaise.")],
    ),
    "en": (
        "South Coast live. ",
        [("09:58 - ", "This morning, alert at Pointe Rossa: a diver in cardiac arrest after surfacing."),
         ("11:15 - ", "The diver, a German tourist, has died."),
         ("14:30 - ", "A woman diver was airlifted at about 13:45 off Capo Bianco after feeling unwell.")],
    ),
    "de": (
        "Liveticker Südküste. ",
        [("09.58 Uhr: ", "Heute Morgen Alarm an der Pointe Rossa: ein Taucher mit Herzstillstand nach dem Auftauchen."),
         ("11.15 Uhr: ", "Der Taucher, ein deutscher Urlauber, ist gestorben."),
         ("14.30 Uhr: ", "Eine Taucherin wurde gegen 13.45 Uhr vor Capo Bianco nach einem Unwohlsein ausgeflogen.")],
    ),
}  # fmt: skip
PLACES = ["Pointe Rossa, Corse-du-Sud", "Pointe Rossa, Corse-du-Sud", "Capo Bianco, Corse-du-Sud"]
WIRE = (
    "A German diver, 54, died on Thursday morning after surfacing too fast from a dive at Pointe Rossa, "
    "in Corsica; a helicopter flew him to hospital in cardiac arrest."
)


def _blog(language: str) -> object:
    header, entries = BLOGS[language]
    text = header + " ".join(clock + evidence for clock, evidence in entries)
    made = briefed(
        text,
        incidents=[
            {"id": f"i{n}", "type": "accident", "place": place, "time": None, "evidence": evidence}
            for n, ((_, evidence), place) in enumerate(zip(entries, PLACES, strict=True), start=1)
        ],
    )
    return type(made)(made.article, made.briefing.model_copy(update={"language": language}))


@pytest.mark.parametrize("language", sorted(BLOGS))
def test_each_entry_of_a_blog_in_one_paragraph_is_a_report_of_its_own(language: str) -> None:
    header, entries = BLOGS[language]
    text = header + " ".join(clock + evidence for clock, evidence in entries)
    starts = [live_entry_at(text, text.index(evidence)) for _, evidence in entries]
    assert starts == [text.index(clock) for clock, _ in entries]
    assert live_entry_at(text, 2) is None  # the blog's heading is no entry
    assert [minute for _, minute in entry_minutes(text)] == [598, 675, 870]


@pytest.mark.parametrize("language", sorted(BLOGS))
def test_a_blog_in_one_paragraph_joins_its_first_word_and_its_update_to_the_wire(language: str) -> None:
    wire = briefed(
        WIRE, incidents=[{"id": "i1", "type": "accident", "place": PLACES[0], "time": "Thursday morning",
                          "evidence": WIRE}],
    )  # fmt: skip
    sizes = sorted(len(incident.reports) for incident in merged(_blog(language), wire).incidents)
    assert sizes == [1, 3]


def test_a_wire_s_one_clock_after_a_sentence_opens_no_entry() -> None:
    text = "Police arrived at the quay. 10:15 - officers said the harbour was closed."
    assert live_entry_at(text, text.index("officers")) is None


def test_two_people_of_one_name_s_entries_in_a_blog_in_one_paragraph_stay_two_events() -> None:
    text = (
        "Port Calder live, Tuesday. 09:12 - Pickets outside the hospital since dawn. 15:48 - Not guilty: "
        "ex-councillor Marcus Marsh leaves court to applause. 16:30 - Kevin Marsh, 54, is led down to the "
        "cells after his sentence."
    )
    blog = briefed(
        text,
        actors=[("a1", "Marcus Marsh", "person"), ("a2", "Kevin Marsh", "person")],
        incidents=[
            {"id": "i1", "type": "other", "place": "Port Calder", "time": "Tuesday",
             "evidence": "Not guilty: ex-councillor Marcus Marsh leaves court to applause."},
            {"id": "i2", "type": "other", "place": "Port Calder", "time": "Tuesday",
             "evidence": "Kevin Marsh, 54, is led down to the cells after his sentence."},
        ],
    )  # fmt: skip
    assert len(merged(blog).incidents) == 2
