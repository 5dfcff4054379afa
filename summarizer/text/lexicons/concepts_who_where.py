"""News concepts of who an event touches and where it happens, each in English, German,
French and Spanish: "en | de | fr | es", the forms a report uses (plurals, German case
endings, feminine forms), written with their accents (``text.concepts`` folds them and
adds the regular plurals and case endings). Written from general news vocabulary by
domain, never from one article. The concept is the English word an English report uses,
so that an English word every report uses ("residents", "hospital", "police", see
``vocabulary.COMMON_REPORT_WORDS``) stays common in every language.

Only concepts that can tell one event from another of its kind and place: not what every
report of a kind says (a fire's building and smoke, an avalanche's snow and mountain, a
court's judge and accused), which two fires of one town share, nor words of two senses
("plant", "planta": a leaf or a floor as often as a works)."""

from __future__ import annotations

# Who an event touches, and in what role. Each named by its English plural: the people an
# event touches, not the office of one person quoted ("the nurse said" is a role,
# ``daily.report_words.common_words``). Residents keep the word every report uses of them
# (``COMMON_REPORT_WORDS``). Not the firefighters, rescuers and crews every fire or
# avalanche report names.
PEOPLE = {
    "pupils": """pupil schoolchild schoolchildren student | schüler schülerin schülerinnen |
        élève écolier écolière écoliers écolières lycéen lycéenne collégien collégienne |
        alumno alumna escolar escolares estudiante""",
    "children": """child children kid kids toddler baby babies infant | kinder kindern
        kleinkind säugling baby | enfant bébé nourrisson | niño niña niños niñas menor menores
        bebé""",
    "teachers": """teacher | lehrer lehrerin lehrerinnen lehrkraft lehrkräfte | enseignant
        enseignante professeur professeure institutrice instituteur | maestro maestra profesor
        profesora docente""",
    "passengers": """passenger | passagier passagierin fahrgast fahrgäste reisende reisenden |
        passager passagère voyageur voyageuse | pasajero pasajera viajero viajera""",
    "workers": """worker employee staff labourer laborer | arbeiter arbeiterin arbeiterinnen
        beschäftigte beschäftigten mitarbeiter mitarbeiterin mitarbeiterinnen angestellte
        angestellten belegschaft | ouvrier ouvrière salarié salariée employé employée personnel
        travailleur travailleuse | trabajador trabajadora obrero obrera empleado empleada
        plantilla operario operaria""",
    "skiers": """skier | skifahrer skifahrerin skiläufer skitourengeher skitourengeherin
        wintersportler | skieur skieuse | esquiador esquiadora""",
    "hikers": """hiker climber mountaineer walker | wanderer wanderin bergsteiger
        bergsteigerin kletterer | randonneur randonneuse alpiniste grimpeur | senderista
        excursionista alpinista escalador""",
    "patients": """patient | patient patientin patientinnen patienten | patiente malade |
        paciente enfermo enferma""",
    "tourists": """tourist holidaymaker visitor | tourist touristin touristen urlauber
        urlauberin besucher besucherin feriengast feriengäste | touriste vacancier
        vacancière visiteur visiteuse estivant | turista veraneante visitante""",
    "anglers": """angler fisherman fishermen fisher | angler anglerin fischer fischerin
        sportfischer | pêcheur pêcheuse | pescador pescadora""",
    "resident": """resident residents inhabitant neighbour neighbor household | anwohner
        anwohnerin einwohner einwohnerin bewohner bewohnerin anrainer nachbar nachbarn |
        habitant habitante riverain riveraine voisin voisine | vecino vecina habitante
        residente""",
    "miners": """miner | bergmann bergleute kumpel bergarbeiter | mineur | minero minera""",
    "crew": """crew crewmember sailor seaman seamen | besatzung crew matrose matrosen seemann
        seeleute | équipage marin matelot | tripulación tripulante marinero""",
    "drivers": """driver motorist chauffeur | fahrer fahrerin autofahrer autofahrerin lenker
        lenkerin | conducteur conductrice chauffeur automobiliste | conductor conductora chófer
        automovilista""",
    "pilots": "pilot copilot | pilot pilotin kopilot | pilote copilote | piloto copiloto",
    "cyclists": "cyclist | radfahrer radfahrerin radler | cycliste | ciclista",
    "pedestrians": "pedestrian | fußgänger fußgängerin passant | piéton piétonne | peatón peatona",
    "farmers": """farmer grower | landwirt landwirtin bäuerin landwirte | agriculteur
        agricultrice paysan paysanne exploitant | agricultor agricultora campesino campesina
        ganadero ganadera""",
    "doctors": """doctor physician surgeon | arzt ärztin ärzte ärzten ärztinnen chirurg
        chirurgin | médecin chirurgien chirurgienne docteur | médico médica cirujano cirujana
        doctor doctora""",
    "nurses": """nurse | pfleger pflegerin pflegekraft pflegekräfte krankenschwester
        pflegepersonal | infirmier infirmière soignant soignante | enfermero enfermera
        sanitario sanitaria""",
    "soldiers": "soldier troops | soldat soldatin soldaten | soldat militaire | soldado militar",
    "prisoners": """prisoner inmate detainee | häftling gefangene gefangenen insasse |
        détenu détenue prisonnier prisonnière | preso recluso reclusa""",
    "athletes": """athlete player runner sprinter | sportler sportlerin athlet
        athletin spieler spielerin läufer läuferin | athlète sportif sportive joueur joueuse
        coureur coureuse | atleta deportista jugador jugadora corredor corredora""",
    "fans": "fan supporter spectator | zuschauer zuschauerin anhänger | spectateur spectatrice | aficionado hincha espectador",
    "customers": """customer client shopper consumer | kunde kundin kundinnen verbraucher
        verbraucherin | client cliente consommateur consommatrice | cliente consumidor
        consumidora""",
    "guests": "guest | gast gäste gästen | convive | huésped invitado invitada comensal",
    "migrants": """migrant refugee asylum | migrant migrantin flüchtling flüchtlinge
        geflüchtete asylbewerber | migrant migrante réfugié réfugiée exilé | migrante refugiado
        refugiada""",
    "owners": "owner landlord operator | besitzer besitzerin eigentümer betreiber betreiberin | propriétaire gérant gérante | propietario propietaria dueño dueña",
    "hostages": "hostage | geisel geiseln | otage | rehén rehenes",
    "elderly": """elderly pensioner retiree | senioren seniorin rentner rentnerin |
        aîné | anciano anciana jubilado jubilada""",
    "journalists": "journalist reporter | journalist journalistin reporter | journaliste reporter | periodista reportero reportera",
    "volunteers": "volunteer | freiwillige freiwilligen helfer ehrenamtliche | bénévole volontaire | voluntario voluntaria",
    "homeless": "homeless | obdachlose obdachlosen | sans-abri sdf | indigente",
    "guards": "guard guards bouncer | wachmann wachleute wärter | gardien vigile | vigilante",
    "priests": "priest imam rabbi | pfarrer priester imam rabbiner | prêtre curé imam rabbin | sacerdote cura imán rabino",
    "hunters": "hunter | jäger jägerin | chasseur chasseuse | cazador cazadora",
}

