"""Whether figures' values agree: the range of true values a figure allows, counts alike
enough to tell one event or far enough apart to tell two, and when the sources of a group
of figures give values no single true value fits (``values_conflict``)."""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Sequence

from summarizer.daily.figure_standing import WHOLE, Standing
from summarizer.daily.figure_units import (
    ALIKE_FIGURES_FACTOR,
    COLLECTIVE_SLACK,
    VAGUE_PLURAL_REACH,
    collective_numeral,
    rounding_slack,
    unit_scale,
    vague_plural,
)
from summarizer.daily.measures import FigureFields
from summarizer.daily.sums import one_currency
from summarizer.models.daily_v2 import FigureValue

# A percentage's measure (``share_of``): turnout, or a percent of something.
_SHARES = re.compile(r"[^:]*:(?:turnout$|percent)")


def interval(value: FigureFields) -> tuple[float, float]:
    """The range of true values a reported figure allows."""
    if value.value is None:
        return (-math.inf, math.inf)
    low, high = value.value, value.value_high if value.value_high is not None else value.value
    match value.bound:
        case "at_least":
            return (low, math.inf)
        case "more_than":
            return (math.nextafter(low, math.inf), math.inf)
        case "at_most":
            return (-math.inf, high)
        case "fewer_than":
            return (-math.inf, math.nextafter(high, -math.inf))
        case "approximately":
            return (low * 0.9, high * 1.1)
        case _:
            return (low, high)


# Two counts of one measure more than this factor apart are a sign of two events (see
# ``counts_far_apart``).
FAR_APART_FACTOR = 10.0


def stated_value(low: float, high: float) -> float:
    """The number a figure states, from its true-value bounds: the low end, or the high end
    of an "at most" (whose low end is unbounded)."""
    return low if math.isfinite(low) else high


def counts_alike(low_a: float, high_a: float, low_b: float, high_b: float) -> bool:
    """Two figures that could be one count (``max(low) <= min(high)``) are also alike enough
    to tell that two reports are of one event: their stated numbers (``stated_value``)
    within ``ALIKE_FIGURES_FACTOR`` of each other. "At least 3 killed" and "at least 28
    killed" do not contradict each other, but they are no more a sign of one attack than
    of two (a toll rises through a day; it does not grow ninefold between two outlets'
    reports of one event)."""
    small, large = sorted((abs(stated_value(low_a, high_a)), abs(stated_value(low_b, high_b))))
    return math.isfinite(large) and large <= small * ALIKE_FIGURES_FACTOR


def counts_far_apart(
    measured_a: Sequence[tuple[str, float, float]], measured_b: Sequence[tuple[str, float, float]]
) -> bool:
    """Two reports' figures (measure, lowest and highest true value) give counts of one
    measure or sums of one currency, each pair more than ``FAR_APART_FACTOR`` apart: a fraud
    of 3 million euros and one of 48 million tried in one court on one day are two cases; outlets
    disputing one event's count (police and organisers on a march) rarely differ tenfold.
    Shares are left out: a strike's following is disputed from 20% to 80% as a matter of
    course. It takes one point off what the reports share (``report_pairs.shared_specifics``),
    so it outweighs a shared word, not a shared person with a shared place. A toll of none
    is no count here (``ReportEvidence.measured``): "no one hurt" and "two hurt" are a
    conflict to flag, not two events."""
    pairs = [
        (stated_value(low_a, high_a), stated_value(low_b, high_b))
        for name_a, low_a, high_a in measured_a
        for name_b, low_b, high_b in measured_b
        if (name_a == name_b or one_currency(name_a, name_b)) and not _SHARES.match(name_a)
    ]
    return bool(pairs) and all(_far_apart(x, y) for x, y in pairs)


