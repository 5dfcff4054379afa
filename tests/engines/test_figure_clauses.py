"""A figure's category comes from the verb that governs it, read in its own clause, and a
magnitude, a label or a vague quantity of time is not a toll; in every language the
offline engine reads. Sentences are invented; each case also checks a neighbouring figure,
so that a rule cannot pass by dropping or flattening everything."""

from __future__ import annotations

import pytest

from summarizer.engines.extractive.figures import RawFigure, find_figures


def read(sentence: str, lang: str = "en") -> dict[str, RawFigure]:
    return {f.text: f for f in find_figures(sentence, 0, len(sentence), lang)}


def categories(sentence: str, lang: str = "en") -> dict[str, str]:
    return {text: f.category for text, f in read(sentence, lang).items()}


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # The nearest cue to the second number is "killing"; its verb is "forcing ... to leave".
        (
            "A storm hit the coast on Sunday, killing at least two people and forcing about 3,000 residents "
            "to leave coastal towns, officials said.",
            "en",
            {"at least two people": "killed", "about 3,000 residents": "displaced"},
        ),
        (
            "Trois salariés ont été légèrement blessés et une cinquantaine de riverains ont été évacués.",
            "fr",
            {"Trois salariés": "injured", "cinquantaine de riverains": "displaced"},
        ),
        (
            "In Passau starben zwei Menschen, rund 600 Bewohner mussten ihre Häuser verlassen.",
            "de",
            {"zwei Menschen": "killed", "rund 600 Bewohner": "displaced"},
        ),
        (
            "La riada dejó al menos cuatro muertos y obligó a desalojar a 300 vecinos.",
            "es",
            {"al menos cuatro muertos": "killed", "300 vecinos": "displaced"},
        ),
    ],
)
def test_the_governing_verb_not_the_nearest_cue_gives_the_category(
    sentence: str, lang: str, expected: dict[str, str]
) -> None:
    assert {t: c for t, c in categories(sentence, lang).items() if t in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A number joined by "and" shares the verb before it; one with a verb of its own does not.
        (
            "The blast killed five soldiers and two civilians on Monday.",
            {"five soldiers": "killed", "two civilians": "killed"},
        ),
        (
            "At least 23 people were injured and six remain missing, the agency said.",
            {"At least 23 people": "injured", "six": "other"},
        ),
        # Coordination reaches forward too: the verb after the second number governs both.
        (
            "All 15 missiles and 21 drones were intercepted overnight.",
            {"15 missiles": "intercepted", "21 drones": "intercepted"},
        ),
        # A causative reads its category after the number: "leaving 40 ships waiting" is no toll.
        (
            "The strike left 40 ships waiting at anchor, and 11 people were injured in scuffles.",
            {"40 ships": "other", "11 people": "injured"},
        ),
        # Cues of care and of moving people, each in the number's own clause.
        (
            "Hospitals treated more than 900 people for heatstroke, while 1,200 residents were moved to shelters.",
            {"more than 900 people": "injured", "1,200 residents": "displaced"},
        ),
    ],
)
def test_clauses_joined_by_a_conjunction_share_their_verb(sentence: str, expected: dict[str, str]) -> None:
    assert {t: c for t, c in categories(sentence).items() if t in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "magnitude", "toll"),
    [
        (
            "A magnitude 6.4 earthquake struck off the coast, killing 12 people.",
            "en",
            "magnitude 6.4",
            "12 people",
        ),
        (
            "Un sismo de magnitud 6,1 sacudió la costa y dejó al menos cuatro muertos.",
            "es",
            "magnitud 6,1",
            "al menos cuatro muertos",
        ),
        ("Un séisme de magnitude 5,2 a frappé la région et fait 3 morts.", "fr", "magnitude 5,2", "3 morts"),
        (
            "Ein Erdbeben der Stärke 5,8 erschütterte die Region, zwei Menschen starben.",
            "de",
            "Stärke 5,8",
            "zwei Menschen",
        ),
    ],
)
def test_a_magnitude_is_written_with_its_word_counts_nothing_and_is_no_toll(
    sentence: str, lang: str, magnitude: str, toll: str
) -> None:
    found = read(sentence, lang)
    assert (found[magnitude].unit, found[magnitude].counted, found[magnitude].category) == (
        "magnitude",
        None,
        "other",
    )
    assert found[toll].category == "killed"


@pytest.mark.parametrize(
    ("sentence", "lang", "label", "kept"),
    [
        ("The Category 4 typhoon flattened 1,100 homes.", "en", 4, 1100),
        ("Der Deutsche Wetterdienst rief die Warnstufe 3 aus, 40 Häuser wurden evakuiert.", "de", 3, 40),
        ("Météo-France a placé le niveau 2 de vigilance, 40 maisons ont été évacuées.", "fr", 2, 40),
        ("La Aemet activó el nivel 4 de alerta y 40 viviendas fueron desalojadas.", "es", 4, 40),
    ],
)
def test_a_label_number_is_not_a_figure(sentence: str, lang: str, label: float, kept: float) -> None:
    values = [f.value for f in read(sentence, lang).values()]
    assert label not in values and kept in values


def test_a_share_or_a_sum_of_money_counts_nothing() -> None:
    found = read("The currency rose 0.6% against the dollar and the bank lent 300,000 dollars to farmers.")
    assert [(f.unit, f.counted) for f in found.values()] == [("percent", None), ("USD", None)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # A participle after the noun ends what is counted; "firefighters" is a noun, not "fire".
        (
            "Around 150 people living nearby were evacuated while 80 firefighters were deployed.",
            "en",
            {"Around 150 people": "people", "80 firefighters": "firefighters"},
        ),
        (
            "Six members voted for the rise and three preferring to wait voted against it.",
            "en",
            {"three": "members"},
        ),
        ("Más de 200 viviendas resultaron dañadas.", "es", {"Más de 200 viviendas": "viviendas"}),
        ("Une cinquantaine de riverains ont été évacués.", "fr", {"cinquantaine de riverains": "riverains"}),
    ],
)
def test_the_counted_noun_ends_where_the_noun_phrase_does(
    sentence: str, lang: str, expected: dict[str, str]
) -> None:
    found = read(sentence, lang)
    assert {t: found[t].counted for t in expected if t in found} == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Les secours sont arrivés une vingtaine de minutes plus tard et 12 blessés ont été soignés.", "fr"),
        ("Los bomberos tardaron decenas de minutos y 12 heridos fueron atendidos.", "es"),
    ],
)
def test_a_vague_quantity_of_time_is_a_duration_not_a_figure(sentence: str, lang: str) -> None:
    assert [f.value for f in read(sentence, lang).values()] == [12]


def test_a_short_body_sentence_still_gives_its_figures() -> None:
    from summarizer import Article, summarize

    article = Article(
        text="Crush at the stadium\n\nSeven people died in the crush. Two of the dead were teenagers."
    )
    assert [f.text for f in summarize(article).figures] == ["Seven people", "Two"]
