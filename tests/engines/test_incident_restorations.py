"""A return to normal is an event of its own, whatever cause it names: "Residents evacuated
after the rollover were allowed to return home" ends the evacuation, it does not report
one. Typed by its first cue it was an evacuation, joined the morning's evacuation of the
same town in the daily merge, and merged the rollover with the evening's return (a
must-not-merge pair of a development day). Now it is reported as "other", as newsrooms
write it and as the merge keeps a restoration apart from its cause. Invented copy."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Residents evacuated after this morning's propane tanker rollover on Route 11 were allowed to "
            "return home at 6:15 p.m., the town's emergency office said.",
            "en",
        ),
        (
            "Les habitants évacués après l'incendie de l'entrepôt ont pu regagner leurs domiciles mardi soir.",
            "fr",
        ),
        ("Die Evakuierung wurde am Abend aufgehoben, nachdem das Leck am Chemiewerk abgedichtet war.", "de"),
        ("Los vecinos desalojados por el incendio pudieron volver a sus casas a las ocho.", "es"),
        ("Gli sfollati dell'alluvione sono rientrati nelle loro case nel pomeriggio.", "it"),
        ("Os moradores retirados por causa do incêndio puderam regressar às suas casas.", "pt"),
    ],
)
def test_a_return_to_normal_is_its_own_event(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "other"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Forty homes were evacuated in Bathurst on Thursday morning after a tanker truck rolled over.",
            "en",
            "evacuation",
        ),
        (
            "Residents evacuated after the rollover will not be allowed to return home before Monday.",
            "en",
            "evacuation",
        ),
        (
            "Les habitants ne pourront pas regagner leurs domiciles avant lundi, après l'incendie.",
            "fr",
            "disaster",
        ),
    ],
)
def test_an_evacuation_that_goes_on_is_no_return(sentence: str, lang: str, expected: str) -> None:
    assert incident_type(sentence, lang) == expected


def test_the_return_and_the_rollover_stay_two_incidents() -> None:
    text = (
        "A propane tanker rolled over on Route 11 in Bathurst on Thursday morning. Forty homes were "
        "evacuated. Residents evacuated after the rollover were allowed to return home at 6:15 p.m."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="en"), None)
    types = [i.type for i in briefing.incidents]
    assert types[-1] == "other"
    assert "other" not in types[:-1]