def values_conflict(
    values: Sequence[FigureValue],
    parties: Sequence[str | None] | None = None,
    standings: Sequence[Standing] | None = None,
    unit: str | None = None,
    scoped: bool = False,
) -> bool:
    """True when two sources give values no single true value fits. Two values of one
    article never disagree: they are two figures it gives ("498 Russian servicemen have been
    killed ... and 2,870 others"), which the measure alone cannot tell apart. So a source
    stands for the span from its lowest to its highest value, and two sources disagree when
    their spans do not meet: a source outside everything another gives. (A value between a
    source's two figures is not flagged: it may agree with either.) A source is an article,
    or one party of it when it gives the figure of two parties ("the commission put turnout
    at 61%; the opposition counted 45%": ``_sources``): a value's claimant, or else its
    party in ``parties`` (the daily actor its sentence names, see
    ``records.figure_parties``). A value whose standing (``figure_standing``) is a part of a
    whole ("five of the injured") says only that the whole is at least that
    (``daily.subcounts``), so it stands for its source only when the source gives no whole
    of the measure; beside a whole ("12 injured, five of them seriously") it says nothing
    the whole does not, and must not stretch the source's span to cover every other
    source's count. Given the group's ``unit``: an exact amount of a measured quantity
    (``unit_scale``: not a count, a share, a sum of money nor a temperature, where "20 °C"
    against "21 °C" or "€100m" against "€104m" is a dispute) allows its writer's rounding
    (``figure_units.rounding_slack``: "siete toneladas" and "7.2 tonnes" agree). For
    ``scoped`` counts (``figures._scoped``), two more than ``FAR_APART_FACTOR`` apart count two
    scopes, not one thing two ways (a country's 847 measles cases this year and a school's
    nine: ``_disagree``). Shares are disputed tenfold as a matter of course, and one fire's
    40 hectares against 3,000 is a dispute over one area.
    Near-linear in the values: a day of thousands of reports of one toll must not compare
    every pair."""
    lows: dict[tuple[str, str | None], float] = {}
    highs: dict[tuple[str, str | None], float] = {}
    claims = [v.claimed_by or (parties[n] if parties else None) for n, v in enumerate(values)]
    standing = standings or [WHOLE] * len(values)
    sources = _sources(values, claims, standing)
    with_whole = {source for source, stands in zip(sources, standing, strict=True) if not stands.subcount}
    for v, source, stands in zip(values, sources, standing, strict=True):
        if stands.subcount and source in with_whole:
            continue
        low, high = interval(v)
        if v.bound == "approximately" and v.value is not None and vague_plural(v.text):
            # "dozens", "Tausende": the least they can mean, up to the next order (43 are
            # dozens, 5,000 are not)
            low, high = v.value * (1 - COLLECTIVE_SLACK), v.value * VAGUE_PLURAL_REACH
        elif v.bound == "approximately" and v.value is not None and collective_numeral(v.text):
            # "une vingtaine" is looser than "about 20": it may be the 25 another counts
            low, high = v.value * (1 - COLLECTIVE_SLACK), (v.value_high or v.value) * (1 + COLLECTIVE_SLACK)
        if (
            unit is not None
            and unit_scale(unit) is not None  # a measured quantity: not a price, nor a temperature
            and v.bound == "exact"
            and v.value is not None
            and v.value_high is None
        ):
            slack = rounding_slack(v.value)
            low, high = low - slack, high + slack
        if stands.subcount or stands.beside:  # a part: the whole is at least as many
            high = math.inf
        if stands.risen or stands.summed:
            low = -math.inf  # "rose to three", "in two raids": another's "two" may be before it
        lows[source] = min(low, lows.get(source, math.inf))
        highs[source] = max(high, highs.get(source, -math.inf))
    return _disagree(list(lows.values()), sorted(highs.values()), scoped=scoped)


def _disagree(lows: Sequence[float], highs: Sequence[float], scoped: bool) -> bool:
    """Whether some source's lowest possible value lies above another's highest (``highs``
    sorted), for counts (``scoped``) by no more than ``FAR_APART_FACTOR``: a dispute over
    one count differs by a factor of a few, and counts further apart are of two scopes
    ("847 cases since January" in France, "more than 120,000" in Europe last year). A source's own highest
    is never below its lowest, so the pair is always of two sources; of the highs below a
    low, the largest is the nearest, so it alone is read. None ("no data left our
    servers") is never far from a count."""
    for low in lows:
        below = bisect.bisect_left(highs, low)
        if below and not (scoped and _far_apart(low, highs[below - 1])):
            return True
    return False


def _far_apart(x: float, y: float) -> bool:
    """Two finite values of one sign more than ``FAR_APART_FACTOR`` apart."""
    if not (math.isfinite(x) and math.isfinite(y)) or x * y <= 0:
        return False
    return max(abs(x), abs(y)) > FAR_APART_FACTOR * min(abs(x), abs(y))


def _sources(
    values: Sequence[FigureValue], claims: Sequence[str | None], standings: Sequence[Standing]
) -> list[tuple[str, str | None]]:
    """Who gives each value: its article, and the party that states it (``claims``) when
    the article gives values of two parties or more (a dispute it reports, each side's
    figure its own source). An article with one party or none is one source, whatever its
    values: its two figures may be two counts the measure cannot tell apart; unless a party
    restates the count (``Standing.restates``: "around three hundred people gathered ...
    The Carabinieri put the crowd at about 150"), which sets the party's figure against
    the article's own."""
    parties: dict[str, set[str]] = defaultdict(set)
    restating: set[str] = set()
    for v, claim, stands in zip(values, claims, standings, strict=True):
        if claim:
            parties[v.source.article_id].add(claim)
        if stands.restates:
            restating.add(v.source.article_id)
    apart = {article for article, claimed in parties.items() if len(claimed) > 1} | restating
    return [
        (v.source.article_id, claim if v.source.article_id in apart else None)
        for v, claim in zip(values, claims, strict=True)
    ]
