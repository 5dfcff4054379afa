"""Words of organisations' names in English, German, French and Spanish, each mapped to
one English concept, so that one organisation named in several languages has one key
("Ministerio del Interior", "ministère de l'Intérieur", "Innenministerium" and "Interior
Ministry" are all ``interior ministry``). Plain data: lower case, accents folded (see
``daily.organisations``). Each entry is a common word of public bodies' names, never a
name lifted from one article."""

from __future__ import annotations

from summarizer.text.lexicons.country_adjectives import COUNTRY_ADJECTIVES
from summarizer.text.vocabulary import words

# Words of a name that do not tell one organisation from another: articles, prepositions
# and conjunctions of each language ("of the", "de la", "del", "der", "für", "della").
FILLER = frozenset(
    words(
        """
        of the for and on in &
        de du des la le les l d et au aux en pour
        del el los las y e da
        der die das dem den des und fur fuer von vom zur zum im am
        di della delle dei degli dello dell il i gli per
        do dos das o os ao aos para
        van het voor
        """
    )
)

# Acronyms of things and offices, not of bodies: "the GDP", "the CEO", "the ICU said" is
# never an organisation however the sentence runs.
NOT_BODY_ACRONYMS = frozenset(
    words(
        """
        TV CEO CFO COO CTO GDP AI ID IT PR HQ CCTV SUV VAT ATM ICU ER DNA HIV AIDS COVID
        UTC GMT CET CEST EST PST BST AM PM MP MPS MEP QC KC OK PDF SMS GPS LNG LPG EV EVS
        USB PC IQ TNT NB PPS RIP VIP FAQ DIY ASAP BC AD CV PhD MBA ETA FY Q1 Q2 Q3 Q4
        KW MW GW KM CM MM KG PKW LKW
        """
    )
)

# A word (or its stem in a German compound) -> the concept it names.
# The endings a German adjective takes.
GERMAN_ENDINGS = ("e", "en", "er", "es", "em")

# Whose a body is, in the adjectives of the other languages read (the gazetteer's
# demonyms are English): "ministère français de la Santé" is France's health ministry,
# "ministerio español del Interior" Spain's interior ministry, "Spaanse politie" and
# "policia espanyola" Spain's police.
_ADJECTIVES_BY_COUNTRY = {
    "france": "franzosisch francais francaise frances francesa francese francesi franse",
    "spain": "spanisch espagnol espagnole espanol espanola spagnolo spagnola spagnoli spagnole espanhol espanhola "
    "spaanse espanyol espanyola",
    "germany": "deutsch allemand allemande aleman alemana tedesco tedesca tedeschi alemao alema duitse alemanya",
    "italy": "italienisch italien italienne italiano italiana italiaanse",
    "austria": "osterreichisch autrichien autrichienne austriaco austriaca oostenrijkse",
    "switzerland": "schweizerisch schweizer suisse suizo suiza svizzero svizzera svizzeri suico suica zwitserse",
    "portugal": "portugiesisch portugais portugaise portugues portuguesa portoghese portugese",
    "ireland": "irisch irlandais irlandaise irlandes irlandesa irlandese irlandesi ierse",
    "belgium": "belgisch belge belges belgische belgisches",
    "netherlands": "niederlandisch neerlandais neerlandaise holandes holandesa holandeses olandese olandesi nederlandse",
    # And the Grand Duchy's own adjective ("Großherzogliche Polizei", "granducale",
    # "groothertogelijke"; "police grand-ducale" in ``PHRASES``).
    "luxembourg": "luxemburgisch luxembourgeois luxembourgeoise luxemburgues luxemburguesa "
    "grossherzoglich granducale granducali groothertogelijk groothertogelijke luxemburgse",
    # Written as one word, as ``daily.body_countries`` writes a country of two; the
    # plural too, as no place's name gives these adjectives ("garde-côtes britanniques").
    "united-kingdom": "britisch britannique britanniques britanico britanica britanicos britanicas "
    "britannico britannica britannici britanniche britse",
}
# Every country a body's name says by an adjective of these tables, as its key word
# ("malta", "luxembourg"): also those the gazetteer does not list.
ADJECTIVE_COUNTRIES = frozenset(_ADJECTIVES_BY_COUNTRY) | frozenset(COUNTRY_ADJECTIVES.values())

