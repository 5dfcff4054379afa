"""Amounts as precise as their writer made them, in one unit whatever unit each source chose:

- one quantity in two units ("some 20 million litres", "rund 20.000 Kubikmeter"; "7.200
  kilos", "7.2 tonnes"; "three weeks", "two months") is one measure, its values compared
  once in one unit (``unit_scale``, ``rescaled``);
- an exact amount is said to the last digit its writer gave: "siete toneladas" may be a
  rounded 7.2 t, so it allows a little either side (``rounding_slack``). Counts of people
  are not rounded this way: "two dead" and "three dead" disagree.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from summarizer.text.accents import fold_accents

# Each unit of a quantity as (its dimension's base unit, how many base units it is), as
# briefings spell units (``Figure.unit``), by symbol or by English name: a length in metres,
# a mass in kilograms, a volume in litres, an area in square metres, a time in days. Units
# of one trade's news are here too: the quintal of Italian, Spanish, Portuguese and French
# harvests and hauls is the metric one, 100 kg ("80 quintali di mele" are the "acht
# Tonnen" another outlet gives); "tons" are read as metric tonnes, as the extractive
# engine writes them ("t"), since a short ton's 10 % less is within what reports round.
_SCALES: dict[str, tuple[str, float]] = {
    "mm": ("m", 0.001), "cm": ("m", 0.01), "m": ("m", 1.0), "km": ("m", 1000.0),
    "metres": ("m", 1.0), "meters": ("m", 1.0), "kilometres": ("m", 1000.0), "kilometers": ("m", 1000.0),
    "in": ("m", 0.0254), "inches": ("m", 0.0254), "ft": ("m", 0.3048), "feet": ("m", 0.3048),
    "nmi": ("m", 1852.0), "nautical miles": ("m", 1852.0), "mi": ("m", 1609.344), "miles": ("m", 1609.344),
    "g": ("kg", 0.001), "kg": ("kg", 1.0), "kilos": ("kg", 1.0), "kilograms": ("kg", 1.0),
    "lb": ("kg", 0.45359237), "lbs": ("kg", 0.45359237), "pounds": ("kg", 0.45359237),
    "q": ("kg", 100.0), "quintals": ("kg", 100.0),
    "t": ("kg", 1000.0), "tonnes": ("kg", 1000.0), "tons": ("kg", 1000.0),
    "ml": ("l", 0.001), "l": ("l", 1.0), "litres": ("l", 1.0), "liters": ("l", 1.0), "hl": ("l", 100.0),
    "m3": ("l", 1000.0),
    "m2": ("m2", 1.0), "ha": ("m2", 10_000.0), "hectares": ("m2", 10_000.0), "km2": ("m2", 1e6),
    "s": ("days", 1 / 86_400), "seconds": ("days", 1 / 86_400),
    "min": ("days", 1 / 1440), "minutes": ("days", 1 / 1440),
    "h": ("days", 1 / 24), "hours": ("days", 1 / 24),
    "days": ("days", 1.0), "weeks": ("days", 7.0), "months": ("days", 30.44), "years": ("days", 365.25),
}  # fmt: skip


def unit_scale(unit: str) -> tuple[str, float] | None:
    """The dimension's base unit and the factor to it, or None for a unit of its own (a
    count, a percentage, a currency, a temperature)."""
    return _SCALES.get(unit)


def rescaled(value: float | None, unit: str, to_unit: str) -> float | None:
    """``value`` in ``unit`` said in ``to_unit`` of one dimension (``unit_scale``), unchanged
    when either has no scale or they measure different dimensions."""
    source, target = unit_scale(unit), unit_scale(to_unit)
    if value is None or source is None or target is None or source[0] != target[0] or unit == to_unit:
        return value
    return value * source[1] / target[1]


# Two figures of one measure are alike, a sign of one thing, only within this factor of
# each other (``figure_conflicts.counts_alike``, ``figure_joins.join_units``).
ALIKE_FIGURES_FACTOR = 2.0


# A rounded amount is at most this share of its value from the true one: half of what
# "about" allows (``figure_conflicts.interval``), as a writer who rounds says so less loosely.
ROUNDING_SHARE = 0.05


def rounding_slack(value: float) -> float:
    """How far the true amount may lie from an exact ``value`` a writer rounded: half a step
    of its last non-zero digit ("7" may be 6.5 to 7.5, "7.2" 7.15 to 7.25), and never more
    than ``ROUNDING_SHARE`` of it ("300 metres" is not 250 to 350)."""
    if not math.isfinite(value) or value == 0:
        return 0.0
    try:
        exponent = Decimal(f"{abs(value):.12g}").normalize().as_tuple().exponent
    except InvalidOperation:
        return 0.0
    step = 10.0**exponent if isinstance(exponent, int) else 0.0
    return min(step / 2, ROUNDING_SHARE * abs(value))


# How far either side of its number a collective numeral may stand ("une vingtaine de
# foyers" may be 25 of them): more than an "about 20" allows (``figure_conflicts.interval``).
COLLECTIVE_SLACK = 0.25
# Collective numerals of en, fr, de, es, it, pt ("a dozen", "une vingtaine", "ein Dutzend",
# "una veintena", "una ventina", "uma dezena", "un millier"): a round count, not a count
# rounded.
_COLLECTIVE = re.compile(
    r"(?<!\w)(?:dozens?"
    r"|(?:diz|douz|quinz|vingt|trent|quarant|cinquant|soixant|cent)aines?"
    r"|dutzend\w*"
    r"|(?:dec|doc|veint|treint|cincuent)enas?|centenar(?:es)?"
    r"|(?:dec|vent|trent|quarant|cinquant)ina|dozzin[ae]|centinai[ao]"
    r"|dezenas?|duzias?|vintenas?|centenas?"
    r"|milliers?|millar(?:es)?|migliai[ao]|milhar(?:es)?)(?!\w)",
    re.IGNORECASE,
)


def collective_numeral(text: str) -> bool:
    """Whether a figure is told by a collective numeral ("une vingtaine", ``_COLLECTIVE``)."""
    return _COLLECTIVE.search(fold_accents(text)) is not None


# Vague plurals of en, fr, de, es, it, pt, nl, ca ("dozens", "des milliers", "Tausende",
# "decenas", "centinaia", "milhares", "honderden", "milers"), accents folded: a count's
# least, open above ("dozens of pupils" may be the 43 another counts), unlike the round
# count of a collective numeral ("une vingtaine", ``collective_numeral``). Only with no
# numeral or number word before it: "two dozen", "deux centaines" are round counts.
_VAGUE_PLURAL = re.compile(
    r"(?<!\w)(?:dozens|scores|hundreds|thousands|millions"
    r"|dizaines|douzaines|centaines|milliers"
    r"|(?:zehn|hundert)?tausende|dutzende|hunderte"
    r"|decenas|docenas|cientos|centenares|miles|millares"
    r"|decine|dozzine|centinaia|migliaia"
    r"|dezenas|duzias|centenas|milhares"
    r"|tientallen|honderden|duizenden"
    r"|desenes|dotzenes|centenars|milers)(?!\w)",
    re.IGNORECASE,
)
# How far above its value (two of its unit: "dozens" 24, "Tausende" 2000) a vague plural
# reaches: up to the next order ("dozens" are not the 5,000 another outlet counts, which
# would be "thousands"; "hundreds of thousands" is read as its own 200,000).
VAGUE_PLURAL_REACH = 10.0
_COUNT_BEFORE = re.compile(
    r"\d|(?<!\w)(?:two|three|deux|trois|zwei|drei|dos|tres|due|tre|duas|twee|drie)\s*$"
)


def vague_plural(text: str) -> bool:
    """Whether a figure is told by a vague plural alone ("Dozens of pupils", "Tausende tote
    Barsche", ``_VAGUE_PLURAL``): the least it can mean, not a count about its number."""
    folded = fold_accents(text)
    found = _VAGUE_PLURAL.search(folded)
    return found is not None and not _COUNT_BEFORE.search(folded[: found.start()])
