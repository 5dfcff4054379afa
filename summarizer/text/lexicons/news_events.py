"""Cues of general news beside the incident types of ``events.py``: court outcomes, job
cuts and closures, outbreaks, police against a crowd and statements (crimes are in
``crime_events``), each under a kind of its own that ``engines/extractive/incidents.py``
reports as a schema type; and the words that open the report of another event. Lower-case regular expressions matched
between word boundaries on lower-cased text, in English, German, French and Spanish."""

from __future__ import annotations

from summarizer.text.lexicons.link_denials import LINK_DENIAL_CUES
from summarizer.text.lexicons.ordinals import ordinal_pattern

# A court's doing, reported as "other" (the schema has no court class; the arrest before
# it is an arrest): a verdict, a sentence, an acquittal, a fine, a trial under way, the
# sentence a prosecutor asks for, and a judge's ruling on custody after an arrest ("held
# without bail", "ha convalidato l'arresto"): a step of its own, told later that day,
# whose sentence names the arrest it rules on. (French "mis en examen" and Spanish
# "prisión" are read as the arrest: ``events.py``.) Not "condamner une attaque"
# nor "condenó el atentado": French and Spanish verdicts are read with what follows them
# ("condamné à", "condenado a").
COURT_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"convicted",
        r"found (?:not )?guilty",
        r"pleaded (?:not )?guilty",
        r"acquitt(?:ed|al)",
        r"cleared of",
        r"sentenced",
        r"jailed",
        r"(?:guilty|not guilty) verdict",
        r"(?:life|prison|jail) (?:sentence|term)s?",
        r"verdict",
        r"(?:was|were|been|is|are) fined",
        r"ordered to pay",
        r"went on trial",
        r"trial (?:opened|began|started)",
        r"appeared (?:in court|before (?:a |the )?(?:judge|magistrates?|court))",
        r"walked free",
        r"(?:denied|refused|granted|grants|denies|refuses|was refused|was denied|was granted) bail",
        r"(?:was|were) remanded",
        r"(?:held|detained) without bail",
        r"not guilty",
        # A sports tribunal's ruling: "banned for four years", "suspended for two years".
        r"(?:banned|suspended) for (?:life|[\w-]+ (?:years?|months?))",
    ),
    "de": (
        r"verurteil\w*",
        r"freigesprochen",
        r"freispruch",
        r"schuldig gesprochen",
        r"haftstrafe",
        r"bewährungsstrafe",
        r"geldstrafe",
        r"zu [^.]{0,30}?(?:jahren|monaten) (?:haft|gefängnis)",
        r"prozessauftakt",
        r"(?:untersuchungshaft|u-haft) (?:verhängt|angeordnet)",
        r"prozess\w*\b[^.]{0,60}?\b(?:begann|hat begonnen|startete)",
        r"vor (?:dem |einem )?\w*gericht(?: \w+)? verantworten",
        # The verb first: "Am Dienstag begann vor dem Landgericht der Prozess gegen ...".
        r"begann [^.]{0,80}?\bprozess\w*",
        r"für \w+ (?:jahre|monate) gesperrt",
        r"gesperrt für \w+ (?:jahre|monate)",
    ),
    "fr": (
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
        r"suspendue?s? (?:\w+ )?pour (?:\w+ )?(?:ans|mois)",
    ),
    "es": (
        r"juicio",
        r"condenad[oa]s? (?:a|por)",
        r"(?:fue|fueron|ha sido|han sido) condenad[oa]s?",
        r"absuelt[oa]s?",
        r"absolvió",
        r"absolución",
        r"declarad[oa]s? culpables?",
        r"sentencia",
        r"(?:años|meses) de (?:prisión|cárcel)",
        r"(?:petición|pide|pidió|solicita|solicitó) (?:de )?(?:\w+ ){0,2}?(?:años|meses) de (?:prisión|cárcel)",
        r"multad[oa]s?",
        r"veredicto",
        r"se sienta(?:n)? (?:\w+ ){0,3}?en el banquillo",
        r"(?:suspendid|sancionad)[oa]s? (?:\w+ )?(?:con |por |durante )?\w+ (?:años|meses)",
    ),
    "it": (
        r"processo",
        r"condannat[oaie] (?:a|per)",
        r"(?:è|sono) stat[oaie] condannat[oaie]",
        r"assolt[oaie]",
        r"assoluzione",
        r"sentenza",
        r"(?:anni|mesi) di (?:reclusione|carcere)",
        r"(?:ha |hanno )?chiesto (?:\w+ ){0,2}?(?:anni|mesi) di (?:reclusione|carcere)",
        r"verdetto",
        r"rinviat[oaie] a giudizio",
        r"patteggiamento",
        r"udienza",
        # "ha convalidato il fermo", "convalidato in serata gli arresti": a judge's, the custody its
        # object; not a goal "convalidato" after "il fermo del gioco", nor a vote in Fermo.
        r"convalid\w*\s+(?:\w+\s+){0,2}?(?:il|lo|l['’]|i|gli|del|dello|dell['’]|dei|degli)\s*(?:fermo|fermi|arresto|arresti)\b",
    ),
    "pt": (
        r"julgamento",
        r"condenad[oa]s? (?:a|por)",
        r"(?:foi|foram) condenad[oa]s?",
        r"absolvid[oa]s?",
        r"absolvição",
        r"sentença",
        r"acórdão",
        r"(?:anos|meses) de (?:prisão|cadeia)",
        r"pena (?:suspensa|de prisão)",
        r"veredicto",
        r"veredito",
        r"termo de identidade e residência",
        r"medidas? de coação",
        r"prisão preventiva",
    ),
}