# Where an event happens: sites, buildings, infrastructure, land and water.
SITES = {
    "hospital": """hospital clinic infirmary | krankenhaus krankenhäuser klinik kliniken
        klinikum spital spitäler | hôpital hôpitaux clinique | hospital hospitales clínica""",
    "ward": "ward icu | intensivstation notaufnahme | urgences réanimation | urgencias",
    "school": """school college academy | schule schulen grundschule gymnasium schul- | école
        collège lycée | escuela colegio instituto""",
    # A nursery takes children too young for school: a kindergarten and a secondary school
    # evacuated in one town are two sites.
    "nursery": "nursery kindergarten | kindergarten kita kinderkrippe | crèche maternelle | guardería",
    "university": "university campus | universität hochschule | université faculté | universidad facultad",
    "canteen": """canteen cafeteria refectory | kantine mensa | cantine réfectoire |
        comedor cantina""",
    "restaurant": "restaurant diner eatery | restaurant gaststätte gasthaus lokal | restaurant brasserie | restaurante",
    "mine": "mine colliery quarry | bergwerk grube zeche mine steinbruch stollen | mine carrière | mina cantera yacimiento",
    "dam": "dam reservoir weir | staudamm staumauer talsperre stausee | barrage | presa embalse pantano",
    "airport": """airport airfield runway | flughafen flugplatz landeplatz verkehrslandeplatz |
        aéroport aérodrome | aeropuerto aeródromo""",
    "port": "port harbour harbor dock docks | hafen häfen | port | puerto",
    "marina": "marina | jachthafen yachthafen | marina | marina",
    # Not "plant" nor "planta": a plant is as often a plant's leaves or a building's floor.
    "factory": "factory factories mill | fabrik fabriken werk werke | usine fabrique | fábrica",
    "refinery": "refinery | raffinerie | raffinerie | refinería",
    # Not French "chantier" nor Italian "cantiere" alone: any building site.
    "shipyard": "shipyard shipyards dockyard | werft werften | | astillero astilleros | | estaleiro estaleiros",
    "tunnel": "tunnel | tunnel | tunnel | túnel",
    "pipeline": "pipeline | pipeline rohrleitung gasleitung ölleitung | pipeline gazoduc oléoduc | gasoducto oleoducto tubería",
    "bridge": "bridge viaduct | brücke viadukt | pont viaduc | puente viaducto",
    "warehouse": """warehouse | lagerhalle lagerhallen lager | entrepôt hangar |
        almacén almacenes nave""",
    "depot": "depot | betriebshof depot | dépôt | cochera cocheras depósito",
    "station": "station | bahnhof bahnhöfe | gare | estación",
    "church": "church cathedral chapel | kirche dom kapelle kirch- | église cathédrale chapelle | iglesia catedral capilla",
    "hotel": "hotel hostel inn | hotel herberge | hôtel auberge | hotel hostal albergue",
    "garage": "garage | garage werkstatt | garage | garaje taller",
    "motorway": "motorway highway freeway | autobahn schnellstraße | autoroute | autovía autopista",
    "shop": "shop store supermarket | geschäft laden supermarkt | magasin boutique supermarché | tienda comercio supermercado",
    "bakery": "bakery | bäckerei | boulangerie | panadería",
    "roof": "roof | dach dächer | toit toiture | tejado techo",
    "farm": "farm barn | bauernhof hof stall scheune | étable grange | granja establo finca",
    "stadium": "stadium arena | stadion | stade | estadio",
    "ski_resort": "slope | skigebiet skipiste | | pista",
    "valley": "valley | täler | vallée | valle",
    "river": "river | fluss flüsse | fleuve rivière | río",
    "lake": "lake pond | teich weiher | lac étang | lago laguna",
    "beach": "beach shore coast | strand küste ufer | plage côte littoral | playa costa litoral",
    "sea": "sea ocean | meer | mer océan | mar océano",
    "forest": "forest woods woodland | wald wälder forst | forêt bois | bosque",
    "town_hall": "townhall | rathaus | mairie | ayuntamiento",
    "care_home": "carehome | pflegeheim altersheim seniorenheim | ehpad | residencia",
    "power_plant": "powerplant | kraftwerk | centrale | termoeléctrica",
    "sewage": "sewage sewer wastewater | abwasser kanalisation kläranlage | égout égouts assainissement | alcantarillado depuradora",
    "border": "border frontier | grenze | frontière | frontera",
    "camp": "camp campsite | zeltplatz campingplatz | camp camping | campamento camping",
    "zoo": "zoo | zoo tierpark | zoo | zoológico",
    "glacier": "glacier | gletscher | glacier | glaciar",
    "dike": "dike dyke levee embankment | deich damm | digue | dique",
    "lock": " | schleuse | écluse | esclusa",
    "scaffolding": "scaffolding scaffold | gerüst baugerüst | échafaudage | andamio",
    "lift": "elevator escalator | aufzug fahrstuhl rolltreppe | ascenseur escalator | ascensor",
    "balcony": "balcony | balkon | balcon | balcón",
    # Its Italian bare "distributore" only where no machine's ("distributore automatico",
    # ``OTHER_SENSES``).
    "petrol_station": "petrol-station gas-station filling-station service-station | tankstelle | station-service station-essence | gasolinera estación-de-servicio | distributore distributore-di-benzina distributore-di-carburante stazione-di-servizio | posto-de-gasolina posto-de-combustível posto-de-combustíveis bomba-de-gasolina | tankstation benzinestation tankstations benzinestations | benzinera benzineres estació-de-servei",
    "car_park": "carpark parking | parkhaus tiefgarage parkplatz | parking | aparcamiento estacionamiento",
    "pharmacy": "pharmacy | apotheke | pharmacie | farmacia",
    "nightclub": "nightclub disco | diskothek disco nachtclub | discothèque | discoteca",
    "concert": "concert festival gig | konzert festival | concert festival | concierto festival",
    "mosque": "mosque | moschee | mosquée | mezquita",
    "synagogue": "synagogue | synagoge | synagogue | sinagoga",
    "cemetery": "cemetery graveyard | friedhof | cimetière | cementerio",
    "museum": "museum gallery | museum | musée | museo",
    "library": "library | bibliothek bücherei | bibliothèque médiathèque | biblioteca",
    # A bank's branch and its cash machine: an ATM blown up or raided is told by either.
    "bank": "bank atm cashpoint | bankfiliale geldautomat bankautomat sparkasse | banque distributeur | banco cajero",
    "jeweller": "jeweller jeweler | juwelier juweliergeschäft | bijouterie bijoutier | joyería joyero",
    "nuclear_plant": "reactor | reaktor atomkraftwerk kernkraftwerk akw | réacteur | reactor",
    "server": "server servers | server | serveur serveurs | servidor servidores",
    "email": "email emails phishing | e-mail phishing | courriel phishing hameçonnage | correo phishing",
    "lab": "lab laboratory | labor | laboratoire labo | laboratorio",
}

