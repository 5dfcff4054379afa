"""Events news tells in words the engine did not read, so that a later sentence of their
toll stood as the incident in their place: a tall thing or a vehicle that fell over,
lightning that struck, an escape from a prison or a zoo, an animal that attacked a flock,
a tunnel or road closed, an outbreak told by which one it is, people missing found alive.
Each in English, German, French and Spanish (invented sentences); words of the same letters
that report no such event stay apart."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # A tall thing or a vehicle that fell over is an accident.
        ("A tower crane toppled onto a shopping street in Varnholm on Tuesday.", "en", "accident"),
        ("The hot-air balloon came down hard in a field near Brenna.", "en", "accident"),
        ("In Kelburg ist am Morgen ein Baukran auf die Hauptstraße gestürzt.", "de", "accident"),
        ("Auf der Baustelle in Felden ist ein Lkw mit Ladekran umgekippt.", "de", "accident"),
        ("Un échafaudage s'est effondré sur un chantier de Varens.", "fr", "accident"),
        ("Une grue a basculé sur la place du marché de Clavay.", "fr", "accident"),
        ("Una grúa se desplomó sobre la calle Mayor de Tarrel.", "es", "accident"),
        # What fell onto a place is no shoot-down ("abattu"); a storm that did is the storm's.
        ("L'engin, haut de 50 mètres, s'est abattu peu avant 8 heures sur la rue.", "fr", "accident"),
        ("Un orage s'est abattu sur Varens lundi soir.", "fr", "disaster"),
        # Lightning that struck is a disaster.
        ("Lightning struck a campsite near Carrow on Saturday night.", "en", "disaster"),
        ("Six walkers were hurt by lightning on the Brenna ridge.", "en", "disaster"),
        ("Ein Blitz hat in das Festzelt in Felden eingeschlagen.", "de", "disaster"),
        ("Beim Blitzeinschlag wurden zwölf Menschen verletzt.", "de", "disaster"),
        ("La foudre est tombée sur le stade de Varens.", "fr", "disaster"),
        ("Un rayo cayó sobre el escenario del festival de Tarrel.", "es", "disaster"),
        # An escape from custody or an enclosure is "other".
        ("Three inmates broke out of the Dunmore prison before dawn.", "en", "other"),
        ("A lynx escaped from its enclosure at Corvana Zoo.", "en", "other"),
        ("Zwei Häftlinge sind aus der Justizvollzugsanstalt Kelburg ausgebrochen.", "de", "other"),
        ("Der Luchs war aus seinem Gehege im Tierpark entkommen.", "de", "other"),
        ("Deux détenus se sont évadés de la maison d'arrêt de Varens.", "fr", "other"),
        ("Un oso se ha escapado esta mañana del zoo de Tarrel.", "es", "other"),
        ("Dos presos se fugaron de la cárcel de Olmeda.", "es", "other"),
        # An animal that attacked a flock is "other".
        ("A wolf attacked a flock of sheep above Brenna overnight.", "en", "other"),
        ("Twelve sheep were found dead on a pasture near Carrow.", "en", "other"),
        ("Ein Wolf hat in der Nacht eine Schafherde bei Felden angegriffen.", "de", "other"),
        ("Bei Kelburg wurden 14 Schafe gerissen.", "de", "other"),
        ("Un loup a attaqué un troupeau près de Clavay.", "fr", "other"),
        ("Los lobos atacaron un rebaño en Olmeda.", "es", "other"),
        # A tunnel or a road closed, with nothing else reported, is "other".
        ("The Brenna tunnel under the pass has been closed after cracks were found.", "en", "other"),
        ("Le tunnel de Clavay, fermé depuis hier soir, ne rouvrira pas avant lundi.", "fr", "other"),
        ("El túnel de Olmeda permanece cerrado desde el martes.", "es", "other"),
        # People missing found alive are brought out of danger: an evacuation.
        ("The three climbers missing since Sunday were found alive above Brenna.", "en", "evacuation"),
        ("Die drei Wanderer sind am Montag lebend gefunden worden.", "de", "evacuation"),
        ("Les trois randonneurs disparus ont été retrouvés vivants à Clavay.", "fr", "evacuation"),
        ("Los tres montañeros fueron hallados con vida en Olmeda.", "es", "evacuation"),
        # An outbreak told by which one it is, and bird flu confirmed.
        ("The second outbreak, on a turkey farm, was confirmed on Monday.", "en", "other"),
        ("Officials confirmed avian influenza on a farm near Carrow.", "en", "other"),
        ("Die Behörden bestätigten einen zweiten Ausbruch in einem Geflügelbetrieb.", "de", "other"),
        ("Un nouveau foyer de grippe aviaire a été confirmé à Varens.", "fr", "other"),
        ("La Junta confirmó un foco de gripe aviar en una granja de Tarrel.", "es", "other"),
    ],
)
def test_an_event_told_in_these_words_is_typed(sentence: str, lang: str, expected: str) -> None:
    assert incident_type(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # An escaped inmate caught is the arrest's report; sheep killed in a flood the flood's.
        ("One of the inmates who broke out of the Dunmore jail was arrested in Carrow.", "en", "arrest"),
        ("Hundreds of sheep were killed in the floods near Brenna.", "en", "disaster"),
        # A guard hurt in an escape is the escape's.
        ("A guard was injured when three inmates escaped from the Dunmore prison.", "en", "other"),
    ],
)
def test_an_escape_or_attack_yields_to_what_it_led_to(sentence: str, lang: str, expected: str) -> None:
    assert incident_type(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The government was toppled by a confidence vote.", "en"),
        ("She answered with lightning speed.", "en"),
        ("He escaped injury when he fell.", "en"),
        ("The Lions killed off the game in the second half.", "en"),
        ("Die Regierung wurde im Frühjahr gestürzt.", "de"),
        ("Im Krankenhaus ist ein Patient gestürzt.", "de"),
        ("L'évasion fiscale coûte des milliards à l'État.", "fr"),
        ("Le musée est fermé le dimanche.", "fr"),
        ("Los rayos X confirmaron la fractura.", "es"),
    ],
)
def test_words_of_the_same_letters_report_no_such_event(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) not in {"accident", "disaster", "other"}


def test_the_event_sentence_not_its_toll_is_the_incident() -> None:
    """The toll told after the event is the event's, not an incident of its own."""
    text = (
        "In Kelburg ist am Dienstagmorgen ein Baukran auf die Hauptstraße gestürzt. "
        "Nach Angaben der Feuerwehr gibt es mindestens einen Toten und mehrere Verletzte."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="de"), None)
    assert [i.type for i in briefing.incidents] == ["accident"]
    assert "Baukran" in briefing.incidents[0].evidence


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_the_new_cues_read_hostile_text_quickly(lang: str) -> None:
    """Long runs of the cues' parts with no ending (no backtracking blow-up)."""
    hostile = (
        "crane " * 2_000
        + "wolf " * 2_000
        + "baukran " * 2_000
        + "tunnel " * 2_000
        + "escaped from the " * 1_000
        + "grúa " * 2_000
        + "x"
    )
    started = time.thread_time()
    incident_type(hostile, lang)
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # The previous event of a kind, dated to a past year, is background.
        ("Spain's last confirmed outbreak on a farm was in Carrow province in January 2025.", "en"),
        ("El último foco de gripe aviar en la provincia data de enero del año pasado.", "es"),
        ("Das letzte Hochwasser in Felden gab es im Jahr 2021.", "de"),
        ("La dernière inondation à Varens remonte à 2019.", "fr"),
        # The year before named in words, in any language the project reads.
        ("La dernière inondation à Varens remonte à l'an passé.", "fr"),
        ("O último incêndio na serra de Arga foi no ano passado.", "pt"),
        # An event told as a day or more before the news is the background of the news.
        ("The organisers cancelled Sunday's concerts, a day after lightning struck the site.", "en"),
        ("Au lendemain de l'incendie, la mairie a ouvert un gymnase à Varens.", "fr"),
        ("Einen Tag nach dem Unwetter blieb die Schule in Felden zu.", "de"),
        ("Un día después del incendio, los vecinos volvieron a sus casas en Tarrel.", "es"),
    ],
)
def test_an_earlier_event_told_as_background_is_no_incident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The latest outbreak on a farm near Carrow was confirmed on Monday.", "other"),
        ("Two days after the flood, a second storm hit Brenna.", "disaster"),
    ],
)
def test_todays_event_beside_an_earlier_one_is_still_read(sentence: str, expected: str) -> None:
    assert incident_type(sentence, "en") == expected


def test_an_english_report_keeps_a_foreign_place_name_whole() -> None:
    """ "Torremocha de Gállego" in English copy is one town, not "Torremocha"."""
    text = (
        "A hot-air balloon carrying ten passengers came down hard in a field near "
        "Villaverde de Gállego on Thursday morning."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert [(i.type, i.location) for i in briefing.incidents] == [("accident", "Villaverde de Gállego")]
