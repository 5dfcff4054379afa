"""Incident and figure-category cues in German, French and Spanish: the same event classes
and toll categories as the English tables in ``vocabulary.py``, as each language writes
them. Lower-case regular expressions matched between word boundaries on lower-cased text,
as the English ones are."""

from __future__ import annotations

Cues = tuple[tuple[str, tuple[str, ...]], ...]

INCIDENT_CUES: dict[str, Cues] = {
    "de": (
        ("interception", (r"abgefangen", r"abgeschossen", r"luftabwehr", r"flugabwehr")),
        (
            "missile_strike",
            (
                r"raketen(?:angriffe?|einschlag|einschläge)",
                r"rakete[n]?\b[^.]{0,60}\b(?:eingeschlagen|abgefeuert|getroffen)",
            ),
        ),
        (
            "air_drone_strike",
            (r"drohnen(?:angriffe?)?", r"luftangriffe?", r"bombardiert", r"bombardierung(?:en)?"),
        ),
        ("shelling", (r"beschuss", r"artillerie", r"granaten")),
        # Lower-cased, the noun "Kämpfen" is the verb "kämpfen" ("um jeden Arbeitsplatz
        # kämpfen"): the dative noun only after what introduces it. Not "Offensive": lower-
        # cased it is the adjective of a team's "offensive Abwehr" (or a "Charmeoffensive").
        (
            "ground_fighting",
            (
                r"kämpfe",
                r"(?:bei|nach|in|von|den|schweren|heftigen) kämpfen",
                r"kampfhandlungen",
                r"gefechte?n?",
            ),
        ),
        (
            "disaster",
            (
                r"unwetter[ns]?",
                r"hochwasser",
                r"überschwemmung(?:en)?",
                r"überflutet",
                r"sturm",
                r"stürme",
                r"erdbeben",
                r"waldbr(?:a|ä)nde?s?",
                r"hitzewelle",
                r"starkregen",
                r"erdrutsch(?:e)?",
                r"lawinen?",
                r"dürre",
                r"orkan",
                r"hagel",
                r"gewitter[ns]?",
                r"tornados?",
                r"vulkanausbruch",
                r"über die ufer getreten",
            ),
        ),
        (
            "accident",
            (
                r"unfall",
                r"unfälle[n]?",
                r"zusammenstoß",
                r"entgleis\w*",
                r"explosion",
                r"brand",
                r"feuer",
                r"zugunglück",
                r"kollision",
                # What fell or blew up, not a "Kurseinbruch": the participles and the noun.
                r"eingestürzt",
                r"einsturz",
                r"explodiert\w*",
                r"verunglückt\w*",
                r"gekentert",
                r"gasaustritt",
                r"gasleck",
                r"abgestürzt",
                r"absturz",
                r"von einem (?:zug|auto|lkw|bus|wagen|fahrzeug|lastwagen|transporter) erfasst",
                r"ertrunken",
            ),
        ),
        # Not "Flucht": in crime copy it is a suspect's escape ("bei der Flucht").
        ("evacuation", (r"evakuier\w*", r"in sicherheit gebracht", r"geflohen")),
        (
            "protest",
            (
                r"protest\w*",
                r"demonstr\w*",
                r"kundgebung(?:en)?",
                r"streik\w*",
                r"warnstreik\w*",
                r"bestreikt\w*",
                r"arbeitsniederlegung(?:en)?",
                r"ausstand",
                r"legten [^.]{0,40}?die arbeit nieder",
                r"krawall\w*",
                r"ausschreitungen",
            ),
        ),
        (
            "arrest",
            (
                r"festgenommen",
                r"festnahme[n]?",
                r"verhaftet",
                r"verhaftung(?:en)?",
                r"angeklagt",
                r"anklage erhoben",
                # The separable verb: "nahmen elf Personen vorläufig fest".
                r"nahm(?:en)? [^.]{0,60}?fest",
            ),
        ),
        (
            "talks_diplomacy",
            # Not the singular "Verhandlung": a court's hearing.
            (r"verhandlungen", r"gespräche[n]?", r"waffenruhe", r"gipfel\w*", r"staatsbesuch"),
        ),
        (
            "political_decision",
            (
                r"beschlossen",
                r"beschluss",
                # Not "Haushalt" alone: a household too ("5.000 Euro pro Haushalt").
                r"haushalt(?:splan|sentwurf|sgesetz|ssperre)",
                r"soforthilfe[n]?",
                r"hilfspaket\w*",
                r"maßnahmenpaket\w*",
                r"gesetz\w*",
                r"abgestimmt",
                r"abstimmung",
                r"gemeinderat",
                r"stadtrat",
                r"verabschiedet",
                r"sanktionen",
                r"wahl(?:en)?",
                r"(?:wieder)?gewählt",
                r"wahlsieg",
                r"(?:stich|bürgermeister|oberbürgermeister|landtags|bundestags|kommunal|europa|präsidentschafts|"
                r"parlaments)wahl(?:en)?",
            ),
        ),
        ("civilian_harm", (r"(?:getötet|ums leben|verletzt|tote|verletzte)",)),
        # Events the schema has no class for: a court's verdict or sentence; jobs cut and
        # plants closed; an outbreak of disease.
        (
            "other",
            (
                r"verurteil\w*",
                r"freigesprochen",
                r"freispruch",
                r"schuldig gesprochen",
                r"haftstrafe",
                r"bewährungsstrafe",
                r"geldstrafe",
                r"zu [^.]{0,30}?(?:jahren|monaten) (?:haft|gefängnis)",
                r"prozessauftakt",
                r"prozess\w*\b[^.]{0,60}?\b(?:begann|hat begonnen|startete)",
                r"vor (?:dem |einem )?\w*gericht(?: \w+)? verantworten",
                r"arbeitsplätze\b[^.]{0,30}?\b(?:ab|abbauen|abgebaut|streichen|gestrichen)",
                r"stellen\b[^.]{0,30}?\b(?:ab|abbauen|abgebaut|streichen|gestrichen)",
                r"stellenabbau",
                r"arbeitsplatzabbau",
                r"entlassungen",
                r"entlässt",
                r"werksschließung(?:en)?",
                r"schließt (?:sein|seine|ihr|ihre|das|die|den|zwei|drei) (?:\w+ ){0,2}?\w*(?:werk|fabrik|standort|filiale|"
                r"filialen)e?",
                r"schließung (?:des|der|von|seines|seiner|ihres|ihrer) (?:\w+ ){0,2}?\w*(?:werk|werks|fabrik|standort|standorts|filiale|filialen)",
                r"insolvenz(?:antrag)?",
                r"masern\w*",
                r"epidemie",
                r"\w*ausbruch (?:der|von|einer) (?:\w+ )?(?:masern|grippe|cholera|seuche|krankheit|vogelgrippe|legionellen|noroviren)",
            ),
        ),
    ),
    "fr": (
        # Participles and nouns: "intercepter ce véhicule" is police work.
        ("interception", (r"intercept(?:é|ée|és|ées|ion|ions)", r"abattu[es]?", r"défense antiaérienne")),
        ("missile_strike", (r"frappes? de missiles?", r"missiles?\b[^.]{0,60}\b(?:tirés?|frappé|touché)")),
        # Not the "bombardiers d'eau" that fight forest fires.
        (
            "air_drone_strike",
            (r"drones?", r"frappes? aériennes?", r"bombard(?!iers? d['’]eau)\w*", r"raids? aériens?"),
        ),
        ("shelling", (r"pilonnage", r"artillerie", r"obus")),
        # Not the singular "combat", mostly a cause ("son combat pour ..."), but "au combat".
        ("ground_fighting", (r"combats", r"au combat", r"affrontements?", r"offensive")),
        (
            "disaster",
            (
                r"incendies?",
                r"inondations?",
                r"crues?",
                r"tempêtes?",
                r"séismes?",
                r"tremblements? de terre",
                r"canicule",
                r"sécheresse",
                r"orages?",
                r"glissements? de terrain",
                r"ouragans?",
                r"feux? de forêt",
                # The fire itself ("le feu a parcouru 2 300 hectares"), not a traffic light,
                # fireworks, a gunshot or the "cessez-le-feu".
                r"(?<!-)(?<!coup de )(?<!coups de )feux?(?! vert| rouge| tricolore| de signalisation| d['’]artifice|"
                r" de camp| de joie| aux poudres)",
                r"tornades?",
                r"grêle",
                r"avalanches?",
                r"coulées? de boue",
                r"pluies torrentielles",
                r"vague de chaleur",
            ),
        ),
        (
            "accident",
            (
                r"accidents?",
                r"collisions?",
                r"déraill\w*",
                r"explosions?",
                r"carambolage",
                # What fell, not "l'effondrement des prix".
                r"(?:immeuble|pont|toit|bâtiment|tribune|mur|plafond|balcon|maison|grue|tunnel|mine)s?\b"
                r"[^.,;]{0,40}\beffondr\w*",
                r"effondrement d(?:['’]une?|u|e la|es|['’]un) (?:\w+ )?(?:immeuble|pont|toit|bâtiment|tribune|mur|"
                r"plafond|balcon|maison|grue|tunnel|mine)s?",
                r"a explosé",
                r"fuite de (?:gaz|produits? chimiques?|ammoniac|chlore|fioul)",
                r"chaviré",
                r"naufrage",
                r"s['’]est écrasée?",
                r"percutée? par",
                r"renversée? par (?:un|une) (?:voiture|camion|bus|train|tramway|véhicule|scooter)",
                r"noyée?s?",
            ),
        ),
        ("evacuation", (r"évacu\w*", r"ont fui", r"mis à l'abri", r"mis à l’abri")),
        (
            "protest",
            (
                r"manifest\w*",
                r"grèves?",
                r"grévistes",
                r"débrayages?",
                r"piquets? de grève",
                r"émeutes?",
                r"heurts",
                r"mobilisation",
                r"cortèges?",
                r"rassemblements?",
            ),
        ),
        (
            "arrest",
            (
                r"interpell\w*",
                r"arrêt(?:é|ée|és|ées|ation|ations)",
                r"placés? en garde à vue",
                r"garde à vue",
                r"mis en examen",
                r"mise en examen",
                r"écrouée?s?",
            ),
        ),
        (
            "talks_diplomacy",
            (r"négociations?", r"pourparlers", r"cessez-le-feu", r"sommet", r"visite officielle"),
        ),
        (
            "political_decision",
            (
                r"budget",
                r"plan d['’]aide",
                r"aides? d['’]urgence",
                r"projet de loi",
                r"loi",
                r"décret",
                r"réforme",
                r"voté",
                r"vote",
                r"adopté",
                r"sanctions",
                r"élections?",
                r"référendum",
                r"(?:a|ont) été (?:ré)?élue?s?",
                r"a annoncé (?:[\w'’-]+ ){0,4}?(?:un plan|des aides|une aide|une enveloppe|des mesures|la création)",
                r"(?:ré)?élue? (?:maire|président|présidente|député|députée|sénateur|sénatrice|à la tête)",
                r"remporté (?:l['’]|les |le )(?:élection|élections|scrutin|second tour|vote)",
                r"scrutin",
                r"second tour",
            ),
        ),
        ("civilian_harm", (r"(?:tués?|tuées?|morts?|blessés?|blessées?|décès)",)),
        # Events the schema has no class for: a court's verdict, sentence or the sentence
        # asked for (not "condamner une attaque"); jobs cut and plants closed; an outbreak.
        (
            "other",
            (
                r"condamn(?:é|ée|és|ées)\s+(?:[\w'’-]+\s+){0,4}?(?:à|pour)",
                r"(?:été|sont|est) condamn(?:é|ée|és|ées)",
                r"condamnations? à",
                r"reconnue?s? coupables?",
                r"déclarée?s? coupables?",
                r"relaxée?s?",
                r"acquittée?s?",
                r"acquittement",
                r"(?:ans|mois) de prison",
                r"(?:a|ont|avait|avaient) requis",
                r"a écopé de",
                r"compara(?:ît|it|issait|issent|issaient)",
                r"procès (?:s['’]est ouvert|a débuté|a commencé|s['’]ouvre)",
                r"verdict",
                r"réquisitoire",
                r"suppressions? (?:de [\d  ]+ )?(?:d['’]emplois|de postes)",
                r"supprim\w* [^.]{0,30}?(?:postes|emplois)",
                r"licenciements?",
                r"plan social",
                r"plan de sauvegarde de l['’]emploi",
                r"fermeture\b[^.]{0,50}?\b(?:usine|site|magasin|mine|raffinerie|agence|entrepôt|établissement)s?",
                r"liquidation judiciaire",
                r"fermera (?:son|sa|ses|l['’]|le|la|les|deux|trois) (?:\w+ ){0,2}?(?:usines?|sites?|magasins?|mines?)",
                r"redressement judiciaire",
                r"épidémies?",
                r"flambée (?:de|d['’])",
                r"(?:cas|foyers?) de (?:rougeole|choléra|grippe aviaire|légionellose|dengue)",
            ),
        ),
    ),
    "es": (
        ("interception", (r"intercept\w*", r"derribad[oa]s?", r"defensa antiaérea")),
        ("missile_strike", (r"ataques? con misiles", r"misiles?\b[^.]{0,60}\b(?:lanzad|impact)\w*")),
        ("air_drone_strike", (r"drones?", r"bombarde\w*", r"ataques? aéreos?")),
        ("shelling", (r"artillería", r"obuses", r"proyectiles")),
        ("ground_fighting", (r"combates?", r"enfrentamientos?", r"ofensiva")),
        (
            "disaster",
            (
                r"dana",
                r"inundaciones?",
                r"riadas?",
                r"lluvias torrenciales",
                r"temporal",
                r"terremotos?",
                r"incendios?(?: forestales?)?",
                r"ola de calor",
                r"sequía",
                r"huracanes?",
                r"tormentas?",
                r"desbord\w*",
                r"granizo",
                r"granizadas?",
                r"tornados?",
                r"aludes?",
                r"avalanchas?",
            ),
        ),
        (
            "accident",
            (
                r"accidentes?",
                r"choques?",
                r"colisión",
                r"descarril\w*",
                r"explosión",
                r"incendio",
                # What fell, not "el derrumbe de la bolsa".
                r"(?:edificio|puente|techo|tejado|muro|mina|grada|balcón|túnel|nave|vivienda|casa)s?\b"
                r"[^.,;]{0,40}\b(?:se derrumb\w*|derrumb\w*|se desplom\w*)",
                r"derrumbe (?:de|del) (?:un |una |el |la )?(?:edificio|puente|techo|tejado|muro|mina|grada|balcón|"
                r"túnel|nave|vivienda|casa)",
                r"explot(?:ó|aron)",
                r"fuga de (?:gas|amoníaco|cloro|productos químicos)",
                r"volc(?:ó|aron)",
                r"naufragio",
                r"atropell(?:ó|ado|ada|ados|adas|aron)",
                r"arroll(?:ó|ado|ada|ados|adas|aron)",
                r"se estrell(?:ó|aron)",
                r"ahogad[oa]s?",
            ),
        ),
        ("evacuation", (r"desaloj\w*", r"evacu\w*", r"huyeron")),
        (
            "protest",
            (
                r"protestas?",
                r"manifesta\w*",
                r"huelgas?",
                r"huelguistas",
                # Not "el paro" alone: unemployment.
                r"un paro",
                r"paros? parciales",
                r"disturbios",
                r"paro (?:de|indefinido de) (?:\d+|veinticuatro|cuarenta y ocho) horas",
                r"piquetes?",
                r"concentración",
                r"movilizaci\w*",
            ),
        ),
        (
            "arrest",
            (
                r"detenid[oa]s?",
                r"detuv(?:o|ieron)",
                r"detenci\w*",
                r"arrest\w*",
                r"acusad[oa]s?",
                r"imputad[oa]s?",
                r"prisión",
            ),
        ),
        (
            "talks_diplomacy",
            (r"negociaci\w*", r"conversaciones", r"alto el fuego", r"cumbre", r"visita oficial"),
        ),
        (
            "political_decision",
            (
                r"presupuestos?",
                r"ayudas directas",
                r"plan de ayudas?",
                r"ley",
                r"decreto",
                r"reforma",
                r"aprob\w*",
                r"votaci\w*",
                r"sanciones",
                r"elecciones",
                r"referéndum",
                r"(?:re)?elegid[oa]s?",
                # A decision announced: "anunció incentivos de hasta 20.000 euros".
                r"anunció (?:[\w.,]+ ){0,4}?(?:ayudas|incentivos|plazas|fondos|medidas|subvenciones|un plan|una partida)",
                r"ganó (?:las|la) (?:elecciones|votación|alcaldía)",
                r"comicios",
                r"segunda vuelta",
            ),
        ),
        ("civilian_harm", (r"(?:muert[oa]s|fallecid[oa]s|herid[oa]s|fallecieron|murieron)",)),
        # Events the schema has no class for: a trial, a court's verdict, sentence or the
        # sentence asked for (not "condenó el ataque"); jobs cut and plants closed; an outbreak.
        (
            "other",
            (
                r"juicio",
                r"condenad[oa]s? (?:a|por)",
                r"(?:fue|fueron|ha sido|han sido) condenad[oa]s?",
                r"condenó a",
                r"absuelt[oa]s?",
                r"absolvió",
                r"absolución",
                r"declarad[oa]s? culpables?",
                r"sentencia",
                r"(?:años|meses) de (?:prisión|cárcel)",
                r"(?:petición|pide|pidió|solicita|solicitó) (?:de )?(?:\w+ ){0,2}?(?:años|meses) de (?:prisión|cárcel)",
                r"despidos?",
                r"despedirá",
                r"ere",
                r"expediente de regulación de empleo",
                r"(?:eliminar|suprimir|recortar)\w* [^.]{0,30}?(?:empleos|puestos de trabajo)",
                r"cierre (?:de|del) (?:\w+ ){0,3}?(?:planta|fábrica|factoría|centro|tienda|mina|sede)s?",
                r"concurso de acreedores",
                r"cerrará (?:su|sus|la|el|las|los|dos|tres) (?:\w+ ){0,2}?(?:plantas?|fábricas?|factorías?|tiendas?|minas?)",
                r"multad[oa]s?",
                r"veredicto",
                r"se sienta(?:n)? (?:\w+ ){0,3}?en el banquillo",
                r"epidemias?",
                r"brotes? (?:de|del)",
                r"casos de (?:sarampión|cólera|dengue|gripe aviar|legionela)",
            ),
        ),
    ),
}

