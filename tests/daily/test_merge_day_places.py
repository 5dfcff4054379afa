"""What one report of the day says of a place holds for the others placed there, and a
place named in another language is one place (the merge of branches dayquality and
dayactors, issue 25). Every article and place here is invented but the exonyms."""

from __future__ import annotations

from typing import Any

from summarizer.daily.merge import Briefed
from summarizer.daily.place_keys import place_key
from tests.daily.test_daily import merged, one_incident


def _one(text: str, language: str = "en", figures: list[dict[str, Any]] = (), **incident: Any) -> Briefed:  # type: ignore[assignment]
    return one_incident(text, figures=figures, language=language, **incident)


def _injured(text: str, value: float, counted: str) -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "counted": counted, "category": "injured"}


def test_a_place_one_report_names_beside_its_own_holds_it_for_every_report_placed_there() -> None:
    local = (
        "Un autobús interurbano volcó el martes en la autovía A-9 a la altura de Brenna y dejó 14 heridos."
    )
    wire = (
        "An intercity bus overturned on the A-9 motorway near Brenna, in the Osmara region, on Tuesday, "
        "leaving 14 people injured."
    )
    radio = "El vuelco de un autobús interurbano en la A-9, en la provincia de Osmara, dejó 14 heridos."
    a = _one(
        local,
        "es",
        [_injured("14 heridos", 14, "heridos")],
        type="accident",
        place="Brenna",
        time="el martes",
    )
    b = _one(
        wire, "en", [_injured("14 people", 14, "people")], type="accident", place="Brenna", time="Tuesday"
    )
    c = _one(radio, "es", [_injured("14 heridos", 14, "heridos")], type="accident", place="Osmara")
    # The local report names no region: only the wire says Brenna lies in Osmara.
    assert len(merged(a, b, c).incidents) == 1


def test_two_towns_said_to_lie_in_one_region_stay_two_places_beside_a_report_of_the_region() -> None:
    tarvel = "A warehouse fire near Tarvel, in the Osmara region, on Tuesday destroyed the grain store of the cooperative."
    brask = "A warehouse fire near Brask, in the Osmara region, on Tuesday destroyed the timber yard of the sawmill."
    region = (
        "Warehouse fires in Osmara on Tuesday destroyed a grain store and a timber yard, firefighters said."
    )
    a = _one(tarvel, type="disaster", place="Tarvel", time="Tuesday")
    b = _one(brask, type="disaster", place="Brask", time="Tuesday")
    c = _one(region, type="disaster", place="Osmara", time="Tuesday")
    day = merged(a, b, c)
    ids = [{r.article_id for r in incident.reports} for incident in day.incidents]
    tarvel_id, brask_id = a.article.id, b.article.id
    assert not any({tarvel_id, brask_id} <= members for members in ids), ids


def test_a_place_named_in_another_language_has_one_key() -> None:
    assert place_key("Steiermark") == place_key("Styria") == place_key("Estiria")
    assert place_key("Genève") == place_key("Genf") == place_key("Geneve") == place_key("Geneva")
    assert place_key("la Haye") == place_key("Den Haag") == place_key("The Hague")
    assert place_key("Kärnten") == place_key("Carinthia") != place_key("Styria")
    # Valence is a French town, not Valencia; Mexico City is not Mexico.
    assert place_key("Valence") != place_key("Valencia")
    assert place_key("Mexico City") != place_key("Mexico")


def test_a_vote_told_in_german_and_english_is_one_event_and_two_regions_are_two() -> None:
    german = (
        "Bei der Landtagswahl in Steiermark am Sonntag gewann die Volkspartei Nord 34,8 Prozent der Stimmen."
    )
    english = (
        "The Nord People's Party won the state election in Styria on Sunday with 34.8 percent of the vote."
    )
    other = (
        "The Nord People's Party won the state election in Carinthia on Sunday with 29.1 percent of the vote."
    )
    share = {"id": "f1", "value": 34.8, "unit": "percent", "counted": "Stimmen", "category": "other"}
    a = _one(
        german,
        "de",
        [{**share, "text": "34,8 Prozent"}],
        type="political_decision",
        place="Steiermark",
        time="am Sonntag",
    )
    b = _one(
        english,
        "en",
        [{**share, "text": "34.8 percent", "counted": "vote"}],
        type="political_decision",
        place="Styria",
        time="Sunday",
    )
    c = _one(
        other,
        "en",
        [{**share, "text": "29.1 percent", "value": 29.1, "counted": "vote"}],
        type="political_decision",
        place="Carinthia",
        time="Sunday",
    )
    assert len(merged(a, b).incidents) == 1
    assert len(merged(a, c).incidents) == 2


# ------------------------------------------------- reports in two languages of one event


def test_a_things_word_in_any_language_is_one_word() -> None:
    from summarizer.daily.merge import content_words, report_words

    german = "Ein Feuer zerstörte die Lagerhalle; Stadtbahnen und Busse standen still."
    assert {"warehouse", "tram", "bus"} <= report_words(german)
    assert {"warehouse", "tram", "bus"} <= report_words(
        "A fire destroyed the warehouse; trams and buses stood still."
    )
    assert {"lagerhalle", "stadtbahnen"} <= content_words(german)  # the words themselves are kept
    # What kind of event it was is no thing: two fires of one city share "fire" and nothing else.
    assert "feuer" in report_words(german) and "fire" not in report_words(german)


def test_reports_in_two_languages_sharing_more_than_their_place_are_one_event() -> None:
    german = "Ein Feuer hat am Dienstag in Tarvel eine Lagerhalle zerstört; niemand wurde verletzt, sagte die Feuerwehr."
    english = "A fire gutted a warehouse in Tarvel on Tuesday; nobody was hurt, firefighters said."
    a = _one(german, "de", type="disaster", place="Tarvel", time="am Dienstag")
    b = _one(english, "en", type="disaster", place="Tarvel", time="Tuesday")
    # Before, they shared their place and no word (Lagerhalle was not warehouse): two events.
    assert len(merged(a, b).incidents) == 1


def test_reports_in_two_languages_sharing_only_their_place_stay_apart() -> None:
    german = "Ein Brand hat am Dienstag in Tarvel eine Schule zerstört, teilte die Polizei mit."
    english = "A gas explosion wrecked a bakery in Tarvel on Tuesday, police said."
    a = _one(german, "de", type="disaster", place="Tarvel", time="am Dienstag")
    b = _one(english, "en", type="disaster", place="Tarvel", time="Tuesday")
    assert len(merged(a, b).incidents) == 2
