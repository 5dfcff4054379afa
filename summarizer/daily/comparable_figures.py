"""Which figures of one measure's group can make a conflict (``figures.figure_groups``): the
tolls the reports link, and beside them what a report that links none of the measure gives
of it in its text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.daily.figure_units import unit_scale
from summarizer.daily.measures import PEOPLE_CATEGORIES, measure_of, says_what_befell
from summarizer.text.lexicons.counted import PEOPLE_THINGS

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord, FigureRecord

# The base units of amounts of a substance, volume and mass (``figure_units.unit_scale``):
# not a length, an area or a time, which a report gives of other things than its toll.
SUBSTANCES = frozenset({"l", "kg"})


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
    # Beside the tolls, a count told as of further people or things ("22 divers from another
    # club", ``Standing.further``) is none of the measure's own.
    own = [n for n in every if not members[n][1].standing.further]
    if linked_only is None:
        return own
    firm = [n for n in every if (members[n][0].id, members[n][1].id) in linked_only]
    if not firm:
        return [n for n in own if says_what_befell(members[n][1])]
    speaking = {members[n][0].id for n in firm}
    tolls: dict[str, list[FigureRecord]] = {}
    for n in firm:
        tolls.setdefault(members[n][0].id, []).append(members[n][1])
    return [
        n
        for n in every
        if n in firm
        or (n in own and members[n][0].id not in speaking and _of_things(members[n][1]))
        or (n in own and _rival(members[n][1], tolls.get(members[n][0].id, [])))
    ]


def _rival(figure: FigureRecord, tolls: list[FigureRecord]) -> bool:
    """Whether a figure beside its report's toll of the measure is another party's count of
    it, a dispute the report tells ("Salvamento Marítimo rescató a 47 personas ... Cruz
    Roja atendió, según sus propios datos, a 52 personas"; "la préfecture compte 300
    évacués, la mairie 450"): the toll is claimed, and this figure by someone else. A
    figure nobody claims beside the toll may count any of the story's people, and a part
    of the toll ("cinco menores", ``figure_standing``) is no rival to it. Nor is a count
    no greater than the toll, as it may be the part of it the party saw ("the hospital
    treated 12 injured" beside a toll of 30 injured), nor one told as further people ("52
    personas de otra patera", "another 52 people": ``Standing.further``, read before), nor
    one told of another event or at a later hour (``Standing.apart``)."""
    stands = figure.standing
    if figure.claimed_by is None or stands.subcount or stands.beside or stands.apart or not tolls:
        return False
    claimants = {toll.claimed_by for toll in tolls}
    if None in claimants or figure.claimed_by in claimants:
        return False
    return _exceeds(figure, tolls)


def _exceeds(figure: FigureRecord, tolls: list[FigureRecord]) -> bool:
    """Whether ``figure`` counts more than every toll beside it can: it can be no part of
    any."""
    if figure.value is None:
        return False
    highest = [toll.value_high if toll.value_high is not None else toll.value for toll in tolls]
    return all(high is not None and figure.value > high for high in highest)


def _of_things(figure: FigureRecord) -> bool:
    """Whether a figure counts things, not people of any kind: "23 Fahrzeuge", not "200
    Menschen" nor "58 Personen" (``measures.measure_of``), or weighs or measures out an
    amount of a substance ("unos 3.000 litros" of diesel stolen, "12 tonnes" spilt:
    ``SUBSTANCES``), which no count of people is."""
    if (scale := unit_scale(figure.unit)) is not None and scale[0] in SUBSTANCES:
        return True
    measure = measure_of(figure)
    if figure.unit != "count" or figure.category in PEOPLE_CATEGORIES or measure is None:
        return False
    counted = measure.split(":", 1)[1]
    return counted != "people" and counted not in PEOPLE_THINGS