# Jobs cut, plants closed, firms insolvent: reported as "other".
BUSINESS_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:cut|cuts|cutting|shed|sheds|shedding|axe|axes|axing|slash|slashes|slashing|eliminate|eliminating) "
        r"(?:about |around |some |nearly |almost |more than |up to )?[\d,.]+(?: million)? (?:\w+ )?(?:jobs|posts|positions|roles)",
        r"job (?:cuts|losses)",
        r"lay(?:s|ing)? off",
        r"laid off",
        r"layoffs",
        r"redundanc(?:y|ies)",
        r"(?:close|closes|closing|closed|shut|shuts|shutting) (?:down )?(?:its|the|their|a|two|three|four|five|\d+) "
        r"(?:[\w-]+ ){0,3}(?:plants?|factor(?:y|ies)|mines?|sites?|stores|branches|mills?|refiner(?:y|ies)|smelters?|"
        r"baker(?:y|ies)|depots?|warehouses?|facilit(?:y|ies))",
        r"closure of (?:its|the|their|a|two|three|\d+) (?:[\w-]+ ){0,3}(?:plants?|factor(?:y|ies)|mines?|sites?|stores|"
        r"branches|mills?|refiner(?:y|ies)|baker(?:y|ies)|depots?|warehouses?)",
        r"(?:with|and) the loss of (?:about |around |some |nearly |up to )?[\d,.]+ (?:\w+ )?(?:jobs|posts|positions|roles)",
        r"filed for (?:bankruptcy|insolvency)",
        r"(?:went|gone|go|goes|entered) into administration",
    ),
    "de": (
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
    ),
    "fr": (
        r"suppressions? (?:de [\d  ]+ )?(?:d['’]emplois|de postes)",
        r"supprim\w* [^.]{0,30}?(?:postes|emplois)",
        r"licenciements?",
        r"plan social",
        r"plan de sauvegarde de l['’]emploi",
        r"fermeture\b[^.]{0,50}?\b(?:usine|site|magasin|mine|raffinerie|agence|entrepôt|établissement)s?",
        r"liquidation judiciaire",
        r"fermera (?:son|sa|ses|l['’]|le|la|les|deux|trois) (?:\w+ ){0,2}?(?:usines?|sites?|magasins?|mines?)",
        r"redressement judiciaire",
    ),
    "es": (
        r"condenó a",
        r"despidos?",
        r"despedirá",
        r"ere",
        r"expediente de regulación de empleo",
        r"(?:eliminar|suprimir|recortar)\w* [^.]{0,30}?(?:empleos|puestos de trabajo)",
        r"cierre (?:de|del) (?:\w+ ){0,3}?(?:planta|fábrica|factoría|centro|tienda|mina|sede)s?",
        r"concurso de acreedores",
        r"cerrará (?:su|sus|la|el|las|los|dos|tres) (?:\w+ ){0,2}?(?:plantas?|fábricas?|factorías?|tiendas?|minas?)",
    ),
}

