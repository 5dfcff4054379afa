"""An article that tells a second event of a kind as set apart from its first ("Separate
incident in Porto: ...", "Par ailleurs, ...", "In einem anderen Fall ..."): a third outlet's
report that shares more with the first event than with the aside is of the first, however
alike its few words to the aside's (issue 25, day 93: three pickpockets of a tram gang
joined to a woman arrested at a station, "um caso sem ligação ao grupo"). Every report here
is invented: a city, its police, a gang on the tram and a thief at the station."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.passages import ENTRY_MARK, says_another_event
from summarizer.daily.reports import ReportEvidence
from summarizer.daily.set_apart import SetApart
from summarizer.linkage import Clusters
from tests.daily.test_daily import briefed, merged


def _article(text: str, language: str, *incidents: dict[str, Any], police: str = "PSP") -> Briefed:
    made = briefed(
        text,
        actors=[("a1", police, "government")],
        incidents=[
            {"id": f"i{n}", "type": "arrest", "claimed_by": "a1", "casualty_figures": [], **incident}
            for n, incident in enumerate(incidents, start=1)
        ],
    )
    return Briefed(made.article, made.briefing.model_copy(update={"language": language}))


# The blog: the gang first, then the aside it sets apart, in English.
_GANG_EN = "11:55 - PSP officers have detained suspected pickpockets working the Alfama district."
_ASIDE_EN = (
    "17:45 - Separate incident in Lisbon: PSP arrested a woman at Rossio station who took a tourist's phone."
)
# A local paper's two arrests, in Portuguese: the aside denies a link with the gang.
_GANG_PT = (
    "Três suspeitos de furtos por carteirista foram detidos pela PSP na Alfama, em Lisboa, depois "
    "de vigiados durante duas semanas no elétrico 28."
)
_ASIDE_PT = "Ao fim da tarde, a PSP deteve ainda uma mulher na estação do Rossio por furto de um telemóvel."
# A Spanish report of the gang alone.
_GANG_ES = (
    "La Policía de Seguridad Pública (PSP) detuvo este jueves a tres presuntos carteristas "
    "que actuaban en el tranvía 28 y en la Alfama de Lisboa. Entre la docena de turistas a los que "
    "robaron en los últimos días figura un matrimonio de Vigo al que le quitaron la cartera el domingo. "
    "Los agentes recuperaron carteras, relojes y documentos escondidos en una mochila junto al muelle, "
    "según un portavoz del comando metropolitano. Los detenidos pasarán mañana a disposición judicial "
    "y el consulado recomienda vigilar bolsos y mochilas."
)


def _blog() -> Briefed:
    return _article(
        f"Lisbon live\n\n{_GANG_EN}\n\n{_ASIDE_EN}",
        "en",
        {"evidence": _GANG_EN, "place": "Alfama, Lisbon", "time": "11:55"},
        {"evidence": _ASIDE_EN, "place": "Rossio station, Lisbon", "time": "17:45"},
    )


def _paper() -> Briefed:
    return _article(
        f"{_GANG_PT} {_ASIDE_PT}",
        "pt",
        {"evidence": _GANG_PT, "place": "Alfama, Lisboa", "time": "de manhã"},
        {"evidence": _ASIDE_PT, "place": "estação do Rossio, Lisboa", "time": "Ao fim da tarde"},
    )


def _spanish_gang() -> Briefed:
    evidence = _GANG_ES.split(". ")[0] + "."
    return _article(_GANG_ES, "es", {"evidence": evidence, "place": "Alfama, Lisboa", "time": "este jueves"})


def _groups(*articles: Briefed) -> list[set[str]]:
    day = merged(*articles)
    return [{f"{r.article_id}:{r.incident_id}" for r in incident.reports} for incident in day.incidents]


def _with(groups: list[set[str]], article: Briefed) -> set[str]:
    (found,) = [g for g in groups if any(ref.startswith(f"{article.article.meta.id}:") for ref in g)]
    return found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In Lissabon nahm die Polizei PSP unterdessen drei mutmaßliche Taschendiebe fest, die es "
            "auf Touristen in der historischen Straßenbahn abgesehen hatten.",
            "de",
        ),
        (
            "À Lisbonne, la PSP a par ailleurs interpellé trois pickpockets présumés qui visaient les "
            "touristes dans le tramway historique.",
            "fr",
        ),
        (
            "A Lisbona la polizia PSP ha fermato tre presunti borseggiatori che prendevano di mira i "
            "turisti sul tram storico.",
            "it",
        ),
    ],
)
def test_a_report_of_the_gang_joins_the_gang_not_the_aside(text: str, language: str) -> None:
    """Its tourists are the aside's tourist too, and its few words score it nearer the
    aside's short ones; its tram is the gang's, which the blog set the aside apart from."""
    third = _article(text, language, {"evidence": text, "place": "Lisbon"})
    blog, paper, spanish = _blog(), _paper(), _spanish_gang()
    groups = _groups(blog, paper, spanish, third)
    aside = next(g for g in groups if f"{blog.article.meta.id}:i2" in g)
    assert not any(ref.startswith(f"{third.article.meta.id}:") for ref in aside)
    gang = {f"{blog.article.meta.id}:i1", f"{paper.article.meta.id}:i1", f"{spanish.article.meta.id}:i1"}
    assert gang & _with(groups, third)


def test_the_aside_told_by_two_outlets_stays_one() -> None:
    """The near miss: the blog's aside and the paper's are one arrest at the station; a
    rule against the aside's joins must not split them."""
    blog, paper = _blog(), _paper()
    groups = _groups(blog, paper, _spanish_gang())
    assert {f"{blog.article.meta.id}:i2", f"{paper.article.meta.id}:i2"} in groups


