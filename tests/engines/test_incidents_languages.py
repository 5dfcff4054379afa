"""Incidents outside English: an event told again later is one incident, and cue words
that only look like events make none (invented articles)."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incidents import incident_type


def incidents(text: str, lang: str) -> list[tuple[str, str | None]]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return [(i.type, i.place) for i in briefing.incidents]


RETOLD = {
    "fr": (
        "Trois hommes ont été interpellés mardi à Valcourt après le cambriolage d'une pharmacie. "
        "Le pharmacien a décrit des individus très calmes. L'enquête a été confiée à la brigade locale. "
        "Un voisin a entendu du bruit vers minuit. La boutique restera fermée toute la semaine. "
        "Les trois suspects ont été placés en garde à vue."
    ),
    "es": (
        "Agentes de la Guardia Civil han detenido en Torrealba a dos hombres por el robo de un camión. "
        "El vehículo transportaba material eléctrico. La empresa ha cifrado el valor de la carga. "
        "Un testigo alertó a los agentes a primera hora. La investigación sigue abierta. "
        "Los dos detenidos pasarán a disposición judicial."
    ),
    "de": (
        "In Hollerbach haben Polizisten zwei Männer nach einem Einbruch in eine Apotheke festgenommen. "
        "Die Täter hatten die Tür aufgebrochen. Ein Nachbar hörte gegen Mitternacht Lärm. "
        "Die Apotheke bleibt bis Freitag geschlossen. Die Ermittlungen dauern an. "
        "Die beiden Festgenommenen sollen einem Haftrichter vorgeführt werden."
    ),
    "en": (
        "Police in Marlow arrested two men after a pharmacy was broken into. The door had been forced. "
        "A neighbour heard noise around midnight. The pharmacy will stay shut until Friday. "
        "The investigation continues. The two arrested men are expected to appear before a judge."
    ),
}


@pytest.mark.parametrize("lang", sorted(RETOLD))
def test_an_event_told_again_with_no_place_or_time_of_its_own_is_one_incident(lang: str) -> None:
    found = incidents(RETOLD[lang], lang)
    assert [kind for kind, _ in found] == ["arrest"], found


def test_an_event_of_the_same_type_elsewhere_is_another_incident() -> None:
    text = (
        "Deux hommes ont été interpellés à Valcourt après un cambriolage. Le pharmacien a porté plainte. "
        "La brigade enquête. Les voisins sont inquiets. La boutique est fermée. "
        "Un troisième suspect a été interpellé à Montreuil-Bellay."
    )
    assert incidents(text, "fr") == [("arrest", "Valcourt"), ("arrest", "Montreuil-Bellay")]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Die Gewerkschaft will um jeden Arbeitsplatz kämpfen."),
        ("de", "Der Trainer stellte auf eine offensive Abwehr um."),
        ("de", "Der Täter soll bei der Flucht eine Tasche getragen haben."),
        ("de", "Das hat das Gericht in der Verhandlung nicht gewürdigt."),
        ("de", "Der Kämmerer warnte vor den Folgen für den Haushalt."),
        ("fr", "Sans les témoins, nous n'aurions pas pu intercepter ce véhicule."),
        ("fr", "Son combat a inspiré une génération de soignants."),
        ("fr", "Douze bombardiers d'eau ont été engagés."),
    ],
)
def test_words_that_only_look_like_events_make_none(lang: str, sentence: str) -> None:
    assert incident_type(sentence, lang) is None


@pytest.mark.parametrize(
    ("lang", "sentence", "kind"),
    [
        ("de", "Bei schweren Kämpfen im Osten starben zwölf Soldaten.", "ground_fighting"),
        ("de", "Nach heftigen Gefechten zog sich die Einheit zurück.", "ground_fighting"),
        ("de", "Die Beamten nahmen elf Personen vorläufig fest.", "arrest"),
        # A verdict is "other" (the schema has no court class); the arrest before it is an arrest.
        ("de", "Das Landgericht verurteilte den Mann zu vier Jahren Haft.", "other"),
        ("de", "Das Land kündigte Soforthilfen für die Betroffenen an.", "political_decision"),
        ("fr", "Les missiles ont été interceptés au-dessus de la ville.", "interception"),
        ("fr", "De violents combats se poursuivent dans le nord.", "ground_fighting"),
        ("fr", "Le village a été bombardé dans la nuit.", "air_drone_strike"),
        ("fr", "La région débloque un plan d'aide pour les éleveurs.", "political_decision"),
        ("es", "La Guardia Civil detuvo a tres personas.", "arrest"),
        ("es", "El Gobierno anunció ayudas directas para los agricultores.", "political_decision"),
    ],
)
def test_event_words_still_make_their_incident(lang: str, sentence: str, kind: str) -> None:
    assert incident_type(sentence, lang) == kind