# An outbreak of disease: reported as "other".
OUTBREAK_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"outbreaks? of",
        r"cases of (?:measles|cholera|ebola|dengue|mpox|bird flu|avian flu|legionnaires'?)",
        r"(?:cholera|measles|ebola|dengue|mpox|bird flu|avian flu|norovirus|legionnaires'?|salmonella) "
        r"(?:disease )?outbreaks?",
        r"(?:disease|virus|flu|infection|fever|food-poisoning|food poisoning) outbreaks?",
        r"food poisoning",
        r"fell ill",
        r"(?:was|were|been) taken ill",
        # Cases of a named illness, and the sick counted ("the number of sick").
        r"cases of (?:\w+ )?(?:gastroenteritis|norovirus|covid|influenza|flu|salmonella|listeria|hepatitis|"
        r"meningitis|tuberculosis|diarrho?ea)",
        r"(?:gastroenteritis|stomach bug|stomach virus) outbreaks?",
        r"number of (?:the )?sick",
        # An outbreak told by where or which one it is ("the second outbreak, on a turkey
        # farm"), and bird flu confirmed or found.
        r"outbreaks? (?:in|on|at|among)",
        # Not "a fresh outbreak of violence": "outbreak of" counts only with an illness.
        r"(?:confirmed|new|second|first|third|latest|suspected|fresh) outbreaks?\b(?! of\b)",
        r"outbreaks? of (?:\w+ )?(?:measles|cholera|ebola|dengue|mpox|bird flu|avian flu|flu|influenza|norovirus|"
        r"legionnaires'?|salmonella|listeria|hepatitis|meningitis|tuberculosis|gastroenteritis|food poisoning|"
        r"disease|virus|infection|fever)",
        r"(?:bird|avian) (?:flu|influenza)\b[^.;]{0,40}?\b(?:confirmed|detected|found|outbreaks?)",
        r"(?:confirmed|detected|found)\b[^.;]{0,40}?\b(?:bird|avian) (?:flu|influenza)",
    ),
    "de": (
        r"masern\w*",
        r"epidemie",
        r"lebensmittelvergiftung\w*",
        r"\w*ausbruch (?:der|von|einer) (?:\w+ )?(?:masern|grippe|cholera|seuche|krankheit|vogelgrippe|legionellen|noroviren)",
        # The outbreak named by its illness ("Norovirus-Ausbruch"), and the sick ("erkrankt").
        r"(?:noro|rota|corona|grippe|masern|cholera|salmonellen|legionellen|magen-darm)\w*-?ausbr(?:u|ü)ch\w*",
        r"erkrankt(?:e|en)?",
        r"magen-darm-\w+",
        r"vogelgrippe\w*",
        r"geflügelpest\w*",
        # Not "ein neuer Ausbruch des Ätna" nor "der Gewalt": an outbreak "of" something is
        # one only with an illness, which the forms above read.
        r"(?:erste[nr]?|zweite[nr]?|dritte[nr]?|neue[nr]?|weitere[nr]?) (?:vogelgrippe-?)?ausbr(?:u|ü)ch\w*"
        r"(?! (?:des|der|von|eines|einer)\b)",
    ),
    "fr": (
        r"épidémies?",
        r"intoxications? alimentaires?",
        r"(?:sont|sont tombée?s|ont été|étaient) malades",
        r"pris de vomissements",
        r"flambée (?:de|d['’])",
        r"(?:cas|foyers?) de (?:rougeole|choléra|grippe aviaire|légionellose|dengue|gastro-entérite|gastroentérite|"
        r"norovirus|salmonellose|covid)",
        r"gastro-?entérites?",
        r"(?:grippe|influenza) aviaire",
        # A "nouveau foyer" is also a new home or a fire's new seat: only with an illness or
        # told confirmed.
        r"(?:premier|deuxième|second|nouveau|troisième) foyer (?:de |d['’])?(?:grippe|influenza|rougeole|choléra|"
        r"contamination|infection|épidémi\w*|gastro\w*|légionellose|covid|salmonellose)",
        r"(?:premier|deuxième|second|nouveau|troisième) foyer\b[^.;]{0,40}?\b(?:confirmé|détecté|déclaré)",
    ),
    "es": (
        r"epidemias?",
        r"intoxicaci(?:ón|ones) alimentarias?",
        r"intoxicad[oa]s",
        r"brotes? (?:de|del)",
        r"casos de (?:sarampión|cólera|dengue|gripe aviar|legionela|gastroenteritis|norovirus|salmonelosis|covid)",
        r"gastroenteritis",
        r"focos? (?:de|del) (?:gripe|influenza) aviar",
        r"(?:gripe|influenza) aviar\b[^.;]{0,40}?\b(?:confirm\w*|detect\w*)",
        r"(?:confirm\w*|detect\w*|presencia)\b[^.;]{0,40}?\b(?:gripe|influenza) aviar",
        # A "nuevo foco" is also a fire's: a foco only with an illness or told confirmed.
        r"(?:primer|segundo|tercer|nuevo|otro) brote",
        r"(?:primer|segundo|tercer|nuevo|otro) foco\b[^.;]{0,40}?\b(?:gripe|influenza|aviar|contagio|infecci\w+|"
        r"confirm\w*|detect\w*)",
    ),
}

