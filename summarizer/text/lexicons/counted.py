"""What a figure counts, in English, German, French, Spanish, Italian, Portuguese, Dutch and
Catalan (read by the daily merge, ``language.MERGED``): the
words that make two figures one measure whatever language each source wrote ("12 morts",
"30 décès", "two dead", "ningún fallecido", "cinque feriti" all count people injured or
killed). Lower case, accents folded (see
``text.accents.fold_accents``)."""

from __future__ import annotations

from summarizer.text.lexicons.harm import COUNTED_HARM
from summarizer.text.vocabulary import words

# Words for people, or for none or one of them ("No one was killed", "niemand", "personne"),
# and for a family's people ("cinque familiari", "Angehörige"), who are no group of their own.
PEOPLE = words(
    """
    one nobody none anyone anybody body person persons people
    menschen mensch personen person leute niemand einwohner
    personne personnes gens habitants
    persona personas nadie gente habitantes
    persone nessuno abitanti
    pessoa pessoas ninguem
    relatives angehorige angehorigen familiari familiares
    mensen personen persoon niemand inwoners familieleden
    persones ningu habitants familiars
    """
)
# "Three others were injured", "deux autres", "otros tres", "drei weitere": in a toll, more of
# the people it counts (never what a count of things closes on: see ``daily.measures``).
OTHERS = words("others autres otros otras andere anderen weitere weiteren altres")
# Counts of the harm rather than of the people ("six deaths", "30 décès", "300 Evakuierte",
# "1.200 desalojados"): the table of harm words (``lexicons.harm``).
HARM = COUNTED_HARM
# A share of voters who voted, however a source says it.
TURNOUT = words("turnout wahlbeteiligung participation participacion")

