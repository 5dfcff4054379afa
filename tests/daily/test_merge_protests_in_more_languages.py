"""Who protests, and whether a protest is a strike or a march, read in Italian, Portuguese,
Dutch and Catalan as in the four languages the engine briefs (``lexicons.participants``,
``lexicons.protests``): a city's doctors' strike and its teachers' strike of one day are
two events, whatever language both are told in, and so are a taxi drivers' strike and a
students' march. One group's strike told in two languages stays one event. Every report
here is invented."""

from __future__ import annotations

import pytest

from tests.daily.test_daily import merged, one_incident


def _sizes(first: str, second: str, language: str, second_language: str | None = None) -> int:
    return len(
        merged(
            one_incident(first, type="protest", place="Vilaret", time="today", language=language),
            one_incident(
                second, type="protest", place="Vilaret", time="today", language=second_language or language
            ),
        ).incidents
    )


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("ca", "Segona jornada de vaga dels metges a Vilaret, amb un seguiment del 60%.",
         "Segona jornada de vaga dels mestres a Vilaret, amb un seguiment del 40%."),
        ("it", "Secondo giorno di sciopero dei medici a Vilaret, adesione al 60%.",
         "Secondo giorno di sciopero degli insegnanti a Vilaret, adesione al 40%."),
        ("pt", "Segundo dia de greve dos médicos em Vilaret, com adesão de 60%.",
         "Segundo dia de greve dos professores em Vilaret, com adesão de 40%."),
        ("nl", "Tweede stakingsdag van de artsen in Vilaret, veel afspraken gaan niet door.",
         "Tweede stakingsdag van de leerkrachten in Vilaret, veel afspraken gaan niet door."),
        ("it", "Sciopero dei tassisti oggi a Vilaret, auto ferme in piazza.",
         "Corteo degli studenti oggi a Vilaret, in piazza."),
    ],
)  # fmt: skip
def test_two_groups_protests_in_one_town_stay_two(language: str, first: str, second: str) -> None:
    assert _sizes(first, second, language) == 2


def test_one_groups_strike_told_in_catalan_and_spanish_is_one() -> None:
    assert (
        _sizes(
            "Vaga dels metges a Vilaret: els centres de salut funcionen amb serveis mínims.",
            "Huelga de los médicos en Vilaret: los centros de salud funcionan con servicios mínimos.",
            "ca",
            "es",
        )
        == 1
    )