# Statements that are themselves the news: a concession, a call on someone, a refusal to
# comment, a warning. Reported as "statement"; any other event of the sentence outranks it.
STATEMENT_CUES: dict[str, tuple[str, ...]] = {
    # Not "said in a statement": how a quotation is attributed, not news of its own; a
    # warning only with what it warns of ("warned that"), not "warnte vor den Folgen".
    # A press conference given or called is a statement of its own.
    "en": (
        r"conceded",
        r"declined to comment",
        r"called on",
        r"urged",
        r"warned that",
        r"(?:press|news) conference",
    ),
    "de": (r"aufgefordert", r"aufgerufen", r"warnte[^.]{0,20}?, dass", r"(?:medien|presse)konferenz"),
    "fr": (
        r"a appelé",
        r"ont appelé",
        r"a exhorté",
        r"a averti que",
        r"a reconnu sa défaite",
        r"conférence de presse",
        r"devant la presse",
    ),
    "es": (r"instó", r"reconoció su derrota", r"advirtió (?:de )?que", r"rueda de prensa"),
}

# What police did to a crowd: a protest's, unless the article reports an accident or a
# disaster and no protest (tear gas fired at a stadium crush is the crush's).
CROWD_CONTROL_CUES: dict[str, tuple[str, ...]] = {
    "en": (r"tear gas", r"water cannons?", r"rubber bullets", r"baton charges?"),
    "de": (r"tränengas", r"wasserwerfer[ns]?", r"gummigeschosse"),
    "fr": (r"gaz lacrymogènes?", r"canons? à eau", r"balles en caoutchouc", r"charges? de police"),
    "es": (r"gases? lacrimógenos?", r"pelotas de goma", r"cargas? policiales?"),
}

