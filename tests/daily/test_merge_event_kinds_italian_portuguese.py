"""The kind of event a report tells (``kinds.event_kind``) read in Italian and Portuguese as in
the other languages the merge reads, and a German participle that puts "ge" inside its verb
("zusammengestossen"): a blog's entry telling a collision so and its later entry naming "the
collision" are of one kind, so they continue each other (issue 25, day 84: a paraglider
collision told by a ticker in German and a radio in Italian). Words that look alike but tell
no such event stay no kind. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.kinds import event_kind
from tests.daily.test_daily import briefed, merged


@pytest.mark.parametrize(
    ("evidence", "kind"),
    [
        ("Zwei Gleitschirme sind heute über dem Startplatz zusammengestossen.", "crash"),
        ("Zwei Lieferwagen sind auf der Dorfstrasse frontal zusammengeprallt.", "crash"),
        ("Due parapendii si sono scontrati stamattina sopra Bellaria.", "crash"),
        ("Un ciclista è stato investito da un furgone a Bellaria.", "crash"),
        ("Dois comboios colidiram esta manhã perto de Vilar.", "crash"),
        ("A colisão entre um autocarro e um camião fez dois feridos em Vilar.", "crash"),
        ("È crollato il tetto della palestra di Bellaria.", "collapse"),
        ("Desabou o telhado do pavilhão de Vilar.", "collapse"),
        ("Un'esplosione ha distrutto un capannone a Bellaria.", "fire"),
        ("Uma explosão destruiu um armazém em Vilar.", "fire"),
        ("L'alluvione ha allagato la piazza di Bellaria.", "weather"),
        ("As cheias do rio cortaram a estrada de Vilar.", "weather"),
        ("Un'ondata di calore colpisce Bellaria.", "heat"),
        ("Un pedone è stato investito da un'auto a Bellaria.", "crash"),
        ("Ciclista investito da un pirata della strada a Bellaria.", "crash"),
        # Struck by what is no vehicle: its own kind, not a crash.
        ("Due escursionisti investiti da una frana sopra Bellaria.", "weather"),
        ("Bellaria è stata investita da una tempesta.", "weather"),
        ("Uno scialpinista è stato investito da una valanga sopra Bellaria.", None),
        ("Un capannone è andato in fiamme a Bellaria.", "fire"),
        ("Un engin explosif a été neutralisé par les démineurs à Bellaria.", None),  # a bomb alert
        ("Le Fiamme Gialle hanno sequestrato 300 stecche di sigarette a Bellaria.", None),  # finance police
        ("As ruas de Vilar estavam cheias de manifestantes.", None),  # full of people
        # Look-alikes that tell no event: money invested, a full hall, an airlift.
        ("Il comune ha investito tre milioni nella nuova scuola di Bellaria.", None),
        ("A sala estava cheia para a reunião da câmara de Vilar.", None),
        ("Die Air Glacier hat einen Verletzten ausgeflogen.", None),
    ],
)
def test_italian_and_portuguese_reports_tell_their_kind_of_event(evidence: str, kind: str | None) -> None:
    assert event_kind(evidence) == kind


TICKER = (
    "TICKER: Unfälle in Gruonen\n"
    "10.50 Uhr – Über der Alp Gruonen sind heute Vormittag zwei Gleitschirme zusammengestossen.\n"
    "17.30 Uhr – Der Flugschulleiter sagt: Bei der Kollision vom Vormittag gab es zwei Verletzte.\n"
)
TICKER_FIRE = (
    "TICKER: Unfälle in Gruonen\n"
    "10.50 Uhr – Über der Alp Gruonen sind heute Vormittag zwei Gleitschirme zusammengestossen.\n"
    "17.30 Uhr – Auf der Alp Gruonen ist am Nachmittag ein Stall abgebrannt, ein Brand der Feuerwehr.\n"
)


def _ticker(text: str, kind: str = "accident") -> object:
    first, second = text.splitlines()[1:]
    return briefed(
        text,
        incidents=[
            {"id": "i1", "type": "accident", "place": "Alp Gruonen, Gruonen", "time": "heute Vormittag",
             "evidence": first},
            {"id": "i2", "type": kind, "place": "Alp Gruonen, Gruonen", "time": "17.30 Uhr", "evidence": second},
        ],
    )  # fmt: skip


RELEASE = (
    "Medienmitteilung: Am Montag um 10.45 Uhr kollidierten zwei Gleitschirme kurz nach dem Start "
    "auf der Alp Gruonen. Der Flugschulleiter zählt zwei Verletzte."
)


def _release() -> object:
    return briefed(
        RELEASE,
        incidents=[{"id": "i1", "type": "accident", "place": "Alp Gruonen, Gruonen", "time": "um 10.45 Uhr",
                    "evidence": RELEASE}],
    )  # fmt: skip


def test_a_tickers_collision_and_its_later_entry_on_the_collision_are_one_event() -> None:
    # The police release meets each entry; the ticker's two entries may join it only if
    # they continue each other (``live_entries.one_article_apart``).
    (incident,) = merged(_ticker(TICKER), _release()).incidents  # type: ignore[arg-type]
    assert len(incident.reports) == 3


def test_a_tickers_collision_and_a_fire_at_its_place_stay_two_events() -> None:
    sizes = sorted(len(i.reports) for i in merged(_ticker(TICKER_FIRE), _release()).incidents)  # type: ignore[arg-type]
    assert sizes == [1, 2]
