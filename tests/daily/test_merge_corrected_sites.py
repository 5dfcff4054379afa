"""A correction names the site its first report gave beside the right one ("an der Fassade
des Hotels Rose, nicht des Hotels Krone, wie wir berichtet haben"): one spot told by both
names, so the first report, naming the wrong site, is no report of another spot (issue 25,
round 6b, day 61 generalised). The wrong name counts only when the right one is the site
the correcting report's own location names, and a third site stays a third spot. Every
report is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.named_sites import told_site_names
from summarizer.daily.spots import streets_apart
from tests.daily.test_daily import merged, one_incident

BOTH = {"@accident:rose", "@accident:krone"}


@pytest.mark.parametrize(
    ("location", "evidence"),
    [
        (
            "an der Fassade des Hotels Rose",
            "Korrektur: Das Gerüst stand an der Fassade des Hotels Rose, nicht des Hotels Krone, wie wir berichtet haben.",
        ),
        (
            "at Hotel Rose",
            "Correction: the scaffolding stood at Hotel Rose, not Hotel Krone as we first reported.",
        ),
        (
            "devant l'hôtel Rose",
            "Rectificatif : l'échafaudage était devant l'hôtel Rose, et non l'hôtel Krone.",
        ),
        ("en el hotel Rose", "Corrección: el andamio estaba en el hotel Rose, y no en el hotel Krone."),
        ("all'hotel Rose", "Correzione: l'impalcatura era davanti all'hotel Rose, e non all'hotel Krone."),
        ("no hotel Rose", "Correção: o andaime estava no hotel Rose, e não no hotel Krone."),
        ("am Hotel Rose", "Das Gerüst stand nicht am Hotel Krone, sondern am Hotel Rose."),
        ("devant l'hôtel Rose", "L'échafaudage était non pas devant l'hôtel Krone mais devant l'hôtel Rose."),
    ],
)
def test_a_correction_names_the_site_by_both_its_names(location: str, evidence: str) -> None:
    assert told_site_names(location, evidence, "Marein", "accident") == BOTH


@pytest.mark.parametrize(
    ("location", "evidence"),
    [
        # No correction: another site named beside the event's.
        ("at Hotel Rose", "The scaffolding at Hotel Rose fell; Hotel Krone was not affected."),
        ("am Hotel Rose", "Das Gerüst am Hotel Rose stürzte ein. Das Hotel Krone blieb unbeschädigt."),
        # A correction of a site this report does not place its event at.
        ("am Hotel Rose", "Die Polizei war im Hotel Adler, nicht im Hotel Krone."),
        ("at Hotel Rose", "Not Hotel Krone but Hotel Adler was evacuated on Monday."),
    ],
)
def test_a_site_named_beside_or_corrected_elsewhere_is_no_name_of_the_reports_site(
    location: str, evidence: str
) -> None:
    assert told_site_names(location, evidence, "Marein", "accident") == {"@accident:rose"}


def test_a_correction_is_the_first_reports_spot_and_not_a_third_sites() -> None:
    first = told_site_names(
        "an der Fassade des Hotels Krone", "Das Gerüst am Hotel Krone stürzte ein.", "Marein", "accident"
    )
    corrected = told_site_names(
        "an der Fassade des Hotels Rose",
        "Korrektur: Das Gerüst stand an der Fassade des Hotels Rose, nicht des Hotels Krone.",
        "Marein",
        "accident",
    )
    third = told_site_names("at Hotel Adler", "Scaffolding fell at Hotel Adler.", "Marein", "accident")
    assert not streets_apart(first, corrected)
    assert streets_apart(corrected, third)
    assert streets_apart(first, third)


def test_hostile_corrections_are_read_in_bounded_time() -> None:
    start = time.thread_time()
    for evidence in ("nicht " * 20_000, "Hotel Rose, " * 10_000, "not a " * 10_000 + "but"):
        told_site_names("am Hotel Rose", evidence, "Marein", "accident")
    assert time.thread_time() - start < 1.0


def _collapse(text: str, location: str, language: str) -> Briefed:
    injured = next(w for w in ("fünf Passanten", "five passers-by") if w in text)
    return one_incident(
        text,
        type="accident",
        place="Laubengasse, Marein",
        location=location,
        time="am Dienstag",
        language=language,
        figures=[{"id": "f1", "text": injured, "value": 5, "category": "injured", "counted": "passers-by"}],
    )


def test_a_first_report_its_correction_and_a_wire_are_one_collapse_and_another_hotels_stays_two() -> None:
    """The wire names the street only: a third report naming the right site would still be
    set apart from the first report's wrong one (the correction is not read as the day's)."""
    first = _collapse(
        "Ein Baugerüst an der Fassade des Hotels Krone ist am Dienstag in der Laubengasse auf den Gehsteig "
        "gestürzt; fünf Passanten wurden verletzt.",
        "an der Fassade des Hotels Krone",
        "de",
    )
    correction = _collapse(
        "Korrektur: Das am Dienstag in der Laubengasse eingestürzte Gerüst stand an der Fassade des Hotels "
        "Rose, nicht des Hotels Krone, wie wir berichtet haben. Verletzt wurden fünf Passanten.",
        "an der Fassade des Hotels Rose",
        "de",
    )
    wire = _collapse(
        "Scaffolding collapsed onto the pavement of the Laubengasse in Marein on Tuesday, injuring five "
        "passers-by.",
        "the Laubengasse",
        "en",
    )
    other = _collapse(
        "Ein zweites Gerüst ist am Dienstag an der Fassade des Hotels Adler in der Laubengasse umgestürzt; "
        "fünf Passanten wurden verletzt.",
        "an der Fassade des Hotels Adler",
        "de",
    )
    day = merged(first, correction, wire, other)
    groups = sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)
    one = sorted(b.article.id for b in (first, correction, wire))
    assert groups == sorted([one, [other.article.id]]), groups