# Life stopped by an event: power lost, transport cancelled, roads closed. The disaster,
# accident or strike the article reported before is what did it; else "other".
DISRUPTION_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"without (?:power|electricity|running water)",
        r"power (?:cuts?|outages?)",
        r"blackouts?",
        r"outages?",
        r"(?:electricity|power) (?:supply )?(?:was |has been |had been |is |was being )?(?:restored|back on)",
        r"(?:flights|trains|services|ferries|sailings|buses) (?:[\w-]+ ){0,6}?(?:were|have been|had been|are|was) "
        r"(?:cancelled|canceled|suspended|grounded)",
        r"(?:schools|airport|airports|road|roads|motorway|highway|port|border crossing|station|stations|line|"
        r"tunnels?|bridges?|pass) "
        r"(?:[\w-]+ ){0,8}?(?:were|was|have been|has been|had been|remained|remain|remains|is|are) (?:closed|shut)",
    ),
    "de": (
        r"ohne strom",
        r"stromausfall\w*",
        r"(?:strom|netz)?ausfall(?:s|es)?",
        r"ausfälle[n]?",
        r"strom (?:ist |war )?(?:wieder )?ausgefallen",
        r"(?:saßen|sitzen|blieben|standen) [^.]{0,60}\bim dunkeln",
        r"(?:flüge|züge|verbindungen|fähren)\b[^.]{0,40}?\b(?:gestrichen|annulliert|abgesagt|fielen aus|fallen aus)",
        r"(?:straße|straßen|autobahn|strecke|bahnstrecke|brücke|flughafen)\w*\b[^.]{0,40}?\b(?:gesperrt|geschlossen)",
    ),
    "fr": (
        r"privée?s? d['’]électricité",
        r"sans électricité",
        r"coupures? de courant",
        r"pannes? d['’]électricité",
        r"pannes? de courant",
        r"coupures? d['’]électricité",
        r"privée?s? de courant",
        r"(?:vols|trains|liaisons|ferries)\b[^.]{0,40}?\b(?:annulée?s|supprimée?s|suspendue?s)",
        r"fermée?s? à la circulation",
        # A road, tunnel or line closed: "le tunnel, fermé depuis hier soir".
        r"(?:tunnel|pont|route|autoroute|col|gare|aéroport|ligne)s?\b[^.;]{0,60}?\bfermée?s?\b(?! (?:au public|le dimanche))",
    ),
    "es": (
        r"sin (?:luz|electricidad|suministro eléctrico)",
        r"apagón",
        r"cortes? de (?:luz|suministro)",
        r"(?:vuelos|trenes|conexiones|ferris)\b[^.]{0,40}?\b(?:cancelad[oa]s|suspendid[oa]s)",
        r"(?:carreteras?|vías?|autovía|autopista|calles?)\b[^.]{0,20}?\bcortad[oa]s?",
        r"(?:túnel|túneles|puente|puentes|carretera|autovía|autopista|puerto|aeropuerto|estación|línea)\b[^.;]{0,60}?"
        r"\b(?:permanece|permanecen|sigue|siguen|está|están|queda|quedó|ha sido|fue|continúa|resta) cerrad[oa]s?",
    ),
}

# Words that open the report of another event ("in a separate case"): a sentence holding
# one never continues the incident before it, a denial of a link among them
# (``LINK_DENIAL_CUES``). English's are ``vocabulary.DISTINCT_EVENT_CUES``.
DISTINCT_EVENT_CUES: dict[str, tuple[str, ...]] = {
    "de": (
        r"in einem (?:anderen|weiteren|zweiten|separaten) (?:fall|verfahren|prozess)",
        r"unabhängig davon",
        *LINK_DENIAL_CUES["de"],
        r"(?:ein|eine|einen) (?:weitere[nrs]?|andere[nrs]?|zweite[nrs]?) (?:unfall|brand|streik|prozess|urteil)",
    ),
    "fr": (
        r"dans une (?:autre|seconde|deuxième) affaire",
        r"par ailleurs",
        *LINK_DENIAL_CUES["fr"],
        r"(?:un|une) (?:autre|second|seconde|deuxième) (?:accident|incendie|grève|procès|manifestation)",
    ),
    "es": (
        r"en (?:otro|un segundo) caso",
        r"por otra parte",
        *LINK_DENIAL_CUES["es"],
        r"(?:otro|otra|un segundo|una segunda) (?:accidente|incendio|huelga|juicio|manifestación)",
    ),
}

# A blog's entry or a brief that opens on its event as another case, in the languages the
# cues above leave out ("17:45 - Separate incident in Porto: ...", "In un altro caso",
# "Noutro caso", "In een andere zaak", "En un altre cas"). Read by the daily merge only
# (``ReportEvidence.says_another``): English's "a separate" is in ``vocabulary.DISTINCT_EVENT_CUES``.
OTHER_CASE_CUES: tuple[str, ...] = (
    r"(?:separate|unrelated) (?:incident|case|event)s?",
    r"in un altro (?:caso|episodio)",
    r"(?:noutro|num outro|em outro) caso",
    r"in een (?:andere|aparte) zaak",
    r"en un altre cas",
)

