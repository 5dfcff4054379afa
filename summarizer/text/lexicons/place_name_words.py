"""Words in and around a place's name: what sets a town nearby, a saint's title, a square."""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.vocabulary import words

# The small words inside a place's name, written in lower case there, in the languages the
# project reads: "San Juan del Estanque", "Lully-sur-Vernay", "Frankfurt am Main", "Póvoa de
# Varzim", "Reggio nell'Emilia", "Stratford-upon-Avon", "Villeneuve-d'Ascq", "Sant Joan de
# l'Estany", "Freiburg im Breisgau", "Rheinfelden bei Basel", "Bergen op Zoom", "Alphen aan
# den Rijn", "Wijk bij Duurstede", "Sant Joan dels Horts". An elided one ends in its
# apostrophe. One table for every reader of a name's words (``place_aliases``, the engine's
# ``town_names``, ``body_city_names``, ``named_sites``).
PLACE_NAME_JOINERS = words(
    """de del della delle dello dei di da do dos das du des d' l' nell' dell' la le les los las el
    von vom am an der den im ob bei sur sous lès en of upon on
    aan op ter ten bij dels"""
) | {"de la"}
# The same as single words, an elided one without its apostrophe ("l" of "l'Estany"): how
# a reader that splits a name at its spaces, hyphens and apostrophes meets them.
PLACE_NAME_JOINER_WORDS = frozenset(
    word.rstrip("'") for joiner in PLACE_NAME_JOINERS for word in joiner.split()
)
# The joiners a name read out of running text after a preposition may hold, "de" and "del"
# in any language ("Puerto de Sagunto"), and a Dutch town's "op", "aan den" ("in Bergen op
# Zoom", "in Alphen aan den Rijn"; ``text.places.place_pattern``). Not "bij" nor "van": "in
# Wyck bij Maastricht", "in Hulst van ..." name a town and another word. Portuguese joins
# with "do", "da", "dos", "das" where Spanish has "del" ("São Pedro da Torre", "Póvoa do
# Varzim", "na Rua do Souto": cut at the joiner, a street read as a town called "Rua").
RUNNING_TEXT_JOINERS = {
    "nl": r"de|del|op|aan de|aan den|aan het|aan|ter|ten",
    "pt": r"de|del|do|da|dos|das",
}
# Conjunctions inside a name ("Castilla y León", "Trás-os-Montes e Alto Douro", "Saint-Pierre-
# et-Miquelon"): lower case there too, but between two names they join two places, so they
# never hold one name together where names are read out of running text.
PLACE_NAME_CONJUNCTIONS = frozenset({"y", "e", "et", "und", "and"})


@cache
def place_name_joiner_pattern() -> str:
    """``PLACE_NAME_JOINERS`` as one regular alternation, the longest first, an elided one
    with either apostrophe ("d'", "d’") and "de la" with any spaces."""
    forms = sorted(PLACE_NAME_JOINERS, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace("'", "['’]").replace(r"\ ", r"\s+") for f in forms) + ")"


# An adjective that sets a town beside the one the story is in, between the preposition
# (and its article) and the name: "in neighbouring Kortrijk", "im benachbarten Basel", "en
# la vecina Alzira"; French and Spanish write it after a level word too ("dans la commune
# voisine de Lully", "en la localidad vecina de Olmeda": ``text.places._place_of_pattern``).
NEIGHBOURING = {
    "en": r"neighbouring|neighboring|nearby|adjacent|adjoining",
    "de": r"benachbarten|nahen|nahegelegenen|angrenzenden",
    "fr": r"voisine?s?|proches?",
    "es": r"vecin[ao]s?|cercan[ao]s?|próxim[ao]s?",
}

# A square named by what it is, whose name may be a title's word: "Plaça Major", "Plaza
# Mayor", "Praça Maior" are a town's main square, not a major or a mayor.
SQUARE_WORDS = frozenset({"plaça", "plaza", "praça", "piazza", "place", "platz", "square"})

# A saint's title opening a town's name ("Saint-Denis", "Sint-Niklaas", "São Brás"), accents
# folded: never a town of its own.
SAINT_TITLES = frozenset(
    {"saint", "sainte", "st", "ste", "san", "santa", "santo", "sant", "sankt", "sao", "sint"}
)
