"""The daily merge compares a report that names no place of its own at the place of its
article's report of the same kind before it (``placed_by_kind``): "In a separate accident
earlier that day, a crane collapsed" in a piece about Carrick Haven's port is at Carrick
Haven. The offline engine's briefing keeps its sentence's reading (no place), and so does
the story's incident; the report's evidence reads the article as a hand-written briefing
does. Invented articles in English, French, German and Spanish, briefed by the offline
engine; hostile ones that must stay unplaced: a report of another kind, a kind told before
only in a country, a sentence naming a country of its own; and a place of its own is kept."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.daily.placed_by_kind import places_by_kind
from summarizer.daily.records import IncidentRecord, article_record
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.models.common import Span


def _merged(text: str, lang: str) -> tuple[IncidentRecord, ...]:
    """The article's incidents as the daily merge reads them, and the engine's briefing
    leaves the second one unplaced."""
    article = Article(id="a", text=text, published=dt.date(2026, 3, 12), language=lang)
    assert article.reading[0] == lang
    briefing = ExtractiveEngine().brief(article, None)
    assert briefing.incidents[1].place is None
    return article_record(article, briefing).incidents


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        (
            "A passenger gangway collapsed at the ferry terminal in Carrick Haven on Tuesday afternoon, "
            "injuring six people.\n\nIn a separate accident earlier that day, a crane collapsed at the "
            "container terminal, killing its operator.",
            "en",
            "Carrick Haven",
        ),
        (
            "Un accident à Port-Vendres a fait six blessés mardi après-midi.\n\nDans un autre accident, "
            "survenu le matin, une grue s'est effondrée sur le quai, tuant son conducteur.",
            "fr",
            "Port-Vendres",
        ),
        (
            "In Bremerhaven ist am Dienstagnachmittag eine Gangway am Fährterminal eingestürzt, sechs "
            "Passagiere wurden verletzt.\n\nUnabhängig davon war am Morgen ein Kran am Containerterminal "
            "eingestürzt, der Kranführer kam ums Leben.",
            "de",
            "Bremerhaven",
        ),
        (
            "Un accidente en Algeciras dejó seis heridos el martes por la tarde.\n\nEn otro accidente, por "
            "la mañana, una grúa se desplomó en el muelle y mató a su operador.",
            "es",
            "Algeciras",
        ),
    ],
)
def test_a_placeless_report_is_where_the_report_of_its_kind_before_it_was(
    text: str, lang: str, town: str
) -> None:
    incidents = _merged(text, lang)
    assert [i.type for i in incidents] == ["accident", "accident"]
    first, second = (i.report.place for i in incidents)
    assert first is not None and second == first
    # The story keeps the incident as the briefing gave it: no place of its own.
    assert (incidents[0].place, incidents[1].place, incidents[1].location) == (town, None, None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Another kind of event: a brawl in a bar is not known to be in the crane's town.
        (
            "A crane collapsed in Carrick Haven on Tuesday, killing its operator.\n\n"
            "Separately, police arrested two men after a brawl in a bar.",
            "en",
        ),
        (
            "Une grue s'est effondrée à Port-Vendres mardi, tuant son conducteur.\n\n"
            "Par ailleurs, la police a arrêté deux hommes après une bagarre dans un bar.",
            "fr",
        ),
        # Of its kind, but told before in a country only: no town to borrow.
        (
            "Floods hit Spain on Tuesday, killing four people.\n\nIn a separate disaster, a landslide buried a road.",
            "en",
        ),
    ],
)
def test_a_report_of_another_kind_or_after_a_country_stays_unplaced(text: str, lang: str) -> None:
    incidents = _merged(text, lang)
    assert len(incidents) == 2
    assert incidents[1].report.place is None


def test_a_place_of_its_own_is_kept_and_the_nearest_report_of_its_kind_lends_one() -> None:
    text = (
        "A crane collapsed in Carrick Haven on Tuesday, killing its operator.\n\n"
        "In a separate accident, a van overturned in Dunmore, injuring two."
    )
    article = Article(id="a", text=text, published=dt.date(2026, 3, 12), language="en")
    crane, van = ExtractiveEngine().brief(article, None).incidents
    assert (crane.place, van.place) == ("Carrick Haven", "Dunmore")
    after = Span(start=len(text) + 2, end=len(text) + 40)
    # A third accident told after both, naming no place, listed first: its nearest report
    # of its kind before it is the van's, in Dunmore.
    cyclist = van.model_copy(
        update={
            "id": "i3",
            "place": None,
            "location": None,
            "evidence_span": after,
            "evidence": "A cyclist fell.",
        }
    )
    assert places_by_kind([cyclist, crane, van]) == {"i3": "Dunmore"}
    # One whose sentence names a country of its own borrows nothing ("visited India").
    abroad = cyclist.model_copy(update={"evidence": "Later a cyclist fell during a race in India."})
    assert places_by_kind([abroad, crane, van]) == {}
    abroad = cyclist.model_copy(update={"evidence": "Lavrov's motorcade crashed while he visited India."})
    assert places_by_kind([abroad, crane, van]) == {}
