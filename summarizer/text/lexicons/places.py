"""Words that say a place's level rather than which place it is, in English, German, French,
Spanish, Dutch and Catalan ("Kharkiv region", "de gemeente Emmen", "la comarca del Ripollès", "Region Hannover", "la provincia de Valencia", "métropole de
Lyon"): two reports of one event name it at different levels. Lower case, accents folded."""

from __future__ import annotations

import re

from summarizer.text.vocabulary import ORGANIZATION_NAME_ENDINGS, words

PLACE_LEVEL_WORDS = words(
    """
    region regions district province oblast county metropolitan city town village area
    landkreis kreis bezirk bundesland provinz stadtteil stadt grafschaft contea condado
    metropole arrondissement departement canton commune ville
    comunidad provincia municipio comarca ciudad
    gemeente deelgemeente provincie regio stad dorp
    municipi vegueria ciutat poble
    """
)

# The level words of places that hold towns (a county, a region, a province, a comarca): a
# report placed at one may be of an event in any town of it (``daily.places``).
REGION_LEVELS = words(
    """
    region regions district province oblast county
    landkreis kreis bezirk bundesland provinz grafschaft contea condado comte
    departement arrondissement canton
    comunidad provincia comarca
    provincie regio vegueria
    """
)

# Words for areas that hold towns without being a unit of government: a state, a border
# area, an island group, a valley ("Queensland state", "la frontière franco-allemande",
# "the Canary Islands", "the Herens valley"). A report placed at one may be of an event in
# any town of it, as one placed at a region (``text.place_levels``).
AREA_LEVELS = words(
    """
    state estado territory
    border borders frontiere frontera grenze grenzgebiet grenzregion
    islands islas iles inseln archipelago archipel archipielago
    valley vallee valle
    """
)

# A name's last words that are never a person's: an organisation's ("Inc", "Ministry") or a
# region level word ("Harrowmere County", "Tula Oblast").
NOT_PERSON_ENDINGS = ORGANIZATION_NAME_ENDINGS | {word.capitalize() for word in REGION_LEVELS}
# A name ending in a trade's or a party's plural, or a street's word, is no person's
# (English): "Kestrel Plastics", "Calloway Bakeries", "Brightwell Domestic Appliances" (a
# trade's plural names a company, see ``engines.extractive.bodies``), "Social Democrats",
# "Downing Street". Surnames end so rarely ("Davies", "Hicks" do not).
TRADE_PLURAL = re.compile(r"\w+(?:ics|eries|stries|ances|ences)")
NOT_PERSON_LAST = re.compile(rf"{TRADE_PLURAL.pattern}|\w+(?:ists|crats)|Street|Road|Avenue|Square|Boulevard")

# What may stand between a place preposition and a place's name in French and Spanish
# ("en la A-7", "dans le Rhône", "à l'Hôtel-Dieu"), as regular expressions; and the
# prepositions that name a place only with one ("dans le Rhône", never "dans Lyon").
PLACE_ARTICLES = {
    "fr": r"l['’]|(?:le|la|les)\s+",
    "es": r"(?:el|la|los|las)\s+",
    "de": r"(?:der|dem|den)\s+",
}
# German towns take no article: one word after one ("in der Steiermark", "im Tarifstreit",
# "im Einsatz") is a place only when the tables know it (``text.places``). These
# prepositions hold an article.
ARTICLE_CONTRACTIONS = {"de": frozenset({"im", "am", "beim", "vom", "zum", "zur"})}
# A compound named for what it is, a valley, a lane or an alpine pasture, is a place after
# its article ("im Eringertal", "in der Laubengasse", "im Saastal"): a name before
# the feature word, which no common noun of the kind has ("im Tal", "im Spital", "im
# Kapital", "in der Sackgasse" stay none).
NAMED_FEATURE = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]{2,}(?<!(?i:spi|api|por|dig|ori|ack))(?:tal|gasse|gässchen|alp|alm)"
)
# French says "dans le Rhône" of a département or region ("à Lyon" of a town, "à la
# Croix-Rousse" of a part of one): such a place is written with its article, which
# ``text.places.region_level`` reads as a level.
ARTICLE_PREPOSITIONS = {"fr": "dans"}

