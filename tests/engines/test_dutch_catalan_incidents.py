"""The offline engine finds the incidents of a Dutch or a Catalan article (issue 25, the whole
flow): their kind in the language's own words (``lexicons.events_nl_ca``), their place after
the language's own prepositions ("in Hulst", "a Puigcerdà") and their time in its own words
("maandagochtend", "in de nacht van zondag op maandag", "aquesta matinada"). Read with the
English rules, such an article gave no incident at all, and a day from Flanders or Catalonia
merged nothing of it. Its quotations, names and numbers are still read with the English
rules, and the briefing still says so. Every article here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.daily import merge_briefings
from summarizer.daily.merge import Briefed
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incidents import incident_kind, incident_type
from summarizer.text.dates import find_time, weekday_in

DAY = dt.date(2026, 3, 2)  # a Monday


def _brief(text: str, lang: str, article_id: str = "a") -> Briefed:
    article = Article(id=article_id, text=text, language=lang, published=DAY)
    return Briefed(article, ExtractiveEngine().brief(article, None))


def _incidents(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(i.type, i.place, i.time) for i in _brief(text, lang).briefing.incidents]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Bij een gaslek in een flat in Oosterzande zijn maandagochtend twaalf bewoners geëvacueerd.",
            "nl",
            ("accident", "Oosterzande", "maandagochtend"),
        ),
        (
            "Bij een kettingbotsing op de snelweg bij Westerhoven zijn vanochtend zeventien mensen gewond geraakt.",
            "nl",
            ("accident", "Westerhoven", "vanochtend"),
        ),
        (
            "Agenten hebben dinsdag om 05.40 uur op de A2 bij Heerveld twee mannen van 31 en 37 jaar aangehouden.",
            "nl",
            ("arrest", "Heerveld", "dinsdag"),
        ),
        (
            "In de nacht van zondag op maandag zijn bij zeven boeren in Lindeloo gps-schermen uit tractoren gestolen.",
            "nl",
            ("other", "Lindeloo", "nacht van zondag op maandag"),
        ),
        (
            "Una fuita de gas en un bloc de pisos a Vilaverd ha obligat aquesta matinada a desallotjar dotze veïns.",
            "ca",
            ("accident", "Vilaverd", "aquesta matinada"),
        ),
        (
            "La Guàrdia Civil ha detingut aquest matí a Castellbò dos homes que duien tabac de contraban.",
            "ca",
            ("arrest", "Castellbò", "aquest matí"),
        ),
        (
            "Un incendi ha cremat aquesta nit una nau industrial a Sant Miquel del Pla, sense ferits.",
            "ca",
            ("accident", "Sant Miquel del Pla", "aquesta nit"),
        ),
    ],
)
def test_a_dutch_or_catalan_report_has_its_kind_place_and_time(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert _incidents(text, lang) == [expected]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # Gas escapes as a prisoner does: no escape, and no event of its own.
        ("Volgens de brandweer ontsnapte ongeveer 800 kilo ammoniak uit de installatie.", "nl"),
        # "Plek" (a place) ends as a leak ("lek") does.
        ("Op deze plek staat sinds vorig jaar een nieuwe school voor de hele wijk.", "nl"),
        # Released from prison, not released into the air.
        ("De man is gisteren vrijgekomen uit de gevangenis van de stad.", "nl"),
        # The fear a neighbourhood lives is no earthquake.
        ("L'alcaldessa va dir que el veïnat viu un terratrèmol de por des de fa dies.", "ca"),
    ],
)
def test_a_word_that_only_looks_like_an_event_makes_none(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


def test_a_clock_time_is_no_catalan_place() -> None:
    """ "A les 4.10" opens no place: the preposition takes a capitalised name only."""
    text = "L'explosió, a les 4.10 h, va trencar els vidres de tres pisos de l'edifici del carrer."
    assert _incidents(text, "ca") == [("accident", None, "4.10")]


@pytest.mark.parametrize(
    ("time", "lang", "weekday"),
    [
        ("in de nacht van zondag op maandag", "nl", "monday"),
        ("la nit de dilluns a dimarts", "ca", "tuesday"),
        ("la nit del dilluns al dimarts", "ca", "tuesday"),
    ],
)
def test_a_night_between_two_days_is_read_whole_and_ends_on_the_later(
    time: str, lang: str, weekday: str
) -> None:
    found = find_time(f"Er is {time} ingebroken." if lang == "nl" else f"Han robat {time}.", lang)
    assert found is not None and found in time
    assert weekday_in(found) == weekday


_NL_LEAK = (
    "Bij een gaslek in een flat aan de Kerkstraat in Oosterzande zijn maandagochtend twaalf bewoners "
    "geëvacueerd. Een aannemer had bij graafwerk een gasleiding geraakt. De brandweer sloot het lek rond "
    "11.00 uur af. Niemand raakte gewond, meldt de gemeente."
)
_FR_LEAK = (
    "Une fuite de gaz a forcé l'évacuation de douze habitants d'un immeuble de la Kerkstraat à Oosterzande, "
    "aux Pays-Bas, lundi matin. Une entreprise de travaux avait percé une conduite de gaz. Les pompiers ont "
    "colmaté la fuite vers 11 heures."
)
_NL_OTHER_LEAK = (
    "In Westerhoven is maandagmiddag een gaslek ontstaan in een schoolgebouw. Alle leerlingen werden "
    "geëvacueerd. De oorzaak is nog onbekend."
)
_CA_LEAK = (
    "Una fuita de gas en un bloc de pisos de Vilaverd ha obligat aquest matí a desallotjar dotze veïns. "
    "Els Bombers han tallat el subministrament."
)
_ES_LEAK = (
    "Una fuga de gas en un bloque de viviendas de Vilaverd ha obligado esta mañana a desalojar a doce vecinos. "
    "Los Bombers han cortado el suministro."
)


def _merged(*articles: tuple[str, str, str]) -> list[list[str]]:
    briefed = [_brief(text, lang, article_id) for article_id, text, lang in articles]
    day = merge_briefings(briefed, DAY, settings=Settings(engine="extractive"))
    return sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)


def test_the_engines_dutch_and_french_reports_of_one_leak_join_and_another_towns_stays_apart() -> None:
    """The whole flow: the offline engine briefs each article, and the merge joins the Dutch
    and French reports of one leak; the same day's leak at a school in another town (one
    type, one day, one language) is another event."""
    clusters = _merged(("nl", _NL_LEAK, "nl"), ("fr", _FR_LEAK, "fr"), ("nl-other", _NL_OTHER_LEAK, "nl"))
    assert clusters == [["fr", "nl"], ["nl-other"]]


def test_the_engines_catalan_and_spanish_reports_of_one_leak_join() -> None:
    assert _merged(("ca", _CA_LEAK, "ca"), ("es", _ES_LEAK, "es")) == [["ca", "es"]]


def test_a_dutch_briefing_still_warns_that_its_quotes_and_names_are_read_as_english() -> None:
    briefing = _brief(_NL_LEAK, "nl").briefing
    assert "language_unsupported" in {w.code for w in briefing.warnings}
    assert briefing.incidents


@pytest.mark.parametrize(
    ("sentence", "lang", "kind"),
    [
        # The sentence's own event comes first; the one it denies a link with is none of it.
        (
            "11.30 – Talls de trànsit a la N-152 per obres a la rotonda d'Alp: no tenen res a veure amb l'explosió.",
            "ca",
            "disruption",
        ),
        (
            "Stroomstoring in de wijk Oost; die heeft niets te maken met de brand van vannacht.",
            "nl",
            "disruption",
        ),
        # Alone, what a sentence denies a link with may be what it reports.
        (
            "This incident is unrelated to this morning's crane collapse, in which one colleague lost his life.",
            "en",
            "accident",
        ),
        # A negation in the language's own words ("geen", "cap"): no harm was done.
        ("Bij de aanrijding vielen geen gewonden, meldt de politie.", "nl", "collision"),
    ],
)
def test_what_a_sentence_sets_its_event_apart_from_does_not_type_it(
    sentence: str, lang: str, kind: str
) -> None:
    assert incident_kind(sentence, lang) == kind


def test_a_live_entry_that_denies_a_link_is_no_part_of_the_event_before_it() -> None:
    """A blog's later entry about road works that "have nothing to do with the explosion" is
    another event, not the explosion's disruption (``type_in_article``)."""
    text = (
        "07.05 – Els Bombers confirmen que l'explosió d'aquesta matinada al caixer de l'avinguda de França, "
        "a Vilaverd, no ha causat ferits greus.\n"
        "11.30 – Talls de trànsit a la N-152 per obres a la rotonda d'Alp: no tenen res a veure amb l'explosió."
    )
    assert [kind for kind, _, _ in _incidents(text, "ca")] == ["accident", "other"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Bij een ammoniaklek in een koelhuis in Bergen op Zoom zijn drie medewerkers gewond geraakt.",
            "Bergen op Zoom",
        ),
        (
            "In Alphen aan den Rijn is vanochtend een bestelwagen tegen een brug gebotst.",
            "Alphen aan den Rijn",
        ),
        # Two towns joined by "en" stay two: the first is the place.
        ("In Hulst en Terneuzen zijn vannacht vaten met drugsafval gedumpt.", "Hulst"),
        # "bij" sets a town beside another: the place is the first.
        ("In Wyck bij Maastricht heeft een graafmachine een gasleiding geraakt.", "Wyck"),
    ],
)
def test_a_dutch_towns_name_holds_its_small_words(sentence: str, place: str) -> None:
    assert [p for _, p, _ in _incidents(sentence, "nl")] == [place]
