"""A day's articles come in several languages: the merge reads each one's words, function
words, attributions and counts of people (issue 25). Every article here is invented."""

from __future__ import annotations

from typing import Any

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.measures import measure_of
from summarizer.daily.merge import Briefed
from summarizer.daily.records import FigureRecord
from summarizer.models import Actor, Figure
from summarizer.models.common import Span
from tests.daily.test_daily import briefed, merged, one_incident


def _one(
    text: str, place: str, time: str, type: str = "protest", figures: list[dict[str, Any]] = ()
) -> Briefed:  # type: ignore[assignment]
    return one_incident(text, figures=figures, type=type, place=place, time=time)


def test_two_protests_sharing_only_function_words_stay_apart() -> None:
    farmers = "Más de 300 agricultores cortaron las carreteras de Sevilla el jueves para protestar contra los precios, según la policía."
    nurses = "Las enfermeras de Sevilla se declararon en huelga el jueves para reclamar más personal, según el sindicato, desde las ocho."
    day = merged(_one(farmers, "Sevilla", "el jueves"), _one(nurses, "Sevilla", "el jueves"))
    assert len(day.incidents) == 2


def test_how_a_report_attributes_is_not_what_it_reports() -> None:
    fire = "Un incendie a détruit un entrepôt à Nantes mardi, a indiqué le préfet."
    march = "Une manifestation a bloqué le périphérique de Nantes mardi, a indiqué le préfet."
    day = merged(_one(fire, "Nantes", "mardi", "disaster"), _one(march, "Nantes", "mardi", "disaster"))
    assert len(day.incidents) == 2


def test_reports_in_another_script_share_their_words() -> None:
    one = "Наводнение затопило школу и больницу в Казани во вторник."
    two = "Во вторник в Казани наводнение затопило школу, сообщили спасатели."
    day = merged(_one(one, "Казань", "во вторник", "disaster"), _one(two, "Казань", "во вторник", "disaster"))
    assert len(day.incidents) == 1


def test_a_toll_in_one_language_conflicts_with_another_languages_toll() -> None:
    spanish = (
        "Al menos cinco personas murieron el martes en Almería por las lluvias, según el alcalde Luis Abad."
    )
    english = "Heavy rain killed two people in Almería on Tuesday, mayor Luis Abad said."
    five = {"id": "f1", "text": "Al menos cinco personas", "value": 5, "bound": "at_least",
            "counted": "personas", "category": "killed"}  # fmt: skip
    two = {"id": "f1", "text": "two people", "value": 2, "counted": "people", "category": "killed"}
    a = briefed(
        spanish,
        actors=[("a1", "Luis Abad", "person")],
        incidents=[
            {
                "id": "i1",
                "type": "disaster",
                "place": "Almería",
                "time": "el martes",
                "evidence": spanish,
                "casualty_figures": ["f1"],
            }
        ],
        figures=[five],
    )
    b = briefed(
        english,
        actors=[("a1", "Luis Abad", "person")],
        incidents=[
            {
                "id": "i1",
                "type": "disaster",
                "place": "Almería",
                "time": "Tuesday",
                "evidence": english,
                "casualty_figures": ["f1"],
            }
        ],
        figures=[two],
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    (toll,) = [f for f in day.figures if f.category == "killed"]
    assert toll.conflict and len(toll.values) == 2


def test_what_a_figure_counts_keeps_its_letters() -> None:
    text = "etwa 3000 Beschäftigte"
    figure = Figure(id="f1", text=text, value=3000, counted="Beschäftigte", category="other",
                    unit="count", bound="approximately", span=Span(start=0, end=len(text)))  # fmt: skip
    # A word the counted-things table knows is its one English measure, letters read whole.
    assert measure_of(FigureRecord.of(figure, text)) == "other:worker"
    assert measure_of(figure.model_copy(update={"counted": "workers"})) == "other:worker"
    # One it does not know keeps every letter (accents folded, any script): not "sldner".
    assert measure_of(figure.model_copy(update={"counted": "Söldner"})) == "other:soldner"
    # One the concept tables know is their English concept (``measures._head_word``).
    assert measure_of(figure.model_copy(update={"counted": "Flüchtlinge"})) == "other:migrants"
    assert measure_of(figure.model_copy(update={"counted": "беженцев"})) == "other:беженцев"
    assert (
        measure_of(figure.model_copy(update={"counted": "Personen", "category": "injured"}))
        == "injured:people"
    )


def _org(name: str) -> Actor:
    return Actor(id=name, name=name, kind="organization", mentions=[Span(start=0, end=1)])


def test_an_organisation_named_alone_is_the_one_named_so_with_its_kind() -> None:
    groups = same_actor_groups(
        [_org("Verdi"), _org("Gewerkschaft Verdi"), _org("Corvex"), _org("the Corvex group")]
    )
    assert sorted(map(sorted, groups)) == [[0, 1], [2, 3]]
    # Two organisations of that name: the bare name joins neither.
    groups = same_actor_groups([_org("Corvex"), _org("Corvex Bank"), _org("Corvex Party")])
    assert len(groups) == 3
    # A kind alone is no name of another kind of body ("Police" is not the "Police Union"),
    # though it is the day's one body of its own kind (``organisations.shorter_form``, as
    # the dayactors branch's gold day10 needs); a country is not its army.
    assert len(same_actor_groups([_org("Police"), _org("Police Union")])) == 2
    assert len(same_actor_groups([_org("Police"), _org("Tarvik Police")])) == 1
    assert len(same_actor_groups([_org("Police"), _org("Tarvik Police"), _org("Osterholm Police")])) == 3
    assert len(same_actor_groups([_org("Russia"), _org("Russian army")])) == 2
