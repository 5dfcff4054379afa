"""Bodies French writes in sentence case (invented articles)."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def bodies(text: str, lang: str = "fr") -> dict[str, set[str]]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return {a.name: set(a.aliases) for a in briefing.actors if a.kind in {"organization", "government"}}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("L'Agence régionale de santé a lancé une campagne de vaccination.", "Agence régionale de santé"),
        (
            "Le Service départemental d'incendie et de secours est intervenu.",
            "Service départemental d'incendie et de secours",
        ),
        ("La Fédération française de cyclisme a suspendu le coureur.", "Fédération française de cyclisme"),
        (
            "La Confédération nationale des buralistes dénonce la hausse.",
            "Confédération nationale des buralistes",
        ),
        (
            "L'Association pour la protection des oiseaux migrateurs proteste.",
            "Association pour la protection des oiseaux migrateurs",
        ),
        ("L'Association des maires de France a été reçue.", "Association des maires de France"),
        # A reporting verb after the name is not part of it.
        (
            "La Direction départementale des territoires indique que la route rouvrira.",
            "Direction départementale des territoires",
        ),
    ],
)
def test_a_sentence_case_name_is_one_body(sentence: str, name: str) -> None:
    assert name in bodies(sentence)


def test_an_acronym_in_brackets_is_the_same_body() -> None:
    text = "L'Agence régionale de santé (ARS) a lancé une campagne. L'ARS confirme trois cas."
    assert bodies(text) == {"Agence régionale de santé": {"ARS"}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Conseil a voté la mesure mardi.",  # a bare noun and a verb: no name
        "Le Service a été critiqué par les usagers.",
        "Une agence bancaire a été braquée à Lyon.",  # lower case: a common noun
    ],
)
def test_a_body_noun_alone_is_no_sentence_case_name(sentence: str) -> None:
    assert not any(
        " " in name and name.split()[0] in {"Conseil", "Service", "agence"} for name in bodies(sentence)
    )


def test_capitalised_names_elsewhere_are_unchanged() -> None:
    # Languages that capitalise a body's name read no lower-case words into it.
    assert "Agencia Estatal de Meteorología" in bodies(
        "La Agencia Estatal de Meteorología activó la alerta roja.", "es"
    )
    assert not any(
        "régionale" in n for n in bodies("The Agence régionale de santé said on Monday it was worried.", "en")
    )