# A concept's word that some words after it give another sense, accents folded, lower case:
# a French "distributeur" of drinks, fuel or condoms is a vending machine, no bank's ("un
# distributeur de boissons vandalisé à la gare"), and a "distributeur" of water or power
# is a utility. The merge reads such a word as no concept (``daily.merge.report_words``).
OTHER_SENSES = (
    # French potatoes are "apples of the earth": no orchard's apples ("deux tonnes de pommes
    # de terre volées" and "spariti quintali di mele" are two thefts).
    r"pommes? de terre",
    r"distributeurs? (?:automatiques? )?(?:de |d['’\"])(?:boissons?|friandises|snacks?|cafe|carburants?"
    r"|essence|gazole|preservatifs|billets de train|tickets?|titres de transport|masques|eau|electricite|gaz)",
    # An Italian "distributore" of drinks, snacks or tickets is a vending machine, no
    # petrol station ("distributore automatico di bevande danneggiato").
    r"distributor[ei] (?:automatic[oi]|(?:di |d['’\"])(?:bevande|snack|merendine|sigarette|biglietti|acqua|caffe|preservativi))",
    # Nor the distributor of a thing other than fuel: of power, gas, a film, medicines
    # ("il distributore di energia", "il distributore locale del gas", "del film"). An
    # apostrophe is matched as '"' too: the matching view folds it so (``text.normalize``).
    # A "distributore di via Roma", "della Esso" is still a station: the things named only.
    r"distributor[ei] (?:\w+ )?(?:(?:di|dell['’\"]) ?(?:energia|elettricita)|del gas|della luce"
    r"|(?:di|del|dei) (?:film|farmac\w+|medicin\w+|prodott\w+|alimentar\w+|giornali|libri|musica))",
)
