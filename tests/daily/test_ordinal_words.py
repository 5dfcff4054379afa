"""One table of ordinal words (``text.lexicons.ordinals``) for every reader of a day's "second"
or "third" event: the cue of another event of a kind (``daily.passages``), the rank an event
takes (``daily.ordinal_events``) and a count of another group (``daily.figure_standing``).
A word the table holds is read by all three; before it, each reader kept its own list, and
"een tweede brand", "una seconda frana", "um terceiro incêndio" were read by some only.
Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.figure_standing import ANOTHER_ONE
from summarizer.daily.ordinal_events import event_rank
from summarizer.daily.passages import says_another_event, tells_another_event
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.ordinals import ORDINALS, ordinal_rank

EVERY_WORD = sorted(
    (language, rank, word)
    for language, ranks in ORDINALS.items()
    for rank, words in ranks.items()
    for word in words
)


@pytest.mark.parametrize(("language", "rank", "word"), EVERY_WORD)
def test_every_reader_reads_every_ordinal_of_the_table(language: str, rank: int, word: str) -> None:
    assert ordinal_rank(word.upper()) == rank
    # The rank of an event whose clause opens on the ordinal, with or without its article.
    assert event_rank(f"{word.capitalize()} fire broke out near the harbour.") == rank
    assert event_rank(f"14h30 — A {word} fire broke out near the harbour.") == rank
    # Another event of a kind: the ordinal after an article, then a kind's noun.
    assert tells_another_event(f"A {word} fire broke out near the harbour.")
    # A count of another group: "52 from a second boat".
    assert ANOTHER_ONE.search(fold_accents(f"52 people from a {word} boat"))


@pytest.mark.parametrize(
    ("evidence", "rank"),
    [
        # Words of the merge's cues of another event, which the rank did not read.
        ("Een tweede duiker werd in de middag naar het ziekenhuis gebracht.", 2),
        ("De derde brand van de dag woedde in een loods.", 3),
        ("Un segon incendi crema una nau a Rubí.", 2),
        ("Una segona explosió ha sacsejat el polígon.", 2),
    ],
)
def test_dutch_and_catalan_ranks(evidence: str, rank: int) -> None:
    assert event_rank(evidence) == rank


@pytest.mark.parametrize(
    "sentence",
    [
        # Words of the rank, which the cue of another event did not read.
        "Una seconda frana ha chiuso la strada provinciale nel pomeriggio.",
        "Un terzo incendio è divampato nella notte.",
        "Um terceiro incêndio deflagrou à tarde na serra.",
        "Uma segunda derrocada atingiu a aldeia.",
        "Een tweede brand brak uit in een loods in Gent.",
    ],
)
def test_another_event_of_a_kind_in_the_words_of_the_rank(sentence: str) -> None:
    assert tells_another_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In un secondo momento i vigili del fuoco hanno spento le fiamme.",  # "later"
        "Per il terzo giorno i pompieri sono al lavoro.",
        "Um segundo depois, o carro despistou-se.",  # a second of time
        "Een tweede keer werd de weg afgesloten.",  # no kind after the ordinal
    ],
)
def test_an_ordinal_before_no_event_tells_no_other_event(sentence: str) -> None:
    assert not tells_another_event(sentence)


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        ("Dans un second temps, les pompiers ont évacué le bâtiment.", False),  # "then"
        ("En un segundo momento, la policía cortó la calle.", False),
        ("En un segon terme, els Bombers van tallar la via.", False),
        ("Un deuxième incendie a éclaté dans la soirée.", True),
        ("Una segunda explosión sacudió el puerto.", True),
        ("Un segon incendi va cremar el magatzem.", True),
    ],
)
def test_a_step_of_the_telling_is_no_other_event(sentence: str, another: bool) -> None:
    assert says_another_event(sentence) is another


@pytest.mark.parametrize(
    "text",
    [
        "52 migranti sono stati soccorsi da una seconda barca.",
        "52 migrantes de um terceiro barco.",
        "52 mensen van een tweede boot werden opgevangen.",
        "52 persones d'un segon vaixell.",
    ],
)
def test_a_count_of_a_second_or_third_group_in_every_language(text: str) -> None:
    assert ANOTHER_ONE.search(fold_accents(text))


@pytest.mark.parametrize(
    "text",
    [
        "Eine zweite, kleinere Lawine ging am Nachmittag ab.",
        "Een tweede brand brak uit in Gent.",
        "Un deuxième incendie s'est déclaré.",
        "Una segunda explosión sacudió el barrio.",
    ],
)
def test_the_cues_of_another_event_still_read_their_languages(text: str) -> None:
    assert says_another_event(text)
