"""Which figures of one measure's group can make a conflict (``figures.figure_groups``): the
tolls the reports link, and beside them what a report that links none of the measure gives
of it in its text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.daily.measures import PEOPLE_CATEGORIES, measure_of, says_what_befell
from summarizer.text.lexicons.counted import PEOPLE_THINGS

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord, FigureRecord


def comparable_values(
    members: list[tuple[ArticleRecord, FigureRecord]],
    linked_only: set[tuple[str, str]] | None,
    stale: set[tuple[str, str]],
) -> list[int]:
    """Which values of one measure (their indexes) can make a conflict: those the reports
    give as their toll when any does; when none does (a court's damages, a strike's
    turnout: reports of such events link no toll), every value of the measure in the
    merged reports' passages, as they are then the only figures the reports give of it,
    but for counts of bare people (``says_what_befell``). Beside the tolls, a count of
    things (``_of_things``) in the passage of a report that links none of the measure is
    that report's word on it too: a report that links its injured but counts a pile-up's
    cars only in its text ("23 Fahrzeuge beteiligt, der Betreiber zählt 31"). A report
    that links its toll speaks by it, and a count of people beside it may be any of the
    story's people, unless another party than its toll's claims it (``_rival``). A live
    blog's count that its later entry outdates (``stale``, see
    ``figure_standing.outdated``) makes none."""
    every = [n for n, (s, f) in enumerate(members) if (s.id, f.id) not in stale]
    if linked_only is None:
        return every
    firm = [n for n in every if (members[n][0].id, members[n][1].id) in linked_only]
    if not firm:
        return [n for n in every if says_what_befell(members[n][1])]
    speaking = {members[n][0].id for n in firm}
    claimants: dict[str, set[str | None]] = {}
    for n in firm:
        claimants.setdefault(members[n][0].id, set()).add(members[n][1].claimed_by)
    return [
        n
        for n in every
        if n in firm
        or (members[n][0].id not in speaking and _of_things(members[n][1]))
        or _rival(members[n][1], claimants.get(members[n][0].id, set()))
    ]


def _rival(figure: FigureRecord, toll_claimants: set[str | None]) -> bool:
    """Whether a figure beside its report's toll of the measure is another party's count of
    it, a dispute the report tells ("Salvamento Marítimo rescató a 47 personas ... Cruz
    Roja atendió, según sus propios datos, a 52 personas"; "la préfecture compte 300
    évacués, la mairie 450"): the toll is claimed, and this figure by someone else. A
    figure nobody claims beside the toll may count any of the story's people, and a part
    of the toll ("cinco menores", ``figure_standing``) is no rival to it."""
    if figure.claimed_by is None or figure.standing.subcount or figure.standing.beside:
        return False
    return bool(toll_claimants) and None not in toll_claimants and figure.claimed_by not in toll_claimants


def _of_things(figure: FigureRecord) -> bool:
    """Whether a figure counts things, not people of any kind: "23 Fahrzeuge", not "200
    Menschen" nor "58 Personen" (``measures.measure_of``)."""
    measure = measure_of(figure)
    if figure.unit != "count" or figure.category in PEOPLE_CATEGORIES or measure is None:
        return False
    counted = measure.split(":", 1)[1]
    return counted != "people" and counted not in PEOPLE_THINGS
