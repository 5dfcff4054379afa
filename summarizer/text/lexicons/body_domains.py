"""What a body's name says it does or where, in English, German, French and Spanish, each
word mapped to one English concept: one body named in several languages ("Klinikum
Kellertal", "Kellertal Clinic"; "Bundesamt für Cybersicherheit", "Office fédéral de la
cybersécurité") has one organisation key (``daily.organisations.organisation_key``).
Apart from ``organisations.CONCEPTS`` (the kinds of public body: police, court,
ministry), whose words say what kind of body a name is; these say which. Plain data:
lower case, accents folded; common nouns and adjectives of bodies' names and the
neighbour-language names of rivers, never a name lifted from one article."""

from __future__ import annotations

from summarizer.text.vocabulary import words

_FAMILIES = {
    # what kind of place a body is
    "hospital": "hospital hospitals hopital hospitalier hospitaliere hospitalario hospitalaria spital ospedale "
    "krankenhaus klinik klinikum clinic clinique clinica ziekenhuis",
    "centre": "centre center zentrum zentrale centro",
    # Public land a body holds and leases ("Lands Authority", "Autorità delle Terre",
    # "Autoridad de Tierras"; German "Landbehörde" in ``EXPANSIONS``).
    "lands": "lands terre terres tierras terras",
    # A public office, however a language names it: "Lawinenamt", "avalanche service",
    # "Federal Avalanche Office", "Landesstelle", "Behörde" are one kind of body.
    "office": "office amt stelle behorde authority authorities autorite autorites autoridad autoridades autoridade autoridades "
    "service services servicio servicios servizio servizi servico servicos dienst bureau oficina ufficio aufsicht "
    "supervision supervisory "
    # A body named by its staff ("Revenue officials", "Revenue officers", "funcionarios de
    # Aduanas", "Beamte des Zolls"); not "agents" nor "agentes", a force's officers too.
    "officials officers fonctionnaires funcionarios funzionari ambtenaren beamte beamten autorita "
    "regie",  # a French "régie" runs a public service ("Régie des eaux": the water authority)
    "coordination": "coordination coordinating coordinacion coordinador coordinadora koordination "
    "koordinierung coordinamento",
    "school": "school schule ecole escuela",
    "airport": "airport flughafen aeroport aeropuerto aeroporto",
    "port": "port ports hafen haven puerto porto portuaire portuaria portuario portuale",
    "company": "company betriebe empresa entreprise unternehmen compania compagnie compagnia gesellschaft societe "
    "sociedad societa society societies sociedade",
    "group": "group groupe gruppe grupo",
    # Kinds of firm a bare name is short for ("coopérative Agri-X", "Agri-X", "Agri-X-coöperatie";
    # "astillero X", "Werft X", "the X yard"): ``NAMED_FIRM_KINDS``. Italian "cantiere" and
    # French "chantier" alone are building sites; only "navale"/"naval" makes them yards.
    "cooperative": "cooperative cooperatives cooperativa cooperativas cooperatie cooperaties cooperatieve "
    "genossenschaft",
    "shipyard": "shipyard shipyards dockyard dockyards yard astillero astilleros estaleiro estaleiros werft "
    "schiffswerft scheepswerf werf drassana drassanes",
    "bank": "bank banco banque banca",
    "organization": "organizacion",
    # A university's hospital as each language names it ("Hospital Universitario", "CHU",
    # "Uniklinik", "Universitätsklinikum", "ospedale universitario", "academisch ziekenhuis").
    "university": "university universitat universite universidad universita uni universitats universitario "
    "universitaria universitari universitaire universitair academisch",
    "institute": "institute institut instituto anstalt",
    "chamber": "chamber kammer chambre camara",
    "district": "landkreis kreis landratsamt kreisverwaltung distrito distretto",
    "association": "verein vereine",
    "affairs": "affairs affaires asuntos angelegenheiten",
    "neighbourhood": "neighbourhood neighborhood nachbarschaft vecinal vecinos vecinal barrio quartier",
    # what a body does
    "railway": "bahn bahnen",
    "world": "world welt mondial mondiale mundial",
    "commerce": "commerce handel handels comercio",
    "administrative": "administrative verwaltungs administratif administrativo",
    "consumer": "consumer consumers verbraucher consommateurs consumidores",
    "teachers": "teachers teacher lehrer enseignants profesores",
    "disaster": "disaster katastrophen catastrophe desastre",
    "warning": "warning warn alerte alerta",
    "animal": "animal animals tier tiere animaux animales animali animais",
    "birds": "bird birds vogel vogel oiseau oiseaux ave aves uccelli passaros",
    "sheep": "sheep schaf schafe schafzucht ovini ovins ovine moutons ovejas ovino",
    "breeders": "breeders breeding zucht zuchter allevatori allevamento eleveurs elevage criadores",
    "wildlife": "wildlife wildtier wildtiere",
    # a fisheries and fauna office ("Service de la pêche et de la faune", "Amt für Fischerei und Fauna")
    "fauna": "fauna faune",
    # a bishop's see as a body ("évêché de Gérone", "diocese of Girona", "Bistum Gerona")
    "diocese": "diocese dioceses diocesis diocesi eveche bistum bisdom",
    "pharmacy": "pharmacy pharmacies pharmacist pharmacists apotheke apotheken apotheker pharmacie pharmacien "
    "pharmaciens farmacia farmacias farmaceutico farmaceuticos farmacie farmacisti",
    "medicine": "medicine medicines medicament medicaments medicamento medicamentos farmaco farmaci arzneimittel",
    "confederation": "confederation confederacion confederazione",
    # A federation of clubs or of a trade's workers ("federação de nadadores-salvadores",
    # "Portuguese lifeguards' federation", "Fédération des chasseurs"). Not German "Verband":
    # it is as often an association (``organisations.CONCEPTS``).
    "federation": "federation federations federacion federaciones federacao federacoes federazione federazioni "
    "foderation federacio federacions federatie federaties",
    # Who guards a beach or a pool ("nadadores-salvadores", "maîtres-nageurs": ``PHRASE_EXPANSIONS``).
    "lifeguards": "lifeguard lifeguards rettungsschwimmer socorrista socorristas bagnino bagnini",
    # A port's authority over shipping, however a language names it ("Capitania do Porto de
    # Portimão", "capitainerie", "Capitaneria di porto", "Hafenmeisterei", "Portimão harbour
    # master"): the office and its head are one body in copy. Its port is said once more
    # (``PHRASE_EXPANSIONS``).
    "harbour-master": "capitania capitanias capitainerie capitaneria hafenmeister hafenmeisterei hafenkapitan "
    "havenmeester harbourmaster harbormaster",
    "balloon": "balloon balloons ballon ballons globo globos pallone palloni montgolfiere montgolfieres "
    "heissluftballon heissluftballone",
    "tenants": "tenant tenants mieter locataire locataires inquilino inquilinos inquilini",
    "border": "border borders grenz grenze grenzen frontiere frontieres frontiera confine confini frontera "
    "fronteras fronteira fronteiras",
    "coast": "coast kusten cote cotes costa costas kuste costiera costiero costeira costeiro kust "
    "costera costero",  # Spanish and Catalan ("Guardia Costera", "Guàrdia Costera")
    "guard": "wache wacht",
    "election": "wahl",
    "education": "schul",
    "federal": "federaux federales",
    # Spain's "estatal" is the nation's, as "federal" is a federation's ("Agencia Estatal").
    "national": "estatal",
    "international": "international internationale internationaler internationalen internacional",
    "european": "european europaisch europeen europeenne europeo europea",
    # With Italian, Portuguese and Catalan ("assessore allo sport", "desporto", "esports").
    "sport": "sport sports sportif sportive deporte deportes deportivo deportiva sportivo sportiva desporto "
    "desportos desportivo desportiva esport esports esportiu esportiva",
    "cycling": "cycling cyclisme ciclismo radsport",
    "caving": "caving speleology speleological speleologie speleologique espeleologia espeleologica espeleologico "
    "speleologia speleologica speleologico hohlenforschung hoehlenforschung grottenonderzoek",
    "football": "football fussball futbol",
    "control": "control controle kontrolle",
    "security": "security safety securite seguridad sicherheit sicherheits sicurezza seguranca",
    "defense": "abwehr",
    "cyber": "cyber ciber",
    "avalanche": "avalanche avalanches lawine lawinen alud aludes",
    "rescue": "rescue rettung rettungs retter sauvetage secours salvamento rescate socorro soccorso salvataggio "
    "redding reddings",
    "maritime": "maritime maritimo maritima marittimo marittima seenot maritiem maritieme maritim",
    # And its workers, as the press names their associations ("Fishermen's Association",
    # "association des pêcheurs", "associazione pescatori"; not German "Fischer", a surname).
    "fishing": "fishing fisheries angling anglers angler peche pecheurs pesca pescadores fischerei "
    "fishermen fisherman fishers pecheur pescatori pescadors vissers visserij",
    "weather": "weather wetter meteo meteorological meteorologique meteorologico meteorologia meteorologie",
    "workers": "workers obreros obreras ouvriers ouvrieres arbeiter arbeitnehmer lavoratori",
    "environment": "environment environmental umwelt environnement ambiental",
    "research": "research forschung recherche investigacion",
    "civil": "civil civile zivil civiele",
    "criminal": "criminal criminelle kriminal",
    "protection": "protection schutz proteccion protezione tutela protecao welfare bienestar bescherming proteccio",
    "nuclear": "nuclear nuklear nucleaire atom",
    "banks": "banken",
    "observatory": "warte observatory observatoire observatorio",
    "aviation": "aviation luftfahrt flug aviacion air aerien aerienne aereo aerea",
    "accident": "accident accidents unfall unfalle unfalls accidente accidentes",
    # What an accident board does ("Service suisse d'enquête de sécurité", "Schweizerische
    # Sicherheitsuntersuchungsstelle", "Comisión de Investigación de Accidentes").
    "investigation": "investigation investigations enquete enquetes untersuchung untersuchungen untersuchungs "
    "investigacion investigaciones inchiesta inchieste indagine investigacao inquerito",
    # A motorway company by what it runs ("Società Autostrade", "Société des autoroutes").
    "motorway": "motorway motorways autoroute autoroutes autostrada autostrade autopista autopistas "
    "autoestrada autoestradas autobahn autobahnen",
    "water": "wasser eau eaux agua aguas water "
    # a river's or a lake's police is a water police ("police fluviale", "polizia lacuale")
    "fluvial fluviale fluviali lacustre lacuale",
    # a body's volunteers ("Freiwillige Feuerwehr", "pompiers volontaires", "Bombeiros Voluntários")
    "volunteer": "volunteer volunteers freiwillig volontaire volontaires voluntario voluntarios voluntaria "
    "volontari volontario vrijwillig vrijwillige",
    "ambulance": "ambulance ambulances ambulanz ambulanza ambulanze ambulancia ambulancias ziekenwagen",
    # what a police does ("Polícia Judiciária", "police judiciaire", "judicial police")
    "judicial": "judicial judiciaire judiciaires judiciaria judiciario giudiziaria giudiziario gerechtelijke",
    "republican": "republican republicain republicaine republicano republicana repubblicano repubblicana",
    "network": "network networks netz netze netzwerk reseau reseaux redes",
    "power": "power hydropower hydroelectric hydroelectrique hidroelectrica hidroelectrico wasserkraft "
    "kraftwerk kraftwerke",
    "cruise": "cruise cruises kreuzfahrt kreuzfahrten croisiere croisieres crucero cruceros crociere",
    "zoo": "zoo zoologico zoologique zoologisch tierpark",
    "paper": "paper papier papel",
    "forest": "forest forests forst wald foret forets forestal forestales bosque bosques",
    # a road police by what it polices ("Polizia Stradale", "Policía de Tránsito", "traffic police")
    "traffic": "traffic trafic trafico transito stradale stradali",
    # a poison control centre ("Centro antiveleni", "centre antipoison", "poison centre")
    "poison": "poison poisons antiveleni antipoison antipoisons antiveneno",
    "roads": "roads strassen routes carreteras strade",
    "labour": "labour labor employment arbeit arbeits beschaftigung travail emploi trabajo empleo",
    "tourism": "tourism tourismus tourisme turismo turisme toerisme",
    "culture": "culture kultur cultura",
    "science": "science sciences wissenschaft wissenschaften ciencia ciencias",
    "housing": "housing wohnungs wohnungsbau logement vivienda",
    "social": "social sozial sociale",
    "youth": "youth jugend jeunesse juventud",
    "migration": "migration migrations migracion migraciones immigration einwanderung",
    "asylum": "asylum asyl asile asilo",
    "statistics": "statistics statistical statistik statistisch statistique statistiques estadistica "
    "estadisticas estadistico",
    "geology": "geological geologisch geologique geologico geologica",
    "earthquake": "earthquake earthquakes seismological erdbeben seisme seismes sismo sismologico sismologique "
    "terremoto",
    "flood": "flood floods hochwasser inondation inondations inundacion inundaciones",
    # A public works office by what it builds and keeps ("Hochbauamt", "Service des bâtiments").
    "buildings": "buildings batiments gebaude hochbau edificios edifici",
    "students": "students studenten studierende etudiants estudiantes studenti alumnos",
    "insurance": "insurance insurer versicherung versicherungen versicherungs assurance assurances seguro seguros "
    "aseguradora assicurazione assicurazioni",
    "food": "food lebensmittel alimentation alimentaire alimentos alimentaria",
    # What a company makes or does, as its name says it in each language ("Käserei Brunhold",
    # "fromagerie Brunhold", "Brunhold dairy"; "Bau Tellmann AG", "Tellmann Construction SA").
    "dairy": "dairy dairies kaserei kaesereien kasereien kaeserei molkerei molkereien fromagerie fromageries "
    "laiterie laiteries queseria queserias lecheria lecherias caseificio caseifici latteria latterie",
    "construction": "construction constructions bau bauunternehmung bauunternehmen construccion construcciones "
    "costruzione costruzioni",
    "lottery": "lottery lotteries lotterie lotterien loterie loteries loteria loterias lotteria",
    "hunters": "hunters hunter hunting jagd jager jaeger chasseurs chasseur chasse cazadores cazador caza "
    "cacciatori cacciatore caccia",
    "energy": "energy energie energia",
    "air-traffic-control": "flugsicherung",
    # where: up and down a river, and the rivers named in each language
    "upper": "upper ober obere oberer oberen haut haute alto alta superieur superieure superior",
    "lower": "lower nieder untere unterer unteren bas basse bajo baja inferieur inferieure inferior",
    "rhine": "rhine rhein rhin rin reno rhenan rhenane rheinisch",
    "danube": "danube donau danubio",
    "rhone": "rhone rhodan rodano",
    "moselle": "moselle mosel mosela",
    "meuse": "meuse maas mosa",
    "ebro": "ebro ebre",
    "thames": "thames tamise tamesis",
    # Whose a body of two countries is ("Franco-German", "deutsch-französische").
    "france": "franco",
    "germany": "germano",
    "spain": "hispano",
    "austria": "austro",
    "switzerland": "helvetique helvetico eidgenossisch",
    # Switzerland's French-speaking west, as each language names it ("Association romande
    # des assurances", "Westschweizer Versicherungsverband", "Svizzera romanda").
    "romandy": "romandy romandie romand romande romands romandes westschweiz westschweizer romanda romando",
}