# Crimes, reported as "other" (the schema has no class for them): a robbery, a burglary, a
# stabbing, a murder. The arrest or verdict that follows a crime is what a sentence naming
# both reports ("Police arrested two men after the robbery"). Not "Einbruch" alone: the
# "Einbruch der Kurse" is a fall in prices.
CRIME_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"robbery",
        r"robbed",
        r"burglary",
        r"burgled",
        r"heist",
        r"hold-up",
        r"break-in",
        r"broke into",
        r"stabb(?:ing|ed)",
        r"shot dead",
        r"murder(?:ed)?",
        r"carjack(?:ing|ed)",
    ),
    "de": (
        r"überfalls?",
        r"überfallen",
        r"raubüberfalls?",
        r"raub",
        r"einbruch in",
        r"eingebrochen",
        r"messer(?:angriff|attacke)\w*",
        r"erstochen",
        r"erschossen",
        r"ermordet",
        r"mord",
    ),
    "fr": (
        r"braquage",
        r"braqu(?:é|ée|és|ées)",
        r"cambriolage",
        r"cambriolée?s?",
        r"vols? à main armée",
        r"fait irruption",
        r"poignardée?s?",
        r"meurtre",
        r"assassinée?s?",
    ),
    "es": (
        r"atraco",
        r"atrac(?:ó|aron)",
        r"robo",
        r"asalto",
        r"apuñalad[oa]s?",
        r"asesinad[oa]s?",
        r"asesinato",
        r"tiroteo",
        r"homicidio",
    ),
}

