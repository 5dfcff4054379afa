"""A shared named site is evidence of one crime only for reports of one family of crime
(``daily.site_crimes.one_family``): a petrol station held up in the morning and broken
into at night, or left without paying, are two crimes (invented reports, several
languages). One robbery told in two languages, by two words, stays one."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import report_words
from summarizer.daily.site_crimes import crime_families
from tests.daily.test_daily import merged, one_incident

_PLACE = "Tankstelle Lindenstraße, Brunnfeld"


class _Words:
    def __init__(self, text: str) -> None:
        self.words = tuple(sorted(report_words(text)))


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("The petrol station was held up at gunpoint.", "robbery"),
        ("Die Tankstelle wurde überfallen.", "robbery"),
        ("Atracaron una gasolinera.", "robbery"),
        ("Overval op een tankstation.", "robbery"),
        ("Cambriolage d'une station-service dans la nuit.", "burglary"),
        ("Einbrecher drangen in die Tankstelle ein.", "burglary"),
        ("Inbraak in een tankstation.", "burglary"),
        ("I ladri hanno scassinato la porta.", "burglary"),
        ("Un conductor repostó y se fue sin pagar.", "drive_off"),
        ("Tankbetrug an der Lindenstraße.", "drive_off"),
    ],
)
def test_a_crimes_family_in_several_languages(text: str, family: str) -> None:
    assert crime_families(_Words(text)) == {family}  # type: ignore[arg-type]


def test_a_theft_told_by_stolen_alone_is_of_no_family() -> None:
    assert crime_families(_Words("Cigarettes were stolen from the petrol station.")) == set()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("Am Morgen wurde eine Tankstelle an der Lindenstraße in Brunnfeld von einem maskierten Mann überfallen.", "Am Morgen"),
            ("Nella notte i ladri hanno scassinato la porta di un distributore a Brunnfeld, in Lindenstraße, e rubato sigarette.", "Nella notte"),
        ),
        (
            ("A petrol station on the Lindenstraße in Brunnfeld was robbed at gunpoint in the morning.", "in the morning"),
            ("Un automobilista ha fatto il pieno a un distributore a Brunnfeld, in Lindenstraße, ed è ripartito senza pagare.", "nel pomeriggio"),
        ),
        (
            ("Am Morgen wurde eine Tankstelle an der Lindenstraße in Brunnfeld überfallen.", "Am Morgen"),
            ("Une station-service de la Lindenstraße à Brunnfeld a été cambriolée dans la nuit; les voleurs ont dérobé des cigarettes.", "dans la nuit"),
        ),
    ],
)  # fmt: skip
def test_two_crimes_of_two_families_at_one_named_site_stay_two(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    day = merged(
        one_incident(first[0], type="other", place=_PLACE, time=first[1]),
        one_incident(second[0], type="other", place=_PLACE, time=second[1]),
    )
    assert len(day.incidents) == 2


def test_one_robbery_told_by_a_robbery_word_and_by_robbed_alone_stays_one() -> None:
    """The near miss: "überfallen" is a robbery, "robbed" of no family, one crime."""
    day = merged(
        one_incident("Am Nachmittag wurde eine Tankstelle an der Lindenstraße in Brunnfeld überfallen.",
                     type="other", place=_PLACE, time="Am Nachmittag"),
        one_incident("A petrol station on the Lindenstraße in Brunnfeld was robbed in the afternoon.",
                     type="other", place=_PLACE, time="in the afternoon"),
    )  # fmt: skip
    assert len(day.incidents) == 1