# Kinds of firm that, like a company or a union, a firm's bare name is short for: "Agri-X"
# is the day's one "coopérative Agri-X" (``daily.organisations.name_kinds``).
NAMED_FIRM_KINDS = frozenset({"cooperative", "shipyard"})

DOMAIN_CONCEPTS: dict[str, str] = {
    word: concept for concept, block in _FAMILIES.items() for word in words(block)
}

# Words that name two concepts at once: a Canary Island's "Cabildo" is its island council.
EXPANSIONS: dict[str, tuple[str, ...]] = {
    # A town's hall is its council as newsrooms translate them: "Ayuntamiento de Zaragoza"
    # is the "city council of Zaragoza", the "conseil municipal de Saragosse" and "la
    # mairie", and "the council" alone the day's one such (``PHRASE_EXPANSIONS`` too).
    **dict.fromkeys(
        ("mairie", "rathaus", "ayuntamiento", "ajuntament", "municipio", "comune"), ("city", "council")
    ),
    # And the mayor's office as each language names it ("Bürgermeisteramt", "alcaldía",
    # "stadhuis"; "mayor's office" in ``PHRASE_EXPANSIONS``): the town's hall by its mayor.
    **dict.fromkeys(("burgermeisteramt", "alcaldia", "stadhuis", "gemeentehuis"), ("city", "council")),
    "cabildo": ("island", "council"),
    # A town's administration in German and Dutch is its government as other languages
    # name it: "Stadtverwaltung von Funchal" is the "Câmara Municipal do Funchal".
    **dict.fromkeys(
        ("stadtverwaltung", "gemeindeverwaltung", "stadsbestuur", "gemeentebestuur"), ("city", "council")
    ),
    "landbehorde": ("lands", "office"),  # not "Landesbehörde", a state's office
    # A German customs office ("Hauptzollamt Singen", "Zollamt Basel"): "customs in Singen".
    **dict.fromkeys(("zollamt", "hauptzollamt"), ("customs", "office")),
    "arbeitsagentur": ("labour", "office"),
    "arbeitsamt": ("labour", "office"),
    "guardacostas": ("coast", "guard"),
    "bergwacht": ("mountain", "rescue"),
    # A coast guard in one word (English "coastguard", Dutch "kustwacht").
    **dict.fromkeys(("coastguard", "coastguards", "kustwacht"), ("coast", "guard")),
    # A lake's or a river's police ("Wasserschutzpolizei", "Seepolizei", "police du lac").
    **dict.fromkeys(("wasserschutzpolizei", "seepolizei"), ("water", "police")),
    # What the press names a sea rescue service by ("the lifeboat", "Seenotretter").
    **dict.fromkeys(("lifeboat", "lifeboats"), ("maritime", "rescue")),
    # Belgium's police and fire zones in Dutch, as "zone de police" and "zone de secours".
    "politiezone": ("police", "zone"),
    # A town's own police in German's word for it, as "police municipale" ("Ortspolizei",
    # the "Policía Local", below).
    "gemeindepolizei": ("municipal", "police"),
    # The Netherlands' safety regions (one body per region for fire, ambulance and crisis),
    # and in German copy across the border ("Sicherheitsregion Groningen").
    **dict.fromkeys(("veiligheidsregio", "sicherheitsregion"), ("safety-region",)),
    # And in German, as Belgium's German-speaking east and its radio name them.
    **dict.fromkeys(
        ("brandweerzone", "hulpverleningszone", "rettungszone", "hilfeleistungszone"), ("fire-service",)
    ),
    # A French department's fire service is its "SDIS" (Lyon's "SDMIS") as a common noun:
    # "le SDIS de la Moselle" is the "Moselle fire service", "le Sdis" alone its fire brigade.
    **dict.fromkeys(("sdis", "sdmis"), ("fire-service",)),
    # A town's council in one word ("Gemeinderat", "gemeenteraad"), and Italy's provincial
    # police headquarters, which the press calls the city's police ("Questura di Milano").
    **dict.fromkeys(("gemeinderat", "gemeenteraad"), ("city", "council")),
    "questura": ("police",),
    # The short names Swiss and German copy coins for a police ("die Kapo", "Kapo VS", "die
    # Stapo", "die Kripo"): the cantonal, the city and the criminal police.
    "kapo": ("cantonal", "police"),
    "stapo": ("city", "police"),
    "kripo": ("criminal", "police"),
    # A town's own police in German copy abroad ("Palmaer Ortspolizei"): the "Policía Local".
    "ortspolizei": ("local", "police"),
    # Germany's courts by level as English names them ("Landgericht Köln", "Cologne Regional
    # Court"; "Amtsgericht", "district court").
    "landgericht": ("regional", "court"),
    **dict.fromkeys(("amtsgericht", "bezirksgericht"), ("district", "court")),
    "wasserwacht": ("water", "rescue"),
    # Regional police forces named by a word of their own: Catalonia's, the Basque Country's.
    "mossos": ("catalonia", "police"),
    "ertzaintza": ("basque-country", "police"),
    # Population protection is what French and English call civil protection.
    "bevolkerungsschutz": ("civil", "protection"),
    # Spain's provinces are governed by a "Diputación (Provincial, Foral)", their council.
    "diputacion": ("provincial", "council"),
    # Catalonia's and Valencia's governments: a body "de la Generalitat" is the region's.
    "generalitat": ("regional",),
    # Galicia's government, named by its own word alone ("la Xunta"), as "Xunta de Galicia".
    "xunta": ("galicia", "regional", "government"),
    # Spain's Civil Guard as the Spanish press names it after its motto ("la Benemérita").
    "benemerita": ("civil", "guard"),
}