# A place named by its level or one of its parts and "de" ("la provincia de Serrano",
# "plusieurs quartiers de Lyon", "la comarca del Alto Tormes", "la sierra de Valdeluz"):
# the level words are kept in the place as written (a province holds towns), the part
# words are not (a district of Lyon is in Lyon). Each as written, accents and all. A kind
# of settlement is named so too ("le village de Saint-Maurin", "la station de ski de
# Valdeluz", "la localidad de Artzeta"): none holds towns (``REGION_LEVELS``).
PLACE_OF_LEVELS = {
    "fr": "région|département|métropole|commune|ville|canton|village|hameau|bourg|localité|station(?: de ski)?",
    "es": "provincia|comarca|comunidad|región|municipio|ciudad|pueblo|localidad|aldea|pedanía"
    "|estación(?: de esquí)?",
}
PLACE_OF_PARTS = {
    "fr": "quartiers?|centre(?:-ville)?|banlieue|environs|arrondissement|faubourgs?|périphérie"
    "|zone industrielle|port|agglomération|hauteur"
    # A motorway's junction is named after its town ("la jonction de Saint-Nicolas", "l'échangeur
    # de Vienne"); not "sortie" nor "entrée", a remark and an entry as often ("la sortie de Macron").
    "|jonction|échangeur",
    "es": "barrios?|centro|afueras|alrededores|sierra|término(?: municipal)?|casco urbano|puerto"
    "|polígono industrial|altura|enlace",
}
PLACE_OF_JOINERS = {"fr": r"de\s+la|de\s+l['’]|du|des|de|d['’]", "es": r"de\s+la|de\s+los|de\s+las|del|de"}

# A road named by its kind and its number ("la autovía A-7", "l'autoroute A7", "auf der
# Autobahn A7"): the number is the place.
ROAD_WORDS = "autovía|autopista|carretera|autoroute|route nationale|Autobahn|Bundesstraße|motorway|highway"
# A road's word before its number ("on Route 11", "on Highway 1", "sur la Route 132"): a
# road, not a town called "Route". Lower case.
NUMBERED_ROAD_WORDS = frozenset(
    words("route highway interstate freeway expressway motorway ruta rodovia estrada strada autobahn")
)

# German names a place in a city by the city's adjective ("den Hamburger Hafen", "am
# Frankfurter Flughafen"): these nouns after a capitalised word ending in "-er" make one.
# A quarter named by its compass point ("Braunschweiger Weststadt") is one in every German
# city; "Neustadt" is not (Wiener Neustadt is a town of its own).
GERMAN_CITY_PLACES = (
    "Hafen", "Flughafen", "Hauptbahnhof", "Innenstadt", "Altstadt",
    "Weststadt", "Oststadt", "Nordstadt", "Südstadt",
)  # fmt: skip

