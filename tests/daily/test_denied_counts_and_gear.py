"""A count a sentence denies ("deux personnes, et non trois") is the count another party
gave, never the speaker's own; and a count of fishing gear cut in one harbour is one
measure however each outlet and language names the gear and what befell it ("lobster traps
cut", "casiers coupés", "trampas cortadas"). Near misses stay apart: a figure merely beside
a negation, one fisherman's gear lost, gear stolen rather than cut, a Romance noun with its
adjective. Invented articles."""

from __future__ import annotations

import re
from functools import partial

import pytest

from summarizer.daily.claims import DENIED_PARTY
from summarizer.daily.counted_nouns import noun_and_state
from summarizer.daily.figure_conflicts import values_conflict
from summarizer.daily.measures import measure_of
from summarizer.models.common import Span
from summarizer.models.daily_v2 import FigureValue, SourceRef
from tests.daily.test_daily import FigureStandIn
from tests.daily.test_merge_figure_parties import _article, _count, _parties


def _injured(text: str, value: float) -> dict[str, object]:
    return _count(text, value, "personnes blessées", category="injured")


@pytest.mark.parametrize(
    ("text", "lang", "actor", "said", "denied"),
    [
        ("La direction du parc Tarrel affirme que deux personnes, et non trois, ont été blessées.", "fr",
         "direction du parc Tarrel", ("deux personnes", 2), ("trois", 3)),
        ("The Tarrel park management says two people, not three, were hurt.", "en",
         "Tarrel park management", ("two people", 2), ("three", 3)),
        ("La dirección del parque Tarrel afirma que hubo dos heridos y no tres.", "es",
         "dirección del parque Tarrel", ("dos heridos", 2), ("tres", 3)),
        ("Die Parkleitung Tarrel sagt, es gebe zwei Verletzte und nicht drei.", "de",
         "Parkleitung Tarrel", ("zwei Verletzte", 2), ("drei", 3)),
        ("La direzione del parco Tarrel afferma che i feriti sono due e non tre.", "it",
         "direzione del parco Tarrel", ("due", 2), ("tre", 3)),
        ("A direção do parque Tarrel afirma que há dois feridos, e não três.", "pt",
         "direção do parque Tarrel", ("dois feridos", 2), ("três", 3)),
    ],
)  # fmt: skip
def test_a_count_the_sentence_denies_is_another_partys(
    text: str, lang: str, actor: str, said: tuple[str, float], denied: tuple[str, float]
) -> None:
    item = _article(text, [actor], [_injured(*said), _injured(*denied)], language=lang)
    parties = _parties(item)
    assert parties.get("f2") == DENIED_PARTY and parties.get("f1") != DENIED_PARTY


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "not" that does not deny the figure: a count of its own after "not only".
        ("The Tarrel park management said two people were hurt, not only three staff shaken.",
         [("two people", 2), ("three staff", 3)]),
        # A count that is not counted: "not counting" opens what the toll leaves out.
        ("The Tarrel park management said two people were hurt, not counting three staff.",
         [("two people", 2), ("three staff", 3)]),
        # Nothing denied: "and" alone joins two counts.
        ("The Tarrel park management said two people were hurt and three were shaken.",
         [("two people", 2), ("three", 3)]),
    ],
)  # fmt: skip
def test_a_count_no_negation_denies_keeps_its_speaker(text: str, figures: list[tuple[str, float]]) -> None:
    item = _article(text, ["Tarrel park management"], [_injured(t, v) for t, v in figures])
    assert DENIED_PARTY not in _parties(item).values()


def _value(article: str, text: str, value: float, start: int) -> FigureValue:
    span = Span(start=start, end=start + len(text))
    return FigureValue(value=value, text=text, source=SourceRef(article_id=article, span=span, text=text))


def test_a_denied_count_sets_the_speakers_figure_against_the_others() -> None:
    # The park's "two, not three" against the police's three elsewhere: the park's article
    # gives two parties, so its two stands as a source of its own.
    values = [_value("park", "deux", 2, 0), _value("park", "trois", 3, 10), _value("police", "three", 3, 0)]
    assert values_conflict(values, ["x-park", DENIED_PARTY, None])
    # Read as the park's own two figures, they would span both and flag nothing.
    assert not values_conflict(values, ["x-park", "x-park", None])


_Gear = partial(FigureStandIn, category="destroyed", value=120)


@pytest.mark.parametrize(
    "counted",
    ["lobster traps cut in Tarrel harbour", "casiers coupés à Tarrel", "casiers coupés ou perdus à Tarrel",
     "trampas cortadas en el puerto de Tarrel", "nasse tagliate nel porto di Tarrel",
     "crab creels slashed at Tarrel"],
)  # fmt: skip
def test_gear_cut_in_one_harbour_is_one_measure_in_every_language(counted: str) -> None:
    assert measure_of(_Gear(counted)) == measure_of(_Gear("lobster traps cut in Tarrel harbour"))


@pytest.mark.parametrize(
    "counted",
    ["casiers perdus par Paul Arsenault", "lobster traps stolen in Tarrel harbour",
     "casiers coupés à Lamèque", "fishing boats cut loose in Tarrel harbour"],
)  # fmt: skip
def test_other_gear_counts_stay_their_own_measure(counted: str) -> None:
    assert measure_of(_Gear(counted)) != measure_of(_Gear("lobster traps cut in Tarrel harbour"))


@pytest.mark.parametrize(
    ("counted", "noun"),
    [("tableaux anciens endommagés à Tarrel", "tableaux"),
     ("cuadros antiguos dañados en Tarrel", "cuadros"),
     ("quadri antichi danneggiati a Tarrel", "quadri"),
     ("car tyres slashed in Tarrel", "tyres"),
     ("lobster traps cut in Tarrel", "traps")],
)  # fmt: skip
def test_the_noun_before_a_participle_is_the_romance_first_word_or_the_english_plural(
    counted: str, noun: str
) -> None:
    assert noun_and_state(re.findall(r"\w+", counted))[0] == noun
