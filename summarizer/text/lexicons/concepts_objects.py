"""What an event told by no type of its own ("other": a theft, a fine, a demolition, an
inspection) was done to or with, in the eight languages the merge reads ("en | de | fr | es
| it | pt | nl | ca", read as ``concepts_nl_ca`` is): the tiles stripped from a facade, the
motorhomes fined, the hire cars broken into, the apples stolen from an orchard. Reports of
one such event in two languages share nothing else but their place, and the one-place prior
joins "other" reports only on a word besides it (``daily.busy_types.busy_link``). Each entry
is a family a newsroom's reports of its kind name, not one day's word.

Also the Italian, Portuguese, Dutch and Catalan words of concepts the other tables give in
four languages only (a car, a hire, a rocket), so that "viaturas assaltadas" and
"cars broken into" share their car.

Left out on purpose, as in the other tables: a word that tells the kind of crime (theft,
break-in, vandalism: two of one town share it), a word another language writes for
something else (French "location" is a hire, English a place; Italian "macchina" is a
machine as well as a car, and Portuguese "carro" an Italian carnival float or a Spanish cart; Spanish "teja" and Portuguese "telha" are roof tiles, a storm's
damage; French "carreau" a window's pane, Dutch "tegel" Berlin's Tegel, Italian "cimice" any
bug, a stink bug of orchards or a listening device), a word of two meanings in its own
language, and the words of a fine in the other four languages: a fine tells the kind of
event, and two fines of one town ("campers beboet", "un bar multat per soroll") share
it. Every form is written out."""

from __future__ import annotations

OBJECTS = {
    # Glazed tiles of a facade, a church or a fountain, a prize of thieves in Portugal and
    # Spain ("azulejos", which French and English reports keep in brackets beside their own).
    "tile": "tile tiles | fliese fliesen kachel kacheln | faïence faïences | azulejo azulejos baldosa baldosas | piastrella piastrelle mattonella mattonelle | azulejo azulejos | tegels tegeltje tegeltjes | rajola rajoles",
    "facade": "facade facades façade façades frontage | fassade fassaden | façade façades | fachada fachadas | facciata facciate | fachada fachadas | gevel gevels | façana façanes",
    # Vehicles people sleep in, fined or moved on where they park overnight.
    "motorhome": "motorhome motorhomes campervan campervans camper-van camper-vans | wohnmobil wohnmobile wohnmobilen reisemobil reisemobile | camping-car camping-cars | autocaravana autocaravanas | camper autocaravan caravan | autocaravana autocaravanas | camper campers kampeerauto kampeerautos | autocaravana autocaravanes",
    # What fishers fight over and poachers take.
    "scallop": "scallop scallops | jakobsmuschel jakobsmuscheln | coquille-saint-jacques coquilles-saint-jacques | vieira vieiras | capasanta capesante | vieira vieiras | sint-jakobsschelp sint-jakobsschelpen | vieira vieires",
    # What an orchard's thieves take, by the crate or the tonne.
    "apple": "apple apples | apfel äpfel äpfeln | pomme pommes | manzana manzanas | mela mele | maçã maçãs | appelen | poma pomes",
    "orchard": "orchard orchards | obstgarten obstgärten obstwiese obstwiesen obstanlage obstanlagen | verger vergers | huerto-frutal huertos-frutales | frutteto frutteti meleto meleti | pomar pomares | boomgaard boomgaarden | fruiterar",
    # Pests a hotel or a train is closed or inspected for.
    "bedbug": "bedbug bedbugs bed-bug bed-bugs | bettwanze bettwanzen | punaise-de-lit punaises-de-lit | chinche chinches | cimice-dei-letti cimici-dei-letti | percevejo percevejos | bedwants bedwantsen | xinxa xinxes",
}

# The other languages' words of concepts ``concepts_what`` gives in four (the first four
# columns left empty where it gives them). Not Italian "auto", written alike in the German
# column already.
MORE_LANGUAGES_OF_OBJECTS = {
    "car": "| | | | automobile automobili | viatura viaturas automóvel automóveis | | ",
    "rent": "rental | | | | noleggio | aluguer aluguel | | lloguer",
    "fireworks": "| | | | | | vuurpijl vuurpijlen vuurwerk | coet coets petard petards",
}
