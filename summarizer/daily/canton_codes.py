"""A Swiss canton's body named by the canton's code: "Kapo VS", "Kapo ZH", "Kantonspolizei
BE", as Swiss copy and the police's own releases write them beside "Kantonspolizei
Wallis", "police cantonale valaisanne" and "Valais cantonal police". The code is read as
the canton's name (ISO 3166-2's, ``text.subdivisions``), so the body's name in every
language has one key, and two cantons' police ("Kapo VS", "Kapo BE") stay two.

Read only in capitals at the end of a name whose other words make a cantonal body: "VS"
is no canton in "Roma vs Lazio", nor "BE" in "Let it BE"."""

from __future__ import annotations

import re

from summarizer.daily.organisations import organisation_key
from summarizer.linkage import name_key
from summarizer.text.subdivisions import subdivision_by_code

# The concept a cantonal body's name holds ("Kantonspolizei", "Kapo", "police cantonale").
_CANTONAL = "cantonal"
# A canton's code closing a name: two capitals ("VS", "ZH", "AI").
_CODE = re.compile(r"^(?P<body>.*\S)\s+(?P<code>[A-Z]{2})$")


def cantonal_name(name: str) -> str:
    """``name`` with a closing canton's code as the canton's name ("Kapo VS" -> "Kapo
    Valais"); any other name as it is."""
    match = _CODE.match(name.strip())
    if match is None:
        return name
    canton = subdivision_by_code("CH", match["code"])
    if canton is None or _CANTONAL not in organisation_key(name_key(match["body"])).split():
        return name
    return f"{match['body']} {canton}"
