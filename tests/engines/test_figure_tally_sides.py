"""A tally's votes for and against are measures of their own ("por 16 votos a favor y 15 en
contra"): the offline engine records the side with the count, so neither is set against the
votes cast or a chamber's seats ("16 de los 31 votos del pleno") as a rival count."""

from __future__ import annotations

import pytest

from summarizer import Article, summarize
from summarizer.daily.measures import measure_of


def _counted(text: str, lang: str) -> dict[float, str | None]:
    article = Article(text=f"Report\n\n{text}", language=lang)
    return {f.value: f.counted for f in summarize(article).figures}


@pytest.mark.parametrize(
    ("text", "lang", "for_", "against"),
    [
        ("El pleno aprobó por 16 votos a favor y 15 en contra prohibir los patinetes.", "es",
         "votos a favor", "votos en contra"),
        ("The council passed the ban by 16 votes for to 15 against.", "en", "votes for", "votes against"),
        ("Le conseil a adopté le texte par 16 voix pour et 15 contre.", "fr", "voix pour", None),
        ("Im Rat gab es 16 Stimmen dafür und 15 dagegen.", "de", "Stimmen dafür", None),
    ],
)  # fmt: skip
def test_a_tallys_side_is_part_of_what_it_counts(
    text: str, lang: str, for_: str, against: str | None
) -> None:
    counted = _counted(text, lang)
    assert counted[16] == for_
    if against is not None:
        assert counted[15] == against


def test_a_side_is_a_measure_apart_from_the_votes_cast() -> None:
    tally = summarize(
        Article(text="Report\n\nEl pleno aprobó por 16 votos a favor y 15 en contra.", language="es")
    )
    seats = summarize(
        Article(text="Report\n\nNecesita al menos 16 de los 31 votos del pleno.", language="es")
    )
    sides = {measure_of(f) for f in tally.figures}
    cast = {measure_of(f) for f in seats.figures if f.value == 31}
    assert len(sides) == 2 and cast and not sides & cast


@pytest.mark.parametrize(
    ("text", "lang", "value", "counted"),
    [
        ("About 300 people for a vigil gathered outside the hall.", "en", 300, "people"),
        ("12 votes were cast before noon.", "en", 12, "votes"),
        ("Unos 40 vecinos en contra del proyecto se concentraron.", "es", 40, "vecinos"),
    ],
)
def test_other_counts_and_votes_without_a_side_keep_their_noun(
    text: str, lang: str, value: float, counted: str
) -> None:
    assert _counted(text, lang)[value] == counted


def test_a_hostile_run_after_a_vote_count_is_read_quickly() -> None:
    text = "Report\n\nThere were 16 votes" + " " * 20000 + "for" + " for" * 5000 + "."
    assert summarize(Article(text=text, language="en")).figures


@pytest.mark.parametrize(
    ("text", "lang", "ayes", "noes"),
    [
        ("The bill cleared its second reading by 212 votes to 198.", "en", "votes for", "votes against"),
        ("Le texte a été adopté par 212 voix contre 198.", "fr", "voix pour", "voix contre"),
        ("La ley se aprobó por 212 votos contra 198.", "es", "votos a favor", "votos en contra"),
    ],
)
def test_a_tally_told_as_n_to_m_gives_the_ayes_first(text: str, lang: str, ayes: str, noes: str) -> None:
    counted = _counted(text, lang)
    assert (counted[212], counted[198]) == (ayes, noes)


def test_votes_to_spare_are_no_tally() -> None:
    assert _counted("It passed with 12 votes to spare.", "en")[12] == "votes"


def test_two_tallies_of_one_vote_disagree_side_by_side_not_across() -> None:
    # "212 votes to 198" and "211 votes to 199": the ayes are one measure, the noes another,
    # so neither source's two numbers hide the other's.
    one = summarize(Article(text="Vote\n\nMPs backed the bill by 212 votes to 198.", language="en"))
    two = summarize(Article(text="Vote\n\nMPs backed the bill by 211 votes to 199.", language="en"))
    by_measure = {measure_of(f): f.value for f in one.figures}
    assert {measure_of(f): f.value for f in two.figures}.keys() == by_measure.keys() and len(by_measure) == 2
