"""A figure whose claimant the briefing names beside one of the same kind it does not
("Der Gemeinderat bleibt bei seiner Zahl von elf Arbeitern [claimed by the council], die
Bauunternehmung spricht von acht"): the unclaimed one's party is read from its sentence as
any other's, so a dispute the article reports is flagged (issue 25: a council's eleven
exposed workers against the builder's eight, stated inside one update, went unflagged).
One party giving both stays one source. Invented articles."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.claims import RESTATED_PARTY, _cue
from summarizer.daily.figure_speakers import opening_speaker
from tests.daily.test_merge_figure_parties import _article, _conflicts, _count, _parties


def _workers(text: str, value: float, **extra: str) -> dict[str, object]:
    return {**_count(text, value, "exposed workers"), **extra}


@pytest.mark.parametrize(
    ("text", "lang", "claimed", "other"),
    [
        ("Der Gemeinderat von Tarrel bleibt bei seiner Zahl von elf Arbeitern, die Baufirma spricht von acht.",
         "de", "elf Arbeitern", "acht"),
        ("The Tarrel council stands by its count of eleven workers, while the building firm says eight.",
         "en", "eleven workers", "eight"),
        ("Le Conseil de Tarrel maintient onze ouvriers, l'entreprise parle de huit.", "fr", "onze ouvriers",
         "huit"),
    ],
)  # fmt: skip
def test_an_unclaimed_figure_beside_a_claimed_one_gets_its_speakers_party(
    text: str, lang: str, claimed: str, other: str
) -> None:
    council = text.split(" ")[1]
    item = _article(
        text, [council], [_workers(claimed, 11, claimed_by="x1"), _workers(other, 8)], language=lang
    )
    assert _parties(item) == {"f2": RESTATED_PARTY}
    assert _conflicts(item) == [True]


def test_one_party_giving_both_figures_is_no_dispute() -> None:
    text = "The Tarrel council said eleven workers were exposed on Tuesday and eight were tested later."
    item = _article(
        text, ["council"], [_workers("eleven workers", 11, claimed_by="x1"), _workers("eight", 8)]
    )
    assert _parties(item) == {"f2": "council"}
    assert _conflicts(item) == [False]


@pytest.mark.parametrize(
    ("said", "lang"),
    [
        ("His father had earlier told a newspaper that two were hurt.", "en"),
        ("Sein Vater sagte zuvor einer Zeitung, zwei seien verletzt.", "de"),
        ("Son père avait affirmé plus tôt que deux étaient blessés.", "fr"),
        ("Su padre dijo antes a un diario que dos estaban heridos.", "es"),
    ],
)
def test_someone_named_as_no_actor_who_says_a_figure_is_a_party_of_their_own(said: str, lang: str) -> None:
    """Issue 25: "His father had earlier told a German newspaper that two were hurt" beside
    the gendarmerie's one injured hiker was no dispute, as the father is no actor."""
    text = f"The gendarmerie in Tarrel counts one hiker injured. {said}"
    two = next(w for w in ("two", "zwei", "deux", "dos") if f" {w} " in said)
    item = _article(
        text, ["gendarmerie"], [_hurt("one hiker", 1, claimed_by="x1"), _hurt(two, 2)], language=lang
    )
    assert _parties(item) == {"f2": RESTATED_PARTY}
    assert _conflicts(item) == [True]


@pytest.mark.parametrize(
    "said",
    [
        "He later said two were hurt.",  # a pronoun: the actor named before
        "Two were hurt, the report says, which is more than the gendarmerie said earlier in the long day.",
    ],
)
def test_a_pronoun_or_a_long_clause_before_the_verb_is_no_speaker_of_its_own(said: str) -> None:
    text = f"The gendarmerie in Tarrel counts one hiker injured. {said}"
    two = "two" if " two " in said else "Two"
    item = _article(text, ["gendarmerie"], [_hurt("one hiker", 1, claimed_by="x1"), _hurt(two, 2)])
    assert "f2" not in _parties(item) or _parties(item)["f2"] != RESTATED_PARTY


def _hurt(text: str, value: float, **extra: str) -> dict[str, object]:
    return {**_count(text, value, "injured", category="injured"), **extra}


@pytest.mark.parametrize(
    ("kept", "lang"),
    [
        ("Der Insolvenzverwalter bleibt bei seiner Zahl von 180.", "de"),
        ("The administrator stands by his figure of 180.", "en"),
        ("L'administrateur maintient son chiffre de 180.", "fr"),
        ("El administrador mantiene su cifra de 180.", "es"),
    ],
)
def test_someone_named_as_no_actor_who_keeps_to_a_count_is_a_party_of_their_own(kept: str, lang: str) -> None:
    """Issue 25: "Nach ihren Angaben verlieren rund 230 Menschen ihren Job. Der
    Insolvenzverwalter bleibt bei seiner Zahl von 180." was one source."""
    text = f"The union Verdi in Tarrel says 230 jobs are lost. {kept}"
    item = _article(
        text,
        ["Verdi"],
        [{**_count("230 jobs", 230, "jobs lost"), "claimed_by": "x1"}, _count("180", 180, "jobs lost")],
        language=lang,
    )
    assert _parties(item) == {"f2": RESTATED_PARTY}
    assert _conflicts(item) == [True]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("El incendio de Tarrel mantiene desalojados a 300 vecinos este martes.", "es"),
        ("L'incendie de Tarrel maintient 300 habitants hors de chez eux mardi.", "fr"),
        ("The fire in Tarrel maintains 300 residents in shelters on Tuesday.", "en"),
    ],
)
def test_a_subject_that_keeps_people_away_is_no_speaker(sentence: str, lang: str) -> None:
    """ "El incendio mantiene desalojados a 300 vecinos" beside the firefighters' claimed 120
    evacuated made one article a conflict with itself: the fire is no speaker."""
    three = sentence[sentence.index("300") :].split(" ")[:2]
    text = f"{sentence} The Tarrel firefighters evacuated 120 residents."
    evacuated = [
        _count(" ".join(three), 300, "residents evacuated"),
        _count("120 residents", 120, "residents evacuated"),
    ]
    item = _article(
        text, ["firefighters"], [evacuated[0], {**evacuated[1], "claimed_by": "x1"}], language=lang
    )
    assert "f1" not in _parties(item)
    assert _conflicts(item) == [False]


def test_a_long_sentence_of_many_figures_is_read_quickly() -> None:
    """The look for a sentence's opening speaker is bounded (``SUBJECT_REACH``): it once
    scanned from the sentence's start for every figure, quadratic in a long sentence."""
    text = "palabra " * 100_000
    started = time.thread_time()
    for start in range(0, len(text), len(text) // 200):
        assert not opening_speaker(text, "es", 0, start, _cue("es"))
    assert time.thread_time() - started < 1.0