# Places that newsrooms of the four languages name differently, each spelling -> the
# English name: a German and an English report of one vote in "Steiermark" and "Styria"
# name one place. Lower case, accents folded, "_" for a space. Used by the daily merge only
# (``daily.place_keys.place_key``): single briefings keep the place as their article wrote it.
_EXONYMS = {
    # cities
    "vienna": "wien vienne viena",
    "munich": "munchen munique",
    "cologne": "koln colonia",
    "nuremberg": "nurnberg nuremberga",
    "geneva": "geneve genf ginebra ginevra",
    "basel": "bale basilea",
    "bern": "berne berna",
    "lucerne": "luzern lucerna",
    "lisbon": "lisboa lisbonne lissabon",
    "rome": "roma rom",
    "milan": "milano mailand",
    "naples": "napoli neapel napoles",
    "turin": "torino",
    "florence": "firenze florenz florencia",
    "venice": "venezia venedig venise venecia",
    "prague": "praha prag praga",
    "warsaw": "warszawa warschau varsovie varsovia",
    "brussels": "bruxelles brussel bruselas",
    "antwerp": "antwerpen anvers amberes",
    "the hague": "den_haag la_haye la_haya",
    "copenhagen": "kobenhavn kopenhagen copenhague",
    "london": "londres",
    "seville": "sevilla",
    "marseille": "marseilles marsella",
    "strasbourg": "strassburg estrasburgo",
    "athens": "athina athen athenes atenas",
    "moscow": "moskva moskau moscou moscu",
    "belgrade": "beograd belgrad belgrado",
    "bucharest": "bucuresti bukarest bucarest",
    "zaragoza": "saragosse saragossa zaragossa",
    "saarbrucken": "sarrebruck",
    "girona": "gerone",
    # regions
    "styria": "steiermark styrie estiria",
    "carinthia": "karnten carinthie carintia",
    "tyrol": "tirol",
    "lower austria": "niederosterreich basse-autriche baja_austria",
    "upper austria": "oberosterreich haute-autriche alta_austria",
    "bavaria": "bayern baviere baviera",
    "lower saxony": "niedersachsen basse-saxe baja_sajonia",
    "saxony": "sachsen saxe sajonia",
    "north rhine-westphalia": "nordrhein-westfalen rhenanie-du-nord-westphalie",
    "hesse": "hessen",
    "thuringia": "thuringen thuringe turingia",
    "catalonia": "katalonien catalogne cataluna catalunya",
    "andalusia": "andalucia andalusien andalousie",
    "basque country": "pais_vasco baskenland pays_basque euskadi",
    "normandy": "normandie normandia",
    "brittany": "bretagne bretana",
    "burgundy": "bourgogne burgund borgona",
    "alsace": "elsass alsacia",
    "lorraine": "lothringen lorena",
    "corsica": "corse korsika corcega",
    "sicily": "sicilia sizilien sicile",
    "sardinia": "sardegna sardinien sardaigne cerdena",
    "tuscany": "toscana toskana toscane",
    "lombardy": "lombardia lombardei lombardie",
    "piedmont": "piemonte piemont",
    "balearic islands": "baleares balearen illes_balears",
    "canary islands": "canarias kanarische_inseln iles_canaries",
    # Swiss cantons and Spanish regions named differently in the languages of their
    # neighbours; French departments on the Spanish border
    "vaud": "waadt",
    "valais": "wallis vallese",
    "ticino": "tessin tesino",
    "grisons": "graubunden grigioni grisones",
    "neuchatel": "neuenburg",
    "navarre": "navarra nafarroa",
    "aragon": "aragonien",
    "castile": "castilla kastilien castille",
    "asturias": "asturien asturies",
    "galicia": "galice galizien galiza",
    "cantabria": "kantabrien cantabrie",
    "extremadura": "estremadure",
    # German Länder named otherwise in French and Spanish
    "saarland": "sarre sarre_land",
    "rhineland-palatinate": "rheinland-pfalz rhenanie-palatinat renania-palatinado",
    "baden-wurttemberg": "bade-wurtemberg",
    "saxony-anhalt": "sachsen-anhalt saxe-anhalt sajonia-anhalt",
    "south tyrol": "sudtirol haut-adige tirol_du_sud tirol_del_sur alto_adige",
    "pyrenees-atlantiques": "pirineos_atlanticos",
    "hautes-pyrenees": "altos_pirineos",
    # Belgium's regions, named in each language
    "flanders": "vlaanderen flandre flandres flandern fiandre",
    "wallonia": "wallonie wallonien valonia vallonia",
    "pyrenees-orientales": "pirineos_orientales",
    # The United Kingdom's nations, named by their own bodies ("Police Scotland", "Welsh
    # Government") and by newsrooms abroad ("la police écossaise", "schottische Polizei").
    "scotland": "ecosse schottland escocia scozia schotland",
    "wales": "pays_de_galles galles",
}
EXONYMS: dict[str, str] = {
    spelling: english
    for english, block in _EXONYMS.items()
    for spelling in [english, *(s.replace("_", " ") for s in block.split())]
}

