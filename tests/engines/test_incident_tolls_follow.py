"""A sentence of people killed or hurt, with no place of its own, right after a crash or a
disaster is that event's toll, in the four languages; in a war report, civilians harmed
stay an incident of their own. Invented copy, written for these tests."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def _incidents(text: str, lang: str) -> list[tuple[str, str | None, int]]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return [(i.type, i.place, len(i.casualty_figures)) for i in briefing.incidents]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Un autocar volcó el martes en la autovía A-9 a la altura de Brenna. Dos muertos y 14 "
            "heridos, según la Guardia Civil, que investiga al conductor.",
            "es",
            "Brenna",
        ),
        (
            "Un car s'est renversé mardi près de Morvelle. Deux morts et 14 blessés, selon les pompiers.",
            "fr",
            "Morvelle",
        ),
        (
            "Nach heftigen Gewittern ging am Dienstag eine Mure in Kelbach ab. Zwei Tote und 14 "
            "Verletzte, teilte die Polizei mit.",
            "de",
            "Kelbach",
        ),
        (
            "A coach crashed into a lorry on Tuesday near Tarvel. Two people were killed and 14 were injured, police said.",
            "en",
            "Tarvel",
        ),
    ],
)
def test_a_toll_after_a_crash_or_a_disaster_is_its_toll(text: str, lang: str, place: str) -> None:
    found = _incidents(text, lang)
    assert len(found) == 1, found
    kind, found_place, casualties = found[0]
    assert kind in {"accident", "disaster"} and found_place == place and casualties >= 1


def test_a_toll_named_with_a_place_of_its_own_stays_apart() -> None:
    text = (
        "A coach crashed into a lorry on Tuesday near Tarvel. In Brask, two civilians were killed by shelling "
        "on Wednesday, officials said."
    )
    assert len(_incidents(text, "en")) == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El vuelco de un autobús en la A-9 dejó 14 heridos.", "es"),
        ("Le car s'est renversé près de Morvelle, faisant 14 blessés.", "fr"),
    ],
)
def test_a_vehicle_overturned_is_an_accident(text: str, lang: str) -> None:
    assert [kind for kind, _, _ in _incidents(text, lang)][:1] == ["accident"]


def test_a_figurative_overturn_is_no_accident() -> None:
    text = "El vuelco electoral del domingo dejó a la oposición en el gobierno de Brenna."
    assert "accident" not in [kind for kind, _, _ in _incidents(text, "es")]