CONCEPTS: dict[str, str] = {
    # The adjectives of the countries named below first, so that a word below wins.
    **COUNTRY_ADJECTIVES,
    # ministries and departments of government
    **dict.fromkeys(
        words("ministry ministerium ministere ministerio ministero consejeria ministerie"), "ministry"
    ),
    **dict.fromkeys(words("interior innen interieur inneres innern interno"), "interior"),
    **dict.fromkeys(words("defense defence verteidigung verteidigungs defensa difesa defesa"), "defense"),
    **dict.fromkeys(
        words(
            "health gesundheit gesundheits sante sanidad salud sanita salute saude sanitaire sanitaires sanitaria "
            "sanitarias sanitario sanitarios sanitarie"
        ),
        "health",
    ),
    **dict.fromkeys(words("justice justiz justicia giustizia"), "justice"),
    **dict.fromkeys(
        words("finance finances finanz finanzen finanzas finanza financas financien hacienda"), "finance"
    ),
    **dict.fromkeys(words("economy wirtschaft wirtschafts economie economia"), "economy"),
    # "Istruzione" (Rome) is education; French and English "instruction" only as "instruction
    # publique" (Geneva), "public instruction" (``PHRASE_EXPANSIONS``): a "juge d'instruction"
    # is an investigating judge.
    **dict.fromkeys(
        words("education bildung bildungs educacion educazione istruzione enseignement ensenanza"),
        "education",
    ),
    # A department of government (Switzerland's cantons have "Départements"), or of France.
    **dict.fromkeys(words("departement departements departamento dipartimento"), "department"),
    **dict.fromkeys(words("transport transports transportes verkehr verkehrs"), "transport"),
    **dict.fromkeys(words("agriculture landwirtschaft landwirtschafts agricultura"), "agriculture"),
    **dict.fromkeys(words("foreign aussen auswartiges exteriores etrangeres esteri"), "foreign"),
    **dict.fromkeys(words("government regierung gouvernement gobierno governo regering"), "government"),
    **dict.fromkeys(words("federal bundes federale federaal foderal foderale foderalen"), "federal"),
    **dict.fromkeys(words("regional regionale regionaler regionalen regionales"), "regional"),
    # A region's Romance compass adjective after its name, as other languages' compass word
    # before it ("Flandre occidentale", "West-Vlaanderen"; ``lexicons.places.COMPASS_POINTS``).
    **dict.fromkeys(words("occidental occidentale occidentales occidentaux occidentali"), "west"),
    **dict.fromkeys(words("oriental orientale orientales orientaux orientali"), "east"),
    **dict.fromkeys(
        words("septentrional septentrionale septentrionali settentrionale settentrionali"), "north"
    ),
    **dict.fromkeys(words("meridional meridionale meridionales meridionaux meridionali"), "south"),
    **dict.fromkeys(
        words("national nationale nacional nazionale nationaler nationalen nationales"), "national"
    ),
    **dict.fromkeys(
        words(
            "military militar militaire militarische army armee ejercito streitkrafte bundeswehr strijdkrachten"
        ),
        "military",
    ),
    **dict.fromkeys(words("unit units unidad unite einheit"), "unit"),
    # Europe's, North America's and Britain's emergency numbers name a region's emergency
    # service ("112 Canarias", "Notruf 112").
    **dict.fromkeys(
        words("emergency emergencies emergencias urgence urgences notfall notruf 112 911 999"), "emergency"
    ),
    **dict.fromkeys(words("cantonal cantonale kantonal kantonale kantons"), "cantonal"),
    # A town's own force or office in each language ("police municipale", "Polícia Municipal",
    # "polizia municipale", "gemeentelijke"): one level, however the adjective agrees.
    **dict.fromkeys(
        words("municipal municipale municipales municipaux municipali municipais gemeentelijke"), "municipal"
    ),
    # public services and bodies
    **dict.fromkeys(words("police polizei policia polizia politie"), "police"),
    # A force named by its officers, as a newsroom abroad names it ("Nederlandse agenten",
    # "die niederländischen Polizisten", "les policiers néerlandais"); not "agents" nor
    # "agentes", a ministry's or a company's too.
    **dict.fromkeys(words("agenten politieagenten polizisten policiers poliziotti policias"), "police"),
    # Catalan "Bombers", Italian "pompieri" and "vigili del fuoco" (a phrase below); France's
    # departmental service by its acronym ("SDIS Moselle", ``daily.departmental_bodies``).
    **dict.fromkeys(
        words("feuerwehr pompiers bomberos bombers pompieri firefighters brandweer bombeiros sdis"),
        "fire-service",
    ),
    **dict.fromkeys(words("guard guardia garde guarda"), "guard"),
    # France's and its neighbours' gendarmes, one body however many are named.
    **dict.fromkeys(words("gendarmerie gendarmes gendarme gendarmeria gendarmerias gendarmi"), "gendarmerie"),
    # Italy's military police under its Italian name or each language's ("carabiniers"). Not
    # Spanish "Carabineros" nor Portuguese "carabineiros" alone: that is Chile's national
    # police's own name, a near-spelling of another body; Italy's only as "carabineros
    # italianos" (``PHRASES``).
    **dict.fromkeys(words("carabinieri carabiniere carabiniers carabinier"), "carabinieri"),
    # German "Präfektur" as folded and with its umlaut written out ("Praefektur").
    **dict.fromkeys(words("prefecture prefectura prefettura prafektur praefektur prefectuur"), "prefecture"),
    **dict.fromkeys(
        words("prosecutor prosecutors prosecution staatsanwaltschaft fiscalia parquet procura parket"),
        "prosecutor",
    ),
    **dict.fromkeys(words("court gericht tribunal cour tribunale rechtbank juzgado juzgados"), "court"),
    # An agency is an office as names translate them ("Umweltbundesamt", "Federal
    # Environment Agency"): one kind of public body.
    **dict.fromkeys(words("agency agentur agence agencia agenzia"), "office"),
    **dict.fromkeys(words("union gewerkschaft syndicat sindicato sindacato"), "union"),
    **dict.fromkeys(words("party partei parti partido partito"), "party"),
    **dict.fromkeys(words("chancellery chancellerie kanzlei cancilleria"), "chancellery"),
    # A Land, a province, a state: the first level below a country, as English copy
    # names Austria's and Canada's ("Landesregierung", "provincial government").
    **dict.fromkeys(
        words("state etat staat estado staats landes provincial provinciale provinciali"), "state"
    ),
    **dict.fromkeys(words("council conseil rat consejo consiglio conselho raad"), "council"),
    **dict.fromkeys(words("parliament parlament parlement parlamento"), "parliament"),
    **dict.fromkeys(words("assembly assemblee versammlung asamblea"), "assembly"),
    **dict.fromkeys(words("senate senat senado senato"), "senate"),
    **dict.fromkeys(words("commission kommission comision"), "commission"),
    **dict.fromkeys(words("customs zoll douane douanes aduana aduanas dogana dogane alfandega"), "customs"),
    # And its adjective, which a name in some languages holds instead ("Ufficio federale
    # dell'imposizione doganale", "Dirección de Vigilancia Aduanera", "Autoridade Aduaneira").
    **dict.fromkeys(
        words(
            "doganale doganali douanier douaniere douaniers aduanero aduanera aduaneiro aduaneira duaner duanera"
        ),
        "customs",
    ),
    # The EU's cross-border bodies by their acronym in each language ("Montalet EGTC",
    # "GECT Montalet", "AECT Montalet", "EVTZ"): a kind of body in law, like a legal form.
    **dict.fromkeys(words("egtc gect aect evtz"), "egtc"),
    # A town as a body ("die Stadt Tarrel teilte mit", "la ville de Tarrel"), and a
    # municipality, in each language's word.
    **dict.fromkeys(words("stadt ville ciudad citta cidade"), "city"),
    # A French territory governed as one ("Collectivité de Corse", "Collectivité européenne
    # d'Alsace"): its government, as another newsroom names it ("Corsica's regional authority").
    **dict.fromkeys(words("collectivite"), "government"),
    **dict.fromkeys(words("municipality gemeinde commune gemeente concelho"), "municipality"),
    **dict.fromkeys(words("railway railways eisenbahn ferrocarriles"), "railway"),
    **dict.fromkeys(words("election elections electoral wahl wahlen electorale electorales"), "election"),
    **dict.fromkeys(
        words(
            "association associations verband vereinigung asociacion associazione associacao associacio "
            "associacions vereniging verenigingen"
        ),
        "association",
    ),
    **dict.fromkeys(words("farmers farmer bauern landwirte agriculteurs paysans agricultores"), "farmers"),
    **dict.fromkeys(
        words("mountain berg montagne montana montanha montagna alpin alpine alpino alpina"), "mountain"
    ),
    **dict.fromkeys(words("directorate direktion direction direccion direzione direcao"), "directorate"),
    **dict.fromkeys(words("betriebsrat"), "works-council"),
    # The countries' adjectives in the other languages read (``_ADJECTIVES_BY_COUNTRY``).
    **{
        word: country
        for country, block in _ADJECTIVES_BY_COUNTRY.items()
        for adjective in words(block)
        # German adjectives decline: "deutsch", "deutsche", "deutschen", "deutsches"...
        for word in (
            {adjective, *(adjective + e for e in GERMAN_ENDINGS)}
            if adjective.endswith("isch") or adjective == "deutsch"
            else {adjective}
        )
    },
}

