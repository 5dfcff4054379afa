"""A site named for a saint is named for the saint, not for a city GeoNames also calls by
the saint's name in one language: "ermita de Sant Sebastià" is St Sebastian's hermitage,
though GeoNames gives "Sant Sebastià" as Donostia's Catalan name, so the French, Catalan,
Spanish, Italian and English reports of one theft from it key one site. The city named
alone stays the city; two saints' sites stay two (issue 25)."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import place_chain
from summarizer.daily.place_keys import place_key
from tests.daily.test_daily import merged
from tests.daily.test_merge_saints_and_sites import fire_put_out_by_40


@pytest.mark.parametrize(
    "place",
    [
        "ermitage de Sant Sebastià, Vilanera",  # fr, the saint as Catalan names him
        "ermita de Sant Sebastià, Vilanera",  # ca
        "ermita de San Sebastián, Vilanera",  # es
        "eremo di San Sebastiano, Vilanera",  # it
        "St Sebastian hermitage, Vilanera",  # en
        "Einsiedelei Sankt Sebastian, Vilanera",  # de
    ],
)
def test_a_site_named_for_a_saint_a_city_is_also_called_keeps_the_saint(place: str) -> None:
    assert place_chain(place)[0] == "st sebastian hermitage"


def test_the_city_named_alone_or_as_a_site_of_no_saint_stays_the_city() -> None:
    assert place_key("Sant Sebastià") == place_key("Donostia")
    assert place_chain("Sant Sebastià, Gipuzkoa")[0] == place_key("Donostia")


def test_two_saints_sites_stay_two() -> None:
    assert (
        place_chain("ermita de Sant Pere, Vilanera")[0] != place_chain("ermita de Sant Sebastià, Vilanera")[0]
    )


def test_a_fire_at_a_saints_hermitage_told_in_catalan_and_spanish_is_one() -> None:
    catalan = fire_put_out_by_40(
        "Dimarts a la tarda 40 bombers van apagar un incendi a l'ermita de Sant Sebastià.",
        "ermita de Sant Sebastià, Vilanera",
        "ca",
    )
    spanish = fire_put_out_by_40(
        "El martes por la tarde 40 bomberos apagaron un incendio en la ermita de San Sebastián.",
        "ermita de San Sebastián, Vilanera",
        "es",
    )
    day = merged(catalan, spanish)
    assert len(day.incidents) == 1, [[r.article_id for r in i.reports] for i in day.incidents]


def test_fires_at_two_saints_hermitages_of_one_town_stay_two() -> None:
    st_sebastian = fire_put_out_by_40(
        "Dimarts a la tarda 40 bombers van apagar un incendi a l'ermita de Sant Sebastià.",
        "ermita de Sant Sebastià, Vilanera",
        "ca",
    )
    st_peter = fire_put_out_by_40(
        "El martes por la tarde 40 bomberos apagaron un incendio en la ermita de San Pedro.",
        "ermita de San Pedro, Vilanera",
        "es",
    )
    day = merged(st_sebastian, st_peter)
    assert len(day.incidents) == 2, [[r.article_id for r in i.reports] for i in day.incidents]