# Words of bodies' names that say whose a body is, read in organisation names only
# (``abbreviations.places_in_english``), never as an incident's place:
# - adjectives of regions of the table above that are no stem and ending of its name in
#   some language ("Catalan", "Gobierno Vasco", "baskische"; "vaudoise" is read off "Vaud"
#   by ``abbreviations.of_place``), in every form a language writes (German undeclined);
# - German cities English copy names otherwise, which GeoNames keeps as towns of their own
#   (Brunswick, Georgia; Hanover, Pennsylvania), so ``text.exonyms`` never remaps them.
#   "Feuerwehr Braunschweig" is the "Brunswick fire service"; whether a report placed in
#   "Brunswick" is of Braunschweig is left to the incident's own evidence.
_PLACES_IN_NAMES = {
    "brunswick": "braunschweig",
    "hanover": "hannover",
    "catalonia": "catalan catalans catalane catalanes catalana catala katalanisch",
    "basque country": "basque basques vasco vasca vascos vascas baskisch",
    "andalusia": "andalusian andalou andalouse andalous andaluz andaluza andaluces andalusisch",
    "bavaria": "bavarian bavarois bavaroise bavaro bavara bayerisch",
    "tyrol": "tyrolean tyrolien tyrolienne tirolese tiroles tirolesa tirolisch",
    "valais": "valaisan valaisanne valaisans valaisannes walliser",
    "grisons": "grison grisonne grisonnes grigionese grigionesi bundner",
    "aosta valley": "valdostano valdostana valdostane valdostani valdotain valdotaine valdotains valdotaines",
    "brittany": "breton bretonne bretons bretonnes bretona",
    "corsica": "corsican corso corsa korsisch",
    "sicily": "sicilian sicilien sicilienne siciliano siciliana sizilianisch",
    "sardinia": "sardinian sarde sardo sarda sardisch",
    "galicia": "galician galicien galicienne gallego gallega gallegos gallegas galicisch",
    "saarland": "sarrois sarroise sarroises saarlandisch",
    "south tyrol": "sudtiroler",
    "flanders": "flemish flamand flamande flamands flamandes flamisch fiammingo fiamminga vlaams",
    "wallonia": "walloon wallon wallonne wallons wallonnes wallonisch vallone",
    "scotland": "scottish ecossais ecossaise ecossaises schottisch escoces escocesa escoceses escocesas "
    "scozzese scozzesi schotse",
    "wales": "welsh gallois galloise walisisch gallese gallesi",
}
PLACES_IN_NAMES: dict[str, str] = {
    adjective: english for english, block in _PLACES_IN_NAMES.items() for adjective in block.split()
}

# German street words that also end a street written as one word ("Hafenstraße",
# "Marktplatz"); "Str." and "Chaussee" stand apart from the name.
GERMAN_STREET_ENDINGS = ("strasse", "weg", "allee", "platz", "gasse", "ufer", "damm")
# Words that make a name a street or square, in the four languages ("Canal Street",
# "Hauptstraße", "rue Victor Hugo", "calle Mayor"): a report placed in one street of a city
# and one placed in another are of two places of that city.
STREET_WORDS = words(
    """
    street road avenue lane boulevard square
    str chaussee
    rue route place quai cours impasse chemin
    calle avenida paseo plaza carretera camino ronda
    """
) | frozenset(GERMAN_STREET_ENDINGS)

# The compass points in each language the merge reads (Dutch "zuid", Portuguese "sul",
# Catalan "oest", German "Süd" with its umlaut written out), each as its English word: a
# town's part (``daily.spots``), a site's name ("Gare du Nord", "North station",
# ``daily.named_sites``) and a region's ("Zuid-Limburg", "Süd-Limburg") name one point in any.
COMPASS_POINTS = {
    "north": "north", "northern": "north", "nord": "north", "norden": "north", "norte": "north",
    "noord": "north",
    "south": "south", "southern": "south", "sud": "south", "suden": "south", "sur": "south",
    "sued": "south", "sueden": "south", "zuid": "south", "sul": "south",
    "east": "east", "eastern": "east", "ost": "east", "osten": "east", "est": "east", "este": "east",
    "oost": "east", "leste": "east",
    "west": "west", "western": "west", "westen": "west", "ouest": "west", "oeste": "west", "ovest": "west",
    "oest": "west",
}  # fmt: skip

