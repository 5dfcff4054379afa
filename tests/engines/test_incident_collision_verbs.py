"""A collision told by its verb is an accident in every language the engine briefs ("two
paragliders collided", "kollidierten zwei Gleitschirme", "sind ... zusammengestossen",
"se sont percutés", "colisionaron", "colidiram"), while a clash of views, dates or refusals
told with the same verbs is none."""

from __future__ import annotations

import pytest

from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A Dutch pilot was hurt this morning when two paragliders collided after take-off.", "en"),
        ("Two freight trains have collided near the border crossing.", "en"),
        ("Kurz nach dem Start kollidierten zwei Gleitschirme in rund 80 Metern Höhe.", "de"),
        ("Zwei Gleitschirmpiloten sind am Samstag über Fiesch in der Luft zusammengestossen.", "de"),
        ("Zwei Radfahrer sind am Morgen auf der Uferpromenade zusammengestoßen.", "de"),
        ("Auf der Kreuzung stießen am Abend zwei Autos frontal zusammen.", "de"),
        ("Im Nebel stießen gegen 7.30 Uhr zwischen Altdorf und Neudorf zwei Autos frontal zusammen.", "de"),
        ("Ein Lieferwagen ist am Morgen auf der Kreuzung mit einer Straßenbahn kollidiert.", "de"),
        ("Deux parapentes se sont percutés peu après le décollage au-dessus de Fiesch.", "fr"),
        ("Dos turismos colisionaron frontalmente en la carretera de la costa.", "es"),
        ("Dois carros colidiram esta manhã na estrada nacional.", "pt"),
    ],
)
def test_a_collision_verb_types_an_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A figure of speech, a clash of dates, a refusal met: no event.
        ("Their views collided at the party conference in the spring.", "en"),
        ("Two worlds collided at the first meeting of the two families.", "en"),
        ("Der neue Termin kollidiert mit der Sitzung des Gemeinderats.", "de"),
        ("Die Pläne kollidieren mit dem Naturschutzrecht.", "de"),
        ("Les élus se sont heurtés au refus du préfet.", "fr"),
    ],
)
def test_a_clash_of_views_or_dates_is_no_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None
