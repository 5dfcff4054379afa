"""A report saying its event is "a second" or "another" one whose own article tells the
first at another place says nothing of two events at its own place: "In the afternoon a
second paragliding accident happened in the hamlet of Les Mayens", after the morning's at
the launch site, is the one accident of Les Mayens that another outlet tells in another
language (issue 25, day 84: a tandem on a chalet roof in a hamlet of Fiesch; a second cheese
cellar raided at Saint-Luc after the one at Grimentz; ``others_told_apart``). A second event
told at the same place as the first, or with no first beside it, still says the place holds
two (``one_place_prior``). Every report here is invented."""

from __future__ import annotations

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged

FIRST_FR = (
    "Samedi matin, un parapentiste s'est blessé en décollant de l'alpage de Planfin, au-dessus de Vercorin."
)
SECOND_FR = (
    "Dans l'après-midi, un second accident de parapente s'est produit au hameau des Mayens: "
    "un biplace a atterri dans un verger."
)
HAMLET_DE = (
    "Am Samstagnachmittag ist im Weiler Les Mayens oberhalb von Vercorin ein Tandemgleitschirm "
    "notgelandet. Die Passagierin wurde leicht verletzt."
)
HAMLET_IT = (
    "Sabato pomeriggio, nella frazione Les Mayens sopra Vercorin, un parapendio è atterrato "
    "male: ferita lievemente la passeggera."
)


def _two_accidents(first_place: str) -> Briefed:
    return briefed(
        f"{FIRST_FR} {SECOND_FR}",
        incidents=[
            {"id": "i1", "type": "accident", "place": first_place, "time": "Samedi matin", "evidence": FIRST_FR},
            {"id": "i2", "type": "accident", "place": "Les Mayens, Vercorin", "time": "Dans l'après-midi",
             "evidence": SECOND_FR},
        ],
    )  # fmt: skip


def _second_alone() -> Briefed:
    return briefed(
        SECOND_FR,
        incidents=[{"id": "i1", "type": "accident", "place": "Les Mayens, Vercorin", "time": "Dans l'après-midi",
                    "evidence": SECOND_FR}],
    )  # fmt: skip


def _hamlet(text: str, time: str) -> Briefed:
    return briefed(
        text,
        incidents=[{"id": "i1", "type": "accident", "place": "Les Mayens, Vercorin", "time": time,
                    "evidence": text.split(". ")[0]}],
    )  # fmt: skip


def _sizes(*items: Briefed) -> list[int]:
    return sorted(len(incident.reports) for incident in merged(*items).incidents)


def test_the_second_accident_after_a_first_told_elsewhere_joins_the_hamlets_reports() -> None:
    first_at_the_launch = _two_accidents("Alpage de Planfin, Vercorin")
    assert _sizes(first_at_the_launch, _hamlet(HAMLET_DE, "Am Samstagnachmittag")) == [1, 2]
    assert _sizes(first_at_the_launch, _hamlet(HAMLET_IT, "Sabato pomeriggio")) == [1, 2]


def test_a_second_accident_at_the_place_of_the_first_says_the_place_holds_two() -> None:
    # Both told at the hamlet: the German report may be of either.
    assert _sizes(_two_accidents("Les Mayens, Vercorin"), _hamlet(HAMLET_DE, "Am Samstagnachmittag")) == [
        1,
        1,
        1,
    ]


def test_a_second_accident_told_with_no_first_beside_it_says_the_place_holds_two() -> None:
    assert _sizes(_second_alone(), _hamlet(HAMLET_DE, "Am Samstagnachmittag")) == [1, 1]
