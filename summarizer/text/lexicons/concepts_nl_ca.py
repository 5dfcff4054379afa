"""Dutch and Catalan words of concepts the other tables hold (``concepts_who_where``,
``concepts_what``), read as those concepts are: a report from Flanders or Barcelona shares
its words with a French or Spanish report of one event as two reports in one language do.
Written as the other tables are, with two more columns after Italian and Portuguese:
"en | de | fr | es | it | pt | nl | ca" (the first six left empty where those tables give
them). Read by the daily merge only (``language.MERGED``).

Only words no other language the merge reads writes with another meaning: not Dutch "kind"
(a child, and English "kind of"), "arts" (a doctor), "meer" (a lake, and "more"), "mes" (a
knife, and Spanish "month"), nor Catalan "pres" (a prisoner, and French "près"), "diners"
(money), "institut" (a secondary school). Every form is written out, plurals too: a regular
plural would make Dutch "bos" (a forest) English "boss"."""

from __future__ import annotations

DUTCH_CATALAN = {
    # Who an event touches.
    "pupils": "| | | | | | leerling leerlingen scholier scholieren | alumne alumnes escolar escolars",
    "children": "| | | | | | kinderen kleuter kleuters peuter baby | nen nena nens nenes infant infants nadó",
    "teachers": "| | | | | | leraar leraren lerares leerkracht leerkrachten | mestre mestra mestres",
    "passengers": "| | | | | | passagier passagiers reiziger reizigers | passatger passatgera passatgers viatger viatgers",
    "workers": "| | | | | | werknemer werknemers arbeider arbeiders medewerker medewerkers personeel | treballador treballadora treballadors treballadores operari operaris empleat empleats",
    "resident": "| | | | | | bewoner bewoners buurtbewoners omwonenden inwoner inwoners buren | veí veïna veïns veïnes habitant habitants",
    "tourists": "| | | | | | toerist toeristen bezoeker bezoekers vakantiegangers | turista turistes visitant visitants",
    "drivers": "| | | | | | chauffeur chauffeurs automobilist automobilisten | conductor conductora conductors",
    "patients": "| | | | | | patiënt patiënten | pacient pacients malalt malalts",
    "doctors": "| | | | | | dokter dokters artsen | metge metgessa metges",
    "hikers": "| | | | | | wandelaar wandelaars bergbeklimmer | excursionista excursionistes senderista senderistes",
    "cyclists": "| | | | | | fietser fietsers wielrenner | ciclista ciclistes",
    "pedestrians": "| | | | | | voetganger voetgangers | vianant vianants",
    "crew": "| | | | | | bemanning bemanningsleden matroos matrozen | tripulació tripulant tripulants mariner mariners",
    "prisoners": "| | | | | | gevangene gevangenen gedetineerde gedetineerden | presos reclús reclusos",
    # Where it happens.
    "hospital": "| | | | | | ziekenhuis ziekenhuizen | hospital hospitals",
    "school": "| | | | | | school scholen basisschool | escola escoles",
    "bridge": "| | | | | | brug bruggen viaduct | pont ponts viaducte",
    "factory": "| | | | | | fabriek fabrieken | fàbrica fàbriques",
    "warehouse": "| | | | | | magazijn opslagplaats | magatzem magatzems",
    "shipyard": "| | | | | | scheepswerf scheepswerven | drassana drassanes",
    "station": "| | | | | | station | estació",
    "church": "| | | | | | kerk kathedraal kapel | església catedral capella",
    "shop": "| | | | | | winkel winkels supermarkt | botiga botigues supermercat",
    "roof": "| | | | | | dak daken | teulada sostre",
    "farm": "| | | | | | boerderij schuur | granja masia",
    "river": "| | | | | | rivier | riu",
    "motorway": "| | | | | | snelweg autosnelweg | autopista autovia",
    "port": "| | | | | | haven | port",
    "tunnel": "| | | | | | tunnel | túnel",
    "town_hall": "| | | | | | gemeentehuis stadhuis | ajuntament",
    "library": "| | | | | | bibliotheek | biblioteca",
    "beach": "| | | | | | strand | platja",
    "bank": "| | | | | | geldautomaat geldautomaten pinautomaat pinautomaten bankkantoor | caixer caixers",
    "balcony": "| | | | | | balkon balkons | balcó balcons",
    "forest": "| | | | | | bos bossen | bosc boscos",
    # What it involves.
    "car": "| | | | | | personenwagen personenwagens | cotxe cotxes",
    "truck": "| | | | | | vrachtwagen vrachtwagens vrachtauto | camió camions",
    "van": "| | | | | | bestelwagen bestelwagens busje | furgoneta furgonetes",
    "bus": "| | | | | | bus bussen autobus | autobús autobusos",
    "train": "| | | | | | trein treinen | tren trens",
    "ship": "| | | | | | schip schepen vrachtschip | vaixell vaixells",
    "barge": "| | | | | | binnenschip binnenschepen | gavarra gavarres",
    "boat": "| | | | | | boot boten | barca barques llanxa llanxes",
    "trap": "| | | | | | fuik fuiken | trampes nansa nanses",
    "plane": "| | | | | | vliegtuig vliegtuigen | avió avions",
    "helicopter": "| | | | | | helikopter traumaheli | helicòpter",
    "bicycle": "| | | | | | fiets fietsen | bicicleta bicicletes",
    "gas": "| | | | | | gas aardgas | gas",
    "water": "| | | | | | water | aigua",
    "oil": "| | | | | | olie stookolie diesel benzine | gasoil benzina combustible",
    "ice": "| | | | | | ijs | gel",
    "data": "| | | | | | gegevens | dades",
    "money": "| | | | | | geld | ",
    "weapon": "| | | | | | wapen vuurwapen | arma ganivet",
    "drug": "| | | | | | drugs cocaïne | droga drogues cocaïna",
    "tobacco": "| | | | | | tabak sigaret sigaretten | cigarreta cigarretes",
    "carton": "| | | | | | slof sloffen | cartró cartrons",
    "ransomware": "| | | | | | ransomware | ransomware",
    "cyberattack": "| | | | | | cyberaanval hackers | ciberatac",
    "ban": "| | | | | | verbod verboden | prohibició prohibit prohibida",
    "dog": "| | | | | | hond honden | gos gossa gossos",
    # What happened.
    "evacuated": "| | | | | | geëvacueerd geëvacueerde geëvacueerden evacuatie evacueren ontruimd ontruiming | evacuat evacuada evacuats evacuades evacuació desallotjat desallotjada desallotjats desallotjament",
    "leaked": "| | | | | | lek lekkage gelekt uitgestroomd | fuita vessament vessat",
    "stolen": "| | | | | | gestolen ontvreemd buitgemaakt | robat robada robats robades sostret",
    "drowned": "| | | | | | verdronken verdrinking | ofegat ofegada",
    "missing": "| | | | | | vermist vermiste vermisten | desaparegut desapareguda desapareguts",
    "trapped": "| | | | | | ingesloten bekneld | atrapat atrapada atrapats",
    "shut_down": "| | | | | | gesloten sluiting | tancat tancada tancament",
    "cancelled": "| | | | | | geannuleerd afgelast | suspès",
    "polluted": "| | | | | | vervuild vervuiling | contaminat contaminada contaminació",
    "sank": "| | | | | | gezonken gekapseisd | enfonsat enfonsada",
    "buried": "| | | | | | bedolven | sepultat colgat",
    "kidnapped": "| | | | | | ontvoerd ontvoering | segrestat segrest",
    "blocked": "| | | | | | geblokkeerd blokkade | bloquejat bloqueig tallada",
}
