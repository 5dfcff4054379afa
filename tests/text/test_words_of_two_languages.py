"""Words a lexicon took from one language that are other words in another the merge reads:
Italian "sul" (on the) is no Portuguese south, Spanish "sacada" (taken out) no Portuguese
balcony (issue 25: a reviewer's read of the session's lexicon additions)."""

from __future__ import annotations

from summarizer.daily.merge import report_words
from summarizer.text.abbreviations import places_in_english


def test_italian_sul_opening_a_name_is_no_south() -> None:
    assert places_in_english(["sul", "brenta"]) == ["sul", "brenta"]
    assert places_in_english(["zuid", "limburg"]) == ["south", "limburg"]


def test_spanish_sacada_is_no_balcony() -> None:
    assert "balcony" not in report_words("La mujer fue sacada del agua por los bomberos.")
    assert "balcony" in report_words("Uma turista caiu da varanda de um hotel.")
