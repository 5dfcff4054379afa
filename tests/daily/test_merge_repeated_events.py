"""A report that opens on its event as a repeat ("Schon wieder Kohlenmonoxid in Mühlhagen",
"Encore une fois, un incendie", "De nuevo, un incendio") says the day holds two events of its
kind there: its place does not tie it to the other one, nor does what it says happened
again (issue 25, the whole flow: a flat's carbon-monoxide poisoning, told in a live ticker
as "Schon wieder Kohlenmonoxid", joined the sports hall's of the same town and day). Every
report here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.passages import repeated_thing
from summarizer.daily.reports import report_evidence
from summarizer.models import Incident
from summarizer.models.common import Span
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("evidence", "thing"),
    [
        (
            "21.35 Uhr: Schon wieder Kohlenmonoxid in Dornbach: In einer Wohnung ...",
            "Kohlenmonoxid in Dornbach",
        ),
        ("Erneut brennt es in Dornbach: ein Schuppen steht in Flammen.", "brennt es in"),
        ("Once again, a lorry has shed its load on the A7.", "a lorry has"),
        ("VALRAS – Encore une fois, un incendie a ravagé une cave.", "un incendie a"),
        ("De nuevo, un incendio en Roblar obligó a desalojar una granja.", "un incendio en"),
        ("Di nuovo una fuga di gas a Pontevico.", "una fuga di"),
        ("Outra vez, um incêndio em Vilar.", "um incêndio em"),
        # Another event of the day's, past an entry's clock, whatever its noun.
        ("11.15 Otro susto en Valdemora: un argayo ha cortado la carretera.", "susto en Valdemora"),
        ("Another scare at the dam: water was released again.", "scare at the"),
        ("Une autre alerte à Valras : une cave évacuée.", "alerte à Valras"),
        # One more event at a place named before, past an entry's clock.
        ("14:30 Uhr: Ebenfalls in Marein: Ein Kind ist gebissen worden.", "Marein"),
        ("Auch in Dornbach stürzte ein Baum auf die Straße.", "Dornbach stürzte ein"),
        ("Également à Valras, un enfant a été mordu.", "Valras"),
        ("14.30 También en Roblar, un niño ha sido mordido.", "Roblar"),
        ("Anche ad Arcene un bambino è stato morso.", "Arcene un bambino"),
        ("Ook in Zandvoorde: een kind is gebeten.", "Zandvoorde"),
        # An update of one event, or a thing named for renewal: no second event.
        ("Auch in der Nacht waren die Feuerwehren im Einsatz.", None),
        ("Also in hospital: two of the workers.", None),
        ("También en el hospital permanecen dos heridos.", None),
        ("Another 40 hectares burnt overnight.", None),
        ("Otro de los heridos murió en el hospital.", None),
        ("Police again appealed for witnesses to the fire.", None),
        ("Erneuter Alarm am Bahnhof.", None),
        ("The fire broke out again overnight.", None),
        ("", None),
    ],
)
def test_an_evidence_that_opens_on_a_repeat(evidence: str, thing: str | None) -> None:
    assert repeated_thing(evidence) == thing


def test_hostile_evidence_is_read_quickly() -> None:
    started = time.thread_time()
    for evidence in ["schon wieder " * 20_000, "x" * 100_000, ":" * 50_000 + "again", "again " * 30_000]:
        repeated_thing(evidence)
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("evidence", "distinct"),
    [
        ("11.15 Otro susto en Valdemora: un argayo ha cortado la carretera local.", True),
        ("16.35 Uhr: Schon wieder Kabeldiebe: An der Haltestelle fehlen 40 Meter Kabel.", True),
        ("11.15 Un argayo ha cortado la carretera local de Valdemora.", False),
    ],
)
def test_a_repeat_says_the_day_holds_two(evidence: str, distinct: bool) -> None:
    """A repeat says its event is another (``says_distinct``, and so ``says_another``: where
    one does, a blog's undated entries are read as of the day they were filed under)."""
    incident = Incident(id="i1", type="disaster", description="x", place="Valdemora", evidence=evidence,
                        evidence_span=Span(start=0, end=len(evidence)))  # fmt: skip
    report = report_evidence(owner="a", incident=incident, places=(), words=(), figures=())
    assert (report.says_distinct, report.says_another) == (distinct, distinct)


HALL = (
    "Carbon monoxide built up in a sports hall in Dornbach during a youth handball tournament on "
    "Saturday, sending 12 children to hospital."
)
FLAT = (
    "Schon wieder Kohlenmonoxid in Dornbach: In einer Wohnung an der Gartenstraße hat die Feuerwehr am "
    "Samstagabend zwei Bewohner mit Vergiftungserscheinungen gerettet."
)
FLAT_UPDATE = (
    "Gartenstraße: Die zwei Bewohner, die am Samstagabend mit Kohlenmonoxid-Vergiftung aus ihrer Wohnung "
    "in Dornbach gerettet wurden, sind außer Lebensgefahr."
)


def _report(text: str, time_told: str, language: str) -> Briefed:
    return one_incident(text, type="accident", place="Dornbach", location="Dornbach", time=time_told,
                        language=language)  # fmt: skip


def _together(day: object, first: Briefed, second: Briefed) -> bool:
    return any(
        {r.article_id for r in incident.reports} >= {first.article.id, second.article.id}
        for incident in day.incidents  # type: ignore[attr-defined]
    )


def test_a_repeat_of_a_poisoning_is_not_the_first_one() -> None:
    hall = _report(HALL, "on Saturday", "en")
    flat = _report(FLAT, "Samstagabend", "de")
    assert not _together(merged(hall, flat), hall, flat)


def test_a_repeat_still_joins_its_own_update() -> None:
    """The look-alike: the flat's own update names its street and residents, and joins it."""
    flat = _report(FLAT, "Samstagabend", "de")
    update = _report(FLAT_UPDATE, "Samstagabend", "de")
    assert _together(merged(flat, update), flat, update)


FIRE = "Un incendie a ravagé la cave coopérative de Valras mardi matin, sans faire de blessé."
SECOND_FIRE = "Encore une fois, un incendie à Valras : mardi soir, un hangar agricole a brûlé."
SPANISH_FIRE = "De nuevo, un incendio en Valras: el martes por la noche ardió un almacén agrícola."


@pytest.mark.parametrize(("repeat", "language"), [(SECOND_FIRE, "fr"), (SPANISH_FIRE, "es")])
def test_a_repeat_of_a_fire_is_not_the_first_one(repeat: str, language: str) -> None:
    first = one_incident(FIRE, type="disaster", place="Valras", location="Valras", time="mardi matin",
                         language="fr")  # fmt: skip
    second = one_incident(repeat, type="disaster", place="Valras", location="Valras", time="mardi",
                          language=language)  # fmt: skip
    assert not _together(merged(first, second), first, second)
