"""A town's report and a county's or region's report of one event are one event when the
day's own articles say the town lies there, or when the county's report names no town and
nothing puts the town in another county (issue 25: a bridge collapse told of "Millbrook"
and of "Kessel County" stayed two events). Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import Briefed
from summarizer.text.place_containment import places_within
from summarizer.text.place_levels import region_level
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("A fire broke out in Ashby, a market town in Northfield County, on Monday.", "en",
         [("Ashby", "Northfield County")]),
        ("ASHBY, Northfield, May 3 (Wire) - A fire broke out.", "en", [("ASHBY", "Northfield")]),
        ("ASHBY, May 3 (Wire) - A fire broke out.", "en", []),
        ("Nurses at St Olaf's Hospital in Ashby walked out.", "en", [("St Olaf's Hospital", "Ashby")]),
        ("Ein Brand in Kelbach im Landkreis Harburg am Montag.", "de", [("Kelbach", "Landkreis Harburg")]),
        ("KELBACH (Harburg) - Ein Brand am Montag.", "de", [("KELBACH", "Harburg")]),
        ("Un incendie à Givry, dans le département de Saône-et-Loire, lundi.", "fr",
         [("Givry", "le département de Saône-et-Loire")]),
        ("La manifestation à Lyon, sur la place Bellecour, lundi.", "fr", []),
        ("Un incendio en Olmeda (Soria) el lunes.", "es", [("Olmeda", "Soria")]),
        ("La huelga del sindicato en Olmeda (SATO) sigue.", "es", []),
    ],
)  # fmt: skip
def test_an_article_says_which_place_lies_in_which(
    text: str, lang: str, found: list[tuple[str, str]]
) -> None:
    assert list(places_within(text, lang)) == found


@pytest.mark.parametrize(
    ("name", "level"),
    [("Northfield County", "county"), ("la comarca del Alto Tajo", "comarca"), ("Landkreis Harburg", "landkreis"),
     ("dans le département", "departement"), ("Ashby", None), ("the port city of Ashby", None)],
)  # fmt: skip
def test_a_place_that_holds_towns_is_known_by_its_level_word(name: str, level: str | None) -> None:
    assert region_level(name) == level


def _report(
    body: str, place: str, location: str, *, lang: str | None = None, figure: tuple[str, int]
) -> Briefed:
    return one_incident(
        body,
        evidence=body.split(". ")[0].rstrip(".") + ".",
        type="accident",
        place=place,
        location=location,
        time="Monday",
        language=lang,
        figures=[{"id": "f1", "category": "killed", "text": figure[0], "value": figure[1]}],
    )


TOWN = (
    "A footbridge over the river Orle collapsed in Ashby on Monday, killing three people, the "
    "county engineer said. The footbridge had been closed in May."
)
DATELINE = (
    "ASHBY, Northfield, May 3 (Wire) - Three people died when the Orle footbridge collapsed on "
    "Monday morning, officials said."
)
COUNTY = (
    "Three people died when the old Orle footbridge collapsed in Northfield County on Monday. "
    "Engineers had closed the footbridge in May."
)


def test_a_town_and_its_county_said_so_by_a_dateline_are_one_event() -> None:
    """ "Northfield" with no level word: only the dateline says it holds Ashby."""
    county = COUNTY.replace(" County", "")
    day = merged(
        _report(TOWN, "Ashby", "Ashby", figure=("three people", 3)),
        _report(DATELINE, "Ashby", "Ashby", figure=("Three people", 3)),
        _report(county, "Northfield", "Northfield", figure=("Three people", 3)),
    )
    assert [len(i.reports) for i in day.incidents] == [3]
    assert (
        len(
            merged(
                _report(TOWN, "Ashby", "Ashby", figure=("three people", 3)),
                _report(county, "Northfield", "Northfield", figure=("Three people", 3)),
            ).incidents
        )
        == 2
    )


def test_a_county_report_naming_no_town_may_be_of_a_town_nothing_places_elsewhere() -> None:
    day = merged(
        _report(TOWN, "Ashby", "Ashby", figure=("three people", 3)),
        _report(COUNTY, "Northfield County", "Northfield County", figure=("Three people", 3)),
    )
    assert len(day.incidents) == 1


def test_a_town_said_to_lie_in_another_county_stays_apart_from_the_county() -> None:
    elsewhere = (
        "A footbridge over the river Orle collapsed in Ashby, a town in Southfield County, on "
        "Monday, killing three people. The footbridge had been closed in May."
    )
    day = merged(
        _report(elsewhere, "Ashby", "Ashby", figure=("three people", 3)),
        _report(COUNTY, "Northfield County", "Northfield County", figure=("Three people", 3)),
    )
    assert len(day.incidents) == 2


def test_a_county_report_that_names_a_town_is_of_that_town() -> None:
    other_town = (
        "Three people died when the old Orle footbridge collapsed near Brigg in Northfield County "
        "on Monday. Engineers had closed the footbridge in May."
    )
    day = merged(
        _report(TOWN, "Ashby", "Ashby", figure=("three people", 3)),
        _report(other_town, "Northfield County", "Northfield County", figure=("Three people", 3)),
    )
    assert len(day.incidents) == 2


def test_two_counties_are_two_places() -> None:
    south = COUNTY.replace("Northfield", "Southfield")
    day = merged(
        _report(COUNTY, "Northfield County", "Northfield County", figure=("Three people", 3)),
        _report(south, "Southfield County", "Southfield County", figure=("Three people", 3)),
    )
    assert len(day.incidents) == 2


GEMEINDE = (
    "In Kelbach ist am Montag die Decke einer Turnhalle eingestürzt, drei Menschen starben. Die "
    "Turnhalle war im Mai gesperrt worden."
)
KREIS = (
    "Beim Einsturz einer Turnhalle im Landkreis Harburg starben am Montag drei Menschen. Die "
    "Turnhalle war im Mai gesperrt worden."
)
ANDERER_KREIS = (
    "KELBACH (Landkreis Stade) - In Kelbach ist am Montag die Decke einer Turnhalle eingestürzt, "
    "drei Menschen starben. Die Turnhalle war im Mai gesperrt worden."
)


def test_eine_gemeinde_und_ihr_landkreis_sind_ein_ereignis() -> None:
    day = merged(
        _report(GEMEINDE, "Kelbach", "Kelbach", lang="de", figure=("drei Menschen", 3)),
        _report(KREIS, "Harburg", "im Landkreis Harburg", lang="de", figure=("drei Menschen", 3)),
    )
    assert len(day.incidents) == 1


def test_eine_gemeinde_eines_anderen_landkreises_bleibt_getrennt() -> None:
    day = merged(
        _report(ANDERER_KREIS, "Kelbach", "Kelbach", lang="de", figure=("drei Menschen", 3)),
        _report(KREIS, "Harburg", "im Landkreis Harburg", lang="de", figure=("drei Menschen", 3)),
    )
    assert len(day.incidents) == 2


def test_una_localidad_y_su_provincia_dichas_por_el_propio_dia_son_un_suceso() -> None:
    localidad = (
        "OLMEDA (Soria), 3 jun. (AIN) - Un incendio forestal declarado el lunes en la sierra de "
        "Olmeda ha obligado a desalojar a 300 vecinos. Trabajan doce aeronaves en la zona."
    )
    provincia = (
        "El incendio forestal de Soria declarado el lunes sigue activo y ha "
        "obligado a desalojar a 300 vecinos. Doce aeronaves trabajan en la zona."
    )
    otra = (
        "Un incendio forestal declarado el lunes en la provincia de Burgos ha obligado a desalojar "
        "a 300 vecinos. Doce aeronaves trabajan en la zona."
    )
    figure = {"text": "300 vecinos", "value": 300}
    reports = [
        one_incident(text, evidence=text.split(". ")[0] + ".", type="disaster", place=place, location=location,
                     time="el lunes", language="es",
                     figures=[{"id": "f1", "category": "displaced", **figure}])
        for text, place, location in ((localidad, "Olmeda", "la sierra de Olmeda"),
                                      (provincia, "Soria", "Soria"),
                                      (otra, "Burgos", "la provincia de Burgos"))
    ]  # fmt: skip
    day = merged(*reports)
    assert sorted(len(i.reports) for i in day.incidents) == [1, 2]
    burgos = next(i for i in day.incidents if len(i.reports) == 1)
    assert burgos.place == "Burgos"
