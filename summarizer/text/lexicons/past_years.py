"""The year before the news, named without its number, in the eight languages the project
reads ("last year", "l'an dernier", "im Vorjahr", "el año pasado", "l'anno scorso", "no ano
passado", "vorig jaar", "l'any passat"). One table for the two readers of a count or an
event told of then: the merge's figure of another year (``daily.subcounts``) and the engine's
previous event of a kind (``engines.extractive.incident_guards``). Accents are optional, so
a reader may match lowered or folded text."""

from __future__ import annotations

# Without their articles, which contract with a preposition ("dell'anno scorso", "del año
# pasado", "de l'an dernier").
LAST_YEAR = (
    r"(?<!\w)(?:last year|the previous year|an (?:dernier|pass[ée])|ann[ée]e (?:derni[èe]re|pass[ée]e)"
    r"|vorjahr\w*|(?:letzte[ns]?|vergangene[ns]?) jahr(?:es)?|a[ñn]o (?:pasado|anterior)"
    r"|anno (?:scorso|precedente)|ano (?:passado|anterior)|vorige? jaar|any (?:passat|anterior))(?!\w)"
)
