"""A body named shortly whose article's role for it names it with its place: "States",
role "States of Guernsey" beside another article's "States", role "States of Jersey"; "the
police", role "police de Quimper". The short name says which of its kind the body is no
more than any other's; the role does, so the body is keyed by the role (``actors``):
two islands' "States" are two parliaments, never one actor of the day."""

from __future__ import annotations

from summarizer.daily.city_names import named_place
from summarizer.daily.organisations import organisation_key
from summarizer.linkage import name_key


def placed_by_role(name: str, role: str | None, places: frozenset[str]) -> str | None:
    """The role (its part up to a comma) when it is ``name`` with a place added: every
    concept of the name and, besides, only places (the day's, ``places``, or the tables')."""
    if not role:
        return None
    written = role.split(",")[0].strip()
    short = set(organisation_key(name_key(name)).split())
    full = set(organisation_key(name_key(written)).split())
    extra = full - short
    if not short or not short < full or not all(named_place(word, places) for word in extra):
        return None
    return written
