"""A rescue told with an active verb and whom it reached is an event in every language:
"Sasemar a secouru à l'aube quarante-sept migrants", "A Marinha resgatou 47 migrantes", "Die
Seenotretter retteten 47 Migranten", "The coastguard rescued 47 migrants". French, German and
Portuguese read only the passive ("ont été secourus"), English had no migrants among the
people rescuers reach; the unread rescue of day 78's French wire fell into the drowning told
just before it, and the merge joined the Algarve drowning with the Barbate rescue. The verb
alone may save a firm, a bank or a season. Invented copy."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Le service de sauvetage en mer a secouru à l'aube quarante-sept migrants au large du cap Gris.",
            "fr",
        ),
        ("La SNSM a secouru deux kayakistes au large de Roscoff.", "fr"),
        ("A Marinha resgatou 47 migrantes ao largo de Tavira.", "pt"),
        ("Die Seenotretter retteten am Morgen 47 Migranten vor Lampedusa.", "de"),
        ("The coastguard rescued 47 migrants off Barbate at dawn.", "en"),
    ],
)
def test_an_active_rescue_of_people_is_an_event(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Le gouvernement a sauvé l'entreprise de la faillite.", "fr"),
        ("Le club a sauvé sa saison dimanche.", "fr"),
        ("Der Konzern rettete 300 Arbeitsplätze.", "de"),
        ("O governo salvou o banco da falência.", "pt"),
    ],
)
def test_a_firm_or_a_season_saved_is_no_rescue(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


def test_a_rescue_told_after_a_drowning_is_an_incident_of_its_own() -> None:
    text = (
        "Deux drames ce dimanche sur les côtes du sud. Au Portugal, un touriste de 62 ans s'est noyé en fin "
        "de matinée sur la plage de Falésia, près d'Albufeira, en Algarve. En Espagne, le service de "
        "sauvetage en mer a secouru à l'aube quarante-sept migrants au large du cap Trafalgar, en Andalousie, "
        "et les a débarqués à Barbate."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="fr"), None)
    assert len(briefing.incidents) == 2
    assert briefing.incidents[1].evidence.startswith("En Espagne")
