"""Cues of crime, a kind of general news beside the incident types of ``events.py`` (see
``news_events``): robberies, burglaries, stabbings, hostage-takings, in English, German,
French and Spanish. Lower-case regular expressions matched between word boundaries on
lower-cased text; ``engines/extractive/incidents.py`` reports them as "other"."""

from __future__ import annotations

# What a robber holds up: a place or a van that keeps cash.
_TILLS_EN = (
    r"(?:bank|shop|store|petrol station|service station|gas station|filling station|post office|jeweller'?s|"
    r"jewell?ery (?:shop|store)|supermarket|pharmacy|chemist'?s|bookmaker'?s|kiosk|off-licen[cs]e|"
    r"cash-in-transit van|security van|cashier|casino|bar|restaurant|tobacconist'?s)s?"
)
# What a side or a player wins, is robbed of or makes off with in sport, and what else one
# is robbed of without a theft ("robbed of sleep", "made off with the lion's share").
_PRIZES_EN = (
    r"(?:win|victory|title|points?|goals?|place|chance|lead|draw|medal|glory|equali[sz]er|penalty|trophy|cup|"
    r"sleep|dignity|childhood|honours|spoils|lion['’]s share)\b"
)
# What poachers take from the wild.
_WILD_EN = (
    r"(?:coral|ivory|deer|game|fish|salmon|trout|lobsters?|clams?|shellfish|oysters?|mussels?|sea urchins?|"
    r"urchins?|abalone|eels?|rhinos?|rhino horn|elephants?|birds?|eggs|wildlife|truffles?)"
)
_WEAPONS_DE = r"(?:pistole|schusswaffe|waffe|messer|revolver|gewehr|schreckschusspistole|axt|machete)"
_WEAPONS_FR = r"(?:arme|couteau|pistolet|fusil|revolver|cutter)"