# Two words that together name one concept ("fire brigade", "fire department").
PHRASES: dict[tuple[str, str], str] = {
    ("fire", "brigade"): "fire-service",
    ("fire", "department"): "fire-service",
    ("fire", "service"): "fire-service",
    ("sapeurs", "pompiers"): "fire-service",
    ("fire", "rescue"): "fire-service",  # "Fire and Rescue Service"
    ("fire-service", "service"): "fire-service",  # its "Service" names the kind once more
    ("police", "department"): "police",
    ("police", "force"): "police",
    ("police", "service"): "police",
    # The Netherlands' safety regions as other languages name them ("région de sécurité",
    # "regional safety authority", "Sicherheitsregion"): one kind of body, as a police is.
    **dict.fromkeys(
        [
            ("safety", "region"),
            ("security", "region"),
            ("regional", "safety"),
            ("region", "securite"),
            ("region", "seguridad"),
            ("regio", "seguretat"),
            ("regione", "sicurezza"),
            ("regiao", "seguranca"),
        ],
        "safety-region",
    ),
    ("incendie", "secours"): "fire-service",  # "service d'incendie et de secours"
    ("zone", "secours"): "fire-service",  # Belgium's "zone de secours" is its fire service
    ("vigili", "fuoco"): "fire-service",  # "vigili del fuoco", its "del" left out as filler
    ("carabineros", "italy"): "carabinieri",  # "carabineros de Italia"
    ("carabineros", "italiano"): "carabinieri",  # "los carabineros italianos", undeclined
    ("carabineiros", "italy"): "carabinieri",
    ("carabineiros", "italiano"): "carabinieri",
    # The Grand Duchy's adjective and name in two words ("police grand-ducale", "Grand Ducal
    # Police", "policía gran ducal", "polícia grão-ducal", "police du Grand-Duché").
    **dict.fromkeys(
        [
            ("grand", "ducal"),
            ("grand", "ducale"),
            ("gran", "ducal"),
            ("grao", "ducal"),
            ("gran", "ducale"),
            ("grand", "duche"),
            ("grand", "duchy"),
        ],
        "luxembourg",
    ),
    ("armed", "forces"): "military",
    ("forces", "armees"): "military",
    ("fuerzas", "armadas"): "military",
    # The same in the other languages read; French "armées" is read as its singular.
    ("forces", "armee"): "military",
    # Customs' levy is customs ("imposizione doganale", "Ufficio federale dell'imposizione
    # doganale", Switzerland's customs office in Italian).
    ("imposizione", "doganale"): "customs",
    ("forze", "armate"): "military",
    ("forcas", "armadas"): "military",
    ("forces", "armades"): "military",
    # A company's elected staff body ("comité de empresa de EQA", "the works council").
    ("works", "council"): "works-council",
    ("comite", "empresa"): "works-council",
    ("comite", "entreprise"): "works-council",
    ("conseil", "entreprise"): "works-council",
}

