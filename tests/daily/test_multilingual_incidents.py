"""Reports of one event in German, French and Spanish compared as English ones are: whole
words, no attribution or number words as evidence, one place at several levels; a city's
strike and its march of one day kept apart (invented reports)."""

from __future__ import annotations

from typing import Any

from summarizer.daily.merge import Briefed, content_words
from summarizer.daily.place_keys import place_key
from summarizer.daily.places import places_in
from summarizer.text.places import find_place, places_after_prepositions
from tests.daily.test_daily import merged, one_incident


def test_content_words_keep_accented_words_whole_and_drop_every_languages_stopwords() -> None:
    words = content_words(
        "Rund 12.000 Beschäftigte legten am Mittwoch die Arbeit nieder, sagte die Sprecherin."
    )
    assert "beschaftigte" in words and "arbeit" in words
    assert not words & {"rund", "mittwoch", "sagte", "besch", "ftigte"}
    assert content_words("Selon la préfecture, l'incendie a ravagé un entrepôt mercredi.") >= {
        "prefecture",
        "incendie",
        "entrepot",
    }
    assert not content_words("según informó el martes") - {"informo"}


def test_a_place_told_at_another_level_or_spelling_has_one_key() -> None:
    assert place_key("Region Hannover") == place_key("Hanover") == place_key("Hannover") == "hanover"
    assert place_key("la provincia de Tarrel") == place_key("Tarrel province") == "tarel"
    assert place_key("métropole de Lyon") == place_key("Lyon") == "lyon"
    assert place_key("Vénissieux") == place_key("Venissieux")
    assert place_key("Ukraine") == "ukraine"  # a country is left as it is
    assert place_key("Kharkiv") != place_key("Kherson")


def test_places_after_the_prepositions_of_the_articles_language() -> None:
    assert "venisieux" in places_in("Un entrepôt a brûlé mercredi à Vénissieux.", "fr")
    assert "sagunto" in places_in("Un autobús volcó en Sagunto el martes.", "es")
    assert places_in("Un entrepôt a brûlé mercredi à Vénissieux.", "en") == set()
    # The one place lookup gives the same first place as before it gave all of them.
    sentence = "Drones hit villages in Tarvik region and then near Osterholm on Friday."
    assert find_place(sentence) == ("Tarvik region", "Tarvik")
    assert list(places_after_prepositions(sentence)) == [
        ("Tarvik", "Tarvik region"),
        ("Osterholm", "Osterholm"),
    ]


def _protest(text: str, evidence: str, place: str = "Tarrel", lang: str = "es", **incident: Any) -> Briefed:
    """A report as an engine briefs it, with the article's language."""
    fields = {"type": "protest", "place": place, "time": "lunes", **incident}
    return one_incident(text, evidence=evidence, language=lang, **fields)


def test_a_strike_and_a_march_of_one_city_and_day_stay_apart() -> None:
    strike = "Los médicos de Tarrel iniciaron el lunes una huelga convocada por el sindicato Amyts, con un seguimiento del 70%."
    march = "Miles de personas se manifestaron el lunes en Tarrel en una marcha convocada por el sindicato Amyts por la vivienda."
    again = "La huelga de médicos de Tarrel del lunes, convocada por el sindicato Amyts, tuvo un seguimiento del 35%."
    day = merged(_protest(strike, strike), _protest(march, march), _protest(again, again))
    assert sorted(len(i.reports) for i in day.incidents) == [1, 2]
    (alone,) = [i for i in day.incidents if len(i.reports) == 1]
    assert "marcha" in alone.reports[0].evidence.text


def test_a_report_of_strikers_marching_may_join_the_strike() -> None:
    strike = "Doctors in Tarrel began a strike on Monday called by the Amyts union over workloads and pay."
    both = "Striking doctors marched through Tarrel on Monday in the strike called by the Amyts union over workloads."
    day = merged(
        _protest(strike, strike, lang="en", time="Monday"),
        _protest(both, both, lang="en", time="Monday"),
    )
    assert len(day.incidents) == 1


def test_one_fire_placed_in_a_town_and_in_its_city_is_one_event() -> None:
    town = "Un violent incendie a ravagé mercredi après-midi un entrepôt de pneus de la zone industrielle de Vénissieux. Aucun blessé, selon les pompiers."
    city = "Incendie spectaculaire dans la métropole de Lyon: un entrepôt de pneus a brûlé mercredi à Vénissieux. La fumée noire était visible de loin."
    day = merged(
        _protest(
            town, town.split(". ")[0] + ".", place="Vénissieux", lang="fr", type="disaster", time="mercredi"
        ),
        _protest(city, city.split(". ")[0] + ".", place="Lyon", lang="fr", type="disaster", time="mercredi"),
    )
    # Lyon's report names Vénissieux: one place told at two levels, not two places.
    assert len(day.incidents) == 1


def test_a_march_report_that_says_walked_is_not_a_strike_report() -> None:
    """'walked' is how marchers move ("protesters walked to city hall"); only "walkout" or
    "strike" names a strike. Read as a strike word, it made one march two events."""
    first = "Thousands of protesters marched through Tarrel on Monday in a rally called by the Amyts union over rents."
    second = (
        "Protesters walked to Tarrel city hall on Monday in the march called by the Amyts union over rents."
    )
    day = merged(
        _protest(first, first, lang="en", time="Monday"),
        _protest(second, second, lang="en", time="Monday"),
    )
    assert [len(i.reports) for i in day.incidents] == [2]
