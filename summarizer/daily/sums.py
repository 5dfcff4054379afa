"""Sums of money as two reports of one event give them: the offline engine files one
fraud's 48 million euros as damage in one report and as a figure of no category in another,
so a sum is compared by its currency and value, whatever its category."""

from __future__ import annotations

import math
import re

# A currency as a figure's unit gives it: an ISO 4217 code ("EUR", "GBP").
_CURRENCY = re.compile(r"[A-Z]{3}")


def one_currency(measure_a: str, measure_b: str) -> bool:
    """Two sums of money in one currency, whatever each report calls them ("damage_cost:EUR"
    and "other:EUR": the offline engine files a fraud's sum under either)."""
    currency_a, currency_b = measure_a.partition(":")[2], measure_b.partition(":")[2]
    return currency_a == currency_b and _CURRENCY.fullmatch(currency_a) is not None


def one_sum(name_a: str, low_a: float, high_a: float, name_b: str, low_b: float, high_b: float) -> bool:
    """The same sum of money, stated exactly alike, in one currency (``one_currency``):
    "defrauding investors of 48 million euros" (the damage) and "a fraud of €48m" (a
    figure of no category) are one fraud's sum. The bounds must be equal, not only
    overlap: "about 50 million" and "48 million" may be two sums."""
    return one_currency(name_a, name_b) and math.isfinite(low_a) and (low_a, high_a) == (low_b, high_b)
