"""Two ships named by their reports that lose cargo off one cape on one night are two events,
however each report places them at the cape ("off Cape Morvan", "vor Cape Morvan": one
landmark, ``text.place_levels.landmark_of``); one ship named by two reports stays one event
(``daily.vessel_names``). Every report here is invented."""

from __future__ import annotations

import pytest

from tests.daily.test_daily import merged, one_incident

ELENA_MARR = (
    "en",
    "The cargo ship Elena Marr lost 12 containers overboard 10 nautical miles west of Cape Morvan "
    "overnight, the coastguard said.",
    "10 nautical miles west of Cape Morvan, Cornwall",
)
OTHER_SHIP = {
    "de": ("Der Frachter „Baltic Star“ hat in der Nacht vor Cape Morvan 40 Container verloren, teilte die "
           "Küstenwache mit.", "vor Cape Morvan, Cornwall"),
    "fr": ("Le porte-conteneurs Baltic Star a perdu 40 conteneurs dans la nuit au large de Cape Morvan, "
           "selon la garde-côtes.", "au large de Cape Morvan, Cornwall"),
    "es": ("El carguero Baltic Star perdió 40 contenedores durante la noche frente a Cape Morvan, según "
           "los guardacostas.", "frente a Cape Morvan, Cornwall"),
    "it": ("La nave Baltic Star ha perso 40 container nella notte al largo di Cape Morvan, secondo la "
           "guardia costiera.", "al largo di Cape Morvan, Cornwall"),
    "pt": ("O navio Baltic Star perdeu 40 contentores durante a noite ao largo de Cape Morvan, segundo a "
           "guarda costeira.", "ao largo de Cape Morvan, Cornwall"),
    "en": ("The freighter Baltic Star lost 40 containers off Cape Morvan overnight, the coastguard said.",
           "off Cape Morvan, Cornwall"),
}  # fmt: skip


def _report(language: str, text: str, place: str) -> object:
    return one_incident(text, type="accident", place=place, time="overnight", language=language)


@pytest.mark.parametrize("language", sorted(OTHER_SHIP))
def test_two_named_ships_losing_cargo_off_one_cape_are_two_events(language: str) -> None:
    other = _report(language, *OTHER_SHIP[language])
    assert len(merged(_report(*ELENA_MARR), other).incidents) == 2


def test_one_named_ship_told_at_two_precisions_stays_one_event() -> None:
    german = _report(
        "de",
        "Der Frachter „Elena Marr“ hat in der Nacht vor Cape Morvan zwölf Container verloren, teilte die "
        "Küstenwache mit.",
        "vor Cape Morvan, Cornwall",
    )
    assert len(merged(_report(*ELENA_MARR), german).incidents) == 1
