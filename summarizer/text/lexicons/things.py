"""Words of German, French and Spanish for the things news events happen to and with, each
as one English word (never what kind of event it was: two fires of one city and day share
"fire" and nothing else), so that a German and an English report of one event share their words
as two English reports would ("Lagerhalle" and "warehouse", "Stadtbahnen" and "trams").
Read by the daily merge only (``daily.merge.report_words``); what a figure counts
(``counted.THINGS``) is compared through its measure, not as a word. Lower case, accents folded,
four letters or more as content words are; plain data, never a name from one article."""

from __future__ import annotations

from summarizer.text.vocabulary import words

_NOUNS = {
    "warehouse": "warehouse warehouses lagerhalle lagerhallen lager entrepot entrepots almacen almacenes nave",
    "depot": "depot depots betriebshof cocheras",
    "bus": "buses busse autobus autobuses autocar autocars",
    "tram": "tram trams tramway tramways stadtbahn stadtbahnen strassenbahn strassenbahnen tranvia tranvias",
    "train": "train trains zug zuge regionalzug trenes",
    "station": "station stations bahnhof gare estacion",
    "school": "school schools schule schulen ecole ecoles escuela escuelas colegio",
    "hospital": "hospital hospitals krankenhaus klinik klinikum hopital hopitaux",
    "factory": "factory factories mill mills fabrik werk usine usines fabrica fabricas",
    "bakery": "bakery bakeries backerei boulangerie panaderia",
    "church": "church churches kirche eglise iglesia",
    "hotel": "hotel hotels",
    "garage": "garage garages garaje garajes",
    "airport": "airport flughafen aeroport aeropuerto",
    "bridge": "bridge bridges brucke brucken pont ponts puente puentes",
    "motorway": "motorway highway autobahn autoroute autovia autopista",
    "shop": "shop shops store geschaft laden magasin tienda",
    "roof": "roof dach toit tejado techo",
}
THING_WORDS: dict[str, str] = {
    **{word: thing for thing, block in _NOUNS.items() for word in words(block)},
}
