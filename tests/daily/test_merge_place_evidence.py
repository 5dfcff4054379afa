"""Places and weekdays keep two reports apart only on evidence (issue 25: on the days
written blind, a village and the canton, island group or state it lies in, a ski area
above a village, a city named in its two languages, and a night told by its two days were
kept apart). Two villages of one region, two days, a town placed in another county stay
apart. Every report here is invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import merged, one_incident


def _report(text: str, place: str, location: str, time: str, lang: str = "en", **extra: Any) -> Briefed:
    return one_incident(
        text,
        evidence=text.split(". ")[0].rstrip(".") + ".",
        type="disaster",
        place=place,
        location=location,
        time=time,
        language=lang,
        figures=[{"id": "f1", "category": "killed", "text": extra.pop("toll", "four people"), "value": 4}],
        **extra,
    )


VILLAGE = _report(
    "Four skiers were killed on Saturday when an avalanche swept a marked piste above the village "
    "of Brannach, the cantonal police said. The lift operator had opened the piste at 8.30 a.m.",
    "Brannach",
    "a marked piste above the village of Brannach",
    "on Saturday",
    toll="Four skiers",
)
CANTON = _report(
    "An avalanche at a ski resort in the canton of Valdemark killed four people on Saturday, the "
    "cantonal police said. Rescuers searched the marked piste as more snow fell in the Alps.",
    "Valdemark",
    "a ski resort in the canton of Valdemark",
    "on Saturday",
)


def test_a_village_no_source_places_elsewhere_and_the_canton_are_one_event() -> None:
    assert len(merged(VILLAGE, CANTON).incidents) == 1


def test_a_road_between_two_villages_is_a_place_of_either() -> None:
    road = _report(
        "Four skiers were killed on Saturday when an avalanche swept a marked piste and the road "
        "between Tallach and Brannach, the cantonal police said. The lift operator had opened the "
        "piste at 8.30 a.m.",
        "Tallach",
        "a marked piste and the road between Tallach and Brannach",
        "on Saturday",
        toll="Four skiers",
    )
    assert len(merged(VILLAGE, road).incidents) == 1


def test_two_villages_placed_as_towns_stay_two_events() -> None:
    other = _report(
        "Four skiers were killed on Saturday when an avalanche swept a marked piste above the village "
        "of Ostwiel, the cantonal police said. The lift operator had opened the piste at 8.30 a.m.",
        "Ostwiel",
        "a marked piste above the village of Ostwiel",
        "on Saturday",
        toll="Four skiers",
    )
    assert len(merged(VILLAGE, other).incidents) == 2


def test_a_village_said_to_lie_in_another_canton_stays_apart_from_the_canton() -> None:
    elsewhere = _report(
        "Four skiers were killed on Saturday when an avalanche swept a marked piste above Brannach, a "
        "village in the canton of Sarnland, the cantonal police said. The lift operator had opened "
        "the piste at 8.30 a.m.",
        "Brannach",
        "a marked piste above Brannach",
        "on Saturday",
        toll="Four skiers",
    )
    assert len(merged(elsewhere, CANTON).incidents) == 2


def test_a_ski_area_the_village_report_names_is_the_village_reports_place() -> None:
    dorf = _report(
        "Eine Lawine hat am Samstagvormittag im Skigebiet Kornalp oberhalb von Brannach vier Menschen "
        "in den Tod gerissen, wie die Kantonspolizei mitteilte. Die Piste war am Morgen geöffnet worden.",
        "Brannach",
        "im Skigebiet Kornalp oberhalb von Brannach",
        "am Samstagvormittag",
        lang="de",
        toll="vier Menschen",
    )
    ticker = _report(
        "Die Kantonspolizei bestätigt vier Todesopfer der Lawine auf der Kornalp. Die Piste war am "
        "Morgen geöffnet worden.",
        "Kornalp",
        "der Kornalp",
        "13.05 Uhr",
        lang="de",
        toll="vier Todesopfer",
    )
    assert len(merged(dorf, ticker).incidents) == 1


def test_a_village_in_an_island_named_in_its_dateline_and_the_island_group_are_one_event() -> None:
    town = _report(
        "PALMADA (Isla Verde), 10 feb. (AIN) - Cuatro personas murieron el martes al volcar un "
        "catamarán frente a la costa de Palmada, según el servicio de emergencias. El barco llevaba "
        "66 pasajeros.",
        "Palmada",
        "frente a la costa de Palmada",
        "el martes",
        lang="es",
        toll="Cuatro personas",
    )
    group = _report(
        "Four people were killed when a tourist catamaran capsized off Spain's Coral Islands on "
        "Tuesday, the emergency service said. The boat carried 66 passengers.",
        "Coral Islands",
        "off Spain's Coral Islands",
        "on Tuesday",
        toll="Four people",
    )
    assert len(merged(town, group).incidents) == 1


def test_a_night_told_by_either_of_its_days_is_one_event_and_a_third_day_another() -> None:
    nuit = _report(
        "Quatre personnes sont mortes dans l'effondrement d'un entrepôt à Lindheim dans la nuit de "
        "mercredi à jeudi, selon les pompiers. Le toit avait cédé sous la neige.",
        "Lindheim",
        "un entrepôt à Lindheim",
        "dans la nuit de mercredi à jeudi",
        lang="fr",
        toll="Quatre personnes",
    )
    donnerstag = _report(
        "Vier Menschen sind beim Einsturz einer Lagerhalle in Lindheim am Donnerstag gestorben, wie "
        "die Feuerwehr mitteilte. Das Dach war unter dem Schnee eingebrochen.",
        "Lindheim",
        "einer Lagerhalle in Lindheim",
        "am Donnerstag",
        lang="de",
        toll="Vier Menschen",
    )
    assert len(merged(nuit, donnerstag).incidents) == 1
    freitag = _report(
        "Vier Menschen sind beim Einsturz einer Lagerhalle in Lindheim am Freitag gestorben, wie "
        "die Feuerwehr mitteilte. Das Dach war unter dem Schnee eingebrochen.",
        "Lindheim",
        "einer Lagerhalle in Lindheim",
        "am Freitag",
        lang="de",
        toll="Vier Menschen",
    )
    assert len(merged(nuit, freitag).incidents) == 2


def test_a_bilingual_city_named_in_each_of_its_languages_is_one_place() -> None:
    french = _report(
        "Quatre personnes sont mortes dans l'incendie d'un entrepôt à Bienne mardi, selon les pompiers. "
        "Le feu a pris dans la halle de stockage.",
        "Bienne",
        "un entrepôt à Bienne",
        "mardi",
        lang="fr",
        toll="Quatre personnes",
    )
    german = _report(
        "Vier Menschen sind beim Brand einer Lagerhalle in Biel am Dienstag gestorben, wie die "
        "Feuerwehr mitteilte. Das Feuer brach in der Lagerhalle aus.",
        "Biel",
        "einer Lagerhalle in Biel",
        "am Dienstag",
        lang="de",
        toll="Vier Menschen",
    )
    assert len(merged(french, german).incidents) == 1


def test_a_night_dated_by_its_first_day_and_a_report_dated_by_the_next_are_one_event() -> None:
    monday, tuesday = dt.date(2026, 3, 2), dt.date(2026, 3, 3)
    night = _report(
        "Four people died when a warehouse roof collapsed in Lindheim on Monday night, firefighters "
        "said. The roof had given way under the snow.",
        "Lindheim",
        "a warehouse in Lindheim",
        "on Monday night",
        toll="Four people",
        date=monday,
    )
    morning = _report(
        "Four people died when a warehouse roof collapsed in Lindheim early on Tuesday, firefighters "
        "said. The roof had given way under the snow.",
        "Lindheim",
        "a warehouse in Lindheim",
        "early on Tuesday",
        toll="Four people",
        date=tuesday,
    )
    assert len(merged(night, morning).incidents) == 1
    later = _report(
        "Four people died when a warehouse roof collapsed in Lindheim on Wednesday, firefighters "
        "said. The roof had given way under the snow.",
        "Lindheim",
        "a warehouse in Lindheim",
        "on Wednesday",
        toll="Four people",
        date=dt.date(2026, 3, 4),
    )
    assert len(merged(night, later).incidents) == 2


def test_an_event_found_a_day_after_it_happened_is_one_event_and_one_found_days_later_another() -> None:
    spill = _report(
        "Four people were killed when a tanker spilled acid into the river at Lindheim on Wednesday, "
        "the police said. The acid came from the paper mill.",
        "Lindheim",
        "the river at Lindheim",
        "on Wednesday",
        toll="Four people",
    )
    found = _report(
        "Vier Menschen wurden am Donnerstag tot am Fluss bei Lindheim gefunden, wie die Polizei "
        "mitteilte. Die Säure stammte aus der Papierfabrik.",
        "Lindheim",
        "am Fluss bei Lindheim",
        "am Donnerstag",
        lang="de",
        toll="Vier Menschen",
    )
    assert len(merged(spill, found).incidents) == 1
    much_later = _report(
        "Vier Menschen wurden am Freitag tot am Fluss bei Lindheim gefunden, wie die Polizei "
        "mitteilte. Die Säure stammte aus der Papierfabrik.",
        "Lindheim",
        "am Fluss bei Lindheim",
        "am Freitag",
        lang="de",
        toll="Vier Menschen",
    )
    assert len(merged(spill, much_later).incidents) == 2