# Words that say nothing of which body a name is: a police's headquarters is its police
# ("Polizeipräsidium", "police headquarters"), a public health office its health office
# (Switzerland's "Bundesamt für Gesundheit" is its "Office of Public Health"); nor does
# the area around its town it serves ("Tierschutzverein Kellbach und Umgebung").
UNSAID = words(
    "public publics publique publiques publico publicos publica publicas offentlich offentliche oeffentlich "
    "oeffentliche pubblico pubblica pubblici pubbliche prasidium headquarters contencioso foral esquadra "
    "umgebung environs alrededores dintorni "
    # What a body does to its field, which another language's name leaves unsaid: an "Amt
    # für Wildtiermanagement" is a wildlife office, as the "Ufficio fauna selvatica" is.
    "management"
)

# Colours as names of bodies say them ("Rotes Kreuz", "Croix-Blanche"): the Germanic
# languages' forms (before the noun), then the Romance languages' (after it).
_COLOURS = {
    "red": ("red rote rotes roten rode", "rouge roja rossa vermelha"),
    "white": ("white weisse weisses weissen witte wit", "blanche blanca bianca branca"),
    "green": ("green grune grunes grunen groene", "verte verde"),
    "blue": ("blue blaue blaues blauen blauwe", "bleue azul azzurra"),
    "yellow": ("yellow gelbe gelbes gelben gele", "jaune amarilla gialla amarela"),
    "black": ("black schwarze schwarzes schwarzen zwarte", "noire negra nera preta"),
}

