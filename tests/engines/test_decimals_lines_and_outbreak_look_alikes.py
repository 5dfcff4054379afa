"""Ordinary news that looks like a clock, an emergency line or an outbreak, and is not.

Each case was misread by a rule written for the thing it looks like: Swiss German writes
decimals with a dot ("12.50 Franken"), "the 118 Britons" are people, not a phone line, and
"un nouveau foyer" is also a new home."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incidents import incident_type


def _figures(text: str, lang: str) -> list[tuple[str, float | None]]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return [(f.text, f.value) for f in briefing.figures]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A dotted numeral is a clock only at the head of a line or after a word of time.
        ("Die Reparatur kostet 12.50 Franken pro Haushalt.", "de", ("12.50 Franken", 12.5)),
        ("Der Kran hob 12.30 Tonnen Stahl.", "de", ("12.30 Tonnen", 12.3)),
        # A count after an article is no emergency line, nor after a centre.
        ("The 118 Britons evacuated from the port landed in Leeds.", "en", ("118 Britons", 118.0)),
        ("At the evacuation centre 111 people spent the night.", "en", ("111 people", 111.0)),
        ("En el centro 112 personas pasaron la noche.", "es", ("112 personas", 112.0)),
    ],
)
def test_a_count_that_looks_like_a_clock_or_a_line_is_still_a_count(
    text: str, lang: str, expected: tuple[str, float]
) -> None:
    assert expected[1] in [value for _, value in _figures(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A las 22.05 los bomberos rescataron a 12 personas en Teruel.", "es"),
        ("Um 7.30 Uhr meldete die Polizei drei Verletzte in Bern.", "de"),
        ("La capilla se abrirá de 10.00 a 14.00 horas; acudieron 300 vecinos.", "es"),
        ("16.40 Police say 12 people were hurt in Leeds.", "en"),
        ("El servicio de emergencias 112 Aragón atendió a 4 heridos.", "es"),
        ("Callers to the 999 emergency line reported 4 injured.", "en"),
    ],
)
def test_clocks_and_emergency_lines_are_still_no_counts(text: str, lang: str) -> None:
    values = [value for _, value in _figures(text, lang)]
    assert not {22.05, 7.3, 10.0, 14.0, 16.4, 112.0, 999.0} & set(values)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ein neuer Ausbruch der Gewalt erschütterte die Stadt.", "de"),
        ("Les pompiers cherchent un nouveau foyer pour la famille.", "fr"),
    ],
)
def test_a_new_home_or_a_new_bout_of_violence_is_no_outbreak(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) != "other"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Un nuevo foco del incendio obligó a evacuar Tarrel.", "es", "disaster"),
        ("Trees toppled across the region as the storm hit.", "en", "disaster"),
        ("A new outbreak of measles hit the city.", "en", "other"),
        ("A second outbreak was confirmed on a turkey farm.", "en", "other"),
        ("Un nouveau foyer de grippe aviaire a été confirmé dans l'Ain.", "fr", "other"),
        ("Se confirmó un nuevo foco de gripe aviar en Lugo.", "es", "other"),
    ],
)
def test_fires_storms_and_real_outbreaks_keep_their_type(sentence: str, lang: str, expected: str) -> None:
    assert incident_type(sentence, lang) == expected
