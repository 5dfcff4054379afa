"""A country part ISO 3166-2 lists as one town (a Maltese local council, a Slovenian
municipality) is no region holding towns (``subdivisions.names_a_town_only``): a report
placed there is placed at a town, and a neighbouring town's report is of another place.
Provinces, cantons and Länder stay regions."""

from __future__ import annotations

import pytest

from summarizer.text.place_levels import region_level
from summarizer.text.subdivisions import names_a_town_only


@pytest.mark.parametrize("town", ["Santa Venera", "Birkirkara", "Marsaxlokk", "Żejtun"])
def test_a_local_council_is_a_town(town: str) -> None:
    assert names_a_town_only(town)
    assert region_level(town) is None


@pytest.mark.parametrize("region", ["Vizcaya", "Bizkaia", "Valais", "Wallis", "Steiermark"])
def test_a_province_canton_or_land_stays_a_region(region: str) -> None:
    assert not names_a_town_only(region)
    assert region_level(region) == "region"


def test_a_name_no_country_part_bears_is_no_town_by_iso() -> None:
    assert not names_a_town_only("Castelreno")