# What else a figure counts, as one English word for every language's words for it
# ("Feuerwehrleute", "pompiers", "bomberos" are firefighters), plural and singular.
_THINGS = {
    "firefighter": """firefighter firefighters feuerwehrleute feuerwehrmann feuerwehrmanner
        einsatzkrafte pompier pompiers sapeurs-pompiers bombero bomberos pompieri bombeiros""",
    "officer": """officer officers policeman policemen polizist polizisten polizeibeamte
        policier policiers gendarmes policia policias poliziotti carabinieri policiais""",
    "soldier": """soldier soldiers soldat soldaten soldats soldado soldados militaires militares soldati
        militari""",
    "civilian": "civilian civilians zivilist zivilisten civil civils civiles civili civis",
    "child": """child children kind kinder enfant enfants nino ninos nina ninas menores bambini bambine
        minori criancas""",
    "woman": "woman women frau frauen femme femmes mujer mujeres donna donne mulher mulheres",
    "man": "man men mann manner homme hommes hombre hombres uomo uomini homem homens",
    "worker": """worker workers employee employees staff personnel arbeiter beschaftigte beschaftigten
        mitarbeiter mitarbeitende angestellte salaries travailleurs employes trabajadores
        empleados lavoratori dipendenti operai trabalhadores funcionarios empregados""",
    "striker": "striker strikers streikende streikenden grevistes huelguistas",
    "passenger": """passenger passengers passagier passagiere fahrgast fahrgaste passagers voyageurs
        pasajeros viajeros passeggeri viaggiatori passageiros""",
    "resident": """resident residents neighbour neighbours neighbor neighbors bewohner anwohner
        nachbarn voisins riverains vecinos residentes residenti moradores""",
    "doctor": "doctor doctors arzt arzte medecin medecins medico medicos medici",
    "nurse": """nurse nurses pflegekrafte pflegekraft krankenschwestern infirmiere infirmieres
        infirmiers enfermera enfermeras enfermeros infermieri infermiere
        enfermeiros enfermeiras""",
    "teacher": """teacher teachers lehrer lehrerinnen lehrkrafte enseignants professeurs profesores
        docentes maestros insegnanti docenti professori professores""",
    "driver": """driver drivers fahrer lokfuhrer chauffeur chauffeure conducteurs chauffeurs conductores
        maquinistas autisti conducenti motoristas""",
    "student": """student students pupil pupils schuler studenten eleves etudiants estudiantes alumnos
        alunni alunos studenti estudantes""",
    "protester": """protester protesters demonstrator demonstrators demonstranten manifestants
        manifestantes manifestanti""",
    "participant": """participant participants attendees teilnehmer teilnehmende asistentes participantes
        partecipanti""",
    "voter": "voter voters wahler electeurs votantes elettori eleitores",
    "patient": "patient patients patienten patientinnen pacientes pazienti",
    # A family's, a club's or a crew's members ("vier Familienmitglieder", "15 Mitglieder der
    # Tippgemeinschaft", "five members of one family"); a club's or a society's are its
    # "soci", "socios", "sócios" ("I 14 soci della società di giocatori").
    "member": """member members mitglied mitglieder membre membres miembro miembros membro membri membros
        soci socio socios socias""",
    # What a data breach counts: a patient's file, record or data, however a source says it.
    "record": """records file files dossier dossiers akte akten datensatz datensatze daten data
        donnee donnees expediente expedientes historiales registros datos""",
    # A power cut's or a flood's households are its homes ("18,000 homes", "18.000 Haushalte").
    "home": """home homes house houses household households hauser haushalte wohnungen maisons
        logements habitations foyers menages viviendas casas hogares""",
    "building": "building buildings gebaude batiments edificios",
    # Italian "mezzi" ("2.200 mezzi di sgombero", "mezzi di soccorso") and Portuguese
    # "viaturas" are the vehicles of a service, as "véhicules" and "Fahrzeuge" are.
    "vehicle": """vehicle vehicles car cars fahrzeuge autos pkw vehicules voitures vehiculos coches
        veicolo veicoli automobili mezzi veiculo veiculos carros viatura viaturas""",
    # People named by what they were doing ("douze plongeurs", "14 Tauchern"): see
    # ``ACTIVITY_PEOPLE``.
    "diver": """diver divers taucher taucherin taucherinnen tauchern plongeur plongeurs plongeuse
        plongeuses buceador buceadores buceadora buceadoras subacqueo subacquei sommozzatore
        sommozzatori mergulhador mergulhadores""",
    "drone": "drone drones drohne drohnen",
    "camper": "camper campers campeur campeurs campista campistas",
    # Who did it, however a source names them ("three attackers", "Täter", "atracadores"),
    # thieves and pickpockets too ("four suspected pickpockets", "tres presuntos carteristas").
    "perpetrator": """attacker attackers assailant assailants robber robbers perpetrator perpetrators
        gunmen tater angreifer rauber agresseurs braqueurs malfaiteurs atracadores asaltantes
        agresores ladrones kidnapper kidnappers entfuhrer ravisseur ravisseurs secuestrador
        secuestradores thief thieves dieb diebe voleur voleurs ladron ladri ladrao ladroes
        pickpocket pickpockets taschendieb taschendiebe carterista carteristas borseggiatore
        borseggiatori borseggiatrici carteirista carteiristas""",
    # Heavy goods vehicles and aircraft: ``daily.figures.measure_of`` reads a count's first
    # and last word, so "(une quarantaine de) poids lourds (bloques)" counts by either of
    # its words, "medios aereos" by its last.
    "lorry": """lorry lorries truck trucks lkw lastwagen lastkraftwagen sattelzuge camion camions
        poids lourds camiones camiao camioes caminhao caminhoes""",
    "aircraft": """aircraft airplane airplanes aeroplanes planes flugzeuge luftfahrzeuge aeronefs
        avions aeriens aeronave aeronaves aviones aereos aerei avioes""",
    # What goods are counted by, whatever a report calls the unit: a smuggler's cigarettes
    # by the carton ("1.250 cartones", "more than 1,200 cartons", "Stangen Zigaretten",
    # "stecche di sigarette"), a cheese by the wheel ("37 meules", "24 forme di
    # formaggio", "Käselaibe", "hormas de queso"). Never the packs a carton holds ("packs",
    # "paquetes", "Schachteln"), nor the weight a seizure is also given in: other counts.
    "carton": "carton cartons stange stangen carton cartones stecca stecche",
    "wheel": "wheel wheels laib laibe meule meules horma hormas rueda ruedas forma forme roda rodas",
    # What waste, oil or chemicals are counted in ("42 drums of drug waste", "42 vaten met
    # drugsafval", "une quarantaine de fûts"). Not "tonnes": a weight, in English as in Dutch.
    "barrel": """barrel barrels drum drums cask casks jerrycans fass fasser fassern kanister
        futs tonneaux bidons barril barriles bidones fusti barili bidoni barris bidoes""",
}
# The same things in Dutch and Catalan, read by the daily merge (``language.MERGED``). Not
# Catalan "bombers" (English bombers are aircraft) nor "home(s)" (English homes), and no
# passenger cars ("personenwagens", "cotxes"): a pile-up's 20 cars and its 23 vehicles are no
# dispute.
_DUTCH_CATALAN_THINGS = {
    "firefighter": "brandweerlieden brandweerlui brandweermannen",
    "officer": "agenten politieagenten agents",
    "child": "kinderen nens nenes infants",
    "woman": "vrouw vrouwen dona dones",
    "man": "mannen",
    "worker": "werknemers arbeiders medewerkers personeelsleden treballadors treballadores empleats",
    "passenger": "passagiers reizigers passatgers viatgers",
    "resident": "bewoners omwonenden buurtbewoners buren veins veines",
    "doctor": "artsen dokters metges",
    "nurse": "verpleegkundigen infermers infermeres",
    "teacher": "leraren leerkrachten mestres",
    "driver": "bestuurders automobilisten conductors",
    "student": "leerlingen scholieren alumnes estudiants",
    "voter": "kiezers votants",
    "patient": "pacients",
    "home": "woningen huizen huishoudens habitatges llars",
    "building": "gebouwen edificis",
    "vehicle": "voertuigen",
    "perpetrator": "daders overvallers lladres atracadors dieven zakkenroller zakkenrollers carteristes",
    "lorry": "vrachtwagens",
    "aircraft": "vliegtuigen",
    "carton": "slof sloffen cartro cartrons",
    "wheel": "wiel wielen roda rodes",
    "barrel": "vaten barrels bidons barrils",
}
THINGS: dict[str, str] = {
    word: thing
    for table in (_THINGS, _DUTCH_CATALAN_THINGS)
    for thing, block in table.items()
    for word in words(block)
}