# German compounds are read as their parts when every part is a known stem, the last a
# head noun: "Bundesinnenministerium" is bundes + innen + ministerium.
COMPOUND_HEADS = ("ministerium", "polizei", "regierung", "gericht", "amt", "behorde", "kanzlei", "rat",
                  "direktion", "verband")  # fmt: skip
COMPOUND_MODIFIERS = (
    "bundes",
    "landes",
    "staats",
    "stadt",
    "kantons",
    "innen",
    "aussen",
    "verteidigungs",
    "gesundheits",
    "justiz",
    "finanz",
    "wirtschafts",
    "bildungs",
    "verkehrs",
    "landwirtschafts",
    "polizei",  # "Landespolizeidirektion": the police directorate of a Land
    "national",  # "Nationalpolizei": the national police
    "foderal",  # "Föderalpolizei": Belgium's federal police as German copy names it
    "regional",  # "Regionalregierung": the regional government
    "bauern",  # "Bauernverband": the farmers' association
    "berg",
)

# Levels of government: they say whose a body is, not which one ("federal", "Landes").
LEVEL_WORDS = words(
    """federal landes national regional state city county district municipal provincial cantonal
    municipale departemental departementale communal communale comunal stadtisch stadtische
    stadtischen kommunal kommunale"""
)
# Nouns of a level of government, each as the level it says: before a known place they
# name its government ("Land Tirol", "Kanton Waadt" and "Junta de Andalucía" as bodies are
# Tyrol's, Vaud's and Andalusia's governments; a "Junta Electoral" is no region's), and
# they are never a town ("Kanton" is Guangzhou's German name).
LEVEL_NOUNS = {"land": "state", "bundesland": "state", "freistaat": "state", "kanton": "cantonal",
               "canton": "cantonal", "junta": "regional", "xunta": "regional"}  # fmt: skip