# Statements that are themselves the news: a concession, a call on someone, a refusal to
# comment, a warning. Reported as "statement"; any other event of the sentence outranks it.
STATEMENT_CUES: dict[str, tuple[str, ...]] = {
    # Not "said in a statement": how a quotation is attributed, not news of its own; a
    # warning only with what it warns of ("warned that"), not "warnte vor den Folgen".
    "en": (r"conceded", r"declined to comment", r"called on", r"urged", r"warned that"),
    "de": (r"aufgefordert", r"aufgerufen", r"warnte[^.]{0,20}?, dass"),
    "fr": (r"a appelé", r"ont appelé", r"a exhorté", r"a averti que", r"a reconnu sa défaite"),
    "es": (r"instó", r"reconoció su derrota", r"advirtió (?:de )?que"),
}

# What police did to a crowd: a protest's, unless the article reports an accident or a
# disaster and no protest (tear gas fired at a stadium crush is the crush's).
CROWD_CONTROL_CUES: dict[str, tuple[str, ...]] = {
    "en": (r"tear gas", r"water cannons?", r"rubber bullets", r"baton charges?"),
    "de": (r"tränengas", r"wasserwerfer[ns]?", r"gummigeschosse"),
    "fr": (r"gaz lacrymogènes?", r"canons? à eau", r"balles en caoutchouc", r"charges? de police"),
    "es": (r"gases? lacrimógenos?", r"pelotas de goma", r"cargas? policiales?"),
}

