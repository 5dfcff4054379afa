"""Hand-written model replies for seed 000, good and bad."""

from __future__ import annotations

import copy
from typing import Any

GOOD: dict[str, Any] = {
    "summary": (
        "Ukraine said it intercepted all Russian missiles and drones fired at Kiev overnight. "
        "China's envoy Li Hui said many difficulties prevent peace talks."
    ),
    "actors": [
        {"id": "a1", "name": "Vitali Klitschko", "kind": "person", "role": "mayor", "aliases": []},
        {"id": "a2", "name": "Li Hui", "kind": "person", "role": "Chinese envoy to Ukraine"},
        {"id": "a3", "name": "Ukrainian Air Force", "kind": "military"},
    ],
    "quotes": [
        {"text": "All parties support a political settlement", "speaker": "a2", "kind": "partial"},
        {
            "text": "All 15 (Russian) cruise missiles and 21 attack drones were destroyed by air defense,",
            "speaker": "a3",
            "channel": "on social media Telegram",
        },
    ],
    "figures": [
        {
            "id": "f1",
            "text": "21 attack drones",
            "value": 21,
            "counted": "attack drones",
            "category": "destroyed",
            "claimed_by": "a3",
        },
        {"id": "f2", "text": "at least two people", "value": 2, "bound": "at_least", "category": "injured"},
    ],
    "incidents": [
        {
            "id": "i1",
            "type": "interception",
            "description": "Ukraine said it intercepted all missiles and drones that targeted Kiev.",
            "location": "Kiev",
            "place": "Kyiv",
            "time": "overnight",
            "claimed_by": "a3",
            "casualty_figures": ["f2"],
            "evidence": (
                'Ukraine claimed on Friday to have intercepted "all" Russian missiles and drones '
                "that targeted Kiev overnight, injuring at least two people, the sixth attack in "
                "as many days on the capital."
            ),
        }
    ],
}

INVENTED_QUOTE = "Peace will come by the end of the month"


def good() -> dict[str, Any]:
    return copy.deepcopy(GOOD)


def with_invented_quote() -> dict[str, Any]:
    draft = good()
    draft["quotes"].append({"text": INVENTED_QUOTE, "speaker": "a2"})
    return draft


def with_wrong_figure() -> dict[str, Any]:
    draft = good()
    draft["figures"][0]["value"] = 18  # the article says 21
    return draft
