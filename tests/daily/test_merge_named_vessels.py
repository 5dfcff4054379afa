"""Two ships named by their reports that lose cargo off one cape on one night are two events,
however each report places them at the cape ("off Cape Morvan", "vor Cape Morvan": one
landmark, ``text.place_levels.landmark_of``); one ship named by two reports stays one event
(``daily.vessel_names``), and a German noun after the ship's kind ("nachdem der Frachter
Hilfe angefordert hatte") is no name that sets it apart from itself. Every report here is
invented."""

from __future__ import annotations

import pytest

from summarizer.daily.vessel_names import vessel_names
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


@pytest.mark.parametrize(
    ("language", "evidence", "name"),
    [
        # Quoted, after a prefix, or in first position, where the verb follows the whole subject.
        ("de", "Der Frachter „Baltic Star“ hat in der Nacht 40 Container verloren.", {"baltic", "star"}),
        ("de", "Die Küstenwache sah, wie der Frachter „Baltic Star“ Schlagseite bekam.", {"baltic", "star"}),
        ("de", "Der Frachter Baltic Star hat in der Nacht 40 Container verloren.", {"baltic", "star"}),
        ("de", "BREST (dpa) - Der havarierte Frachter Baltic Star treibt vor der Küste.", {"baltic", "star"}),
        ("de", "14:05 – Auf dem Schiff MS Europa brach ein Feuer aus.", {"europa"}),
        ("de", "Gestern meldete das Schiff MS Europa einen Brand.", {"europa"}),
        ("nl", "De tanker Baltic Star verloor vannacht 40 containers.", {"baltic", "star"}),
        ("nl", "De kustwacht zag hoe de tanker 'Baltic Star' slagzij maakte.", {"baltic", "star"}),
        ("en", "The cargo ship Elena Marr lost 12 containers overboard.", {"elena", "mar"}),  # folded
        ("en", "The ferry MV Elena Marr ran aground.", {"elena", "mar"}),  # no "mv" shared by all
        ("en", "The tanker Norwegian Star ran aground.", {"star"}),
        ("fr", "Au large, le chalutier Ker Anna a chaviré.", {"ker", "ana"}),  # spellings folded
        # Mid-clause, before an article, a figure or a preposition and its article; after a
        # comma or a conjunction of main clauses, where the clause's verb follows the subject.
        ("de", "In der Nacht verlor der Frachter Nordstern in der Nordsee 40 Container.", {"nordstern"}),
        ("de", "In der Nacht verlor der Frachter Nordstern 40 Container.", {"nordstern"}),
        ("de", "Vor Cape Morvan verlor der Frachter Baltic Star im Sturm die Ladung.", {"baltic", "star"}),
        ("de", "Gestern hat der Kutter Seemöwe einen Notruf abgesetzt.", {"semowe"}),
        ("de", "Der Sturm tobte, und der Frachter Seemöwe verlor 25 Container.", {"semowe"}),
        ("de", "Die Küstenwache meldete, der Frachter Seemöwe verlor 25 Container.", {"semowe"}),
        ("nl", "In de nacht verloor het vrachtschip Noordster 40 containers.", {"nordster"}),
        ("nl", "Gisteren verloor de tanker Noordster een deel van de lading.", {"nordster"}),
        ("nl", "Het schip Noordster liep vast.", {"nordster"}),
        # German nouns, objects and adverbs after the subject; places left in a verb-final clause.
        ("de", "Die Küstenwache wurde alarmiert, als das Schiff Kurs auf Brest nahm.", set()),
        ("de", "Gegen drei Uhr nahm das Schiff Kurs auf Brest.", set()),
        ("de", "Ein Schlepper lief aus, nachdem der Frachter Hilfe angefordert hatte.", set()),
        ("de", "In der Nacht verlor der Frachter Montagabend Container.", set()),
        ("de", "Nachdem der Frachter Hamburg verlassen hatte, geriet er in einen Sturm.", set()),
        ("nl", "Nadat de tanker Rotterdam had verlaten, kwam hij in een storm terecht.", set()),
        ("nl", "Gisteren verliet de ferry Zeebrugge met 300 passagiers.", set()),
        ("de", "Der Schlepper, dem der Frachter Signale gab, lief aus.", set()),  # a relative clause
        # English: a day told with no "on", a nation's adjective.
        ("en", "The coastguard boarded the vessel Tuesday after it lost 12 containers.", set()),
        ("en", "Police said the trawler British officials detained carried 2 tonnes.", set()),
    ],
)
def test_the_name_after_a_ship_s_kind(language: str, evidence: str, name: set[str]) -> None:
    assert {mark.rsplit(":", 1)[1] for mark in vessel_names(evidence, "accident", language)} == name


@pytest.mark.parametrize(
    "german",
    [
        "Ein Schlepper lief in der Nacht aus, nachdem der Frachter Hilfe angefordert hatte: 40 Container gingen "
        "vor Cape Morvan über Bord.",
        "In der Nacht nahm der Frachter Kurs auf Cape Morvan und verlor 40 Container, teilte die Küstenwache mit.",
        "Die Küstenwache teilte mit, dass der Frachter Schlagseite bekam und vor Cape Morvan 40 Container verlor.",
    ],
)
def test_a_german_noun_after_the_ship_s_kind_is_no_second_ship(german: str) -> None:
    named = _report("de", *OTHER_SHIP["de"])
    assert len(merged(named, _report("de", german, "vor Cape Morvan, Cornwall")).incidents) == 1


def test_two_german_ships_named_mid_clause_off_one_cape_are_two_events() -> None:
    # "verlor der Frachter Nordstern ...": a name after the verb, read before an article, a
    # figure or a preposition and its article, as the name in first position is.
    nordstern = _report(
        "de",
        "In der Nacht verlor der Frachter Nordstern 40 Container vor Cape Morvan, teilte die Küstenwache mit.",
        "vor Cape Morvan, Cornwall",
    )
    seemowe = _report(
        "de",
        "Vor Cape Morvan hat der Frachter Seemöwe in der Nacht 25 Container verloren, teilte die Küstenwache mit.",
        "vor Cape Morvan, Cornwall",
    )
    assert len(merged(nordstern, seemowe).incidents) == 2
