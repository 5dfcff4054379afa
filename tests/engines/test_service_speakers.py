"""A public service named only by its noun speaks for itself ("a déclaré la police"),
not the body the article named last (invented articles)."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def speakers(text: str, lang: str) -> tuple[list[str | None], dict[str, str]]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    names = {a.id: a.name for a in briefing.actors}
    return [names.get(q.speaker or "") for q in briefing.quotes], {a.name: a.kind for a in briefing.actors}


@pytest.mark.parametrize(
    ("lang", "text", "service"),
    [
        (
            "fr",
            "La CGT appelle à manifester jeudi à Nantes. Des heurts ont éclaté près du château.\n"
            "« Nous avons interpellé deux suspects », a déclaré la police.",
            "police",
        ),
        (
            "de",
            "Der Betriebsrat rief zum Warnstreik auf. In Kassel kam es zu Rangeleien.\n"
            "„Wir haben zwei Personen festgenommen“, sagte die Polizei.",
            "Polizei",
        ),
        (
            "es",
            "La CNT convocó una huelga en Vigo. Hubo altercados frente al puerto.\n"
            "«Hemos detenido a dos personas», dijo la policía.",
            "policía",
        ),
    ],
)
def test_a_service_named_by_its_noun_is_the_speaker(lang: str, text: str, service: str) -> None:
    said_by, actors = speakers(text, lang)
    assert said_by == [service]
    assert actors[service] == "government"


def test_a_named_body_of_that_service_is_the_speaker() -> None:
    text = (
        "La préfecture de Loire-Atlantique a dénombré 12 000 manifestants à Nantes.\n"
        "« La situation est sous contrôle », a indiqué la préfecture."
    )
    said_by, actors = speakers(text, "fr")
    assert said_by == ["préfecture de Loire-Atlantique"]
    assert "préfecture" not in actors


def test_other_body_nouns_still_refer_back_to_the_body_named_last() -> None:
    text = (
        "Le groupe Valmont ferme son usine de Saint-Omer.\n« Ce choix est douloureux », a déclaré le groupe."
    )
    said_by, actors = speakers(text, "fr")
    assert "groupe" not in actors
    assert said_by != ["groupe"]
