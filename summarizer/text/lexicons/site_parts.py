"""Words for a part of a site that a report writes before the site ("the airport arrivals
hall", "la zona d'arribades de l'aeroport", "die Ankunftshalle des Flughafens"): where in the
site the event was, no name of the site. Folded as ``fold_accents`` folds, lower case, in the
languages the daily merge reads. Not a part that is a site of its own kind ("salida", a
motorway's exit; "zona industrial", an estate), nor one that names a town's building ("town
hall")."""

from __future__ import annotations

from summarizer.text.vocabulary import words

SITE_PARTS = words(
    """
    arrivals departures hall terminal concourse lobby platform
    arrivee arrivees aerogare quai
    ankunft ankunftshalle abflug abflughalle halle bahnsteig
    zona llegadas vestibulo anden
    arrivi partenze atrio binario
    chegadas partidas saguao
    aankomst aankomsthal vertrek vertrekhal hal perron
    arribades vestibul
    """
)