# Kinds of site a place's name is written with that the concept tables (``concepts_who_where``,
# whose words are read in any passage) leave out, as "pass" and "place" are other words in a
# sentence: within a place's own name ("San-Telmo-Pass", "Passo del San Telmo", "plaza de
# los Tilos", "Place Kléber") each names one kind of site, in English, German, French,
# Spanish, and the Catalan, Italian and Portuguese the places of Catalonia, Italy, Ticino
# and Portugal keep in every language's report ("plaça Major", "stazione di Lugano",
# "estação de Braga"). Accents folded. Not "ponte", "porto", "port": they open towns' names.
PLACE_SITE_NOUNS = {
    "pass": words("pass passo paso col valico"),
    "square": words("square platz place plaza piazza placa praca"),
    # A street or an avenue, its noun in each language the town's signs or a report use
    # ("calle Galió", "Carrer Galió", "Galió street"): one street's name, translated.
    "street": words("street rue calle carrer rua"),
    "avenue": words("avenue avenida avinguda viale laan"),
    "airport": words("aeroporto aeroport luchthaven"),
    "town_hall": words("gemeindehaus stadthaus municipio ajuntament prefeitura"),
    "peak": words("peak summit gipfel pic pico picco"),
    "station": words("estacio stazione estacao"),
    "hospital": words("ospedale"),
    "stadium": words("estadi stadio"),
    "christmas_market": words("weihnachtsmarkt christkindlmarkt christkindlesmarkt adventsmarkt"),
    "hermitage": words("hermitage ermitage ermita eremo einsiedelei"),
    "church": words("pfarrkirche esglesia chiesa igreja basilica"),
    "school": words("primarschule volksschule scuola escola"),
    "farm": words("ferme fermes fattoria fattorie fazenda fazendas masia masies boerderij boerderijen"),
    # A motorway's exit, named for the town it serves ("A12 exit Feldbrunnen", "jonction de
    # Champfontaine", "Ausfahrt Sankt Niklaus", "salida de Figueres", "uscita di Como").
    "motorway_exit": words("exit ausfahrt jonction salida uscita saida"),
    "multipurpose_hall": words("mehrzweckhalle polideportivo"),
    # A town's market, named for its day or its square ("marché du vendredi", "mercato del
    # venerdì", "mercadillo de los viernes", "Friday market"). Not German "Markt" nor
    # Portuguese "feira": they open towns' names ("Markt Indersdorf", "Santa Maria da Feira").
    "market": words("market marche mercado mercadillo mercato mercat"),
    # A casino by its town or its owner's name ("casino de Menton", "casino Barrière",
    # "Spielbank Menton", "casinò di Sanremo"): one kind of site in every language.
    "casino": words("casino casinos casinò casinoe spielbank kasino cassino"),
    # A railway's crossing of a road, named for its parish or street ("passagem de nível de
    # Seixas", "Bahnübergang Lindenweg"): one site in every language (``PLACE_SITE_PHRASES``).
    "level_crossing": words("bahnubergang overweg"),
    # A motorway's or a trading estate's stop for lorries and cars ("Raststätte Kolmsdorf",
    # "área de servicio de A Granxa", "a truck stop in Tarvel"): newsrooms name one by any of
    # its words, so they are one kind of site.
    "service_area": words("raststatte rastplatz autohof verzorgingsplaats"),
}
# A kind of site named by several words, folded ("hôtel de ville" is a town hall, not a hotel
# of a town; "maison de commune"): read as one before a place's words are.
PLACE_SITE_PHRASES = {
    "hotel de ville": "town_hall", "maison de commune": "town_hall", "maison communale": "town_hall",
    "casa consistorial": "town_hall", "palazzo comunale": "town_hall", "city hall": "town_hall",
    "town hall": "town_hall", "casa de la vila": "town_hall", "camara municipal": "town_hall",
    "christmas market": "christmas_market", "marche de noel": "christmas_market",
    "mercado navideno": "christmas_market", "mercado de navidad": "christmas_market",
    "mercat de nadal": "christmas_market", "mercatino di natale": "christmas_market",
    # A town's parish church is its church in every language: "parish" names no other one.
    "parish church": "church", "eglise paroissiale": "church", "iglesia parroquial": "church",
    "esglesia parroquial": "church", "chiesa parrocchiale": "church", "igreja matriz": "church",
    "multipurpose hall": "multipurpose_hall", "salle polyvalente": "multipurpose_hall",
    "sala polivalente": "multipurpose_hall", "pavilhao multiusos": "multipurpose_hall",
    "primary school": "school", "ecole primaire": "school", "escuela primaria": "school",
    "scuola primaria": "school", "escola primaria": "school",
    "level crossing": "level_crossing", "railway crossing": "level_crossing",
    "railroad crossing": "level_crossing", "grade crossing": "level_crossing",
    "passage a niveau": "level_crossing", "paso a nivel": "level_crossing",
    "passaggio a livello": "level_crossing", "passagem de nivel": "level_crossing",
    "pas a nivell": "level_crossing",
    "service area": "service_area", "rest area": "service_area", "truck stop": "service_area",
    "aire de repos": "service_area", "aire de service": "service_area",
    "area de servicio": "service_area", "area de descanso": "service_area",
    "area di servizio": "service_area", "area di sosta": "service_area",
    "area de servico": "service_area", "area de servei": "service_area",
    "area de descans": "service_area",
}  # fmt: skip