# A blog's entry that opens by going back to a story an earlier entry told, before its
# place ("13:10 - Back to Ferrol: the yard says ...", "Retour à Hannut", "Zurück nach
# Waremme", "De vuelta a Ferrol", "Torniamo a Genova", "De volta a Ferrol", "Terug naar
# Borgworm", "Tornem a Girona"): the entry continues that story (``live_entries``).
RESUMED_STORY_CUES: tuple[str, ...] = (
    r"back to", r"returning to",
    r"zurück (?:nach|zu|in)",
    r"retour (?:à|a|au|en|sur)",
    r"(?:de )?vuelta a", r"volvemos a",
    r"torniamo (?:a|ad|in)",
    r"de volta (?:a|ao|à)", r"voltamos a",
    r"terug naar",
    r"tornem a",
)  # fmt: skip

# An event told as the second or third of its kind, whatever its noun ("eine zweite,
# kleinere Lawine", "un deuxième incendie", "una segunda explosión"), as English's "a second"
# is in ``vocabulary.DISTINCT_EVENT_CUES``. French and Spanish need a word after the ordinal:
# "une seconde" and "un segundo" alone are a second of time. The ordinals are
# ``lexicons.ordinals``'; Italian and Portuguese have no cue here (``daily.passages`` reads
# theirs before a kind's noun: "in un secondo momento" says "later"). Read by the daily merge
# only (``reports.ReportEvidence.says_another``): the engine opens no new incident on them.
# A step of a telling, not an event: "dans un second temps" / "en un segundo momento" /
# "en un segon terme" say "then".
_A_STEP = r"(?! (?:temps|moment|momento|tiempo|plano|plan|lieu|terme|lloc|instant|instante)\b)"
ORDINAL_EVENT_CUES: tuple[str, ...] = (
    rf"(?:ein|eine|einen|einem|einer) {ordinal_pattern('de')}",
    rf"een {ordinal_pattern('nl')}(?= [^\W\d_])",
    rf"(?:un|una) {ordinal_pattern('ca')}{_A_STEP}(?= [^\W\d_])",
    rf"(?:un|une) {ordinal_pattern('fr')}{_A_STEP}(?= [^\W\d_])",
    rf"(?:un|una) {ordinal_pattern('es')}{_A_STEP}(?= [^\W\d_])",
)

# An event told as a repeat of one before it, or as one more at a place told before, by a
# sentence that opens on it ("Schon wieder Kohlenmonoxid in Mühlhagen", "Once again, a lorry
# has shed its load", "Opnieuw ammoniak in Bergen op Zoom", "Ebenfalls in Marein: ..."): the
# day holds two of its kind. Read at the sentence's opening only, in lower case: "police
# again appealed for witnesses" tells an update of one event, not a second one.
REPEATED_EVENT_CUES: tuple[str, ...] = (
    r"(?:once )?again", r"once more", r"yet another",
    r"schon wieder", r"wieder einmal", r"erneut", r"abermals",
    r"encore une fois", r"une fois de plus", r"(?:à|a) nouveau", r"de nouveau",
    r"de nuevo", r"otra vez", r"una vez m(?:á|a)s", r"nuevamente",
    r"di nuovo", r"ancora una volta", r"nuovamente",
    r"outra vez", r"mais uma vez", r"de novo", r"novamente",
    r"opnieuw", r"alweer", r"wederom", r"nogmaals", r"de nou", r"una altra vegada", r"novament",
    # "Ebenfalls in Marein: ...", "Also in Amberfold: ...": another event at a place named before,
    # by its capital ("Auch in der Nacht", "Also in hospital", "También en el hospital" are none).
    r"(?:(?:ebenfalls|auch|also|ook) in|(?:é|e)galement (?:à|a)|aussi (?:à|a)|tambi(?:é|e)n en|anche ad?"
    r"|tamb(?:é|e)m em|tamb(?:é|e) a)(?= (?-i:[A-ZÀ-ÖØ-Þ]))",
    # "Otro susto en Etxebarrieta: un argayo ...", "Another scare at the dam": another event
    # of the day's, whatever its noun; not "another 40 hectares" nor "otro de los heridos".
    r"(?:another|otr[oa]|un autre|une autre|noch (?:ein|eine)|ein weiterer|eine weitere|un altro|un['’]altra"
    r"|outr[oa])(?= (?!(?:of|de|del|des|di|von|one|uno|una|un|um|uma)\b)[^\W\d_])",
)  # fmt: skip