@pytest.mark.parametrize(
    "evidence",
    [
        "17:45 - Separate incident in Lisbon: officers arrested a woman at the station.",
        "In un altro caso, la polizia ha fermato una donna alla stazione.",
        "Noutro caso, a PSP deteve uma mulher na estação.",
        "In een andere zaak werd een vrouw opgepakt in het station.",
        "En un altre cas, els Mossos van detenir una dona a l'estació.",
    ],
)
def test_an_entry_opening_on_another_case_says_another_event(evidence: str) -> None:
    assert says_another_event(evidence)


@pytest.mark.parametrize(
    "evidence",
    [
        # A case of the one event, not another one.
        "Police said the case of the stolen phones was solved.",
        "Neste caso, a PSP deteve três suspeitos.",
        "In questo caso la polizia ha fermato tre persone.",
    ],
)
def test_a_case_of_one_event_says_no_other(evidence: str) -> None:
    assert not says_another_event(evidence)


@pytest.mark.parametrize(
    "evidence",
    [
        # Another case mid-sentence: what a suspect did before, how police read the event.
        "De verdachte werd eerder al veroordeeld in een andere zaak en is nu opgepakt in Gent.",
        "Police are treating the two deaths in Ashby as separate incidents.",
        "L'uomo, già denunciato in un altro caso di furto, è stato fermato ieri a Genova.",
        "O suspeito, já detido noutro caso, foi apanhado após o assalto em Braga.",
        "El detingut ja havia estat condemnat en un altre cas, segons els Mossos.",
    ],
)
def test_another_case_named_mid_sentence_says_no_other_event(evidence: str) -> None:
    assert not says_another_event(evidence)


def _evidence(owner: str, words: tuple[str, ...], *, aside: bool = False) -> ReportEvidence:
    return ReportEvidence(
        owner=owner, type="arrest", date=None, weekdays=frozenset(), place="lisbon",
        places=frozenset({"lisbon"}), words=words, plain=("lisbon",), measures=frozenset(),
        measured=(), says_distinct=aside, says_another=aside, actors=frozenset({"police"}),
    )  # fmt: skip


def test_a_report_nearer_the_event_set_apart_from_does_not_join_the_aside() -> None:
    """The blog's gang (0) and its aside (1); another outlet's gang (2); a third report (3)
    that shares the tourists with the aside but the tram and the tourists with the gang."""
    items = [
        _evidence(f"blog{ENTRY_MARK}1", ("detained", "pickpockets", "tourists", "tram")),
        _evidence(f"blog{ENTRY_MARK}2", ("arrested", "phone", "station", "tourists", "woman"), aside=True),
        _evidence("paper", ("carteristas", "detuvo", "tourists", "tram")),
        _evidence("wire", ("fest", "taschendiebe", "tourists", "tram")),
    ]
    linked = [(0, 2), (1, 3), (2, 3)]
    clusters = Clusters([item.owner for item in items])
    clusters.join(0, 2)
    asides = SetApart(items, linked)
    assert asides.keeps_apart(clusters, 1, 3, 1, 3)
    # The near miss: a report nearer the aside than the gang joins it.
    items[3] = _evidence("wire", ("festgenommen", "frau", "phone", "station", "tourists"))
    assert not SetApart(items, linked).keeps_apart(clusters, 1, 3, 1, 3)
    # An aside of another outlet joins the aside, whatever it shares with the gang.
    items[3] = _evidence("wire", ("fest", "taschendiebe", "tourists", "tram"), aside=True)
    assert not SetApart(items, linked).keeps_apart(clusters, 1, 3, 1, 3)