# Two words that together name what another language says otherwise: the "Auswärtiges
# Amt" is Germany's foreign ministry (undeclined as ``organisations`` reads it).
PHRASE_EXPANSIONS: dict[tuple[str, str], tuple[str, ...]] = {
    # A shipyard in the languages whose word for it alone is a building site's.
    **dict.fromkeys(
        [("chantier", "naval"), ("chantiers", "navals"), ("cantiere", "navale"), ("cantieri", "navali")],
        ("shipyard",),
    ),
    **dict.fromkeys(
        [
            ("city", "hall"),
            ("town", "hall"),
            ("town", "council"),
            ("municipal", "council"),
            ("conseil", "municipal"),
            ("consejo", "municipal"),
            ("stadt", "rat"),
            ("mayor", "office"),  # "the mayor's office", "Colmar's mayor's office"
        ],
        ("city", "council"),
    ),
    ("auswartig", "amt"): ("foreign", "ministry"),
    # A state's public security police as each language names it ("Sûreté publique",
    # "Public Security Department", "Pubblica Sicurezza", "Seguridad Pública", "öffentliche
    # Sicherheit"): its "public" is no word left unsaid here, a "Sûreté" alone no such body.
    **dict.fromkeys(
        [
            ("public", "security"),
            ("surete", "publique"),
            ("securite", "publique"),
            ("seguridad", "publica"),
            ("seguranca", "publica"),
            ("seguretat", "publica"),
            ("pubblica", "sicurezza"),
            ("sicurezza", "pubblica"),
            ("offentlich", "sicherheit"),
            ("openbare", "veiligheid"),
        ],
        ("public-security",),
    ),
    ("chemins", "fer"): ("railway",),  # "chemins de fer", its "de" left out as filler
    # A French school district's authority, "le rectorat de l'académie de Lyon".
    ("rectorat", "academie"): ("education", "office"),
    # Public instruction is education; an "instruction" alone is a judicial inquiry.
    ("instruction", "publique"): ("education",),
    ("public", "instruction"): ("education",),
    ("medio", "ambiente"): ("environment",),
    # Wild animals as a body's field ("Ufficio fauna selvatica", "office de la faune sauvage").
    ("fauna", "selvatica"): ("wildlife",),
    ("faune", "sauvage"): ("wildlife",),
    ("fauna", "silvestre"): ("wildlife",),
    ("wild", "animals"): ("wildlife",),
    # A German "Kriminalamt" (Bundes-, Landes-) is a criminal police office.
    ("kriminal", "amt"): ("criminal", "police"),
    # Swiss French power companies ("Forces motrices bernoises"); the lift companies of
    # French and Spanish resorts ("Remontées mécaniques", "Bergbahnen", "mountain railways").
    ("forces", "motrices"): ("power",),
    ("remontees", "mecaniques"): ("mountain", "railway"),
    ("remontes", "mecanicos"): ("mountain", "railway"),
    # A zoo in the words of each language ("Parque Zoológico", "Zoologischer Garten").
    ("parque", "zoologico"): ("zoo",),
    ("parc", "zoologique"): ("zoo",),
    ("giardino", "zoologico"): ("zoo",),
    ("zoologisch", "garten"): ("zoo",),
    ("air", "traffic"): ("air-traffic",),
    # A German "Verkehrs-" is transport before a ministry, traffic before a police.
    ("verkehrs", "polizei"): ("traffic", "police"),
    ("air-traffic", "control"): ("air-traffic-control",),
    ("controle", "aerien"): ("air-traffic-control",),
    ("control", "aereo"): ("air-traffic-control",),
    # A harbour master as two words, and a captaincy's port said once more ("Capitania do Porto
    # de Portimão" is the "Capitania de Portimão").
    **dict.fromkeys(
        [
            ("harbour", "master"),
            ("harbor", "master"),
            ("port", "captain"),
            ("capitania", "porto"),
            ("capitania", "puerto"),
            ("capitania", "maritima"),
            ("capitainerie", "port"),
            ("capitaneria", "porto"),
        ],
        ("harbour-master",),
    ),
    # A lifeguard in the words of two ("nadadores-salvadores", "maîtres-nageurs").
    **dict.fromkeys(
        [("nadadores", "salvadores"), ("nadador", "salvador"), ("maitres", "nageurs"), ("maitre", "nageur")],
        ("lifeguards",),
    ),
    # A region's "authority" is its government as English and the Romance languages name it
    # ("Corsica's regional authority", "autorité régionale"); a "regional health authority" is
    # a health office, its field between the two words.
    **dict.fromkeys(
        [
            ("regional", "authority"),
            ("regional", "authorities"),
            ("autorite", "regionale"),
            ("autorites", "regionales"),
            ("autoridad", "regional"),
            ("autoridades", "regionales"),
            ("autorita", "regionale"),
            ("autoridade", "regional"),
            ("autoridades", "regionais"),
        ],
        ("regional", "government"),
    ),
    # The central government's office in a province or region of Spain ("Subdelegación del
    # Gobierno en Lleida", "Delegació del Govern"), as foreign copy names it ("Spain's
    # government office in the province of Lerida", "the government's delegation").
    **dict.fromkeys(
        [
            *(
                (office, government)
                for office in words("subdelegacion delegacion subdelegacio delegacio")
                for government in words("gobierno govern")
            ),
            ("government", "delegation"),
            ("government", "subdelegation"),
        ],
        ("government", "office"),
    ),
    # A road police by the road it polices ("highway police", "police de la route", "Polícia
    # Rodoviária"), as "Polizia Stradale" is the traffic police.
    **dict.fromkeys(
        [
            ("highway", "police"),
            ("motorway", "police"),
            ("police", "route"),
            ("policia", "rodoviaria"),
            ("policia", "carreteras"),
        ],
        ("traffic", "police"),
    ),
    # A town's own police as "local" ("Policía Local", "Policia Local", "polizia locale", "police
    # locale", "lokale politie", "local police"): its municipal police, as "Ortspolizei" is.
    **dict.fromkeys(
        [
            ("policia", "local"),
            ("polizia", "locale"),
            ("police", "locale"),
            ("lokale", "politie"),
            ("local", "police"),
        ],
        ("municipal", "police"),
    ),
    # A lake's or a river's police, as each language names it ("river police", "police du lac").
    **dict.fromkeys(
        [
            ("river", "police"),
            ("lake", "police"),
            ("police", "lac"),
            ("polizia", "lago"),
            ("policia", "lago"),
        ],
        ("water", "police"),
    ),
    # Rescue at sea ("sauvetage en mer", "salvataggio in mare", "salvamento no mar").
    **dict.fromkeys(
        [
            ("sauvetage", "mer"),
            ("salvataggio", "mare"),
            ("soccorso", "mare"),
            ("salvamento", "mar"),
            ("rescate", "mar"),
            ("sea", "rescue"),
        ],
        ("maritime", "rescue"),
    ),
    # A town's council in the Romance languages' other words ("conseil communal",
    # "consiglio comunale", "Câmara Municipal", "Assembleia Municipal" is its assembly).
    **dict.fromkeys(
        [
            ("conseil", "communal"),
            ("consiglio", "comunale"),
            ("camara", "municipal"),
            ("camera", "municipale"),
        ],
        ("city", "council"),
    ),
    # The public prosecution service is a "public ministry" in the Romance languages and Dutch.
    **dict.fromkeys(
        [
            ("ministerio", "publico"),
            ("ministere", "public"),
            ("pubblico", "ministero"),
            ("ministerio", "fiscal"),
            ("openbaar", "ministerie"),
        ],
        ("prosecutor",),
    ),
    # A cross of a colour names one relief body in every language ("Red Cross", "Croix-Rouge",
    # "Weißes Kreuz", "Croce Bianca", "Groene Kruis"); German declines the colour.
    **{
        pair: (f"{colour}-cross",)
        for colour, (germanic, romance) in _COLOURS.items()
        for pair in [
            *((c, cross) for c in words(germanic) for cross in words("cross kreuz kreuzes kruis")),
            *((cross, c) for c in words(romance) for cross in words("croix croce cruz")),
        ]
    },
}

