"""Words for a building or works that an event may strike or be done in, as the first part
of a report's place ("villa, Palombaggia, Porto-Vecchio", "house under construction, Cala
Rossa, Lecci", "Bauernhaus, Kirchdorf"): one dwelling, store, yard or building site of a named
spot, not a town nor an open space (a street, a square, a beach: many events pass through
them). Lower case, accents folded, in the languages the daily merge reads; German compounds
ending in one of ``BUILDING_ENDINGS`` ("Ferienhaus", "Lagerhalle") are buildings too, not
a public venue's (``VENUE_MODIFIERS``). Read by
``daily.struck_buildings``. Catalan "vila" (a town) is spelt as "villa" folds: a place's
key never holds it alone as a part held by a town, which names itself."""

from __future__ import annotations

from summarizer.text.vocabulary import words

BUILDING_WORDS = words(
    """
    house villa chalet cottage bungalow farmhouse building warehouse barn shed yard
    workshop cellar farm construction
    maison villa chalet pavillon immeuble batiment entrepot grange hangar atelier
    chantier ferme
    haus villa chalet gebaude lagerhalle scheune schuppen werkstatt keller baustelle
    bauernhof
    casa villa chalet edificio almacen granero cobertizo taller bodega obra obras finca
    granja cortijo
    casa villa villino edificio palazzina magazzino capannone fienile officina cantina
    cantiere cascina
    casa vivenda moradia edificio predio armazem celeiro barracao oficina adega obra
    huis woning villa chalet gebouw loods pakhuis schuur werkplaats kelder bouwplaats
    boerderij
    casa xalet edifici magatzem nau graner taller celler obra masia
    """
)
# Not "quinta", "cave" nor "nave": a Portuguese quinta is as often an estate of many villas,
# a resort ("Quinta do Lago"); an English cave is no building (and French "cave", a cellar,
# is spelt alike); an Italian "nave" is a ship.
# German writes a building as one compound ("Ferienhaus", "Lagerhalle", "Weinkeller").
BUILDING_ENDINGS = ("haus", "halle", "scheune", "keller", "werkstatt", "baustelle")
# A public venue's compound is no building struck: a hospital, town hall, car park, store,
# inn, church, theatre, school, gym or fair hall holds many people and many events a day,
# and the words above name none ("Krankenhaus", "Rathaus", "Parkhaus", "Kaufhaus",
# "Turnhalle", "Stadthalle", "Messehalle", "Ratskeller").
VENUE_MODIFIERS = (
    "kranken", "rat", "park", "kauf", "waren", "gottes", "opern", "schauspiel", "konzert",
    "fest", "stadt", "gemeinde", "turn", "sport", "mehrzweck", "dreifach", "messe", "markt",
    "bahnhof", "schwimm", "hallen", "kur", "bundes", "landtag", "parlament", "schul", "gast",
    "wirts", "bier", "kongress", "kultur", "einkauf", "eis", "tennis", "reit", "kino",
    "theater", "museum",
)  # fmt: skip
