"""A count of no toll records what befell its people, from the state word after it ("Three
people are missing" counts people missing), in every language the offline engine reads;
the span stays the count as written. A toll's category says the state already, so its
counted noun is left as it was; a state beyond a conjunction, punctuation or a few words
belongs to another clause and is not read."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.figure_states import state_after, state_before
from summarizer.engines.extractive.figures import find_figures


def counts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(f.text, f.counted, f.category) for f in find_figures(text, 0, len(text), lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Three people are missing after a landslide at the Orvel quarry.", "en",
         ("Three people", "people missing", "other")),
        ("Four climbers remain stranded on the north face of the Kessel.", "en",
         ("Four climbers", "climbers stranded", "other")),
        ("A gunman held two people hostage at a pharmacy in Darrow.", "en",
         ("two people hostage", "people hostage", "other")),
        ("Nach Angaben der Feuerwehr werden vier Menschen vermisst.", "de",
         ("vier Menschen", "Menschen vermisst", "other")),
        ("Laut der Reederei sind 140 Menschen an Bord erkrankt.", "de",
         ("140 Menschen", "Menschen erkrankt", "other")),
        ("Selon la gendarmerie, cinq personnes ont été retenues pendant deux heures.", "fr",
         ("cinq personnes", "personnes retenues", "other")),
        ("Douze randonneurs sont toujours portés disparus dans le massif.", "fr",
         ("Douze randonneurs", "randonneurs disparus", "other")),
        ("Siete personas siguen desaparecidas tras la riada en Lorca.", "es",
         ("Siete personas", "personas desaparecidas", "other")),
        # A short aside between a count and its state is read past.
        ("Selon le groupe, six personnes, quatre agents et deux clients, ont été retenues.", "fr",
         ("six personnes", "personnes retenues", "other")),
        ("Some 200 residents, the mayor said, are still missing.", "en",
         ("Some 200 residents", "residents missing", "other")),
        # A verb before a count of people says what befell them.
        ("Un homme retient toujours quatre personnes dans une agence bancaire.", "fr",
         ("quatre personnes", "personnes retenus", "other")),
        ("Un hombre retuvo a seis personas en una sucursal.", "es", ("seis personas", "personas retenidos", "other")),
        ("Coastguards rescued 14 people from the ferry.", "en", ("14 people", "people rescued", "other")),
        ("Die Polizei nahm an, die Feuerwehr evakuierte 300 Menschen.", "de",
         ("300 Menschen", "Menschen evakuiert", "displaced")),
        ("El parque desalojó a unos 200 vecinos.", "es", ("unos 200 vecinos", "vecinos evacuados", "displaced")),
        # The state already in the phrase is not read twice.
        ("Hay tres personas desaparecidas bajo los escombros.", "es",
         ("tres personas desaparecidas", "personas desaparecidas", "other")),
    ],
)  # fmt: skip
def test_a_count_records_the_state_after_it(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "count", "state"),
    [
        # A toll's category says what befell them: the noun stays as it was.
        ("Five firefighters were hurt fighting the blaze in Carrow.", "en", "Five firefighters", "hurt"),
        # Another clause's state: beyond a conjunction, punctuation or too many words.
        ("About 300 people gathered and two were arrested later.", "en", "About 300 people", "arrested"),
        ("Some 200 residents, the mayor said, and their dogs are missing.", "en", "Some 200 residents", "missing"),
        # Another clause's verb before a conjunction: no state.
        ("150 people were evacuated while 80 firefighters were deployed.", "en", "80 firefighters", "evacuated"),
        # A verb before that befalls no one: no state.
        ("The council held 12 meetings with residents.", "en", "12 meetings", "held"),
        ("Forty people waited in the rain for news of the missing climbers.", "en", "Forty people", "missing"),
        ("Rund 500 Menschen kamen zur Mahnwache für die Verletzten.", "de", "Rund 500 Menschen", "Verletzten"),
        ("Quelque 80 personnes attendaient devant la mairie quand deux blessés sont arrivés.", "fr",
         "Quelque 80 personnes", "blessés"),
        ("Unas 150 personas se concentraron ante el ayuntamiento y luego hubo heridos.", "es",
         "Unas 150 personas", "heridos"),
    ],
)  # fmt: skip
def test_no_state_is_borrowed(text: str, lang: str, count: str, state: str) -> None:
    counted = [c for t, c, _ in counts(text, lang) if t.startswith(count)]
    assert counted
    assert all(c is not None and state not in c for c in counted)


def test_a_state_word_inside_another_word_is_no_state() -> None:
    # "illness", "totally", "Tote" inside longer words: only whole words are states.
    assert state_after("3 people with illness", 8, 21, "en") is None
    assert state_after(" Menschen totalement", 0, 20, "de") is None


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 5000 + "people missing",
        "people " * 20000 + "missing",
        "Three people " + "a" * 100_000 + " missing",
        "Three people" + ", a" * 30_000 + " missing",
        "retient " * 20_000 + "quatre personnes",
        "Три people مفقود missing 三 vermisst",
    ],
)
def test_hostile_text_is_read_quickly(text: str) -> None:
    started = time.thread_time()
    for lang in ("en", "de", "fr", "es"):
        state_after(text, 0, len(text), lang)
        state_before(text, len(text), 0, lang)
        find_figures(text[:20_000], 0, min(len(text), 20_000), lang)
    assert time.thread_time() - started < 5


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "the number" alone restates the count before it in the sentence, category and all.
        ("The fire service said 11 people were injured; the city, however, put the number at 14.", "en",
         ("14", "people", "injured")),
        ("Fire officials have put the number of injured at twelve.", "en", ("twelve", "injured", "injured")),
        ("The operator puts the number of sick at around 200.", "en", ("around 200", "sick", "other")),
        ("Police put the number airlifted to safety at 23.", "en", ("23", "airlifted", "other")),
        ("Die Klinik bezifferte die Zahl der Verletzten auf 14.", "de", ("14", "Verletzten", "injured")),
        ("Le SAMU porte le nombre de blessés à 14.", "fr", ("14", "blessés", "injured")),
        ("Protección Civil eleva a 14 el número de heridos.", "es", ("14", None, "injured")),
    ],
)  # fmt: skip
def test_a_restated_count_counts_what_it_restates(
    text: str, lang: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        # A toll that rises is no restatement: "rose" is neither "of" nor a state.
        ("The death toll rose to 14 on Monday.", "en", "14"),
        ("A total of 40 buses were laid on for the fans.", "en", "40 buses"),
    ],
)
def test_a_count_that_restates_nothing_keeps_its_own_reading(text: str, lang: str, count: str) -> None:
    found = {t: c for t, c, _ in counts(text, lang)}
    assert count in found
    assert found[count] in (None, "buses")
