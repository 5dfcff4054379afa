"""Sentences and quotations in German, French and Spanish, attacked: abbreviations, ordinals,
sentences that open with „ « ¿ ¡ —, guillemets either way round and unbalanced, quotations
inside quotations, French inner spaces, Spanish dialogue lines, and grounding's
``quoted_regions`` holding every quotation the engine finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text.quotations import find_quote_spans, quoted_regions
from summarizer.text.segment import split_sentences


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        ("de", "Das gilt z. B. für Berlin. Er kam.", 2),
        ("de", "Dr. Müller kam am 5. März nach Hause. Dann ging er.", 2),
        ("de", "Das war der 3. Platz. Sie nicht.", 2),
        ("de", "Er kam. „Das ist gut“, sagte sie.", 2),
        ("de", "Er kam. »Das ist gut«, sagte sie.", 2),
        ("de", "Er kam. Über 20 Menschen starben.", 2),
        ("fr", "M. Dupont est arrivé. Mme Durand aussi.", 2),
        ("fr", "Il a dit : « Oui. » « Non », a-t-elle répondu.", 2),
        ("fr", "Il a dit :\u00a0«\u00a0Oui.\u00a0» Puis il est parti.", 2),
        ("fr", "Il est venu. « C'est bien », a-t-il dit.", 2),
        ("fr", "Il est venu. Éric est parti.", 2),
        ("es", "La Sra. García llegó. El Sr. López también.", 2),
        ("es", "Llegó a EE. UU. el lunes. Después se fue.", 2),
        ("es", "Según CC. OO. el paro sube. Después bajó.", 2),
        ("es", "Llegó. ¿Qué pasa? ¡Nada! —Es un desastre —dijo.", 4),
    ],
)
def test_sentences(lang: str, text: str, sentences: int) -> None:
    assert len(split_sentences(text, lang)) == sentences, [s.text for s in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "quotes"),
    [
        ("de", "Er sagte: „Sie rief ‚Hilfe‘ und lief.“ Dann ging er.", ["Sie rief ‚Hilfe‘ und lief."]),
        ("de", "Er sagte: »Das ist gut.« Dann ging er.", ["Das ist gut."]),
        ("de", "Er sagte: «Das ist gut.» Dann ging er.", ["Das ist gut."]),  # Swiss
        ("de", "Er sagte: »Das ist gut. Dann ging er.", []),  # unbalanced
        ("fr", "« Il a dit “oui” hier », a-t-elle raconté.", ["Il a dit “oui” hier"]),
        ("fr", '« Il a dit "oui" hier », a-t-elle raconté.', ['Il a dit "oui" hier']),
        ("es", "Dijo: «Es un “gran” desastre».", ["Es un “gran” desastre"]),
        ("fr", "Il a dit : «\u202fOui, c'est bien.\u202f» Puis il est parti.", ["Oui, c'est bien."]),
        ("fr", "Il a dit : Oui » et « non.", []),  # French never opens with »
        (
            "fr",
            "« Premier paragraphe.\n« Deuxième paragraphe. »",
            ["Premier paragraphe.", "Deuxième paragraphe."],
        ),
        ("es", "—Es un desastre —dijo el alcalde—. Hay que actuar.", ["Es un desastre", "Hay que actuar."]),
        (
            "es",
            "— Es un desastre — dijo el alcalde —. Hay que actuar.",
            ["Es un desastre", "Hay que actuar."],
        ),
        ("es", "—Es un desastre.", ["Es un desastre."]),
        ("es", "—¿Vienes? —Sí —dijo ella.", ["¿Vienes? —Sí"]),  # the clause is "dijo ella", not "Sí"
        ("es", "El alcalde —que llegó tarde— dijo que no.", []),
    ],
)
def test_quotation_spans(lang: str, text: str, quotes: list[str]) -> None:
    assert [text[a:b] for a, b in find_quote_spans(text, lang)] == quotes


PIECES = [
    "„",
    "“",
    "‚",
    "‘",
    "»",
    "«",
    "« ",
    " »",
    "\u00a0»",
    "«\u202f",
    '"',
    "—",
    " —",
    "Er sagte",
    "dijo",
    ".",
    "\n",
    " ",
    "Oui",
    "a-t-il dit",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["de", "fr", "es", "en"]), st.lists(st.sampled_from(PIECES), max_size=40))
def test_quoted_regions_hold_every_quotation(lang: str, pieces: list[str]) -> None:
    text = "".join(pieces)
    regions = quoted_regions(text, lang)
    for start, end in find_quote_spans(text, lang):
        assert any(a <= start and end <= b for a, b in regions), (text, text[start:end])


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_a_closing_guillemet_after_french_inner_space_stays_with_its_sentence(space: str) -> None:
    text = f"Il a dit :{space}«{space}Oui.{space}» «{space}Non{space}», a-t-elle répondu."
    assert [s.text[-1] for s in split_sentences(text, "fr")] == ["»", "."]
