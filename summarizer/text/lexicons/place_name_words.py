"""Words in and around a place's name: what sets a town nearby, a saint's title, a square."""

from __future__ import annotations

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
