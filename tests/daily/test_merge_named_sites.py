"""Two reports of one town that each name a site of it ("la playa del Racó", "Cala
Sardinera", "the Lindenhof school gym") and no name word in common are of two spots, as two
streets are (issue 25: a beach shut for Portuguese man o' war and a cove evacuated for a
shark in one town on one Sunday were joined on the town and one shared word). A site named
in two languages, or by its name alone, stays one spot; a landmark, a region and the town
itself are no site's name. Every report is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.named_sites import site_names
from summarizer.daily.spots import streets_apart
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("location", "town", "names"),
    [
        ("La playa del Racó de L'Alfàs de Mar (Alicante)", "L'Alfàs de Mar", {"@:raco"}),
        ("Raco beach, two kilometres to the south", None, {"@:raco"}),
        ("la spiaggia del Racó", None, {"@:raco"}),
        ("Cala Sardinera in L'Alfas de Mar", "L'Alfas de Mar", {"@:sardinera"}),
        ("La crique de la Sardinera", None, {"@:sardinera"}),
        ("in der Turnhalle der Schule Schönberg", "Freiburg", {"@:schonberg"}),
        ("the Schoenberg school gym", "Fribourg", {"@:schonberg"}),
        ("la salle de sport de l'école du Schoenberg, à Fribourg", "Fribourg", {"@:schonberg"}),
        ("St Olaf's Hospital in Ashby", "Ashby", {"@:olaf"}),
        # Spelled as a place's key is (``places.spelling_folded``): no umlaut after "q".
        ("the Vasquez school", None, {"@:vasquez"}),
        ("l'école Brunnmatt", None, {"@:brunmat"}),
        ("l'hôpital Saint-Olaf", "Ashby", {"@:olaf"}),
        # The town is no site's name, in any spelling; nor a nation's adjective.
        ("auf dem Bodensee vor dem Hafen von Mühlried", "Mühlried", set()),
        ("off the southern German port of Muehlried", "Muehlried", set()),
        ("im Zoo der Kleinstadt Zuazola", "Zuazola", set()),
        ("el Parque Zoológico de Zuazola", "Zuazola", set()),
        # A kind of site German capitalises is no name; a region is no site.
        ("in der Turnhalle der Grundschule", "Ashby", set()),
        ("a disused quarry on the Costa Blanca", "Costa Blanca", set()),
        ("on Lake Constance", None, set()),
        # A landmark places the spot; it is not the spot.
        ("a campsite downstream of the Derotse dam", None, set()),
        ("près du barrage de la Dérotse", None, set()),
        ("", None, set()), (None, None, set()),
    ],
)  # fmt: skip
def test_the_name_of_a_site_is_read_beside_its_kind(
    location: str | None, town: str | None, names: set[str]
) -> None:
    assert site_names(location, town) == names


def test_two_named_sites_of_a_town_are_two_spots_and_one_site_in_two_languages_is_one() -> None:
    beach = site_names("La playa del Racó", None)
    assert streets_apart(beach, site_names("La crique de la Sardinera", None))
    assert not streets_apart(beach, site_names("Raco beach", None))
    assert not streets_apart(beach, site_names("the beach", None))  # no name: not known to be apart
    assert not streets_apart(site_names("Cala Sardinera", None), site_names("la cala Sardinera", None))


def test_a_site_named_by_its_compass_point_in_two_languages_is_one() -> None:
    """The Paris station pair of a review: {"nord"} and {"north"} set one station apart."""
    nord = site_names("Gare du Nord, Paris", "Paris")
    assert nord == {"@:north"}
    assert not streets_apart(nord, site_names("Paris North station", "Paris"))
    assert streets_apart(nord, site_names("Gare de l'Est, Paris", "Paris"))
    # Two named beaches of one town in one language stay two.
    assert streets_apart(site_names("Raco beach", None), site_names("Sardinera beach", None))


def test_two_sites_set_apart_only_events_of_one_type() -> None:
    """A dam's release and the campsite it flooded downstream are one event at two sites."""
    dam = site_names("barrage de la Dérotse", "Val Ferrache", "other")
    assert not streets_apart(dam, site_names("camping des Îlots, à Villard", "Villard", "accident"))
    assert streets_apart(dam, site_names("le barrage du Grand Lac", "Val Ferrache", "other"))


def test_hostile_locations_are_read_in_linear_time() -> None:
    started = time.thread_time()
    for text in (
        "Playa " * 100_000,
        "beach of the " * 50_000,
        "Пляж Racó " * 20_000,
        "de la " * 100_000 + "playa",
    ):
        site_names(text, "Ashby")
    assert time.thread_time() - started < 2


def _closure(text: str, location: str, language: str) -> Briefed:
    return one_incident(text, type="other", place="Vilanova de Mar", location=location, time="el domingo",
                        language=language)  # fmt: skip


JELLYFISH = "La platja del Racó de Vilanova de Mar sigue cerrada el domingo por las carabelas portuguesas."
SHARK = ("La crique de la Sardinera, à Vilanova de Mar, a été évacuée dimanche après qu'un requin bleu a été "
         "aperçu; la galère portugaise reste un danger sur la côte.")  # fmt: skip


def test_a_beach_shut_for_jellyfish_and_a_cove_evacuated_for_a_shark_stay_two() -> None:
    day = merged(
        _closure(JELLYFISH, "La platja del Racó de Vilanova de Mar", "es"),
        _closure(SHARK, "La crique de la Sardinera", "fr"),
    )
    assert len(day.incidents) == 2


def test_two_schools_fires_of_one_town_stay_two() -> None:
    a = one_incident(
        "A fire broke out at the Lindenhof school in Ashby on Monday; 40 pupils were evacuated.",
        type="accident",
        place="Ashby",
        location="the Lindenhof school in Ashby",
        time="on Monday",
    )
    b = one_incident(
        "Un incendie s'est déclaré lundi à l'école Brunnmatt d'Ashby; 40 élèves ont été évacués.",
        type="accident",
        place="Ashby",
        location="l'école Brunnmatt",
        time="lundi",
        language="fr",
    )
    assert len(merged(a, b).incidents) == 2  # fmt: skip


def test_one_station_evacuated_told_in_french_and_english_is_one_event() -> None:
    french = one_incident(
        "La gare du Nord a été évacuée lundi matin à Paris après la découverte d'un colis suspect.",
        type="other", place="Paris", location="Gare du Nord, Paris", time="lundi matin", language="fr",
    )  # fmt: skip
    english = one_incident(
        "Paris North station was evacuated on Monday morning after a suspicious package was found.",
        type="other", place="Paris", location="Paris North station", time="on Monday morning",
    )  # fmt: skip
    assert len(merged(french, english).incidents) == 1