# Jobs, counted by what befell them (``daily.measures.job_measure``): jobs cut and jobs created
# in one story are two counts ("85 emplois supprimés" and "60 créations d'emplois"), but "120
# jobs lost" and "85 emplois supprimés" one. Nouns accents folded, as a count's first,
# second ("new jobs", "abgebaute Arbeitsplätze") or last word; the cuts and creations may
# stand anywhere in its phrase. Jobs only threatened ("emplois
# menacés") are neither.
JOBS = words("jobs job emplois emploi empleos empleo arbeitsplatze arbeitsplatz empregos emprego")
# Posts that are jobs only as posts of work ("posti di lavoro", "puestos de trabajo", "postes de
# travail"): alone, "posti" are seats and "postes" police stations; so are "Stellen" places.
WORK_POSTS = words("posti puestos postes postos")
WORK = words("lavoro trabajo travail trabalho")
JOB_CUTS = words(
    """lost lose losing cut cuts axed shed slashed eliminated scrapped go going
    supprimes supprimees supprimer suppression suppressions perdus detruits
    abgebaut abgebaute abgebauten abbau gestrichen gestrichene gestrichenen streichen wegfallen
    wegfallende verloren verlorene verlorenen
    suprimidos suprimidas eliminados eliminadas perdidos perdidas recortados destruidos despidos
    tagliati soppressi persi eliminati cortados extintos"""
)
JOB_CREATIONS = words(
    """created create creating new creation creations crees creees nouveaux nouvelles
    geschaffen geschaffene schaffen neue neuen creados creadas nuevos nuevas creacion
    creati nuovi creazione criados novos criacao"""
)

