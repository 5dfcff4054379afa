"""A live blog's entries are reports of their own: two entries may tell one event, its first
word and its update, when they continue each other (same type, kind and place, neither
saying its event is another); a blog's look-alikes (a second avalanche, two accidents of
one port, a scare in the next village) stay apart (issue 25). Every report is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.passages import LIVE_ENTRY
from tests.daily.test_daily import briefed, merged


def _blog(header: str, entries: list[tuple[str, str, str, str]]) -> list[int]:
    """The sizes of the merged incidents of a blog whose entries are (clock, evidence, type,
    place), one line each under its header."""
    text = "\n".join([header, *(f"{clock} {evidence}" for clock, evidence, _, _ in entries)])
    item = briefed(
        text,
        incidents=[
            {"id": f"i{n}", "type": kind, "place": place, "location": evidence, "evidence": evidence}
            for n, (_, evidence, kind, place) in enumerate(entries, start=1)
        ],
    )
    return sorted(len(incident.reports) for incident in merged(item).incidents)


@pytest.mark.parametrize(
    ("header", "entries"),
    [
        ("LIVE: Bellmar port", [
            ("13:05 -", "Health officials say a decision on letting the Estrella's passengers off the ship "
             "in Bellmar is expected this afternoon.", "political_decision", "Bellmar"),
            ("16:20 -", "Decision: healthy Estrella passengers can leave the ship in Bellmar from 6pm, "
             "health officials say.", "political_decision", "Bellmar"),
        ]),
        ("Liveticker: Lawinen im Kelbachtal", [
            ("10.50 Uhr:", "Grosse Lawine im Skigebiet Hochkelm: Mehrere Wintersportler sind verschüttet.",
             "disaster", "Hochkelm"),
            ("13.05 Uhr:", "Die Polizei bestätigt drei Todesopfer der Lawine im Skigebiet Hochkelm.",
             "disaster", "Hochkelm"),
        ]),
        ("EN DIRECT – Atterrissage d'urgence à Morvillers", [
            ("07h58 –", "Un avion de ligne a atterri en urgence à l'aérodrome de Morvillers après de la "
             "fumée à bord.", "accident", "Morvillers"),
            ("12h20 –", "Les pompiers corrigent le bilan de l'atterrissage d'urgence à l'aérodrome de "
             "Morvillers : douze blessés légers à bord.", "accident", "Morvillers"),
        ]),
        ("DIRECTO | Olmeda", [
            ("13.05", "Sanidad decidirá esta tarde si los pasajeros del crucero Estrella pueden "
             "desembarcar en Olmeda.", "political_decision", "Olmeda"),
            ("16.20", "Sanidad decide que los pasajeros sanos del crucero Estrella pueden desembarcar "
             "en Olmeda desde las 18.00.", "political_decision", "Olmeda"),
        ]),
    ],
)  # fmt: skip
def test_two_entries_of_a_blog_that_continue_one_event_are_one_incident(
    header: str, entries: list[tuple[str, str, str, str]]
) -> None:
    assert _blog(header, entries) == [2]


@pytest.mark.parametrize(
    ("header", "entries"),
    [
        # another event of a kind, said so
        ("EN DIRECT – Avalanche dans le val de Morge", [
            ("11h05 –", "Une avalanche est descendue au-dessus de Verlens, sur la commune de Morge.",
             "disaster", "Verlens"),
            ("15h10 –", "Une deuxième avalanche a recouvert la route cantonale au-dessus de Verlens.",
             "disaster", "Verlens"),
        ]),
        # two accidents of one port, of two kinds
        ("LIVE: Harbourtown's Tuesday", [
            ("09:15 -", "A crane operator has been killed at the Harbourtown container terminal.",
             "accident", "Harbourtown"),
            ("17:05 -", "Evening sailings from Harbourtown are cancelled after a gangway collapse at the "
             "ferry terminal.", "accident", "Harbourtown"),
        ]),
        # a scare in the next village: another place
        ("DIRECTO | Derrumbe en el vertedero de Arrieta", [
            ("08.05", "Un enorme deslizamiento de basura en el vertedero de Arrieta ha alcanzado la carretera "
             "a la altura de Lekuona.", "disaster", "Lekuona"),
            ("11.15", "Otro susto en Arrieta: un argayo ha cortado la carretera local que sube al barrio "
             "de Goiko.", "disaster", "Arrieta"),
        ]),
        # two blackouts, two quarters of one town, both named
        ("LIVEBLOG | Stromausfall in Kelbach", [
            ("09:35 –", "In der Kelbacher Weststadt ist seit 9.12 Uhr der Strom ausgefallen.", "other",
             "Kelbach"),
            ("18:55 –", "Schon wieder dunkel: In der Kelbacher Oststadt sind 4.000 Haushalte ohne Strom.",
             "other", "Kelbach"),
        ]),
    ],
)  # fmt: skip
def test_look_alike_entries_of_one_blog_stay_apart(
    header: str, entries: list[tuple[str, str, str, str]]
) -> None:
    assert _blog(header, entries) == [1, 1]


def test_two_incidents_of_one_plain_article_still_never_merge() -> None:
    text = (
        "Health officials say a decision on the Estrella's passengers in Bellmar is expected today.\n"
        "Decision: healthy Estrella passengers can leave the ship in Bellmar, health officials say."
    )
    first, second = text.split("\n")
    item = briefed(
        text,
        incidents=[
            {"id": "i1", "type": "political_decision", "place": "Bellmar", "evidence": first},
            {"id": "i2", "type": "political_decision", "place": "Bellmar", "evidence": second},
        ],
    )
    assert len(merged(item).incidents) == 2


@pytest.mark.parametrize(
    "line",
    ["13:05 Nordlicht: a decision is due", "7.55pm - Hundreds gathered", "08.05 Un enorme deslizamiento",
     "16.40 Uhr: Die Evakuierung", "19 h 35 – Autre sujet", "10:48 „Schüsse“ gemeldet"],
)  # fmt: skip
def test_an_entry_opens_on_its_clock_with_or_without_a_dash(line: str) -> None:
    assert LIVE_ENTRY.match(line)


@pytest.mark.parametrize(
    "line",
    ["12.50 euros per ticket", "10.000 Menschen demonstrierten", "2.386 Passagiere", "13:05", "1:5 Niederlage",
     "12.5 Millionen Euro", "14:30uhr"],
)  # fmt: skip
def test_figures_and_scores_at_a_line_start_open_no_entry(line: str) -> None:
    assert not LIVE_ENTRY.match(line)


def test_a_run_of_blanks_after_a_clock_is_read_in_linear_time() -> None:
    started = time.thread_time()
    for hostile in ("12:00" + " " * 100_000 + "x", "12:00" + " \t" * 50_000 + "uhr" + " " * 50_000 + "1"):
        assert not LIVE_ENTRY.match(hostile)
    assert time.thread_time() - started < 1.0