# Nouns that name a force's station or what it guards, as the force's kind, only with the
# place it serves and nothing else ("commissariat de Quimper", "comisaría de Vigo",
# "Sûreté du Québec"): with other words they name another body ("Haut-Commissariat aux
# réfugiés", "Autorité de sûreté nucléaire", "Sûreté de l'État", a state security service).
PLACED_FORCE_NOUNS = {"commissariat": "police", "commissariato": "police", "comisaria": "police",
                      "comissaria": "police", "surete": "police"}  # fmt: skip
# A force's station or unit beside its kind ("police station in Ashby", "stazione dei
# carabinieri di Merano", "compagnie de gendarmerie de Thann"): with the place it serves,
# the force of that place, whichever of its houses a report names.
STATION_NOUNS = words("station stazione estacion estacao caserma cuartel kazerne company puesto posto")
# Words of a key that name a police force of any status, national, regional or local: a
# police, a gendarmerie, the Carabinieri, a guard (Guardia Civil, GNR).
POLICE_FORCES = frozenset({"police", "gendarmerie", "carabinieri", "guard"})
# Kinds of force a station belongs to ("carabinieri" is a force's name, not a head).
STATIONED_FORCES = frozenset({"police", "gendarmerie", "fire-service", "carabinieri"})
# Concepts that say what kind of body an organisation is or which level of government it
# belongs to, not which one it is: "Interior" is the day's one "Interior Ministry", and
# "Interior Ministry" its one "Germany's Interior Ministry" (see ``daily.organisations``).
GENERIC = words("ministry department office government union party agency") | LEVEL_WORDS
# Bodies usually named after the place they serve ("Lindau Hospital", "Flughafen Tarvik"):
# a place's name alone is never such a body (see ``daily.organisations.name_kinds``).
PLACE_NAMED_BODIES = frozenset(
    words(
        """
        hospital clinic klinik klinikum krankenhaus hopital airport flughafen aeroport aeropuerto
        station bahnhof gare estacion school schule ecole escuela college university universitat
        universite universidad institute institut instituto centre center centro zentrum
        city stadt ville ciudad gemeinde commune municipio town village stadtwerke werke
        navy coastguard brigade battalion corps
        """
    )
)
# Trades a company's name says it is of, before or after its own words ("Bodegas X" and
# "X winery", "Spedition X" and "X haulage", "Weingut X", "Cantine X", "Brasserie X"):
# the bare name ("X") is the day's one company so named, when it is a word of its own, not
# a town's (see ``daily.organisations.shorter_form``). Folded, singular and plural as
# names write them; a trade ``body_domains`` reads as its concept ("costruzioni",
# "Molkerei") only as that concept. Not "Transportes", "Trasporti" nor "Logistics": a
# transport authority is a public body, and "X Logistics" often a group's subsidiary.
TRADE_WORDS = frozenset(
    words(
        """
        winery wineries vineyard vineyards brewery distillery haulage haulier hauliers
        builders bakery dairy construction quarry sawmill
        bodega bodegas vinedos cerveceria destileria talleres panaderia lacteos
        adega adegas vinhos cervejaria transportadora construcoes
        cantina cantine birrificio distilleria autotrasporti oleificio frantoio panificio
        domaine brasserie distillerie boulangerie
        weingut weinkellerei brauerei brennerei spedition backerei
        """
    )
)
# Kinds of body a newsroom names without saying whose ("the police", "the fire brigade"):
# the day's one such body, however it is qualified.
UNQUALIFIED_HEADS = frozenset(
    {"police", "gendarmerie", "fire-service", "prefecture", "prosecutor", "works-council", "safety-region"}
)


# Plural nouns a newsroom names a vague collective with ("the authorities", "officials",
# "die Behörden"): alone they are no one body, though "Spain's health authorities" is the
# health authority (see ``daily.organisations.organisation_key``). So are a body's staff
# alone ("officers", "les fonctionnaires", "die Beamten"): "Revenue officers" are Revenue's
# (``body_domains``), but "officers" of a police story are no "Met Office" or "Home Office".
VAGUE_PLURALS = frozenset(
    words("""authorities officials autorites autoridades behorden
    officers fonctionnaires funcionarios funzionari ambtenaren beamte beamten""")
)

# Definite articles: "the council", "la mairie", "das Gericht" refer to one body the
# reader knows, where "a council" does not (see ``daily.name_heads.kind_named``). Italian's
# too ("il comune", "lo stabilimento", "gli uffici"); not Portuguese "o", "a", "os", "as",
# each also a word of English or Spanish.
DEFINITE_ARTICLES = frozenset(words("the la le les el los las der die das den dem il lo gli"))
