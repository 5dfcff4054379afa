"""Incident and figure-category cues in German, French and Spanish: the same event classes
and toll categories as the English tables in ``vocabulary.py``, as each language writes
them. Lower-case regular expressions matched between word boundaries on lower-cased text,
as the English ones are."""

from __future__ import annotations

from summarizer.text.lexicons import events_it_pt, events_nl_ca
from summarizer.text.lexicons.harm import figure_cues, harm_to_people

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
                # An Alpine debris flow: "eine Mure ging ab", "der Murenabgang".
                r"muren?",
                r"murenabg(?:a|ä)nge?s?",
                r"felssturz",
                r"lawinen?",
                r"dürre",
                r"orkan",
                r"hagel",
                r"gewitter[ns]?",
                # Lightning that struck ("Blitzeinschlag", "ein Blitz hat eingeschlagen").
                r"blitz(?:einschlag|einschläge|schlag|schläge)\w*",
                r"blitz\b[^.;]{0,60}?\beingeschlagen",
                r"vom blitz getroffen",
                r"tornados?",
                r"vulkanausbruch",
                r"über die ufer getreten",
                # The ground that gave way ("eine Deponie ist abgerutscht", "Erdfall"), and
                # water let out of a dam ("nach der Spülung des Stausees"). Not "abgerutscht"
                # alone: a party in the polls and a share price slip too.
                r"\w*(?:deponie|hang|böschung|erdreich|erdmassen|geröll|halde|gelände|boden|damm|deich|müll)\w*"
                r"\b[^.]{0,60}?\babgerutscht",
                r"hangrutsch\w*",
                r"erdf(?:a|ä)lle?s?",
                r"tagesbruch",
                r"(?:loch|krater)\b[^.]{0,30}\b(?:aufgetan|aufgerissen)",
                r"(?:spülung|ablassen|entleerung)\b[^.]{0,40}\b\w*(?:stausee|staumauer|staudamm|talsperre)\w*",
            ),
        ),
        (
            "accident",
            (
                r"unfall",
                r"unfälle[n]?",
                # Two that collided, by the noun or the verb (in Swiss spelling too), not a
                # date that "kollidiert" with another: the past forms only. A separable verb's
                # particle comes last, past a clock time's dot ("stießen gegen 7.30 Uhr ...
                # zusammen").
                r"zusammensto(?:ß|ss)",
                r"zusammen(?:ge)?st(?:o|ö)(?:ß|ss)en",
                r"stie(?:ß|ss)en\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\bzusammen\b",
                r"zusammen(?:ge)?prallt\w*",
                r"prallten\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\bzusammen\b",
                r"kollidierte[n]?",
                # A pile-up: "Massenkarambolage", "23 Fahrzeuge sind ineinandergefahren".
                r"\w*karambolage\w*",
                r"ineinander(?:ge)?(?:fahren|gefahren|gekracht|geprallt|fuhren|krachten|prallten)",
                r"(?:ist|sind|war|waren)\b[^.;]{0,80}?\bkollidiert",
                r"entgleis\w*",
                r"explosion",
                r"brand",
                r"feuer",
                r"zugunglück",
                # An accident named by what it befell: "Kranunglück", "Busunglück", "Grubenunglück".
                r"\w+unglück(?:s|es)?",
                r"kollision",
                # What fell or blew up, not a "Kurseinbruch": the participles and the noun.
                r"eingestürzt",
                r"einsturz",
                # A tall thing or a vehicle that fell over ("ein Baukran ist umgestürzt"), not a
                # government "gestürzt" by a vote; "Kran" a word's end, not "Krankenhaus".
                r"\w*(?:kran|krane|gerüst|mast|masten|baum|bäume|lkw|lastwagen|laster|bus|traktor|ballon)\b"
                r"[^.,;]{0,60}?\b(?:umgestürzt|gestürzt|umgekippt|gekippt|umgefallen)",
                # A vehicle that did, its subject (not "die Stimmung im Zug ist umgekippt").
                r"(?<!\bim )(?<!\bin )(?<!\bam )(?<!\bvom )(?<!\bzum )(?<!\bbeim )(?<!\bmit )(?<!\bdem )(?<!\bden )"
                r"\w*(?:zug|bahn|bähnchen|waggon|anhänger|auto|fahrzeug|transporter|lkw|lastwagen|bus|traktor)\b"
                r"[^.,;]{0,60}?\b(?:umgekippt|umgestürzt|überschlagen|überschlug sich)",
                r"explodiert\w*",
                r"verunglückt\w*",
                r"gekentert",
                r"gasaustritt",
                r"gasleck",
                r"abgestürzt",
                r"absturz",
                r"von einem (?:zug|auto|lkw|bus|wagen|fahrzeug|lastwagen|transporter) erfasst",
                r"ertrunken",
                r"aus den schienen gesprungen",
                r"\w*(?:boot|schiff|fähre|kutter|katamaran)\w*\b[^.,;]{0,40}\b(?:gesunken|untergegangen)",
                r"panne (?:in|an|bei) (?:der|dem|einer|einem)",
                r"verschmutz\w*",
                r"(?:abwässer|abwasser|chemikalien|gift\w*)\b[^.]{0,60}\b(?:eingeleitet|geleitet|gelangt)",
                r"ölfilm",
                # An aircraft in trouble, and a machine that stopped with people aboard.
                r"notgelandet",
                r"notlandung\w*",
                r"bruchlandung\w*",
                r"harte[nr]? landung",
                r"notlanden",
                r"vogelschlag",
                r"\w*(?:seilbahn|gondel|sessellift|skilift|aufzug|standseilbahn)\w*\b[^.]{0,60}?\b(?:still|stecken\w*)",
                r"blieb(?:en)? [^.]{0,60}?\w*(?:seilbahn|gondel|sessellift|skilift|aufzug)\w* [^.]{0,60}?stehen",
            ),
        ),
        # Not "Flucht": in crime copy it is a suspect's escape ("bei der Flucht").
        (
            "evacuation",
            (
                r"evakuier\w*",
                r"in sicherheit gebracht",
                r"geflohen",
                r"lebend (?:gefunden|aufgefunden|geborgen)",
            ),
        ),
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
                # A number's dot is no sentence's end: "legten rund 4.000 Beschäftigte die Arbeit nieder".
                r"legten (?:[^.]|\.(?=\d)){0,40}?die arbeit nieder",
                r"die arbeit niedergelegt",
                # A strike named by who strikes: "Busstreik", "Pilotenstreiks".
                r"\w+streiks?",
                # A march by its crowd: "zogen rund 800 Menschen ... durch die Innenstadt".
                r"(?:menschen|personen|teilnehmer\w*|demonstranten)\b[^.]{0,80}?\bdurch die (?:innenstadt|straßen|stadt)",
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
                # A police raid: "bei einer Razzia auf einem Bauernhof".
                r"razzi(?:a|en)",
            ),
        ),
        (
            "talks_diplomacy",
            # Not the singular "Verhandlung": a court's hearing.
            (
                r"verhandlungen",
                r"gespräche[n]?",
                r"waffenruhe",
                r"gipfel\w*",
                r"staatsbesuch",
                r"krisensitzung\w*",
            ),
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
                # Rationing ordered: "Wasserabschaltungen", "das Wasser wird rationiert".
                r"wasserabschaltung\w*",
                r"rationier\w*",
                r"(?:angel|bade|fahr)\w*verbot\w*",
                # A decision the authorities are to take ("wollen am Nachmittag entscheiden, ob").
                r"(?:wollen|will|soll|sollen|werden|wird) [^.]{0,40}?entscheiden",
                # An order that stops what did harm: "die Behörden haben die Einleitungen gestoppt".
                r"(?:behörden?|regierung|präfektur|ministerium|landratsamt|stadt)\b[^.]{0,60}?\b(?:gestoppt|untersagt|angeordnet)",
            ),
        ),
        ("civilian_harm", (harm_to_people("de"),)),
    ),
    "fr": (
        # Participles and nouns: "intercepter ce véhicule" is police work.
        # Not "s'est abattu": a thing that fell ("la grue s'est abattue sur la rue").
        (
            "interception",
            (
                r"intercept(?:é|ée|és|ées|ion|ions)",
                r"(?<!est )(?<!sont )abattu[es]?",
                r"défense antiaérienne",
            ),
        ),
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
                r"foudre",
                r"avalanches?",
                r"coulées? de boue",
                r"éboulements?",
                r"chutes? de (?:pierres|rochers|blocs)",
                r"pluies torrentielles",
                r"vague de chaleur",
                # The ground that gave way (a street, a pavement, a landfill), and water let
                # out of a dam ("la purge du barrage").
                r"(?:chaussée|route|rue|trottoir|sol|terrain|talus|décharge)s?\b[^.;]{0,80}?\b(?:effondr|affaiss)\w*",
                r"(?:effondrement|affaissement)s? (?:de |du |d['’]une? |de la )?(?:la )?(?:chaussée|route|rue|trottoir|sol|"
                r"terrain|talus)",
                r"affaissements?",
                r"(?:trou|cratère)s?\b[^.,;]{0,40}\bs['’]est (?:ouvert|formé)",
                r"(?:purge|vidange|lâchers?)\b[^.]{0,30}\b(?:du|d['’]un|de la) (?:barrage|retenue)",
            ),
        ),
        (
            "accident",
            (
                r"accidents?",
                r"collisions?",
                # Two that struck each other; not "se sont heurtés à un refus".
                r"se sont (?:percuté|télescopé)e?s?",
                # A vehicle that struck something, the time between ("a heurté jeudi vers 6h30
                # le pont", "a percuté de plein fouet un arbre"); not "se sont heurtés à".
                r"(?:a|ont|avait|avaient) (?:percuté|embouti)",
                r"(?:a|ont|avait|avaient) heurté\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\b(?:le|la|l['’]|un|une) "
                r"(?:[\w'’-]+ ){0,2}?(?:pont|pile|quai|écluse|viaduc|arbre|mur|poteau|pylône|camion|voiture|bus|"
                r"train|tramway|bateau|navire|péniche|rocher)s?\b",
                r"déraill\w*",
                r"explosions?",
                r"carambolage",
                # What fell, not "l'effondrement des prix".
                r"(?:immeuble|pont|toit|bâtiment|tribune|mur|plafond|balcon|maison|grue|tunnel|mine|échafaudage)s?\b"
                r"[^.,;]{0,40}\b(?:effondr|écroul)\w*",
                # A tall thing or a vehicle that fell over ("une grue a basculé", "un camion s'est couché").
                r"(?:grue|échafaudage|pylône|arbre|camion|poids lourd|bus|autocar|tracteur|montgolfière)s?\b"
                r"[^.,;]{0,60}?\b(?:a basculé|ont basculé|s['’]est renversée?|s['’]est couchée?)",
                # Whatever fell onto a place ("l'engin s'est abattu sur la rue"); a storm that
                # did is the storm's, whose cue comes first.
                r"s['’](?:est|sont) abattue?s?\b[^.;]{0,30}?\bsur",
                r"effondrement d(?:['’]une?|u|e la|es|['’]un) (?:\w+ )?(?:immeuble|pont|toit|bâtiment|tribune|mur|"
                r"plafond|balcon|maison|grue|tunnel|mine)s?",
                r"a explosé",
                r"fuite de (?:gaz|produits? chimiques?|ammoniac|chlore|fioul)",
                r"chaviré",
                r"atterrissage (?:d['’]urgence|forcé|brutal)",
                r"atterri(?:r)? en urgence",
                r"péril aviaire",
                r"(?:téléphérique|télécabine|télésiège|funiculaire|ascenseur|remontée mécanique)s?\b[^.]{0,60}\b"
                r"(?:en panne|immobilisée?s?|bloquée?s?)",
                r"s['’]est immobilisée?",
                # A vehicle or a lift that broke down; not "en panne" alone: a website, a
                # reform or a talks process "est en panne" too.
                r"(?:train|tgv|rame|bus|autocar|métro|tramway|avion|ferry|navire|bateau|ascenseur|funiculaire)s?"
                r"\b[^.]{0,60}?\b(?:est|sont|était|étaient)(?: tombée?s?)? en panne",
                r"(?:bus|car|autocar|camion|voiture|véhicule|train|tracteur) (?:s['’]est |a )(?:renversée?|couchée?|versé)",
                # Words between ("le petit train touristique s'est renversé"); not "car", a
                # conjunction as often ("car le verre s'est renversé").
                r"(?:bus|autocar|camion|voiture|véhicule|train|tracteur|wagon|fourgon|remorque|minibus)s?"
                r"(?: [\w'’-]+){1,3}? (?:s['’]est|se sont) (?:renversée?s?|couchée?s?)",
                r"naufrage",
                r"s['’]est écrasée?",
                r"percutée? par",
                r"renversée? par (?:un|une) (?:voiture|camion|bus|train|tramway|véhicule|scooter)",
                r"noyée?s?",
                r"sortie? des rails",
                r"(?:bateau|navire|chalutier|catamaran|ferry|voilier)s?\b[^.,;]{0,40}\b(?:a|ont) (?:coulé|sombré)",
                r"panne (?:dans|de|d['’]|à|sur) (?:la |le |l['’]|une? )",
                r"pollu(?:é|ée|és|ées|tion)",
                r"(?:rejets?|déversements?) (?:de |d['’])(?:produits|eaux|effluents|substances)",
            ),
        ),
        (
            "evacuation",
            (r"évacu\w*", r"ont fui", r"mis à l'abri", r"mis à l’abri", r"retrouvée?s? vivante?s?"),
        ),
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
                r"(?:ont|avaient) défilé",
                r"(?:se sont|s['’]est|se sont tous) rassemblée?s?",
                r"défilé (?:dans|à|de|entre)",
                r"(?:ont|avaient) bloqué [^.]{0,60}?pour (?:dénoncer|protester|réclamer|exiger)",
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
                # A police search of a place: "une perquisition", "une descente de police".
                r"perquisition(?:née?s?)?",
                r"descente de (?:police|gendarmerie|(?:la )?douane)",
            ),
        ),
        (
            "talks_diplomacy",
            (
                r"négociations?",
                r"pourparlers",
                r"cessez-le-feu",
                r"sommet",
                r"visite officielle",
                r"réunie?s? en urgence",
                r"réunion (?:de crise|d['’]urgence)",
            ),
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
                r"\d+(?:,\d+)? ?% des (?:voix|suffrages)",
                r"second tour",
                # A prefect's or mayor's order, not "arrêté" the participle of an arrest.
                r"(?:un|l['’]|cet|le|d['’]un|nouvel) arrêté",
                r"a décrété",
                r"(?:a|ont) ordonné (?:l['’]arrêt|la fermeture|la suspension|l['’]évacuation)",
                r"décid(?:er|é|ée|era|eront|ait) (?:de |d['’])(?:la |l['’])?(?:fermeture|réouverture|évacuation|"
                r"interdiction|suspension)",
                r"décision (?:du|de la|des) (?:gouvernement|conseil|préfecture|autorités|mairie|ville|canton)",
                r"coupures? d['’]eau",
                r"rationne\w*",
            ),
        ),
        ("civilian_harm", (harm_to_people("fr"),)),
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
                # The fire itself, typed as "incendio" is ("un segundo fuego"), not a ceasefire, gunfire, a firearm or fireworks.
                r"(?<!alto el )(?<!cese del )(?<!abrieron )(?<!abrió )(?<!abrir )(?<!arma de )(?<!armas de )"
                r"fuegos?(?! artificiales| cruzado)",
                r"ola de calor",
                r"sequía",
                r"huracanes?",
                r"tormentas?",
                r"desbord\w*",
                r"granizo",
                # Lightning that struck, not "rayos X".
                r"(?:un|el) rayo (?:cayó|impactó|alcanzó|golpeó)",
                r"caída de un rayo",
                r"alcanzad[oa]s? por un rayo",
                r"granizadas?",
                r"tornados?",
                r"aludes?",
                r"avalanchas?",
                r"desprendimientos? de (?:rocas|tierra|piedras)",
                # The ground that gave way (a landfill, a slope, a street), and a sinkhole.
                r"(?:deslizamientos?|corrimientos?) (?:de|del) (?:tierra|basura|residuos|ladera|terreno|vertedero)",
                r"argayos?",
                r"socavón",
                r"socavones",
                r"(?:agujero|cráter|boquete)s? (?:se abrió|se ha abierto|apareció)",
                r"(?:talud|ladera|vertedero|terreno|calzada)\b[^.,;]{0,40}\b(?:cedió|cedieron|se hundió|se desplomó)",
                r"(?:derrumb|desplom)\w* (?:parte de )?(?:un|una|el|la) (?:talud|ladera|vertedero)",
                r"hundimiento (?:de|del) (?:la )?(?:calzada|terreno|carretera|calle|firme)",
                r"(?:desembalse|(?:vaciado|purga) (?:del|de la) (?:embalse|presa))",
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
                r"choc(?:ó|aron)",
                r"colisionar(?:on)?",
                r"escape de (?:gas|amoníaco|cloro|productos químicos)",
                # What fell, not "el derrumbe de la bolsa".
                r"(?:edificio|puente|techo|tejado|muro|mina|grada|balcón|túnel|nave|vivienda|casa|grúa|andamio)s?\b"
                r"[^.,;]{0,40}\b(?:se derrumb\w*|derrumb\w*|se desplom\w*)",
                # A stand or a roof too ("una grada ... se vino abajo"), not a deal that did.
                r"(?:grúa|andamio|globo|árbol|grada|tribuna|escenario|techo|tejado|muro|balcón)s?\b[^.,;]{0,60}?\b"
                r"(?:se (?:cayó|vino abajo|vinieron abajo|precipitó)|volcó)",
                r"(?:derrumb|desplom)(?:arse|ó|aron|e)\b[^.;]{0,60}?\b(?:edificio|bloque|inmueble|puente|techo|tejado|"
                r"muro|grada|balcón|vivienda|casa)",
                r"derrumbe (?:de|del) (?:un |una |el |la )?(?:edificio|puente|techo|tejado|muro|mina|grada|balcón|"
                r"túnel|nave|vivienda|casa)",
                r"explot(?:ó|aron)",
                r"fuga de (?:gas|amoníaco|cloro|productos químicos)",
                r"volc(?:ó|aron)",
                # A vehicle's rollover, not "un vuelco electoral".
                r"vuelco (?:de|del) (?:un |una |el |la )?(?:autobús|autocar|camión|coche|tren|furgoneta|vehículo|tractor)",
                r"naufragio",
                r"aterrizaje (?:de emergencia|forzoso)",
                r"aterriz(?:ó|aron|ar) de emergencia",
                r"(?:teleférico|telecabina|telesilla|funicular|ascensor)s?\b[^.]{0,60}\b(?:averiad[oa]s?|se (?:detuvo|paró|averió)|"
                r"quedó parad[oa])",
                r"atropell(?:ó|ado|ada|ados|adas|aron)",
                r"arroll(?:ó|ado|ada|ados|adas|aron)",
                r"se estrell(?:ó|aron)",
                r"ahogad[oa]s?",
                r"volcad[oa]s?",
                r"volcar",
                r"vuelcan?",
                r"(?:barco|pesquero|buque|embarcación|lancha|velero|yate|catamarán)\b[^.,;]{0,40}\bhund(?:ió|ieron|ido)",
                r"hundirse (?:su|el|un|una) (?:barco|pesquero|buque|embarcación|lancha|velero|yate)",
                r"avería (?:en|de|del)",
                r"(?:la|una|otra) avería",
                r"vertidos?",
                r"contaminaci(?:ón|ones)",
            ),
        ),
        (
            "evacuation",
            (r"desaloj\w*", r"evacu\w*", r"huyeron", r"(?:hallad|encontrad|localizad)[oa]s? con vida"),
        ),
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
                r"se concentr(?:an|aron|ó|a)",
                r"pancartas?",
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
                # A police raid: "una redada en una nave".
                r"redadas?",
            ),
        ),
        (
            "talks_diplomacy",
            (
                r"negociaci\w*",
                r"conversaciones",
                r"alto el fuego",
                r"cumbre",
                r"visita oficial",
                r"reunión (?:de urgencia|de crisis|urgente)",
            ),
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
                r"recuento de (?:votos|papeletas)",
                r"escrutinio",
                r"(?:conserva|conservó|retiene|retuvo|revalida|revalidó) la alcaldía",
                r"segunda vuelta",
                r"(?:ha |han )?decretad[oa]s?",
                r"decretó",
                r"autoriz(?:ó|aron|ado|ada)",
                r"orden(?:ó|aron) (?:el cierre|la paralización|la suspensión|el desalojo|detener)",
                r"cortes? de agua",
                r"racionamiento",
            ),
        ),
        ("civilian_harm", (harm_to_people("es"),)),
    ),
    **events_it_pt.INCIDENT_CUES,
    **events_nl_ca.INCIDENT_CUES,
}

FIGURE_CATEGORY_CUES: dict[str, Cues] = {
    "de": (
        ("killed", figure_cues("de", "killed")),
        ("injured", figure_cues("de", "injured")),
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
        ("killed", figure_cues("fr", "killed")),
        ("injured", figure_cues("fr", "injured")),
        ("destroyed", (r"détruits?", r"détruites?", r"endommagée?s?", r"parcouru")),
        ("displaced", (r"évacués?", r"évacuées?", r"sinistrés", r"déplacés", r"quitter", r"relogée?s?")),
        # "dommages et intérêts" is compensation a court awards, not a damage bill.
        ("damage_cost", (r"dégâts", r"dommages(?![- ](?:et[- ])?intérêts)", r"préjudice")),
    ),
    "es": (
        ("killed", figure_cues("es", "killed")),
        ("injured", figure_cues("es", "injured")),
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
    **events_it_pt.FIGURE_CATEGORY_CUES,
}
