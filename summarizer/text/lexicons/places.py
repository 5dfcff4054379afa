"""Words that say a place's level rather than which place it is, in English, German, French
and Spanish ("Kharkiv region", "Region Hannover", "la provincia de Valencia", "métropole de
Lyon"): two reports of one event name it at different levels. Lower case, accents folded."""

from __future__ import annotations

from summarizer.text.vocabulary import words

PLACE_LEVEL_WORDS = words(
    """
    region regions district province oblast county metropolitan city town village area
    landkreis kreis bezirk bundesland provinz stadtteil stadt
    metropole arrondissement departement canton commune ville
    comunidad provincia municipio comarca ciudad
    """
)
