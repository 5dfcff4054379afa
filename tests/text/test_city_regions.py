"""The first-level regions of the cities a name names (``text.exonyms.city_regions``)."""

from __future__ import annotations

from summarizer.text.exonyms import city_regions


def test_two_regions_cities_have_two_regions() -> None:
    assert city_regions("Funchal") and city_regions("Ponta Delgada")
    assert city_regions("Funchal").isdisjoint(city_regions("Ponta Delgada"))
    assert city_regions("Lindau").isdisjoint(city_regions("Konstanz"))


def test_one_regions_towns_share_it_in_any_language() -> None:
    assert city_regions("Fribourg") == city_regions("Bulle") == city_regions("Friburgo")
    assert city_regions("Perpiñán") == city_regions("Perpignan")


def test_a_name_of_two_cities_has_both_regions() -> None:
    assert city_regions("Fribourg") < city_regions("Freiburg")  # and Freiburg im Breisgau's


def test_a_name_differing_in_its_accents_is_no_city_of_the_table() -> None:
    # Tyrol's Längenfeld is too small for the table: no Langenfeld of another country.
    assert city_regions("Längenfeld") == frozenset()
    assert city_regions("Plage des Cavaliers") == frozenset()
