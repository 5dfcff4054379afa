"""What kind of event a passage tells, finer than its incident type, in English, German,
French and Spanish, and in Dutch, Catalan, Italian and Portuguese for the daily merge: one
town's bridge collapse and its road crash of the same day are both
"accident", a river's flood and a hillside's wildfire both "disaster". Kinds that one event
often is at once share a kind (a storm that floods a valley, a blast that starts a fire, a
train crash that is a derailment, a quake that brings a building down). Lower-case regular
expressions matched on lower-cased text with accents folded, between word boundaries."""

from __future__ import annotations

import re

from summarizer.text.vocabulary import NO_FIRE_AFTER

# A vehicle that struck or hit something: a road crash whichever verb tells it.
_VEHICLE = r"(?:bus|coach|van|lorry|truck|car|tram|train|lkw|pkw|autobus|camion|voiture|coche|camion)"
# What runs a person down in Italian ("investito da un furgone", "da un pirata della strada").
_ITALIAN_VEHICLE = (
    r"auto\w*|macchin[ae]|vettur[ae]|camion\w*|furgon\w*|tir|pullman|autobus|bus|tram|treno|treni|moto\w*"
    r"|scooter|bici\w*|trattor[ei]|suv|mezz[oi]|veicol[oi]|pirata"
)

# A tree, by the word or the kinds a street's or a park's trees are, in the eight languages
# (not "plane": an aircraft as often).
_TREE = (
    r"(?:trees?|pine|pines|oak|poplar|baume?|pinien?|tannen?|fichten?|eichen?|buchen?|platanen?"
    r"|kiefern?|pappeln?|arbres?|pins?|platanes?|chenes?|peupliers?|arbol(?:es)?|pinos?|platanos?"
    r"|alberi|albero|arvores?|pinheiros?|bomen|boom|pi)"
)

