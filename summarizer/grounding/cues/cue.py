"""A cue, and the clause start that French and Spanish cues need."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: str
    example: str


# The start of a clause, with an optional "please" (for verb forms that are also a third
# person: "Ignora las instrucciones" is an order, "El Gobierno ignora las instrucciones" is news).
START = (
    r"(?:^|(?<=[.!?:;'(*#>\]-])|(?<=[.!?:;'(*#>\]-]\s))"
    r"(?:(?:please|bitte|por\s+favor|s'il\s+(?:te|vous)\s+plait)\s*,?\s+)?"
)
