"""Dutch and Catalan as the daily merge reads them (issue 25): their lexicons, relative
days, parts of the day, weekdays, counted nouns, concepts and kinds of event, beside the
six languages the engine briefs. The engine itself still reads them with the English rules.
Every phrase here is invented."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from summarizer.daily.day_parts import day_told, hours_of
from summarizer.daily.kinds import event_kind
from summarizer.daily.link_denials import denies_a_link
from summarizer.daily.measures import measure_of
from summarizer.daily.merge import report_words, stopwords
from summarizer.daily.organisations import organisation_key
from summarizer.daily.passages import says_another_event
from summarizer.text.concepts import concepts_of
from summarizer.text.dates import weekday_in
from summarizer.text.language import MERGED, SUPPORTED, detect
from summarizer.text.lexicon import lexicon, merge_lexicon
from summarizer.text.normalize import normalize

THURSDAY = dt.date(2026, 12, 3)


def test_the_merge_reads_dutch_and_catalan_and_the_engine_still_reads_them_as_english() -> None:
    assert {"nl", "ca"} <= set(MERGED) and not {"nl", "ca"} & set(SUPPORTED)
    assert (merge_lexicon("nl").code, merge_lexicon("ca").code) == ("nl", "ca")
    assert lexicon("nl").code == lexicon("ca").code == "en"
    assert merge_lexicon("pl").code == "en"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Bij een kettingbotsing op de E17 zijn vanochtend twaalf mensen gewond geraakt, meldt de politie.",
            "nl",
        ),
        (
            "Un incendi en una nau industrial ha obligat a desallotjar dotze veïns aquest matí, segons els Bombers.",
            "ca",
        ),
    ],
)
def test_dutch_and_catalan_articles_are_detected(text: str, code: str) -> None:
    assert detect(text) == (code, "detected")


@pytest.mark.parametrize(
    ("time", "language", "days"),
    [
        ("gisteravond", "nl", {"wednesday"}),
        ("vanochtend om 6.50 uur", "nl", {"thursday"}),
        ("eergisteren", "nl", {"tuesday"}),
        ("aquest matí", "ca", {"thursday"}),
        ("abans-d'ahir", "ca", {"tuesday"}),
        # A night joins two days, as "ayer por la noche" does.
        ("ahir a la nit", "ca", {"wednesday", "thursday"}),
        # Dutch "hier" is "here", not French "yesterday".
        ("hier in de straat", "nl", set()),
    ],
)
def test_relative_days_in_dutch_and_catalan(time: str, language: str, days: set[str]) -> None:
    assert day_told(time, entry_day=THURSDAY, issued=THURSDAY, language=language) == days


@pytest.mark.parametrize(
    ("time", "hours"),
    [
        ("vanochtend", (5, 12)),
        ("donderdagochtend", (5, 12)),
        ("'s middags", (12, 18)),
        ("zaterdagmiddag", (12, 18)),
        ("gisteravond", (17, 24)),
        ("vannacht", (20, 30)),
        ("om 6.50 uur", (6, 7)),
        ("rond 7 uur", (7, 8)),
        ("rond half zes", (5, 6)),  # half past five: Dutch names the hour it leads to
        ("aquest matí", (5, 12)),
        ("a la tarda", (13, 21)),
        ("al vespre", (17, 24)),
        ("de matinada", (3, 9)),
        ("a les 4.10 h", (4, 5)),
        ("sinds gisteravond 22.30 uur", (22, 24)),  # under way since: to the day's end
    ],
)
def test_parts_of_the_day_and_clock_times_in_dutch_and_catalan(time: str, hours: tuple[int, int]) -> None:
    assert hours_of(time) == hours


@pytest.mark.parametrize("time", ["morgen", "rond de middag", "half een"])
def test_dutch_words_that_name_no_part_of_the_day(time: str) -> None:
    """ "Morgen" alone is tomorrow, as Spanish "mañana" is; "middag" alone may be noon or
    the afternoon ("'s middags" is the afternoon); "half een" (half past twelve) is not read."""
    assert hours_of(time) is None


@pytest.mark.parametrize(
    ("time", "weekday"),
    [
        ("donderdagochtend", "thursday"),
        ("zaterdagmiddag om 3 uur", "saturday"),
        ("dimarts a la nit", "tuesday"),
        ("dissabte", "saturday"),
        ("the unit on Sunday", "sunday"),  # "unit" holds no Catalan night
    ],
)
def test_dutch_and_catalan_weekdays(time: str, weekday: str) -> None:
    assert weekday_in(time) == weekday


def _figure(text: str, counted: str, category: str) -> SimpleNamespace:
    return SimpleNamespace(
        text=text, counted=counted, category=category, unit="count", value=1, value_high=None, bound="exact"
    )


@pytest.mark.parametrize(
    ("dutch_or_catalan", "other"),
    [
        (
            ("twaalf gewonden", "gewonden bij de kettingbotsing", "injured"),
            ("12 blessés", "blessés", "injured"),
        ),
        (("dotze ferits", "ferits", "injured"), ("doce heridos", "heridos en el choque", "injured")),
        (
            ("dotze veïns", "veïns desallotjats", "displaced"),
            ("20 vecinos", "vecinos desalojados", "displaced"),
        ),
        (("40 woningen", "woningen zonder stroom", "other"), ("40 homes", "homes without power", "other")),
        (
            ("drie brandweerlui", "brandweerlui gewond", "injured"),
            ("three firefighters", "firefighters hurt", "injured"),
        ),
    ],
)
def test_dutch_and_catalan_counts_measure_what_the_others_measure(
    dutch_or_catalan: tuple[str, str, str], other: tuple[str, str, str]
) -> None:
    assert measure_of(_figure(*dutch_or_catalan)) == measure_of(_figure(*other))


@pytest.mark.parametrize(
    ("word", "concept"),
    [
        ("geevacueerd", "evacuated"),
        ("evacuats", "evacuated"),
        ("bewoners", "resident"),
        ("veins", "resident"),
        ("ziekenhuis", "hospital"),
        ("vrachtwagen", "truck"),
        ("camio", "truck"),
        ("binnenschip", "barge"),
        ("fuita", "leaked"),
        ("lek", "leaked"),
    ],
)
def test_dutch_and_catalan_concept_words(word: str, concept: str) -> None:
    assert concepts_of(word) == (concept,)


@pytest.mark.parametrize("word", ["boss", "mes", "pres", "institut", "kind"])
def test_words_of_other_languages_are_no_dutch_or_catalan_concept(word: str) -> None:
    """English "boss" is no Dutch forest ("bos"), Spanish "mes" no Dutch knife, French
    "près" no Catalan prisoner, English "kind" no Dutch child."""
    assert concepts_of(word) == ()


def test_dutch_function_words_are_stopwords_but_the_english_van_stays_read() -> None:
    """Dutch "van" (of) would drop the vehicle from every English report."""
    assert {"volgens", "tijdens", "segons", "durant"} <= stopwords()
    assert "van" in report_words("A van struck a cyclist on Elm Street.", "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Het ongeval van gisteren in de straat van de school.", "nl"),
        ("Els bombers van arribar a l'escola.", "ca"),
    ],
)
def test_dutch_and_catalan_van_is_no_vehicle_in_its_own_language(text: str, language: str) -> None:
    """Two Dutch reports of two events would otherwise share "van" as a vehicle."""
    assert "van" not in report_words(text, language)
    assert "school" in report_words(text, language)


@pytest.mark.parametrize(
    ("evidence", "kind"),
    [
        ("Bij een zware kettingbotsing op de E40 raakten twaalf mensen gewond.", "crash"),
        ("Op de E40 botsten even later nog vier wagens.", "crash"),
        ("Een woningbrand in Lokeren.", "fire"),
        ("Overstromingen in Zuid-Limburg.", "weather"),
        ("Un xoc entre dos cotxes a la C-17.", "crash"),
        ("Una col·lisió entre un camió i un turisme.", "crash"),
        ("Incendi en una nau industrial de Rubí.", "fire"),
        ("Esfondrament d'un edifici a Badalona.", "collapse"),
        ("Els aiguats inunden el Maresme.", "weather"),
    ],
)
def test_dutch_and_catalan_kinds_of_event(evidence: str, kind: str) -> None:
    assert event_kind(evidence) == kind


@pytest.mark.parametrize("evidence", ["The firm's rebrand was unveiled.", "Una fuita de gas a Sants."])
def test_no_kind_where_none_is_told(evidence: str) -> None:
    assert event_kind(evidence) is None


@pytest.mark.parametrize(
    "text",
    [
        "De politie ziet voorlopig geen verband met de woningbrand van dinsdag.",
        "De inbraak staat los van de diefstal in de Kerkstraat.",
        "Els Mossos no hi veuen cap relació amb el robatori de dimarts.",
        "La policia diu que no té cap relació amb l'incendi de Terrassa.",
    ],
)
def test_dutch_and_catalan_denials_of_a_link_with_another_event(text: str) -> None:
    assert denies_a_link(text)


@pytest.mark.parametrize(
    "text",
    [
        "De politie ziet geen verband met de burgemeester.",  # a person, no second event
        "Els Mossos no veuen cap relació amb la víctima.",
    ],
)
def test_a_denial_of_a_link_with_a_person_tells_no_other_event(text: str) -> None:
    assert not denies_a_link(text)


@pytest.mark.parametrize("text", ["Een tweede brand brak uit in Gent.", "Un segon incendi a Rubí."])
def test_a_second_event_told_in_dutch_or_catalan(text: str) -> None:
    assert says_another_event(text)


@pytest.mark.parametrize(
    ("catalan_or_dutch", "other"),
    [
        ("Ajuntament de Girona", "Ayuntamiento de Girona"),
        ("Mossos d'Esquadra", "policia catalana"),
        ("Gemeente Emmen", "gemeente Emmen"),
    ],
)
def test_catalan_and_dutch_bodies_have_the_key_of_their_translation(
    catalan_or_dutch: str, other: str
) -> None:
    assert organisation_key(normalize(catalan_or_dutch)) == organisation_key(normalize(other))


def test_a_catalan_town_hall_is_no_other_towns() -> None:
    assert organisation_key(normalize("Ajuntament de Girona")) != organisation_key(
        normalize("Ajuntament de Reus")
    )
