"""What a percentage is a share of, as its sentence says it: the offline engine records it,
so the merge tells a vote's "yes" share from its turnout (``daily.measures.share_of``) and
sets two outlets' turnouts against each other, never a turnout against a share of the vote.
A share its sentence says nothing of stays without one. Invented articles."""

from __future__ import annotations

import re
import time

import pytest

from summarizer import Article, summarize
from summarizer.daily.measures import measure_of
from summarizer.engines.extractive.figure_shares import share_counted


def _shares(text: str, lang: str) -> dict[float, str | None]:
    article = Article(text=f"Report\n\n{text}", language=lang)
    return {f.value: measure_of(f) for f in summarize(article).figures if f.unit == "percent"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tarrel approved the rent initiative on Sunday with 54.2% of the vote, on a turnout of 45%.", "en"),
        ("Les électeurs de Tarrel ont accepté l'initiative par 54,2% des voix. La participation a atteint 45%.",
         "fr"),
        ("In Tarrel kam die Initiative auf 54,2 Prozent der Stimmen. Die Wahlbeteiligung lag bei 45 Prozent.",
         "de"),
        ("Los vecinos de Tarrel aprobaron la iniciativa con el 54,2% de los votos. La participación fue del 45%.",
         "es"),
    ],
)  # fmt: skip
def test_a_votes_share_and_its_turnout_are_two_measures(text: str, lang: str) -> None:
    shares = _shares(text, lang)
    assert shares == {54.2: "other:percent of vote", 45.0: "other:turnout"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Tarrel hospital said 35% of nurses stayed away on Tuesday.", "en", "other:percent of nurse"),
        ("El sindicato cifró en un 70% el seguimiento de la huelga en Tarrel.", "es", "other:percent of people"),
        ("Les salaires augmentent de 3% à Tarrel.", "fr", "other:percent of pay"),
        # Nothing says what the share is of: it stays a bare percent, as before.
        ("The Tarrel party fell to 21 percent on Sunday.", "en", "other:percent"),
        # A turnout in another clause is not what this share is of.
        ("Turnout was high in Tarrel, and the party fell to 21 percent.", "en", "other:percent"),
    ],
)  # fmt: skip
def test_a_share_is_of_what_its_own_words_say(text: str, lang: str, expected: str) -> None:
    (measure,) = _shares(text, lang).values()
    assert measure == expected


def test_a_sentence_of_thousands_of_shares_is_read_quickly() -> None:
    # Each share reads the words near it, not its whole sentence again (quadratic before).
    text = "Turnout in Tarrel was " + " ".join(f"{n % 90 + 1}% and" for n in range(8000)) + " then."
    started = time.thread_time()
    found = [share_counted(text, m.start(), m.end(), 0, len(text)) for m in re.finditer(r"\d+%", text)]
    assert time.thread_time() - started < 2.0
    assert found[0] == "Turnout"