# Words that open the report of another event ("in a separate case"): a sentence holding
# one never continues the incident before it. English's are ``vocabulary.DISTINCT_EVENT_CUES``.
DISTINCT_EVENT_CUES: dict[str, tuple[str, ...]] = {
    "de": (
        r"in einem (?:anderen|weiteren|zweiten|separaten) (?:fall|verfahren|prozess)",
        r"unabhängig davon",
        r"(?:ein|eine|einen) (?:weitere[nrs]?|andere[nrs]?|zweite[nrs]?) (?:unfall|brand|streik|prozess|urteil)",
    ),
    "fr": (
        r"dans une (?:autre|seconde|deuxième) affaire",
        r"par ailleurs",
        r"(?:un|une) (?:autre|second|seconde|deuxième) (?:accident|incendie|grève|procès|manifestation)",
    ),
    "es": (
        r"en (?:otro|un segundo) caso",
        r"por otra parte",
        r"(?:otro|otra|un segundo|una segunda) (?:accidente|incendio|huelga|juicio|manifestación)",
    ),
}

FIGURE_CATEGORY_CUES: dict[str, Cues] = {
    "de": (
        (
            "killed",
            (r"tote[n]?", r"getötet", r"ums leben", r"gestorben", r"starben", r"todesopfer", r"leichen"),
        ),
        ("injured", (r"verletzte[n]?", r"verletzt", r"verwundet\w*", r"schwerverletzt\w*")),
        ("destroyed", (r"zerstört", r"beschädigt")),
        (
            "displaced",
            (
                r"evakuiert",
                r"obdachlos",
                r"geflohen",
                r"vertrieben",
                r"in sicherheit gebracht",
                r"verlassen",
                r"verließen",
            ),
        ),
        # German joins the damage onto its kind: "Sachschaden", "Millionenschäden".
        ("damage_cost", (r"\w*schaden", r"\w*schäden", r"schadens(?:höhe|summe|bilanz)")),
    ),
    "fr": (
        ("killed", (r"morts?", r"tués?", r"tuées?", r"décès", r"décédés?", r"victimes")),
        ("injured", (r"blessés?", r"blessées?", r"hospitalisés?")),
        ("destroyed", (r"détruits?", r"détruites?", r"endommagée?s?", r"parcouru")),
        ("displaced", (r"évacués?", r"évacuées?", r"sinistrés", r"déplacés", r"quitter", r"relogée?s?")),
        # "dommages et intérêts" is compensation a court awards, not a damage bill.
        ("damage_cost", (r"dégâts", r"dommages(?![- ](?:et[- ])?intérêts)", r"préjudice")),
    ),
    "es": (
        ("killed", (r"muert[oa]s?", r"fallecid[oa]s", r"murieron", r"han muerto", r"víctimas mortales")),
        ("injured", (r"herid[oa]s", r"hospitalizad[oa]s")),
        ("destroyed", (r"destruid[oa]s", r"dañad[oa]s", r"arrasad[oa]s")),
        (
            "displaced",
            (
                r"desalojad[oa]s",
                r"desalojar",
                r"evacuad[oa]s",
                r"desplazad[oa]s",
                r"abandonar",
                r"realojad[oa]s",
            ),
        ),
        # "daños y perjuicios" is compensation a court awards, not a damage bill; a company's
        # "pérdidas" are its results.
        ("damage_cost", (r"daños(?! y perjuicios)", r"pérdidas materiales")),
    ),
}
