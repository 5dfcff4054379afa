"""What a report's location says: its names tell the place, its other words the event; and
two reports placed at one spot within a town share that spot (issue 25: a live blog's
"collapsed Tane bridge in Millbrook" shared nothing with the wire's bridge collapse; a
strike at "St Brendan's" and one at "St Brendan's Hospital in Port Adela" were placed
apart). Every report here is invented."""

from __future__ import annotations

from summarizer.daily.incidents import day_evidence, with_places_of_the_day
from summarizer.daily.merge import Briefed
from summarizer.daily.records import article_record
from summarizer.daily.report_pairs import shared_specifics
from tests.daily.test_daily import merged, one_incident


def _report(
    text: str, place: str, location: str, *, lang: str | None = None, kind: str = "accident"
) -> Briefed:
    return one_incident(
        text, evidence=text.split(". ")[0].rstrip(".") + ".", type=kind, place=place, location=location,
        time="Friday", language=lang,
    )  # fmt: skip


WIRE = "A footbridge over the Orle collapsed in Ashby on Friday, the council said."
LIVE = "Divers are searching under the collapsed Orle footbridge in Ashby."


def test_words_of_a_location_that_tell_the_event_are_shared_like_any_other() -> None:
    day = merged(
        _report(WIRE, "Ashby", "Ashby"),
        _report(LIVE, "Ashby", "the collapsed Orle footbridge in Ashby"),
    )
    assert len(day.incidents) == 1


def test_a_location_naming_another_thing_of_the_town_shares_only_the_town() -> None:
    """The adversarial case: the town's name alone is one shared specific, not two."""
    day = merged(
        _report(WIRE, "Ashby", "Ashby"),
        _report("Divers are searching the flooded quarry in Ashby.", "Ashby", "the flooded quarry in Ashby"),
    )
    assert len(day.incidents) == 2


def test_las_palabras_del_lugar_que_cuentan_el_suceso_se_comparten() -> None:
    a = _report("Se derrumbó la pasarela del río Orle en Olmeda el viernes, según el ayuntamiento.", "Olmeda",
                "Olmeda", lang="es")  # fmt: skip
    b = _report("Los buzos buscan bajo la pasarela derrumbada en Olmeda.", "Olmeda",
                "la pasarela derrumbada en Olmeda", lang="es")  # fmt: skip
    assert len(merged(a, b).incidents) == 1


STRIKE_AT_TOWN = (
    "ASHBY, May 2 - Nurses at St Olaf's Hospital in Ashby walked out on Friday over pay, and 40 "
    "operations were postponed, the ward sisters said."
)
STRIKE_AT_SPOT = "Pickets stood outside St Olaf's on Friday, and 40 operations were postponed."


def _strike(text: str, place: str, location: str, lang: str | None = None) -> Briefed:
    return one_incident(
        text, evidence=text.split(" - ")[-1],
        type="protest", place=place, location=location, time="Friday", language=lang,
    )  # fmt: skip


def _specifics(*reports: Briefed) -> int:
    """The shared specifics of a day's first two reports, as the day's merge reads them."""
    records = [article_record(b.article, b.briefing) for b in reports]
    found = [(r, i) for r in records for i in r.incidents]
    evidence = with_places_of_the_day(
        [day_evidence(r, i, {}) for r, i in found], [w for r in records for w in r.within]
    )
    return shared_specifics(evidence[0], evidence[1])


def test_a_spot_and_the_town_report_that_names_it_there_share_the_spot() -> None:
    town = _strike(STRIKE_AT_TOWN, "Ashby", "St Olaf's Hospital in Ashby")
    spot = _strike(STRIKE_AT_SPOT, "St Olaf's", "outside St Olaf's")
    other = _strike(STRIKE_AT_SPOT.replace("St Olaf's", "St Agnes"), "St Agnes", "outside St Agnes")
    assert _specifics(town, spot) == _specifics(town, other) + 1
    assert len(merged(town, spot).incidents) == 1


def test_ein_ort_im_klinikum_und_das_klinikum_sind_ein_ort() -> None:
    town = _strike(
        "Pflegekräfte im Klinikum Nord in Kelbach legten am Freitag die Arbeit nieder, 40 Operationen "
        "wurden verschoben.", "Kelbach", "Klinikum Nord in Kelbach", "de",
    )  # fmt: skip
    spot = _strike("Streikposten vor dem Klinikum Nord am Freitag, 40 Operationen wurden verschoben.",
                   "Klinikum Nord", "vor dem Klinikum Nord", "de")  # fmt: skip
    other = _strike("Streikposten vor dem Klinikum Süd am Freitag, 40 Operationen wurden verschoben.",
                    "Klinikum Süd", "vor dem Klinikum Süd", "de")  # fmt: skip
    assert _specifics(town, spot) == _specifics(town, other) + 1
