"""Whose country a body's name says, as one word of its organisation key: "britische
Küstenwache", "British coastguard", "UK Coastguard" and "HM Coastguard" are all the
United Kingdom's coast guard ("united-kingdom"), "Autorité maritime nationale portugaise"
and "Portuguese maritime authority" Portugal's maritime authority. A country of two words
is written as one ("united-kingdom", "south-korea"): a key is read as a bag of words, and
"united" and "kingdom" apart say no country (``organisations.shorter_form``). The other
languages' adjectives are ``lexicons.organisations.CONCEPTS``'."""

from __future__ import annotations

from summarizer.text.exonyms import country_in_english
from summarizer.text.gazetteer import COUNTRIES, COUNTRY_ALIASES, COUNTRY_BY_DEMONYM
from summarizer.text.lexicons.organisations import ADJECTIVE_COUNTRIES

# Countries' names in another language that are English nouns: an "island council" is no
# Iceland's (German "Island"), nor is a "suede" maker Sweden's (French "Suède").
_ENGLISH_NOUNS = frozenset({"island", "chili", "suede"})
# The gazetteer's short names of countries a body's name writes ("UK Coastguard"), folded
# and without dots, as organisation keys write words. Not "US": "us" is an English word.
_ALIASES = {
    alias.casefold().replace(".", ""): country
    for alias, country in COUNTRY_ALIASES.items()
    if country in COUNTRIES and alias.casefold().replace(".", "") != "us"
}
# "His Majesty's" before a body's name ("HM Coastguard", "HM Revenue and Customs", "HM Prison
# Service") says it is the United Kingdom's crown's; alone, "HM" is some body's acronym.
_CROWN = {"hm": "United Kingdom"}


def country_word(country: str) -> str:
    """A country's name as one word of an organisation key: "United Kingdom" -> united-kingdom."""
    return country.casefold().replace(" ", "-")


# With the countries the gazetteer does not list whose adjectives a name may write
# ("protection civile maltaise" is Malta's civil protection, as "Malta Police Force" is Malta's).
COUNTRY_WORDS = (
    frozenset(country_word(c) for c in COUNTRIES)
    | frozenset(c.casefold() for c in COUNTRIES)
    | ADJECTIVE_COUNTRIES
)


def country_named(token: str, alone: bool) -> str | None:
    """The country a word of a body's name names, by its English demonym ("british"), its
    name in any language ("España") or a short name ("UK"), as a key word; None for any
    other word. ``alone``: the word is the whole name, where "HM" is no crown's."""
    country = (
        COUNTRY_BY_DEMONYM.get(token.capitalize())
        or _ALIASES.get(token)
        or (None if alone else _CROWN.get(token))
        or (None if token in _ENGLISH_NOUNS else country_in_english(token))
    )
    return country_word(country) if country else None