# People brought out of danger, counted as such whoever the report says they were ("four
# kayakers rescued", "gerettete Kajakfahrer", "cinq baigneurs secourus", "personas
# rescatadas"): one measure, never one with the injured, the evacuated or the rescuers.
# People saved are rescued too ("personnes sauvées", "banhistas salvos"); jobs saved are no
# people (``daily.measures``). Not "geborgen" ("Leichen geborgen").
RESCUED = words(
    """rescued saved gerettet gerettete geretteten gerettetes
    secouru secourus secourue secourues repeche repeches repechee repechees sauves sauvees
    rescatado rescatados rescatada rescatadas socorrido socorridos socorrida socorridas
    salvados salvadas soccorso soccorsi soccorsa soccorse salvati salvate
    resgatado resgatados resgatada resgatadas salvos salvas"""
)
# The same in Dutch and Catalan, for the daily merge: "geredde zwemmers", "banyistes rescatats".
RESCUED |= words("gered geredde rescatat rescatats rescatada rescatades")
# The dead brought out ("two bodies pulled from the water"): recovered, never rescued.
REMAINS = words(
    "bodies body leichen leiche corps cadavres cuerpos cadaveres corpi cadaveri corpos lichamen lijken cossos"
)
# A rescue told as a phrase, on a count's words lowercased, accents folded and joined by
# single spaces: out of the water, or to safety or ashore.
RESCUED_PHRASES = (
    r"\b(?:taken|pulled|plucked|lifted|winched|hauled|dragged|airlifted|fished|recovered) (?:from|out of|off) "
    r"(?:the )?(?:water|sea|river|lake|surf|waves|ice)\b"
    r"|\b(?:brought|taken|winched|airlifted|led|helped|carried|pulled|guided) (?:to safety|ashore)\b"
    r"|\b(?:sortis?|sorties?|tires?|tirees?) de l eau\b|\bmis(?:es)? a l abri\b"
    r"|\baus dem wasser (?:gezogen|geholt)\b|\bin sicherheit gebracht\b"
    r"|\b(?:sacad|pues)[oa]s? (?:del agua|a salvo)\b"
    r"|\b(?:tratt|mess)[ie] in salvo\b|\b(?:retirad|colocad)[oa]s? (?:da agua|em seguranca)\b"
)

# What a percentage is a share of, beside turnout: one incident's "70% of doctors" and "a 5%
# pay rise" are two measures, never a conflict. Words for people (``PEOPLE``, and the
# people of ``THINGS``) make a share of people; these the other shares. How many followed
# a strike ("seguimiento", "suivi", "Streikbeteiligung") is a share of people.
_SHARES = {
    "vote": """vote votes ballot ballots stimmen wahlerstimmen zweitstimmen voix suffrages voto
        votos sufragios""",
    "price": "price prices preis preise prix precio precios inflation inflacion",
    "pay": """pay wage wages salary salaries lohn lohne gehalt gehalter lohnerhohung salaire
        salaires remuneration salario salarios sueldo sueldos""",
    "people": "seguimiento suivi streikbeteiligung beteiligung",
}
SHARES: dict[str, str] = {word: share for share, block in _SHARES.items() for word in words(block)}
# The things of ``THINGS`` that are people: a share of any of them is a share of people.
PEOPLE_THINGS = frozenset(
    words(
        """firefighter officer soldier civilian child woman man worker striker passenger
        resident doctor nurse teacher driver student protester participant voter member diver"""
    )
)
# Who suffered what a thing of ``THINGS`` did, in every language read, accents folded:
# "pickpocket victims" and "car crash victims" count the victims, never the pickpockets or
# the cars their first word names (``daily.measures.head_thing``). With the words a report
# of a fraud or a theft names its victims by as those it harmed ("gedupeerden",
# "Geschädigte", "perjudicados", "lesados"): one count of victims however each report
# words it (``daily.measures.measure_of``). Not Spanish "damnificados" nor Catalan
# "damnificats": a disaster's people who lost home or goods, never its "víctimas" (dead).
VICTIMS = words(
    """victim victims victime victimes victima victimas vitima vitimas vittima vittime opfer
    opfern slachtoffer slachtoffers gedupeerde gedupeerden geschadigte geschadigten
    perjudicado perjudicados perjudicada perjudicadas lesado lesados lesada lesadas truffati
    truffate perjudicats"""
)
# People of ``THINGS`` named by the activity they were about ("plongeurs", "Taucher"): in a
# toll, its victims as such (a diving accident's dead diver is its dead, as "Skifahrer
# getötet" are: ``daily.measures.measure_of``); beside it, the group of that activity ("la
# palanquée de douze plongeurs"), which two reports may count differently.
ACTIVITY_PEOPLE = frozenset({"diver"})
# People of ``THINGS`` named only by the group they belong to, which the story names ("five
# members of one family", "15 Mitglieder der Tippgemeinschaft"): in a toll, its victims as
# such (``daily.measures.measure_of``), where firefighters hurt are a part of it.
BELONGING = frozenset({"member"})
# People of ``THINGS`` that a report may count as the wider group they belong to: the
# pupils of a school canteen are its children, a strike's strikers its workers, a march's
# protesters its participants. A count of one and a count of the other may be one count,
# as a count of people and of any people may (``daily.measures.one_count``).
OVERLAPPING_PEOPLE = frozenset(
    frozenset(pair) for pair in (("student", "child"), ("striker", "worker"), ("protester", "participant"))
)

