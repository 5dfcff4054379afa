"""What a person's role says they are in charge of ("élu chargé de la protection civile",
"vereador da Proteção Civil de Caminha", "assessore alla protezione civile": civil
protection), in any of the languages read, as the concepts of bodies' names
(``organisations.organisation_key``): when a bare surname's office word matches none of
its namesakes' ("élu" beside a "vereador" and a "vizinha"), the one whose role names the
same portfolio is the person a reader takes it for (``people.join_surnames``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.organisations import organisation_key
from summarizer.linkage import name_key
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS, RIVERS
from summarizer.text.lexicons.offices import CHARGE_ENDINGS, CHARGE_WORDS
from summarizer.text.lexicons.organisations import CONCEPTS, GENERIC

# Concepts that say what a body is or where, not what its people are in charge of: two
# namesakes of one "centre", one "national" body or one "district" share no portfolio.
_NO_PORTFOLIO = frozenset(
    {
        "office", "centre", "company", "group", "organization", "association", "federation",
        "confederation", "chamber", "district", "national", "federal", "international", "european",
        "world", "lower", "upper", "administrative", "affairs", "workers", "republican", "regional",
        "cantonal", "municipal", "state", "city", "municipality", "council", "unit", "directorate",
    }
)  # fmt: skip


def _holds_charge(role: str) -> bool:
    return any(
        word in CHARGE_WORDS or word.endswith(CHARGE_ENDINGS)
        for word in re.findall(r"[^\W\d_]+", fold_accents(role).lower())
    )


@cache
def _portfolio_concepts() -> frozenset[str]:
    concepts = set(DOMAIN_CONCEPTS.values()) | set(CONCEPTS.values())
    # Countries, regions and rivers (adjectives read as them) say whose or where, never a portfolio.
    places = COUNTRY_WORDS | RIVERS | {"luxembourg", "romandy"}
    return frozenset(concepts - GENERIC - _NO_PORTFOLIO - places)


def portfolio(role: str | None) -> frozenset[str]:
    """The concepts of what ``role`` is in charge of ("élu chargé de la protection civile":
    civil, protection); empty for a role that names none ("vizinha", "local councillor") or
    holds no office over it ("patient at the hospital", "ambulance driver")."""
    if not role or not _holds_charge(role):
        return frozenset()
    return frozenset(organisation_key(name_key(role)).split()) & _portfolio_concepts()


def one_charged(
    role: str | None, candidates: Mapping[int, set[str]], portfolios: Mapping[int, frozenset[str]]
) -> dict[int, set[str]]:
    """The one of ``candidates`` (group -> its offices) whose portfolio (``portfolios``: group
    -> its roles') shares a concept with ``role``'s, alone; empty when none or several do."""
    mine = portfolio(role)
    shared = [group for group in candidates if mine & portfolios.get(group, frozenset())]
    return {shared[0]: candidates[shared[0]]} if len(shared) == 1 else {}
