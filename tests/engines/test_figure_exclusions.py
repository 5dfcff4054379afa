"""Numbers that are not figures, in every language the offline engine reads: durations,
tallies and scores, ages set off after a name, datelines, frequencies. Each case also
checks that the figure beside it is still found, so a rule cannot pass by dropping all."""

from __future__ import annotations

import pytest

from summarizer import Article, summarize


def figures(text: str, lang: str = "en") -> dict[str, float]:
    # A headline first: a lone line would be read as the headline itself.
    article = Article(text=f"Report\n\n{text}", language=lang)
    return {f.text: f.value for f in summarize(article).figures}


@pytest.mark.parametrize(
    ("text", "lang", "absent", "present"),
    [
        (
            "The Senate passed the bill 27-21 on Monday, and police said at least 40 people protested outside.",
            "en",
            [27, 21],
            40,
        ),
        ("The council voted 8-1 to build 120 homes.", "en", [8, 1], 120),
        (
            "Joan Whitaker, 78, was rescued on Monday after some 300 homes were flooded in Tarvik, officials said.",
            "en",
            [78],
            300,
        ),
        ("BRUSSELS, Nov 3 (Wire) - Police arrested 12 people.", "en", [3], 12),
        ("It ended a six-week standoff that cost 5 jobs.", "en", [6], 5),
        (
            "After a 14-hour debate in the chamber on Monday, about 200 protesters left the square, police said.",
            "en",
            [14],
            200,
        ),
        ("The wind changed three times and 30 homes burned.", "en", [3], 30),
        ("The shaking lasted twenty seconds and 45 people were hurt.", "en", [20], 45),
        ("Die Sitzung dauerte sieben Stunden, 300 Menschen kamen.", "de", [7], 300),
        ("Le match s'est terminé 2-0 devant 15 000 spectateurs.", "fr", [2, 0], 15000),
        ("El Betis perdió 0-2 ante 40.000 aficionados.", "es", [0, 2], 40000),
        ("Los vecinos llamaron al 091 cuando 30 jóvenes invadieron la plaza.", "es", [91], 30),
        ("M. Lachaux, 61 ans, a versé 200 000 euros.", "fr", [61], 200000),
        ("El Sporting perdió 3-1 y 2.400 vecinos fueron desalojados.", "es", [3, 1], 2400),
        # A French clock's minutes ("14 h 20", "9h40") are no count; a day's "24 h" is no clock.
        (
            "14 h 20 – Point presse.\n10 h 15 – Mise à jour : 310 élèves ont quitté l'école.",
            "fr",
            [20, 15],
            310,
        ),
        ("Vers 9h40, 200 enfants ont été évacués.", "fr", [40], 200),
        # A live blog entry's time opening its line is no figure of 12.1.
        ("12.10 - Un catamarán ha volcado: 14 heridos.", "es", [12.1, 12, 10], 14),
        ("09:15 – Zwölf Verletzte, sagt die Polizei.", "de", [9.15, 9, 15], 12),
        ("Pendant 24 h 30 bénévoles se sont relayés.", "fr", [24], 30),
    ],
)
def test_not_a_figure(text: str, lang: str, absent: list[float], present: float) -> None:
    values = list(figures(text, lang).values())
    assert present in values
    assert not [v for v in values if v in absent]


def test_a_range_is_still_one_figure() -> None:
    found = summarize("Crash\n\nBetween 10-20 people were injured in the crash.").figures
    assert [(f.value, f.value_high) for f in found] == [(10, 20)]


def test_german_counted_noun_ends_at_the_noun_and_a_german_noun_is_no_place() -> None:
    text = (
        "Unwetter\n\nNach Angaben der Polizei wurden am Montag 2.300 Menschen in Sicherheit gebracht "
        "und 14 Menschen verletzt, sagte ein Sprecher."
    )
    briefing = summarize(Article(text=text, language="de"))
    counted = {f.value: f.counted for f in briefing.figures}
    assert counted == {2300: "Menschen", 14: "Menschen"}
    assert {f.value: f.category for f in briefing.figures} == {2300: "displaced", 14: "injured"}
    assert all(i.place != "Sicherheit" for i in briefing.incidents)


def test_the_page_shows_the_language_and_marks_the_article_with_it() -> None:
    from summarizer.render import render

    text = "Titre\n\n« Oui », a déclaré le maire, Jean Dupont, lundi à Lyon."
    briefing = summarize(Article(text=text, language="fr"))
    assert "French (given)" in render(briefing, "markdown")
    page = render(briefing, "html", text)
    assert "French (given)" in page and '<div class="article" lang="fr">' in page