# The words for "the number" of a count in each language, as written, accents kept ("put
# the number of injured at twelve", "eleva la cifra a", "ce qui porte le bilan à deux
# morts", "die Zahl der Toten"): the one list a restated count (``daily.figure_speakers``)
# and a running total (``daily.figure_updates``) are read by.
NUMBER_WORDS: dict[str, frozenset[str]] = {
    "en": words("number figure toll tally count total estimate crowd"),
    "de": words("zahl anzahl gesamtzahl bilanz"),
    "fr": words("nombre chiffre bilan compteur total estimation"),
    "es": words("número cifra balance recuento saldo total estimación"),
    "it": words("numero cifra bilancio conteggio totale stima"),
    "pt": words("número balanço contagem total estimativa"),
    "nl": words("aantal cijfer teller totaal schatting balans"),
    "ca": words("nombre xifra balanç recompte total estimació"),
}

# Verbs a source gives a figure with, beside the lexicons' verbs of saying ("the commission
# put turnout at 61%", "le syndicat compte 30 morts", "la empresa cifró en 1.500",
# "die Polizei bezifferte"): as written, accents kept (see ``daily.claims``).
COUNTING_VERBS: dict[str, frozenset[str]] = {
    "en": words("put puts counted counts recorded records registered registers tallied tallies gave gives"),
    "fr": frozenset(
        {"compte", "comptent", "a compté", "ont compté", "comptabilise", "a comptabilisé", "recense",
         "a recensé", "dénombre", "a dénombré", "chiffre", "a chiffré", "évalue", "a évalué", "fait état de",
         "avance", "annonce", "annoncent", "font état de", "ont fait état de", "recensent", "dénombrent",
         "chiffrent", "évaluent", "comptabilisent", "avancent"}
    ),
    "de": frozenset(
        {"zählt", "zählte", "zählten", "beziffert", "bezifferte", "bezifferten", "meldet", "meldete",
         "meldeten", "spricht von", "sprach von", "sprechen von", "sprachen von", "nennt", "nannte", "nennen",
         "nannten", "gab an", "gaben an", "melden", "zählen", "beziffern"}
    ),
    "es": frozenset(
        {"cifra", "cifró", "cifran", "cifraron", "contabiliza", "contabilizó", "calcula", "calculó", "eleva",
         "elevó", "elevan", "registra", "registró", "informa", "informó", "habla de", "habló de", "hablan de",
         "contabilizan", "calculan", "registran", "informan"}
    ),
    "nl": frozenset(
        {"telt", "telde", "tellen", "houdt het op", "hield het op", "spreekt van", "sprak van",
         "raamt", "raamde", "becijfert", "becijferde"}
    ),
    "ca": frozenset(
        {"xifra", "xifren", "va xifrar", "compta", "comptabilitza", "va comptabilitzar", "parla de",
         "va parlar de", "eleva", "va elevar", "calcula", "va calcular"}
    ),
}  # fmt: skip

# Words that give a figure on the word of unnamed officials ("the official toll (12)", "le
# bilan officiel", "die amtliche Zahl", "la cifra oficial"): a party of its own beside one
# an article names (see ``daily.claims``).
OFFICIAL_WORDS: frozenset[str] = frozenset(
    {"official", "officials", "officially", "officiel", "officielle", "officiels", "officielles", "officiellement",
     "offiziell", "offizielle", "offiziellen", "offizieller", "amtlich", "amtliche", "amtlichen",
     "oficial", "oficiales", "oficialmente", "officieel", "officiële", "officiele", "oficials",
     "oficialment"}
)  # fmt: skip