# Crimes, reported as "other" (the schema has no class for them): a robbery, a burglary, a
# stabbing, a murder. The arrest or verdict that follows a crime is what a sentence naming
# both reports ("Police arrested two men after the robbery"). Not "Einbruch" alone: the
# "Einbruch der Kurse" is a fall in prices.
CRIME_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"robbery",
        # Not a side "robbed of a win" or "of all three points", nor one that "felt robbed".
        rf"(?<!felt )(?<!feel )(?<!feels )robbed(?! of (?:a |an |the |their |his |her |its )?(?:[\w-]+ ){{0,2}}{_PRIZES_EN}"
        r"| by (?:the |a )?(?:referee|officials|linesman|var)\b)",
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
        r"cyber-?attacks?",
        r"ransomware",
        r"hack(?:ed|ers)",
        # People held at gunpoint, and what thieves took.
        r"hostages?",
        r"hostage-taking",
        r"barricaded",
        r"stole",
        r"stolen",
        r"thieves",
        r"robbers",
        r"smash-and-grab",
        # A theft, and forged money passed. The singular only: "212 cable thefts this year"
        # is a tally, not an event.
        r"theft",
        r"counterfeit",
        r"fake (?:bank ?)?notes",
        # What a robber or thief does, told by the act rather than its noun: "threatened the
        # cashier at gunpoint", "made off with the maypole", "a petrol station was held up";
        # not traffic "held up" (only a place that keeps cash is held up), nor a holdup of talks.
        r"at (?:gun|knife)-?point",
        rf"made off (?:\w+ ){{0,2}}?with(?! (?:the |a |all |their |three |two )?{_PRIZES_EN})",
        rf"held up (?:a|an|the|two|three) (?:[\w'’-]+ ){{0,2}}?{_TILLS_EN}",
        # The place itself held up, at most its town between ("a petrol station in Harwick was
        # held up"): not "the bank's merger was held up", "shares in the bank", "held up as a model".
        rf"(?<!in the )(?<!of the ){_TILLS_EN}(?: (?:in|at|on|near|outside) [\w'’-]+(?: [\w'’-]+)?)? "
        r"(?:was|were|has been|had been) held up(?! as\b)",
        # Poaching of wild animals or plants, not a club "poaching" a player or an egg.
        r"poachers?",
        rf"{_WILD_EN} poaching",
        rf"poaching of (?:[\w-]+ ){{0,2}}?{_WILD_EN}",
        # The verb only of what no cook poaches ("the chef poached the salmon", "poached eggs").
        r"poach(?:ed|ing) (?:[\w-]+ ){0,2}?(?:coral|ivory|deer|rhinos?|rhino horn|elephants?|wildlife|abalone)",
        rf"poach(?:ed|ing) (?:[\w-]+ ){{0,2}}?{_WILD_EN} (?:from|off|in) (?:the |a )?(?:river|lake|loch|sea|reef|"
        r"coast|estate|park|reserve|wild)",
        # What is taken from the wild against the law: "coral illegally harvested".
        r"illegally (?:taken|harvested|caught|fished|removed|extracted|felled|logged)",
        r"(?:taken|harvested|caught|fished|removed|extracted|felled|logged) illegally",
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
        r"cyberangriff\w*",
        r"hackerangriff\w*",
        r"cyberattacke\w*",
        r"erpressungssoftware",
        r"(?:server|rechner|computer|systeme?)\b[^.]{0,60}\b(?:lahmgelegt|verschlüsselt)",
        r"geiselnahme\w*",
        r"geiseln?",
        r"verschanzt",
        r"gestohlen",
        r"erbeut\w*",
        r"\w*diebstahl\w*",
        r"\w*diebe[n]?",
        r"entwendet",
        r"falschgeld\w*",
        r"gefälschte[nr]? [\w-]*(?:scheine?|banknoten)",
        r"falsche[nmr]? [\w-]*(?:scheine?|banknoten?)",
        r"räuber\w*",
        r"maskierte?n? (?:männer|täter|räuber)",
        r"maskierte[rn]? (?:mann|unbekannter)",
        # A robber by what he wore or by the name police give him, and the idiom of a strike
        # ("schlug ein Unbekannter bei einer Tankstelle zu"); not a "Täter" of a crash alone.
        r"mit (?:einer )?sturmhaube",
        r"unbekannte[rn]? (?:täter|räuber)",
        r"schlug(?:en)? (?:ein |eine |der |die |zwei |drei )?(?:unbekannte[rn]?|maskierte[rn]?|täter|räuber|diebe|"
        r"einbrecher)\b[^.;]{0,80}?\bzu\b",
        # A robber told by the weapon he threatened with, or by what he fled with: "bedrohte
        # die Kassierin mit einer Pistole", "flüchtete mit dem Bargeld", "die Beute".
        rf"bedroh\w*\b[^.;]{{0,60}}?\bmit (?:einer|einem) {_WEAPONS_DE}",
        rf"mit (?:einer|einem) {_WEAPONS_DE}\b[^.;]{{0,40}}?\bbedroh\w*",
        r"(?:flüchtete|flüchteten|flohen|floh|entkam|entkamen)\b[^.;]{0,30}?\bmit (?:dem|der|den) "
        r"(?:bargeld|beute|kasse|tageslosung|tageseinnahmen|geld)",
        # The loot, not the sporting "Beute des Abends" nor a wolf's prey.
        r"(?:mit|ohne) (?:der|ihrer|seiner) beute",
        r"(?:die|ihre|seine) beute (?:im wert|in höhe|bestand|betrug|umfasst)",
        r"wilderei",
        r"wilderer",
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
        r"cyberattaques?",
        r"attaques? informatiques?",
        r"rançongiciels?",
        r"pirat(?:es|age) informatiques?",
        r"prises? d['’]otages?",
        r"otages?",
        r"retranchée?",
        r"forcenée?",
        r"hommes? armée?s?",
        r"dérob\w*",
        r"malfaiteurs",
        r"cambrioleurs",
        r"braqueurs",
        r"butin",
        # Not "vol" alone: it is a flight as often ("le vol AF 447"), and "le vol de câbles"
        # told as a day's background (a correction, a tally) cost the whole flow an actor
        # pair on a development day; who stole, and what was stolen, are cues enough.
        r"voleurs?",
        r"(?:été|sont|est|ont) volée?s?",
        r"faux billets",
        r"fausse monnaie",
        rf"sous la menace d['’](?:une? )?{_WEAPONS_FR}",
        # Not a club that "a braconné un joueur".
        r"braconn(?:age|iers?)",
        r"braconn\w+ (?:du|de la|des|d['’]) ?(?:corail|ivoire|cerfs?|chevreuils?|sangliers?|gibier|poissons?|"
        r"saumons?|truites?|homards?|langoustes?|oursins?|civelles?|anguilles?|oiseaux|œufs|oeufs|truffes?|éléphants?|rhinocéros)",
        r"(?:prélevée?s?|pêchée?s?|arrachée?s?|extraite?s?|abattue?s?) illégalement",
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
        r"ciberataques?",
        r"ataques? informáticos?",
        r"secuestro de datos",
        r"rehenes",
        r"secuestr(?:ó|aron|ado|ados|ada|adas)",
        r"atrincherad[oa]s?",
        r"rob(?:ó|aron|ado|ados|ada|adas)",
        r"ladrones",
        r"atracadores",
        r"botín",
        r"encapuchados",
        r"enmascarados",
        r"hurtos?",
        r"sustra(?:jo|jeron|ído|ída|ídos|ídas)",
        r"billetes falsos",
        r"moneda falsa",
        r"a punta de (?:pistola|navaja|cuchillo|escopeta|arma)",
        r"furtivismo",
        r"(?:pesca|caza|marisqueo|extracción) (?:furtiv[oa]|ilegal)",
        r"(?:cazadores|pescadores|mariscadores|buceadores) furtivos",
        r"(?:extraíd|capturad|pescad|arrancad|talad)[oa]s? ilegalmente",
    ),
    "it": (
        r"rapina",
        r"rapinat[oaie]",
        r"rapinatori",
        r"furto",
        r"furti? in (?:casa|appartamento|abitazione)",
        r"rubat[oaie]",
        r"ladri",
        r"scippo",
        r"accoltellat[oaie]",
        r"omicidio",
        r"uccis[oaie] a colpi",
        r"sparatoria",
        r"aggression[ei]",
        r"aggredit[oaie]",
        r"attacco informatico",
        r"ostaggi",
        r"sequestrat[oaie]",
        r"truffa",
        r"truffat[oaie]",
        r"banconote false",
        r"sotto la minaccia di (?:una |un |un['’])?(?:pistola|coltello|arma|fucile|taglierino)",
        r"bracconier[ie]",
        r"bracconaggio",
        r"di frodo",
        r"(?:pesca|raccolta|prelievo) (?:abusiv[oa]|illegale)",
        r"(?:prelevat|pescat|raccolt|estratt|abbattut)[oaie] illegalmente",
        # Not the side that "ha sottratto tre punti al Milan", nor time taken from a debate.
        r"(?:ha|hanno|è stat[oa]|sono stat[ie]) sottratt[oaie](?! (?:\w+ )?(?:punti|punto|titolo|scudetto|vittoria|"
        r"tempo|spazio|voti|consensi|palla|pallone|gol))",
    ),
    "pt": (
        r"assalto",
        r"assalt(?:ou|aram|ad[oa]s?)",
        r"assaltantes",
        r"roubo",
        r"roub(?:ou|aram|ad[oa]s?)",
        r"ladrões",
        r"furto",
        r"esfaquead[oa]s?",
        r"homicídio",
        r"assassinad[oa]s?",
        r"tiroteio",
        r"baleado",
        r"baleada",
        r"agress(?:ão|ões)",
        r"agredid[oa]s?",
        r"ataque informático",
        r"reféns",
        r"sequestrad[oa]s?",
        r"burla",
        r"burlad[oa]s?",
        r"notas falsas",
        r"à mão armada",
        r"sob (?:a )?ameaça de (?:uma |um )?(?:arma|faca|pistola|navalha)",
        # Not the side that "furtou a vitória".
        r"furt(?:ou|aram|ad[oa]s?)(?! (?:\w+ )?(?:vitória|título|pontos?|golos?|empate|taça|liderança|bola))",
        r"(?:caça|pesca|apanha) (?:furtiva|ilegal)",
        r"(?:extraíd|capturad|pescad|apanhad|arrancad|abatid)[oa]s? ilegalmente",
    ),
}
