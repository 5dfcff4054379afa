"""Events that news copy tells without the usual keyword, so that the whole daily flow
finds every report of an event: a fire by its noun, a structure that gave way, an accident
by its name, people killed or hurt by what they were doing, floodwaters and debris flows, a
march by its article, pickets, a court's bail and acquittal phrasings, closures with a
hyphenated product; in German, French and Spanish too. Beside each, the near miss that is
no event (gunfire, the fire brigade, the month of March, a ceasefire, soldiers killed).
Invented sentences, written for these tests."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incidents import incident_kind, incident_type, tells_another_event

FOUND = [
    ("en", "A fire gutted a timber yard in Holloway on Tuesday, the brigade said.", "accident"),
    ("en", "More than 80 homes were destroyed by the Ridge Top fire near Carrow.", "accident"),
    ("en", "Crews fought a second fire on Sunday evening at a depot on Quay Street.", "accident"),
    ("en", "Two people died when the old footbridge gave way in Lenby on Friday.", "accident"),
    ("en", "Nine people were hurt when a walkway gave way beneath shoppers in Arden.", "accident"),
    ("en", "It was the third accident on the bypass this month.", "accident"),
    ("en", "A crane operator has been killed at the Harwick container terminal.", "civilian_harm"),
    ("en", "Floodwaters swept through Merrow overnight, cutting off two villages.", "disaster"),
    ("en", "Reports of a major debris flow in the Kessel valley overnight.", "disaster"),
    ("en", "Teachers filled the streets of Dunmore on Monday in a march for smaller classes.", "protest"),
    ("en", "Pickets have stood outside the Arlo depot since dawn.", "protest"),
    ("en", "A judge in Fenwick refused bail on Saturday for the builder over the collapse.", "other"),
    ("en", "The former mayor walked free from court on Tuesday.", "other"),
    ("en", "Kelso said on Friday it would close its dish-washer factory in Brent.", "other"),
    ("de", "Die Mure im Stubaital hat zwei Häuser verschüttet.", "disaster"),
    ("de", "Wegen des Busstreiks standen die Pendler am Bahnhof.", "protest"),
    ("de", "Im Hafen haben am Montag 2.000 Beschäftigte die Arbeit niedergelegt.", "protest"),
    ("de", "Am Abend zogen rund 500 Menschen gegen die Schließung durch die Innenstadt.", "protest"),
    ("de", "Am Mittwoch begann vor dem Landgericht Kiel der Prozess gegen den Makler.", "other"),
    ("fr", "Environ 3 000 enseignants ont défilé jeudi à Rennes.", "protest"),
    ("fr", "Des agriculteurs ont bloqué le périphérique de Caen pour dénoncer les normes.", "protest"),
    ("fr", "Un éboulement a coupé la route du col mardi soir.", "disaster"),
    ("es", "Un segundo fuego quedó controlado por la tarde en Olmedo.", "disaster"),
    ("es", "Un camión y una furgoneta chocaron el lunes en la N-2.", "accident"),
    ("es", "Un escape de cloro obligó a confinar a los vecinos de Tafalla.", "accident"),
    ("es", "Unas 300 personas se concentraron frente al ayuntamiento de Tudela.", "protest"),
    ("es", "Un desprendimiento de rocas cortó la carretera del puerto.", "disaster"),
]

NOT_EVENTS = [
    ("en", "Soldiers opened fire on the convoy and came under heavy fire."),
    ("en", "The company will fire 200 staff; the fire brigade said the fire risk is high."),
    ("en", "The March 5 vote was postponed until the spring."),
    ("en", "It was no accident, he said: the vase broke by accident."),
    ("en", "Police said the men would fire at troops from the rooftops."),
    ("es", "Las partes acordaron un alto el fuego en la frontera."),
    ("es", "Los fuegos artificiales iluminaron la bahía."),
]


@pytest.mark.parametrize(("lang", "sentence", "kind"), FOUND)
def test_an_event_told_without_the_usual_keyword_is_found(lang: str, sentence: str, kind: str) -> None:
    assert incident_type(sentence, lang) == kind


@pytest.mark.parametrize(("lang", "sentence"), NOT_EVENTS)
def test_gunfire_a_verb_the_month_and_a_ceasefire_are_no_fire_accident_or_march(
    lang: str, sentence: str
) -> None:
    assert incident_kind(sentence, lang) not in ("accident", "protest", "disaster")


def test_soldiers_killed_are_no_harm_to_civilians() -> None:
    sentence = "The ministry said that 300 servicemen have been killed since the offensive began."
    assert incident_type(sentence) != "civilian_harm"


def test_a_weekday_after_since_does_not_part_a_report_from_the_event_it_continues() -> None:
    text = (
        "A wildfire forced 2,000 people from their homes near Velden on Monday, officials said. "
        "The fire has burned 1,200 hectares since it started on Saturday afternoon, the officials added."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert len(briefing.incidents) == 1


def test_another_weekday_still_parts_two_events() -> None:
    text = (
        "A fire gutted a timber yard in Velden on Monday, officials said. "
        "On Saturday another fire had destroyed a barn, the brigade said."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert len(briefing.incidents) == 2


@pytest.mark.parametrize(
    "hostile",
    [
        "fire " * 20_000,
        "the bridge " + "a" * 50_000 + " gave way",
        "people " + "x " * 30_000 + "were killed",
        "since " * 20_000 + "Saturday",
        "Ünïcödé 火 fire ' " * 5_000,
    ],
)
def test_the_new_cues_stay_fast_on_hostile_text(hostile: str) -> None:
    started = time.thread_time()
    incident_kind(hostile)
    ExtractiveEngine().brief(Article(text=hostile + ". A fire broke out on Monday.", language="en"), None)
    assert time.thread_time() - started < 5


TYPED_BY_THE_HAZARD = [
    ("en", "A third patient has died in the typhoid fever outbreak at Dunmore General.", "other"),
    ("en", "Five firefighters were hurt fighting a warehouse blaze in Arden on Tuesday.", "accident"),
    ("en", "Crews battled the flames above Carrow through the night.", None),
    ("es", "En total, 300 vecinos han sido desalojados por el incendio de la sierra.", "disaster"),
    ("fr", "Quelque 200 habitants ont été évacués à cause des inondations.", "disaster"),
    ("en", "The ministry urged both sides to return to talks after a strike shut the port.", "protest"),
]


@pytest.mark.parametrize(("lang", "sentence", "kind"), TYPED_BY_THE_HAZARD)
def test_people_fled_or_hurt_in_a_named_hazard_are_its_report(
    lang: str, sentence: str, kind: str | None
) -> None:
    assert incident_type(sentence, lang) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials reported the deaths of three civilians in a Ukrainian fire on Friday.",
        "Two villagers were wounded by enemy fire near the border.",
    ],
)
def test_an_armys_fire_is_gunfire_not_an_accident(sentence: str) -> None:
    assert incident_type(sentence) != "accident"


def test_people_evacuated_with_no_hazard_named_are_an_evacuation() -> None:
    assert incident_type("About 300 residents were evacuated from the valley on Monday.") == "evacuation"


MORE_FOUND = [
    ("en", "The shopping centre was struck by missiles on Friday, killing 28 people.", "missile_strike"),
    (
        "en",
        "Ana Reyes won Friday's governor race with about 54 percent of ballots cast.",
        "political_decision",
    ),
    ("en", "A strike by 2,000 dockworkers shut the port on Tuesday.", "protest"),
    ("en", "Drivers stage a 24-hour warning strike over pay today.", "protest"),
    ("en", "Divers resumed the search under the collapsed Arlo bridge in Millbrook.", "accident"),
    ("en", "Officials are still examining this morning's crane collapse at the terminal.", "accident"),
    ("en", "Fourteen people were taken to hospital after a crush outside the stadium.", "accident"),
    ("en", "The group proposes to close its Hexley laundry facility next year.", "other"),
    ("de", "Im Hafen legten am Dienstag rund 4.000 Beschäftigte die Arbeit nieder.", "protest"),
    ("fr", "Quelque 150 salariés se sont rassemblés devant la préfecture.", "protest"),
    ("fr", "Les électeurs ont accepté l'initiative par 54,2% des voix.", "political_decision"),
    ("es", "La junta completó el martes el recuento de votos en Valdemoro.", "political_decision"),
    ("es", "Ana Ruiz conserva la alcaldía por siete votos.", "political_decision"),
]


@pytest.mark.parametrize(("lang", "sentence", "kind"), MORE_FOUND)
def test_more_events_told_in_their_own_words(lang: str, sentence: str, kind: str) -> None:
    assert incident_type(sentence, lang) == kind


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "This incident is unrelated to this morning's crane collapse at the terminal."),
        ("de", "Der Brand steht in keinem Zusammenhang mit dem Unfall vom Morgen."),
        ("fr", "L'incendie est sans lien avec l'accident du matin."),
        ("es", "El incendio no tiene relación con el accidente de la mañana."),
    ],
)
def test_a_report_that_says_it_is_unrelated_opens_another_event(lang: str, sentence: str) -> None:
    assert tells_another_event(sentence, lang)


def test_an_unrelated_event_is_not_folded_into_the_one_before() -> None:
    text = (
        "A passenger gangway at the Carrow ferry terminal collapsed at 3pm today. "
        "This incident is unrelated to this morning's crane collapse at the container terminal."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert len(briefing.incidents) == 2


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The president declared three days of national mourning after the earthquake.", "disaster"),
        ("The government declared a state of emergency after floods swept the north.", "disaster"),
        ("The governor declared a state of emergency on Monday.", "political_decision"),
    ],
)
def test_a_decision_that_answers_a_named_hazard_is_its_report(sentence: str, kind: str) -> None:
    assert incident_type(sentence) == kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A large fire gutted a warehouse in Arden on Monday, the brigade said. No one was hurt in the blaze, police said.",
        ),
        (
            "fr",
            "Un incendie a ravagé un entrepôt à Givors lundi soir. Aucun blessé n'est à déplorer selon les pompiers.",
        ),
        ("es", "Un incendio arrasó una nave en Lorca el lunes. No hubo heridos, según los bomberos."),
    ],
)
def test_a_toll_of_none_told_next_is_the_incidents(lang: str, text: str) -> None:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    zero = [f.id for f in briefing.figures if f.value == 0]
    assert zero and zero[0] in briefing.incidents[0].casualty_figures


def test_a_count_told_next_stays_apart_from_the_incident() -> None:
    text = "A heatwave hit Seville on Saturday, officials said. Last year 2,124 heat-related deaths were recorded."
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert all(not i.casualty_figures for i in briefing.incidents)