# Words that make a figure part of a count the text has given (``daily.subcounts``): after
# it, "five of the injured", "8 of them", "cinq d'entre elles", "dos de ellos", "drei von
# ihnen", "due dei quali", "dois deles"; before it, "including three children", "among them",
# "dont deux enfants", "darunter zwei Kinder", "entre ellos dos menores", "tra cui due
# bambini", "incluindo três crianças". Lower case, accents folded.
PART_AFTER = r"""(?:of|among)\s+(?:the|them|those|whom|these)|d'entre|d’entre|parmi\s+(?:eux|elles|les)|de\s+(?:ellos|ellas|los|las)|von\s+(?:ihnen|denen|den)|davon|unter\s+(?:ihnen|den)|(?:dei|delle)\s+quali|(?:di|tra|fra)\s+(?:loro|essi|esse)|dei|delle|degli|(?:dos|das)\s+quais|deles|delas|(?:dos|das)(?=\s+[a-z])|van\s+(?:hen|wie|de|het)|daarvan|d'(?:ells|elles)|d’(?:ells|elles)|dels|de\s+les"""
PART_BEFORE = r"""including|among\s+(?:them|those|whom)|of\s+whom|dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|y\s+compris|darunter|davon|von\s+(?:ihnen|denen)|unter\s+ihnen|incluidos|incluidas|incluyendo|entre\s+(?:ellos|ellas|los\s+que|las\s+que)|de\s+(?:los|las)\s+cuales|(?:tra|fra|di)\s+cui|(?:tra|fra)\s+(?:i|le)\s+quali|compres[ie]|inclus[ie]|entre\s+(?:eles|elas|os\s+quais|as\s+quais)|(?:dos|das)\s+quais|incluindo|waaronder|onder\s+(?:wie|hen)|van\s+wie|inclusief|entre\s+(?:ells|elles|els\s+quals|les\s+quals)|inclosos|incloses"""
# A partitive that names its whole ("five of the injured", "trois parmi les blessés", "dos de
# los heridos", "zwei von den Verletzten", "tre dei feriti", "dois dos feridos"), not a pronoun for it ("of them", "d'entre eux"):
# its whole is what it names, never a count the text gave before (``daily.subcounts``).
PART_NAMED = r"""(?:of|among)\s+the|parmi\s+les|de\s+(?:los|las)(?!\s+cuales)|von\s+den|unter\s+den|(?:dei|delle|degli)(?!\s+quali)|(?:dos|das)(?!\s+quais)|van\s+de|onder\s+de|dels|de\s+les"""

# How badly people were hurt, in en, fr, de, es, it, pt ("two seriously injured", "deux
# blessés graves", "zwei Schwerverletzte", "tres heridos graves", "due feriti gravi", "in
# condizioni serie"): the serious cases of a toll are some of its injured, never all of them
# by definition (``daily.subcounts.told_by_severity``). Light injuries are no such mark: "la
# police ne parle que de deux blessés légers" is the police's whole toll.
SEVERITY = words(
    """
    serious seriously critical critically severe severely badly
    grave graves grievement critique critiques
    schwer schwerer schweren schwerverletzt schwerverletzte schwerverletzten schwerstverletzte
    schwerstverletzten lebensgefahrlich lebensgefahrliche kritisch
    gravemente critico criticos critica criticas
    gravi serie seri critici
    zwaargewond zwaargewonde zwaargewonden ernstig ernstige kritiek kritieke levensgevaar
    greu greus critic critics critiques
    """
)

# Several operations or events a count is the sum of ("1.345 cartones ... en dos actuaciones",
# "in the two raids", "bei beiden Einsätzen", "lors des deux opérations", "nelle due
# operazioni", "bij beide acties", "en les dues actuacions"): "both" or a number word of two to
# four, then the plural of an operation or of an event (``daily.figure_standing``). Lower
# case, accents folded.
SEVERAL = words(
    """both two three four deux trois quatre beide beiden zwei drei vier dos ambas ambos tres cuatro
    due entrambe entrambi tre quattro duas dois quatro twee drie dues"""
)
OPERATIONS = words(
    """operations raids seizures interventions searches checks checkpoints incidents accidents attacks
    thefts burglaries robberies
    operations interventions saisies perquisitions controles affaires incidents accidents attaques vols
    cambriolages braquages
    einsatzen einsatze aktionen kontrollen razzien razzias durchsuchungen zugriffen vorfallen unfallen
    uberfallen einbruchen diebstahlen
    actuaciones operaciones operativos intervenciones redadas registros controles incautaciones
    incidentes accidentes ataques robos asaltos
    operazioni interventi controlli perquisizioni sequestri incidenti attacchi furti rapine
    operacoes intervencoes apreensoes buscas rusgas incidentes acidentes ataques furtos assaltos
    acties operaties invallen controles huiszoekingen incidenten ongevallen aanvallen diefstallen
    overvallen inbraken
    actuacions operacions intervencions escorcolls batudes controls incidents accidents atacs robatoris"""
)
