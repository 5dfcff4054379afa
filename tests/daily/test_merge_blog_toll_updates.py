"""A live blog's later entry that gives the toll or the aftermath of the event an earlier entry
told, with no word for the kind of event ("15.12 Uhr: In der Laubengasse ist ein Gerüst
eingestürzt", "16.30 Uhr: Das Rote Kreuz spricht von sieben Verletzten"), continues that
entry: a wire telling the event joins both (issue 25, days 61, 70, 72, 84: a scaffold
collapse, a wrong-way crash, a gas blast, a paraglider collision). An entry counting people
harmed of another kind (the dead beside the injured) is another event still, as the crane
operator killed in the morning and the gangway collapse of the afternoon at one port
(``live_entries.entries_continue``); so may an entry with neither a kind nor a figure (the
blog look-alikes of ``test_merge_blog_entries``). Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged


def _blog(place: str, entries: list[tuple[str, str, list[tuple[str, int, str]]]]) -> Briefed:
    """A blog whose entries are (clock, evidence, [(figure text, value, category)])."""
    text = "LIVE\n" + "\n".join(f"{clock} {evidence}" for clock, evidence, _ in entries)
    figures = [
        {"id": f"f{n}{m}", "text": t, "value": v, "category": c}
        for n, (_, _, found) in enumerate(entries, start=1)
        for m, (t, v, c) in enumerate(found, start=1)
    ]
    incidents = [
        {"id": f"i{n}", "type": "accident", "place": place, "time": clock.rstrip(" -–:"), "evidence": evidence,
         "casualty_figures": [f"f{n}{m}" for m in range(1, len(found) + 1)]}
        for n, (clock, evidence, found) in enumerate(entries, start=1)
    ]  # fmt: skip
    return briefed(text, incidents=incidents, figures=figures)


def _wire(text: str, place: str, figures: list[tuple[str, int, str]]) -> Briefed:
    return briefed(
        text,
        incidents=[{"id": "i1", "type": "accident", "place": place, "time": None, "evidence": text,
                    "casualty_figures": [f"f{n}" for n in range(1, len(figures) + 1)]}],
        figures=[{"id": f"f{n}", "text": t, "value": v, "category": c}
                 for n, (t, v, c) in enumerate(figures, start=1)],
    )  # fmt: skip


def _sizes(*items: Briefed) -> list[int]:
    return sorted(len(incident.reports) for incident in merged(*items).incidents)


def test_a_tickers_toll_entry_continues_its_collapse_entry_in_german() -> None:
    ticker = _blog(
        "Laubengasse, Marein",
        [
            ("15.12 Uhr:", "In der Laubengasse ist ein Baugerüst eingestürzt.", []),
            ("16.30 Uhr:", "Das Rote Kreuz spricht inzwischen von sieben Verletzten.",
             [("sieben Verletzten", 7, "injured")]),
        ],
    )  # fmt: skip
    wire = _wire(
        "In der Laubengasse in Marein ist am Nachmittag ein Baugerüst eingestürzt; das Rote Kreuz zählt "
        "sieben Verletzte.",
        "Laubengasse, Marein",
        [("sieben Verletzte", 7, "injured")],
    )
    assert _sizes(ticker, wire) == [3]


def test_a_blogs_toll_entry_continues_its_crash_entry_in_english() -> None:
    blog = _blog(
        "Kestle Road, Amberfold",
        [
            ("06:25", "Kestle Road is closed after a head-on crash involving a wrong-way driver.", []),
            ("08:10", "One person has died: the wrong-way driver, a 78-year-old man.", [("One person", 1, "killed")]),
        ],
    )  # fmt: skip
    wire = _wire(
        "A 78-year-old wrong-way driver died in a head-on crash on Kestle Road in Amberfold.",
        "Kestle Road, Amberfold",
        [("A 78-year-old wrong-way driver", 1, "killed")],
    )
    assert _sizes(blog, wire) == [3]


def test_an_entry_counting_the_dead_stays_apart_from_one_counting_the_injured_of_a_collapse() -> None:
    blog = _blog(
        "Carrow Quay",
        [
            ("09:15", "A crane operator has been killed at the Carrow Quay container terminal.",
             [("A crane operator", 1, "killed")]),
            ("17:05", "Evening sailings from Carrow Quay are cancelled after a gangway collapse; four "
             "passengers are in hospital.", [("four passengers", 4, "injured")]),
        ],
    )  # fmt: skip
    wire = _wire(
        "Four passengers were hurt when a gangway collapsed at the Carrow Quay ferry terminal; sailings "
        "are cancelled.",
        "Carrow Quay",
        [("Four passengers", 4, "injured")],
    )
    assert _sizes(blog, wire) == [1, 2]


@pytest.mark.parametrize(
    ("place", "entries"),
    [
        ("Marein", [
            ("09:05 Uhr:", "In Marein ist ein Baugerüst eingestürzt, zwei Arbeiter sind verletzt.",
             [("zwei Arbeiter", 2, "injured")]),
            ("14:30 Uhr:", "Ebenfalls in Marein: Ein Kind ist von einem Hund gebissen worden und leicht verletzt.",
             [("Ein Kind", 1, "injured")]),
        ]),
        ("Amberfold", [
            ("09:05 -", "Scaffolding has collapsed in Amberfold; two workers are injured.",
             [("two workers", 2, "injured")]),
            ("14:30 -", "Also in Amberfold: a child has been bitten by a dog and is slightly hurt.",
             [("a child", 1, "injured")]),
        ]),
        ("Morvillers", [
            ("09h05 –", "Un échafaudage s'est effondré à Morvillers, deux ouvriers sont blessés.",
             [("deux ouvriers", 2, "injured")]),
            ("14h30 –", "Également à Morvillers : un enfant a été mordu par un chien, il est légèrement blessé.",
             [("un enfant", 1, "injured")]),
        ]),
        ("Olmeda", [
            ("09.05", "Se derrumba un andamio en Olmeda: dos obreros resultan heridos.",
             [("dos obreros", 2, "injured")]),
            ("14.30", "También en Olmeda, un niño ha sido mordido por un perro y está herido leve.",
             [("un niño", 1, "injured")]),
        ]),
        ("Zandvoorde", [
            ("09.05 -", "In Zandvoorde is een steiger ingestort, twee bouwvakkers raakten gewond.",
             [("twee bouwvakkers", 2, "injured")]),
            ("14.30 -", "Ook in Zandvoorde: een kind is door een hond gebeten en licht gewond.",
             [("een kind", 1, "injured")]),
        ]),
    ],
)  # fmt: skip
def test_an_entry_opening_on_also_in_its_place_tells_another_event_there(
    place: str, entries: list[tuple[str, str, list[tuple[str, int, str]]]]
) -> None:
    # "Ebenfalls in Marein: ..." gives its own figures of another event at the place named
    # before, not the toll of the entry above it.
    assert _sizes(_blog(place, entries)) == [1, 1]
