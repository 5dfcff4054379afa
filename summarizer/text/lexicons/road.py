"""Words that tell a road accident, in English, German, French and Spanish: its vehicles,
the people on the road, and the words for road traffic. A town sees many road accidents a
day, so two reports of an accident there that share nothing else are not known to be of one
(``daily.one_place_prior``). Lower case, accents folded, four letters or more (as the
merge's content words are; "car" and "van" as the concepts the merge reads, below), and a
"crash" is told by its kind (``lexicons.event_kinds``). Plain data."""

from __future__ import annotations

from summarizer.text.vocabulary import words

ROAD_WORDS = words(
    """
    lorry lorries truck trucks coach motorcycle motorcycles motorbike motorbikes scooter
    cyclist cyclists pedestrian pedestrians motorist motorists driver drivers traffic
    lastwagen laster sattelzug transporter motorrad motorrader roller radfahrer radfahrerin
    fussganger fussgangerin autofahrer autofahrerin fahrer fahrerin verkehr strassenverkehr
    voiture voitures camion camions camionnette fourgon moto motos cycliste cyclistes
    pieton pietonne pietons automobiliste automobilistes conducteur conductrice circulation
    coche coches camiones furgoneta turismo motocicleta motorista ciclista ciclistas
    peaton peatones conductor conductora trafico
    motorway
    """
) | {
    # The English names the merge reads these as, one word for each language's word for a
    # road vehicle or road user ("Traktor", "furgoneta": ``text.concepts``).
    # ("truck", "motorbike", "drivers", "cyclists", "pedestrians" are above as written).
    *("car", "van", "bus", "taxi", "tractor", "bicycle"),
}