EVENT_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "crash",
        (
            r"crash\w*", r"collid\w*", r"collision\w*", r"pile-up", r"derail\w*",
            # "A train hit a van", "a regional train has hit a van" (a live blog's present perfect).
            rf"{_VEHICLE}e?s? (?:has |have |had )?(?:struck|hit|rammed|ploughed|plowed)",
            # A German participle puts "ge" inside the verb: "sind zusammengestossen".
            r"zusammen(?:ge)?st(?:o|oe)(?:ss|ß)\w*", r"zusammen(?:ge)?prallt\w*",
            r"kollid\w*", r"kollision\w*", r"auffahrunfall\w*",
            r"prallt\w*", r"entgleis\w*", r"verkehrsunfall\w*",
            r"carambolage\w*", r"percut\w*", r"deraill\w*",
            r"choque\w*", r"choco", r"chocaron", r"colision\w*", r"atropell\w*", r"descarril\w*",
            r"(?:ketting)?botsing\w*", r"bots(?:t|te|ten)", r"aanrijding\w*", r"ontspor\w*",
            r"xocs?", r"col[·.]?lisi\w*",
            # Italian and Portuguese ("due parapendii si sono scontrati", "colisão"). Hit by a
            # vehicle only: "investito da una valanga", "da una frana", "da una tempesta" is
            # an avalanche, a landslide, a storm.
            r"scontrat[oaie]", r"scontro frontale", r"tamponament\w*", r"deragliat\w*", r"deragliament\w*",
            rf"investit[oaie] da (?:(?:un|una|uno)\s+|un['’]\s*)?(?:{_ITALIAN_VEHICLE})", r"colis(?:ao|oes)", r"colid\w*", r"atropelad[oa]s?", r"atropelament\w*",
            # Portuguese says a train or a car "colheu" what it hit ("o comboio colheu uma
            # carrinha", "foi colhido por um carro"), and "embateu" of what ran into something.
            # Not "colheu" alone: a farmer "colheu as uvas" (harvested).
            r"colh(?:eu|eram) (?:um|uma|dois|duas)", r"colhid[oa]s? (?:por|pelo|pela)",
            r"embat(?:eu|eram)",
        ),
    ),
    (
        "collapse",
        (
            r"collaps\w*", r"gave way", r"caved in", r"(?:earth)?quakes?", r"tremors?",
            r"einst(?:u|ue)rz\w*", r"eingest(?:u|ue)rzt", r"erdbeben\w*",
            r"effondr\w*", r"seismes?", r"tremblement de terre",
            r"derrumb\w*", r"desplom\w*", r"terremotos?", r"se(?:i)?smos?",
            r"ingestort\w*", r"instort\w*", r"aardbeving\w*",
            r"esfondr\w*", r"ensorr\w*", r"terratremols?",
            r"crollat[oaie]", r"croll(?:o|i)", r"sism[ai]", r"sismos?",
            r"desab(?:ou|aram|ad[oa]s?|amentos?)", r"ruiu", r"ruiram",
            # A tree that fell on a bus stop, a car, a house: told by its fall in every
            # language, as Italian tells it by its "crollo". The tree is named: a man who
            # "ist gestürzt" or "est tombé" fell, and a government "gestürzt" was overthrown.
            rf"{_TREE} (?:has |had |have )?(?:fell|fallen|come down|came down|toppled)",
            r"fallen trees?", r"tree[ -]?falls?",
            rf"{_TREE} (?:[\w'’]+ ){{0,6}}?(?:umge|ge)st(?:u|ue)rzt", r"baumst(?:u|ue)rz\w*",
            rf"{_TREE} (?:[\w'’]+ ){{0,3}}?(?:tombee?s?|abattue?s?|deracinee?s?|cayo|cayeron|caido"
            r"|caduto|caduti|caiu|cairam|tombou|omgevallen|gevallen|omgewaaid|caigut|va caure)",
            r"(?:chute|caida|caduta|queda) d(?:e|i|['’])\s?(?:un|una|um|uma)?\s?"
            r"(?:arbre|arbol|albero|arvore|pin|pino|pinheiro)s?",
        ),
    ),
    (
        "fire",
        (
            # Not the service that fights fires ("the Brunswick fire service said"): it
            # speaks of every kind of event.
            rf"fires?(?!\s+{NO_FIRE_AFTER}\b)",
            r"wildfires?", r"blazes?", r"explosions?", r"exploded", r"blasts?",
            r"brand", r"brande?s?", r"brande", r"waldbr(?:a|ae)nde?\w*", r"gro(?:ss|ß)brand\w*",
            r"explodiert\w*",
            r"incendies?", r"feux de (?:foret|broussailles|vegetation)", r"explose\w*",
            r"incendios?", r"fuegos?", r"llamas", r"explosion(?:es)?",
            r"(?:woning|bos|binnen|zolder|keuken|auto|schuur|natuur|uitslaande)brand(?:en)?",
            r"explosies?", r"ontplof\w*",
            r"incendis?", r"explosio(?:ns)?",
            # A charge set off: "détruit à l'explosif", "van fer esclatar el caixer", "hicieron
            # estallar", "fatto esplodere", "explodiu" (not "esclatar" or "estallar" alone: a
            # war or a protest breaks out so too). Not "un engin explosif" found or feared (a
            # bomb alert), nor Italy's finance police, "le Fiamme Gialle".
            r"(?:a l['’]|aux |a l['’]aide d['’])explosifs?",
            r"(?:fer|fan|feien|fet) esclatar", r"(?:hicieron|hizo|hacer|hacen) estallar",
            r"esplosion[ei]", r"esplo(?:s[oaie]|d\w*)", r"explosao", r"explosoes", r"explod\w*",
            r"fiamme(?! (?:gialle|oro|azzurre|cremisi)\b)",
        ),
    ),
    (
        "weather",
        (
            r"floods?", r"flooding", r"flooded", r"flash floods?", r"storms?", r"hurricanes?",
            r"typhoons?", r"cyclones?", r"tornado(?:es|s)?", r"landslides?", r"mudslides?",
            r"torrential", r"downpours?",
            r"hochwasser", r"(?:u|ue)berschwemm\w*", r"(?:u|ue)berflut\w*", r"unwetter\w*",
            # Not a robber's "Sturmhaube" or "Sturmmaske" (a balaclava) nor a "Sturmgewehr"
            # (an assault rifle): a robbery's words, no storm's. Nor police or fans storming
            # a flat or a pitch ("stürmte", "stürmten", "stürmt"), an assault ("Sturmangriff",
            # "Sturmtrupp"), a striker ("Stürmer") or the football club SK Sturm Graz.
            r"sturm(?!haube|maske|gewehr|angriff|trupp|tes?\b|ten\b|t\b|er\b|ern\b|erin|\s+graz)\w*",
            r"orkan\w*", r"starkregen", r"erdrutsch\w*",
            r"inond\w*", r"crues?", r"tempetes?", r"orages?", r"intemperies", r"glissements? de terrain",
            r"inundaci\w*", r"inundad\w*", r"riadas?", r"desbord\w*", r"tormentas?", r"temporal(?:es)?",
            r"huracan\w*", r"lluvias torrenciales", r"danas?", r"gota fria",
            r"overstrom\w*", r"wateroverlast", r"noodweer", r"aardverschuiving\w*",
            r"aiguats?", r"tempest(?:a|es)", r"riuad(?:a|es)", r"esllavissad\w*",
            # Rock coming down a slope: a landslide's kind in every language.
            r"rock ?falls?", r"rockslides?", r"eboulements?", r"felsst(?:u|ue)rz\w*", r"steinschlag\w*",
            r"fran(?:a|e)", r"desprendimientos?", r"deslizamentos?", r"derrocadas?",
            r"alluvion[ei]", r"inondazion[ei]", r"esondazion[ei]", r"esondat[oaie]", r"nubifragi[oa]",
            r"maltempo", r"inundac(?:ao|oes)", r"inundad[oa]s?", r"cheias(?! de\b)", r"enchentes?", r"tempestades?",
        ),
    ),
    (
        "heat",
        (
            r"heat ?waves?", r"heat", r"hitzewelle\w*", r"hitze", r"canicules?", r"vagues? de chaleur",
            r"olas? de calor", r"hittegolf\w*", r"onad(?:a|es) de calor",
            r"ondat[ae] di calore", r"ondas? de calor", r"canicola",
        ),
    ),
)  # fmt: skip

EVENT_KIND_PATTERN = re.compile(
    "|".join(rf"(?P<{kind}>\b(?:{'|'.join(cues)})\b)" for kind, cues in EVENT_KINDS)
)
