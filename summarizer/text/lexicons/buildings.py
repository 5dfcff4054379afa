"""Words for a building or works that an event may strike or be done in, as the first part
of a report's place ("villa, Palombaggia, Porto-Vecchio", "house under construction, Cala
Rossa, Lecci", "Bauernhaus, Kirchdorf"): one dwelling, store, yard or building site of a named
spot, not a town nor an open space (a street, a square, a beach: many events pass through
them). Lower case, accents folded, in the languages the daily merge reads; German compounds
ending in one of ``BUILDING_ENDINGS`` ("Ferienhaus", "Lagerhalle") are buildings too. Read by
``daily.struck_buildings``. Catalan "vila" (a town) is spelt as "villa" folds: a place's
key never holds it alone as a part held by a town, which names itself."""

from __future__ import annotations

from summarizer.text.vocabulary import words

BUILDING_WORDS = words(
    """
    house villa chalet cottage bungalow farmhouse building warehouse barn shed yard
    workshop cellar farm construction
    maison villa chalet pavillon immeuble batiment entrepot grange hangar atelier cave
    chantier ferme
    haus villa chalet gebaude lagerhalle scheune schuppen werkstatt keller baustelle
    bauernhof
    casa villa chalet edificio almacen nave granero cobertizo taller bodega obra obras finca
    granja cortijo
    casa villa villino edificio palazzina magazzino capannone fienile officina cantina
    cantiere cascina
    casa vivenda moradia edificio predio armazem celeiro barracao oficina adega obra
    quinta
    huis woning villa chalet gebouw loods pakhuis schuur werkplaats kelder bouwplaats
    boerderij
    casa xalet edifici magatzem nau graner taller celler obra masia
    """
)
# German writes a building as one compound ("Ferienhaus", "Lagerhalle", "Weinkeller").
BUILDING_ENDINGS = ("haus", "halle", "scheune", "keller", "werkstatt", "baustelle")
