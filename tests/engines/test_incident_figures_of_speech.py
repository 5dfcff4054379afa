"""A disaster, a crash, a brawl or a bomb said of politics, words or money is no incident:
"a political earthquake", "a firestorm of criticism", "Die Aktie ist abgestürzt", "the
market was flooded with cheap imports". Each figure of speech beside a literal report of
the same cue, which is still found, in English, German, French, Spanish, Italian and
Portuguese. Invented sentences, written for these tests."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incidents import incident_type

# (language, figure of speech, literal report of the same cue, the literal report's type)
PAIRS = [
    (
        "en",
        "The minister defused a political time bomb on Tuesday.",
        "Army experts defused a bomb found near the station in Tarvel.",
        "other",
    ),
    (
        "en",
        "The debate turned into a brawl of words between the two leaders.",
        "Police broke up a brawl between rival fans in Darnley.",
        "other",
    ),
    (
        "en",
        "The result was a political earthquake for the ruling party.",
        "A magnitude 5 earthquake struck Tarvel on Monday.",
        "disaster",
    ),
    (
        "en",
        "The minister faced a storm of criticism over the plan.",
        "A storm hit the coast near Tarvel on Friday.",
        "disaster",
    ),
    (
        "en",
        "The market was flooded with cheap imports last year.",
        "The village was flooded after the river burst its banks.",
        "disaster",
    ),
    (
        "en",
        "Shares crashed 20% after the profit warning.",
        "A car crashed into a tree in Darnley.",
        "accident",
    ),
    (
        "en",
        "An avalanche of complaints reached the council.",
        "An avalanche buried three skiers near Tarvel.",
        "disaster",
    ),
    (
        "en",
        "A tsunami of criticism hit the minister.",
        "A tsunami hit the coast of Tarvel.",
        "disaster",
    ),
    ("de", "Die Aktie ist abgestürzt.", "Ein Kleinflugzeug ist bei Ostrach abgestürzt.", "accident"),
    (
        "de",
        "Das Ergebnis war ein politisches Erdbeben.",
        "Ein Erdbeben der Stärke 5 erschütterte die Region um Kelbach.",
        "disaster",
    ),
    (
        "de",
        "Der Minister erntete einen Sturm der Entrüstung.",
        "Ein Sturm deckte in Kelbach Dächer ab.",
        "disaster",
    ),
    (
        "de",
        "Eine Lawine von Beschwerden ging bei der Stadt ein.",
        "Eine Lawine verschüttete drei Skifahrer.",
        "disaster",
    ),
    # The break-in verb is the one prices fall with.
    (
        "de",
        "Der Kurs der Aktie ist eingebrochen.",
        "In Ostrach ist in eine Apotheke eingebrochen worden.",
        "other",
    ),
    (
        "fr",
        "C'est un séisme politique pour le gouvernement.",
        "Un séisme de magnitude 5 a frappé la région de Morvelle.",
        "disaster",
    ),
    (
        "fr",
        "Le ministre a désamorcé une bombe politique.",
        "La bombe a été désamorcée par les démineurs.",
        "other",
    ),
    (
        "fr",
        "Une avalanche de plaintes est arrivée à la mairie.",
        "Une avalanche a emporté trois skieurs à Morvelle.",
        "disaster",
    ),
    (
        "fr",
        "Une tempête de critiques s'est abattue sur le ministre.",
        "Une tempête a frappé la côte près de Brassac.",
        "disaster",
    ),
    (
        "fr",
        "Une bagarre verbale a éclaté entre les deux candidats.",
        "Une bagarre a éclaté samedi soir devant un bar de Brassac.",
        "other",
    ),
    (
        "es",
        "Una tormenta de críticas cayó sobre el ministro.",
        "Una tormenta dejó inundaciones en Toriel.",
        "disaster",
    ),
    (
        "es",
        "Fue un terremoto político para el Gobierno.",
        "Un terremoto de magnitud 5 sacudió la región de Brenna.",
        "disaster",
    ),
    (
        "es",
        "Una avalancha de quejas llegó al ayuntamiento.",
        "Una avalancha sepultó a tres esquiadores.",
        "disaster",
    ),
    (
        "es",
        "El ministro desactivó una bomba política.",
        "Los artificieros desactivaron una bomba en Toriel.",
        "other",
    ),
    (
        "it",
        "Per il governo è stato uno tsunami politico.",
        "Uno tsunami ha colpito la costa di Borgo.",
        "disaster",
    ),
    ("it", "Il voto è stato un tornado politico.", "Un tornado ha colpito Borgo.", "disaster"),
    ("pt", "Foi um tsunami político para o governo.", "Um tsunami atingiu a costa de Braga.", "disaster"),
    ("pt", "Um tornado de críticas atingiu o ministro.", "Um tornado atingiu Braga.", "disaster"),
]


@pytest.mark.parametrize(("lang", "figurative", "literal", "kind"), PAIRS)
def test_a_figure_of_speech_is_no_incident_and_the_literal_cue_still_is(
    lang: str, figurative: str, literal: str, kind: str
) -> None:
    assert incident_type(figurative, lang) is None
    assert incident_type(literal, lang) == kind


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The company's shares have crashed."),
        ("en", "Within a month the market was flooded with cheap imports."),
        ("it", "Il crash di Borsa ha bruciato miliardi."),
        ("pt", "O crash da bolsa assustou os investidores."),
    ],
)
def test_a_crash_of_shares_and_prices_is_no_accident(lang: str, sentence: str) -> None:
    assert incident_type(sentence, lang) is None


@pytest.mark.parametrize(
    ("lang", "sentence", "kind"),
    [
        # Next to the frame words, but not governed by them.
        ("en", "A diplomatic convoy was hit by a storm near Tarvel.", "disaster"),
        ("en", "A lorry full of goods crashed on the bypass in Darnley.", "accident"),
        ("fr", "L'explosion du marché de Noël a fait deux blessés à Morvelle.", "accident"),
        ("de", "Der Keller der Börse wurde bei dem Hochwasser überflutet.", "disaster"),
        ("es", "El terremoto dejó críticas al Gobierno por la lentitud del rescate en Brenna.", "disaster"),
    ],
)
def test_frame_words_beside_a_literal_event_leave_it_found(lang: str, sentence: str, kind: str) -> None:
    assert incident_type(sentence, lang) == kind


@pytest.mark.parametrize(
    ("sentence", "literal"),
    [
        ("The bridge talks collapsed on Friday.", "The bridge collapsed on Friday."),
        ("Tarvel's bridge talks have collapsed.", "Tarvel's bridge has collapsed."),
    ],
)
def test_talks_that_collapsed_are_no_accident(sentence: str, literal: str) -> None:
    assert incident_type(sentence, "en") != "accident"
    assert incident_type(literal, "en") == "accident"


def test_a_political_earthquake_makes_no_incident_in_the_briefing() -> None:
    text = (
        "The result was a political earthquake for the ruling party. "
        "The minister faced a storm of criticism over the plan. "
        "Shares crashed 20% after the profit warning."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    assert briefing.incidents == []


def test_a_long_run_of_frame_words_is_read_quickly() -> None:
    hostile = "political " * 3000 + "earthquake " + "of " * 3000 + "criticism"
    started = time.thread_time()
    for lang in ("en", "de", "fr", "es", "it", "pt"):
        incident_type(hostile, lang)
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("lang", "sentence", "kind"),
    [
        # Goods, cash or products as a complement that names one thing, a vehicle or a
        # substance: a literal event, not a market flooded with goods.
        ("en", "Two people died after a collision with a heavy goods vehicle near Tarvel.", "accident"),
        ("en", "A car was in a collision with a goods train near Tarvel.", "accident"),
        ("en", "Police said the crash of the cash van left two injured.", "accident"),
        ("fr", "Un incendie de produits chimiques a détruit l'entrepôt à Brassac.", "disaster"),
        ("fr", "Un déraillement de train de marchandises a bloqué la ligne à Brassac.", "accident"),
        ("es", "La explosión de productos químicos mató a dos operarios en Toriel.", "accident"),
        # Words of trade with a common other sense: a river, a bag, "were".
        ("fr", "La crue du cours d'eau a inondé une quarantaine de maisons à Brassac.", "disaster"),
        ("es", "El incendio de la bolsa de basura se extendió a tres coches en Toriel.", "disaster"),
        ("de", "Ein Feuer mit Waren im Lager zerstörte die Halle in Tarvel.", "accident"),
    ],
)
def test_a_complement_that_names_a_thing_leaves_the_event_found(lang: str, sentence: str, kind: str) -> None:
    assert incident_type(sentence, lang) == kind


@pytest.mark.parametrize(
    ("lang", "sentence", "kind"),
    [
        # A market's building broken into or a part of it fallen: the market is no subject.
        ("de", "In der Nacht wurde in die Börse eingebrochen.", "other"),
        ("de", "Unbekannte sind in die Börse eingebrochen.", "other"),
        ("en", "The roof of the stock exchange collapsed.", "accident"),
        ("es", "El techo de la Bolsa se desplomó.", "accident"),
        # The building itself, in every language (issue 25, known bug 7).
        ("es", "El edificio de la Bolsa se derrumbó.", "accident"),
        ("de", "Das Gebäude der Börse ist eingestürzt.", "accident"),
        ("fr", "Le bâtiment de la Bourse s'est effondré.", "accident"),
        ("it", "Il palazzo della Borsa è crollato.", "accident"),
        ("pt", "O edifício da Bolsa desabou.", "accident"),
        ("en", "The building of the stock exchange collapsed.", "accident"),
        # What a market's price or shares do is still a figure.
        ("en", "The price of shares crashed.", None),
        ("de", "Der Kurs der Aktie ist eingebrochen.", None),
        ("es", "La Bolsa se derrumbó.", None),
        ("fr", "Le cours de la Bourse s'est effondré.", None),
        ("es", "Las acciones de la Bolsa se derrumbaron.", None),
    ],
)
def test_a_market_as_a_place_or_a_thing_s_owner_is_no_subject(
    lang: str, sentence: str, kind: str | None
) -> None:
    assert incident_type(sentence, lang) == kind
