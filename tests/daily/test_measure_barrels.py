"""What waste or chemicals are counted in, drums, barrels, casks, is one thing in every
language the merge reads: "42 drums of drug waste dumped", "42 vaten met drugsafval" and
"une quarantaine de fûts de déchets" count one thing, so the count is a figure the reports of
one dumping share (issue 25, day 82: drug waste dumped outside a Zeeland town, told in
English, Dutch and French). Before, each was keyed by its phrase's last word ("dumped",
"drugsafval", "drogue"). Tonnes are a weight, no barrel. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import count_measure, merged, one_incident


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("42 drums", "drums of drug waste dumped"),
        ("42 barrels", "barrels of chemical waste"),
        ("42 vaten", "vaten met drugsafval"),
        ("une quarantaine de fûts", "fûts de déchets de drogue"),
        ("42 Fässer", "Fässer mit Chemieabfällen"),
        ("42 bidones", "bidones de residuos químicos"),
        ("42 fusti", "fusti di rifiuti chimici"),
        ("42 barris", "barris de resíduos químicos"),
        ("42 barrils", "barrils de residus químics"),
    ],
)
def test_drums_and_barrels_are_one_thing_in_every_language(text: str, counted: str) -> None:
    assert count_measure(text, counted) == "other:barrel"


def test_tonnes_are_a_weight_not_barrels() -> None:
    assert count_measure("42 tonnes", "tonnes of chemical waste") != "other:barrel"


def _dumping(text: str, figure: str, value: int, counted: str, language: str) -> Briefed:
    return one_incident(
        text,
        type="other",
        place="Wendeloo",
        time="overnight",
        language=language,
        figures=[{"id": "f1", "text": figure, "value": value, "counted": counted, "category": "other"}],
    )


WIRE = "Police said 42 drums of chemical waste had been dumped overnight on farmland outside Wendeloo."
LOCAL = "Op een akker net buiten Wendeloo zijn vannacht 42 vaten met drugsafval gedumpt."
OTHER_LOCAL = "Op een akker net buiten Wendeloo zijn vannacht twaalf vaten met drugsafval gedumpt."


def test_one_dumping_counted_in_drums_and_in_vaten_is_one_event() -> None:
    day = merged(
        _dumping(WIRE, "42 drums", 42, "drums of drug waste dumped", "en"),
        _dumping(LOCAL, "42 vaten", 42, "vaten met drugsafval", "nl"),
    )
    assert [len(i.reports) for i in day.incidents] == [2]


def test_two_dumpings_counted_far_apart_stay_two() -> None:
    day = merged(
        _dumping(WIRE, "42 drums", 42, "drums of drug waste dumped", "en"),
        _dumping(OTHER_LOCAL, "twaalf vaten", 12, "vaten met drugsafval", "nl"),
    )
    assert len(day.incidents) == 2
