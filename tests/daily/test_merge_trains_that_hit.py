"""A train or a car that "has hit" something (a live blog's present perfect), "colheu" or
"embateu" (Portuguese) tells a crash, and "camiões" are lorries in Portuguese as "camiones"
are in Spanish (issue 25, day 92: "07:52 - A regional train has hit a van at a level
crossing near Caminha" told no kind, so the blog's later entry on "the level-crossing crash"
could not continue it, and "mais quatro camiões" counted "Tui", not lorries). A farmer who
"colheu as uvas" harvested them, and an arch "embatido" by a lorry fell: no crash read from
them. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.kinds import event_kind
from tests.daily.test_daily import briefed, count_measure, merged


@pytest.mark.parametrize(
    ("evidence", "kind"),
    [
        ("07:52 - A regional train has hit a van at a level crossing near Outeirelo.", "crash"),
        ("A bus had struck a cyclist outside the school before the lights changed.", "crash"),
        ("Um comboio regional colheu uma carrinha na passagem de nível de Vilar Seco.", "crash"),
        ("O peão foi colhido por um carro na avenida de Vilar.", "crash"),
        ("O camião embateu num muro à entrada de Vilar.", "crash"),
        ("Um comboio da mesma linha colheu dois tratores agrícolas.", "crash"),
        # Harvested, not hit: no event of any kind.
        ("O agricultor colheu as uvas mais cedo este ano em Vilar.", None),
        ("A cooperativa colheu a azeitona toda numa semana.", None),
    ],
)
def test_a_vehicle_that_hit_something_tells_a_crash(evidence: str, kind: str | None) -> None:
    assert event_kind(evidence) == kind


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("mais quatro camiões", "camiões atacados em Soutelo"),
        ("onze camiões", "camiões esvaziados"),
        ("dois caminhões", "caminhões roubados"),
        ("cuatro camiones", "camiones con el depósito vaciado en Soutelo"),
        ("four lorries", "lorries drained in Soutelo"),
    ],
)
def test_lorries_are_one_thing_in_portuguese_too(text: str, counted: str) -> None:
    assert count_measure(text, counted) == "other:lorry"


BLOG = (
    "LIVE: the Minho line today\n"
    "07:52 - A regional train has hit a van at a level crossing near Outeirelo this morning.\n"
    "10:15 - Outeirelo's firefighters now say five people were hurt in the level-crossing crash.\n"
)
WIRE = (
    "A regional train hit a van at the level crossing of Vilar Seco, near Outeirelo, this morning; "
    "five people were hurt, the van's driver seriously."
)


def test_a_blogs_first_word_of_a_train_that_hit_a_van_continues_into_its_crash_update() -> None:
    """The wire meets both entries; the blog's two entries join it only if they continue
    each other (``live_entries.one_article_apart``), which takes one kind of event told."""
    first, second = BLOG.splitlines()[1:]
    injured = {"text": "five people", "value": 5, "category": "injured", "counted": "hurt in the crash"}
    blog = briefed(
        BLOG,
        incidents=[
            {"id": "i1", "type": "accident", "place": "Outeirelo", "time": "this morning", "evidence": first},
            {"id": "i2", "type": "accident", "place": "Outeirelo", "time": "10:15", "evidence": second,
             "casualty_figures": ["f1"]},
        ],
        figures=[{"id": "f1", **injured}],
    )  # fmt: skip
    wire = briefed(
        WIRE,
        incidents=[{"id": "i1", "type": "accident", "place": "level crossing of Vilar Seco, Outeirelo",
                    "time": "this morning", "evidence": WIRE, "casualty_figures": ["f1"]}],
        figures=[{"id": "f1", **injured}],
    )  # fmt: skip
    day = merged(blog, wire)
    assert [len(i.reports) for i in day.incidents] == [3], [
        [r.incident_id for r in i.reports] for i in day.incidents
    ]