# Parts German compounds of bodies' names are made of beyond those of the public bodies
# (``organisations.COMPOUND_HEADS``, ``COMPOUND_MODIFIERS``): "Lawinenamt", "Spitalzentrum",
# "Seenotrettung", "Oberrheinkommission", "Cybersicherheit". Also the Romance and English
# words with "cyber" before ("cybersécurité", "ciberseguridad").
SPLIT_HEADS = (
    "kommission", "zentrum", "stelle", "verein", "rettung", "abwehr", "sicherheit", "schutz",
    "dienst", "klinik", "klinikum", "krankenhaus", "spital", "bahnen", "bahn", "security", "securite", "seguridad", "defense",
    "defensa", "organisation", "gewerkschaft", "kammer", "behorde", "wache", "betriebe",
    "prasidium", "aufsicht", "warte", "anstalt", "retter", "netze", "netz", "unfalle", "kraftwerke", "kraftwerk",
    "zentrale", "gesundheit", "vereinigung", "wacht", "gesellschaft", "management", "versicherung",
    "zone",  # "Polizeizone": Belgium's police zones, "zone de police" in French
)  # fmt: skip
SPLIT_MODIFIERS = (
    "ober", "nieder", "rhein", "donau", "lawinen", "cyber", "ciber", "spital", "angler", "seenot",
    "sport", "rad", "zivil", "umwelt", "wasser", "kreis", "kriminal", "schutz", "welt", "handels",
    "verwaltungs", "verbraucher", "lehrer", "katastrophen", "warn", "tier", "kusten", "wahl", "schul",
    "hafen", "wetter", "rettungs", "gesundheits", "flug", "forst", "wald", "arbeits", "erdbeben",
    "hochwasser", "lebensmittel", "jugend", "banken", "atom", "strassen", "verkehrs", "energie", "luftfahrt",
    "unfall", "notruf", "grenz", "mieter", "vogel", "schaf", "zucht", "wildtier", "apotheker", "arzneimittel",
    "uni", "universitats", "jagd", "lotterie", "versicherungs", "hochbau", "untersuchungs", "sicherheits",
    "politie", "brandweer",  # Dutch compounds are made the same way ("politiezone": "PZ")
)  # fmt: skip

# Words of a name that say where a body is without being the day's place: rivers.
RIVERS = frozenset({"rhine", "danube", "rhone", "moselle", "meuse", "ebro", "thames"})
