"""The whole flow (offline engine, then the merge) keeps an evacuation's end apart from the
event that caused it (issue 25, a must-not-merge pair of development day 75): the wire's
"Forty homes were evacuated ... after a tanker rolled over" and the evening's "Residents
evacuated ... were allowed to return home" were both typed evacuations at one town by the
engine, and the merge joined the return to the rollover (through the place "Route" the
engine read in "on Route 11"). The return is now typed as that return, and "Route 11" is a
road: either keeps the pair apart. Invented copy; fails on main."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.daily import merge_briefings
from summarizer.daily.merge import Briefed
from summarizer.engines.extractive import ExtractiveEngine

DAY = dt.date(2026, 2, 5)


def _briefed(article_id: str, text: str, lang: str) -> Briefed:
    article = Article(id=article_id, text=text, language=lang, published=DAY)
    return Briefed(article, ExtractiveEngine().brief(article, None))


def _cluster_of(day, article_id: str) -> int:  # type: ignore[no-untyped-def]
    """The merged incident holding the article's first incident (each text tells one)."""
    for n, incident in enumerate(day.incidents):
        if any(r.article_id == article_id and r.incident_id == "i1" for r in incident.reports):
            return n
    raise AssertionError(f"{article_id}'s incident is in no merged incident")


@pytest.mark.parametrize(
    ("wire", "update", "lang"),
    [
        (
            "VESSAC, N.B. (MW) - Forty homes were evacuated in Vessac, in northeastern New Brunswick, on "
            "Thursday morning after a tanker truck loaded with propane rolled over on Route 11, the RCMP said.",
            "Residents evacuated after this morning's propane tanker rollover on Route 11 were allowed to "
            "return home at 6:15 p.m., Vessac EMO said.",
            "en",
        ),
        (
            "Forty homes were evacuated in Vessac on Thursday morning after a tanker truck loaded with "
            "propane rolled over on Route 9, police said.",
            "Residents evacuated in Vessac after this morning's propane tanker rollover were allowed to "
            "return home at 6:15 p.m., the town's emergency office said.",
            "en",
        ),
        (
            "Quarante maisons ont été évacuées jeudi matin à Vessac après le renversement d'un "
            "camion-citerne de propane sur la route 9.",
            "À Vessac, les habitants évacués après le renversement du camion-citerne ont pu regagner "
            "leurs domiciles jeudi soir.",
            "fr",
        ),
    ],
)
def test_the_return_home_stays_apart_from_the_evacuation_it_ends(wire: str, update: str, lang: str) -> None:
    day = merge_briefings([_briefed("wire", wire, lang), _briefed("update", update, lang)], DAY)
    assert _cluster_of(day, "wire") != _cluster_of(day, "update")