# The adjectives a site's name is made of that each language translates ("Plaça Major",
# "Plaza Mayor", "Praça Maior"; "Plaza Nueva", "Plaça Nova"), each folded -> its English
# word. Read only within a site's name (a square's, a church's), never a town's: "Nova
# Gorica" and "Villanueva" are names. Not "grand", "gran": a "Gran Vía" is no "great way".
SITE_NAME_ADJECTIVES = {
    "major": "main", "mayor": "main", "maior": "main", "maggiore": "main",
    "nou": "new", "nova": "new", "nuevo": "new", "nueva": "new", "novo": "new", "nuovo": "new",
    "nuova": "new", "nouveau": "new", "nouvelle": "new", "neu": "new", "neue": "new", "new": "new",
}  # fmt: skip

# The names of the languages a place is named in, as an article glosses a bilingual town's
# other name ("Champfontaine (Feldbrunnen en allemand)", "Neuenweiler (französisch
# Neuvillers)", "(Sant Joan de l'Estany, en catalán)", "(Sankt Florin in Alsatian German
# usage)"), in the product's languages: lower case, accents folded (``daily.place_aliases``).
LANGUAGE_NAMES = words(
    """
    german french italian spanish catalan basque galician occitan breton alsatian romansh
    ladin friulian sardinian corsican flemish dutch frisian luxembourgish welsh irish gaelic
    slovene slovenian croatian hungarian polish czech danish swedish portuguese english
    allemand francais italien espagnol catalan basque galicien occitan breton alsacien
    romanche ladin frioulan flamand neerlandais luxembourgeois anglais portugais
    deutsch franzosisch italienisch spanisch katalanisch baskisch galicisch okzitanisch
    bretonisch elsassisch ratoromanisch ratromanisch romanisch ladinisch flamisch
    niederlandisch luxemburgisch englisch portugiesisch slowenisch
    aleman frances italiano espanol catalan vasco euskera gallego occitano breton alsaciano
    romanche ladino flamenco neerlandes holandes luxemburgues ingles portugues
    tedesco francese spagnolo catalano basco galiziano occitano bretone alsaziano romancio
    ladino friulano sardo corso fiammingo olandese inglese portoghese sloveno
    alemao frances italiano espanhol catalao basco galego occitano bretao alsaciano
    flamengo holandes ingles portugues
    """
)

# The words that say a place is also called by another name, between its two names ("Port
# Adela, also known as Adelport"; "Neuenweiler, auch Neuvillers genannt" is German's own
# order and not read).
NAMED_ALSO = (
    r"also\s+known\s+as|also\s+called|aussi\s+appel[ée]e?|[ée]galement\s+appel[ée]e?|dite?"
    r"|auch\s+bekannt\s+als|también\s+(?:llamad[oa]|conocid[oa]\s+como)|alias"
    r"|anche\s+(?:detta|detto|chiamat[oa]|nota\s+come|noto\s+come)"
    r"|também\s+(?:chamad[oa]|conhecid[oa]\s+como)"
)

# The words that say what a place is called in a language, in running text rather than a
# bracket ("Vernay station, known as Wernach in German"; "Vernay, appelée Wernach en
# allemand"; "Vernay, que en alemán se llama Wernach"; "Vernay, in tedesco chiamata
# Wernach"): the language named beside them is what makes them a declaration
# (``daily.place_aliases``), as "called the capital of gastronomy" is none.
CALLED_IN_A_LANGUAGE = (
    r"known\s+as|called|appel[ée]e?|nomm[ée]e?|connue?\s+sous\s+le\s+nom\s+de|s['’]appelle"
    r"|llamad[oa]|conocid[oa]\s+como|denominad[oa]|se\s+llama|chiamat[oa]|dett[oa]|conosciut[oa]\s+come"
    r"|si\s+chiama|chamad[oa]|conhecid[oa]\s+como|se\s+chama|hei(?:ss|ß)t|bekannt\s+als"
)

# The nouns a town is introduced by, capitalised in German ("im Dorf Oberhalden", "die
# Gemeinde Feldbrunnen"), besides the level words (``PLACE_LEVEL_WORDS``): no part of its name.
SETTLEMENT_NOUNS = words(
    """
    village hamlet dorf gemeinde ortschaft ortsteil weiler hameau bourg localite
    pueblo aldea localidad municipio concello villaggio frazione comune citta paese borgo aldeia cidade lugar
    """
)
