"""Falls, in every language the engine reads: a tree, a branch, a scaffold, a panel or a
lights arch that came down on something ("a large pine tree has come down on a bus
shelter", "un platano è caduto in via Cantore", "eine Pinie ist auf ein Buswartehäuschen
gestürzt"), and a person who fell from a height ("fell from a first-floor balcony", "cayó
desde un andamio", "stürzte vier Meter tief von einem Gerüst"). Regional news tells such an
accident by its verb alone, with no word for an accident; ``engines/extractive/incidents.py``
reports it as one.

Each cue needs what fell (a physical thing) or where from (a height), so prices, shares, a
government, a wall in 1989, night, snow or a decision that "fell" is none ("prices fell from
a record", "il governo è caduto", "la décision est tombée", "die Entscheidung ist gefallen").
Lower-case regular-expression fragments, matched on lower-cased text between word bounds."""

from __future__ import annotations

import re

# A tree, told by itself: its fall is the news ("a second tree has fallen", "l'albero è
# caduto"). Only the verb may stand between, so "Christmas tree sales fell" is no fall.
_TREES = {
    "en": r"(?:trees?|pines?|oaks?|poplars?|branch(?:es)?)",
    "de": r"(?:\w*(?:baum|bäume)|pinien?|kiefern?|platanen?|pappeln?|äste|ast)",
    "fr": r"(?:arbres?|pins?|platanes?|peupliers?|chênes?|branches?)",
    "es": r"(?:árbol(?:es)?|pinos?|chopos?|robles?|ramas?)",
    "it": r"(?:alber[oi]|pin[oi]|platan[oi]|piopp[oi]|querc[ei]a?|ram[oi])",
    "pt": r"(?:árvores?|pinheiros?|plátanos?|choupos?|ramos?)",
    "nl": r"(?:bomen|boom|dennen?|platanen?|populieren?|takken|tak)",
    "ca": r"(?:arbres?|pins?|plàtans?|pollancres?|branques?|branca)",
}
# Other things that fall on people or cars: they fell only where the cue says on what.
_THINGS = {
    "en": r"(?:scaffold(?:ing)?s?|panels?|arch(?:es)?|lighting rigs?|rigs?|lamp ?posts?|balcon(?:y|ies)|"
    r"cornices?|chunks? of (?:masonry|concrete|plaster)|masonry|girders?|slabs?|steel plates?)",
    # Whole words or named compounds: not a "Fragebogen", a "Palast" or a "Schallplatte".
    "de": r"(?:\w*gerüste?|(?:stahl|decken|beton)platten?|\w*paneele?|(?:lichter|leucht|tor)b(?:o|ö)gen|"
    r"laternen?|laternenmast\w*|\w*balkons?|dachziegel|solarmodule?|stahlträger|schilder|schild)",
    "fr": r"(?:échafaudages?|panneaux|panneau|arches?|portiques?|lampadaires?|poteaux|poteau|enseignes?|balcons?|"
    r"corniches?|plaques?|poutres?|structures? métalliques?)",
    "es": r"(?:andamios?|paneles|panel|placas?|arcos?|farolas?|postes?|balcón|balcones|cornisas?|cascotes?|vigas?|"
    r"estructuras? de (?:focos|luces|hierro|metal))",
    "it": r"(?:impalcatur[ae]|ponteggi|ponteggio|pannell[oi]|lastr[ae]|arc[oh]i?|lampion[ei]|pal[oi]|insegn[ae]|"
    r"balcon[ei]|cornicion[ei]|calcinacci|trav[ei])",
    "pt": r"(?:andaimes?|painéis|painel|placas?|chapas?|arcos?|candeeiros?|postes?|varandas?|cornijas?|vigas?)",
    "nl": r"(?:steigers?|panelen|paneel|platen|plaat|bogen|boog|lantaarnpalen|lantaarnpaal|palen|paal|balkons?|"
    r"borden|bord|balken|balk)",
    "ca": r"(?:bastides?|panells?|plaques?|arcs?|fanals?|pals?|balcons?|cornises?|bigues?)",
}
# Heights a person falls from.
_HEIGHTS = {
    "en": r"(?:balcon(?:y|ies)|windows?|roofs?|rooftops?|scaffold(?:ing)?|ladders?|cliffs?|cranes?|storeys?|floors?|"
    r"terraces?)",
    "de": r"\w*(?:gerüst|balkon|dach|fenster|leiter|stockwerk|kran|klippe|felsen|terrasse)(?:e|es|s|n|en)?",
    "fr": r"(?:balcons?|fenêtres?|toits?|toitures?|échafaudages?|échelles?|falaises?|grues?|étages?|terrasses?)",
    "es": r"(?:balcón|balcones|ventanas?|tejados?|azoteas?|andamios?|escaleras? de mano|acantilados?|grúas?|pisos?|"
    r"terrazas?)",
    "it": r"(?:balcon[ei]|finestr[ae]|tett[oi]|impalcatur[ae]|ponteggi|ponteggio|scal[ae]|scogliera|gru|piano|"
    r"terrazz[oi])",
    "pt": r"(?:varandas?|janelas?|telhados?|andaimes?|escadas?|falésias?|gruas?|andar|terraços?)",
    "nl": r"(?:balkons?|ramen|raam|daken|dak|steigers?|ladders?|kliffen|klif|kranen|kraan|verdieping)",
    "ca": r"(?:balcons?|finestres?|teulades?|terrats?|bastides?|escales?|penya-segats?|grues?|pis)",
}
# Pushed or thrown, told after the fall ("fell from the roof after being pushed by a
# colleague"): a crime's report, not an accident's.
_PUSHED = {
    "en": r"(?:pushed|shoved|thrown)",
    "de": r"(?:gestoßen|gestossen|geschubst|geworfen)",
    "fr": r"(?:poussée?s?|jetée?s?|défenestrée?s?)",
    "es": r"(?:empujad[oa]s?|arrojad[oa]s?)",
    "it": r"(?:spint[oaie]|gettat[oaie]|buttat[oaie])",
    "pt": r"(?:empurrad[oa]s?|atirad[oa]s?)",
    "nl": r"(?:geduwd|gegooid|geworpen)",
    "ca": r"(?:empès|empesa|empesos|llançat|llançada)",
}
# The verb of a fall, the landing it needs after a thing, and "from" before a height.
_FELL = {
    # Not what "fell apart", "fell into disuse" or "fell through": no thing came down.
    "en": r"(?:fell|fallen|falls|falling|came down|come down|crashed down|toppled|plunged|plummeted)"
    r"(?!\s+(?:apart|through|short|silent|flat|foul|behind|victim|into (?:disuse|decline|disrepair|oblivion|"
    r"abeyance|neglect|debt)|out of (?:favou?r|use|fashion)))",
    "de": r"(?:gestürzt|herabgestürzt|heruntergestürzt|abgestürzt|herabgefallen|heruntergefallen|umgefallen|"
    r"gekracht|stürzte|stürzten|fiel|fielen)",
    # Not "abattus" alone: trees "ont été abattus" were cut down.
    "fr": r"(?:tombée?s?|tombé|chuté|(?:s['’]est|se sont) abattue?s?|effondrée?s?|écroulée?s?)",
    "es": r"(?:cayó|cayeron|caído|caída|caídos|desplomó|desplomaron|desplomado|precipitó|precipitaron|precipitado)",
    "it": r"(?:caduto|caduta|caduti|cadute|crollato|crollata|crollati|precipitato|precipitata|piombato|piombata)",
    "pt": r"(?:caiu|caíram|caído|caída|tombou|tombaram|tombado|desabou|desabaram|ruiu|precipitou)",
    "nl": r"(?:viel|vielen|gevallen|omgevallen|neergestort|gestort|stortte|stortten|neergekomen)",
    "ca": r"(?:va caure|van caure|caigut|caiguda|caiguts|desplomat|desplomada|es va desplomar)",
}
_ON = {
    "en": r"(?:on|onto|into|across|over|through)",
    "de": r"(?:auf|in|gegen|über)",
    "fr": r"(?:sur|dans|contre)",
    "es": r"(?:sobre|encima|contra|en)",
    "it": r"(?:su|sul|sulla|sullo|sui|sulle|sugli|addosso|contro|in via|in corso|in piazza)",
    "pt": r"(?:sobre|em cima|contra|na|no|nas|nos)",
    "nl": r"(?:op|in|tegen|over)",
    "ca": r"(?:sobre|damunt|contra)",
}
_FROM = {
    "en": r"from",
    "de": r"(?:von|vom|aus)",
    "fr": r"(?:d['’]un|d['’]une|du|de la|des|depuis)",
    "es": r"(?:desde|de un|de una|del|de la)",
    "it": r"(?:da|dal|dalla|dallo|dai|dalle)",
    "pt": r"(?:de|do|da|dos|das|dum|duma)",
    "nl": r"(?:van|uit)",
    "ca": r"(?:des de|del|de la|d['’]un|d['’]una)",
}
# What may stand between a tree and its verb: an auxiliary or an adverb ("has come down",
# "tinha tombado"), not a noun ("tree sales fell", "the number of trees planted fell").
_AUXILIARY = {
    "en": r"(?:has|have|had|was|were|suddenly|reportedly|also|then|partly)",
    "de": r"(?:ist|sind|war|waren|plötzlich)",
    "fr": r"(?:est|sont|était|étaient|a|ont|avait|soudain|brusquement)",
    "es": r"(?:se|ha|han|había|habían|de repente)",
    "it": r"(?:è|sono|era|erano|si|improvvisamente|all['’]improvviso)",
    "pt": r"(?:tinha|tinham|foi|foram|se|ter|de repente)",
    "nl": r"(?:is|zijn|was|waren|plots|plotseling)",
    "ca": r"(?:s['’]ha|ha|han|s['’]han|de sobte)",
}
# Verbs that tell a fall only with where the thing landed: "è finito sulla pensilina".
_LANDED = {"it": r"|finit[oaie]", "pt": r"|foi parar", "es": r"|acabó"}
# The fall as a noun, before where from: "a fall from a balcony", "la chute d'un échafaudage".
_FALL_NOUN = {
    "en": r"falls?",
    "de": r"sturz",
    "fr": r"chutes?",
    "es": r"caídas?",
    "it": r"cadut[ae]",
    "pt": r"quedas?",
    "nl": r"val",
    "ca": r"caigudes|caiguda",
}
# "Of" after the noun of a fall, before what fell: "la caída de un árbol", "a queda de uma chapa".
_OF = {
    "en": r"of (?:a|an|the)",
    "fr": r"(?:d['’]une?|du|de la|des|de)",
    "es": r"(?:de|del)(?: un| una| la| los| las)?",
    "it": r"d(?:i|el|ella|ello|ei|elle|egli)(?: un| una| uno)?",
    "pt": r"d(?:e|o|a|os|as)(?: um| uma)?",
    "nl": r"van (?:een|de|het)",
    "ca": r"(?:d['’]una?|del|de la|de)",
}
# Languages that put where a thing landed before its participle: "ist auf ein Auto gestürzt".
_LANDING_FIRST = frozenset({"de", "nl"})
# A person who fell a measured drop, with no height named ("had fallen around 30 metres while
# hiking", "a fait une chute d'une douzaine de mètres", "rund dreißig Meter tief in eine
# Schlucht gestürzt"): the drop's length in spelled metres or feet, at most four words after
# the verb. Not prices, which fall by no metre, nor a rider who "stürzte wenige hundert Meter
# unterhalb der Passhöhe" (German and Dutch tell a drop as "tief", "in die Tiefe", "diep",
# "naar beneden"), nor a level, a lake or a rocket that fell (``NO_ONE_BEFORE``).
_UNIT = {
    "en": r"(?:metres|meters|feet)",
    "de": r"(?:metern?) (?:tief|in die tiefe)",
    "fr": r"mètres",
    "es": r"metros",
    "it": r"metri",
    "pt": r"metros",
    "nl": r"meter (?:diep|naar beneden|omlaag|in de diepte)",
    "ca": r"metres",
}
_DROP_VERB = {
    "en": r"(?:fell|fallen|falling|plunged|plummeted|tumbled)",
    "de": r"(?:gestürzt|abgestürzt|hinabgestürzt|gefallen|stürzte|stürzten|fiel|fielen|sturz|absturz)",
    "fr": r"(?:chute|chutes|chuté|tombée?s?|tombé)",
    "es": r"(?:cayó|cayeron|caído|caída|caídas|precipitó|precipitaron|precipitad[oa]|despeñó|despeñad[oa])",
    "it": r"(?:precipitat[oaie]|caduto|caduta|caduti|volo|volato|volata)",
    "pt": r"(?:caiu|caíram|caído|caída|queda|quedas|precipitou|precipitaram|precipitad[oa])",
    "nl": r"(?:gevallen|gestort|neergestort|viel|vielen|stortte|stortten|val)",
    "ca": r"(?:va caure|van caure|caigut|caiguda|caigudes|precipitat|precipitada)",
}
# What stands between the verb and the length: "of", "from a height of", "about", a number;
# never the Romance "a"/"à" of a distance ("un razzo è caduto a 300 metri dall'ospedale",
# "cayó a 200 metros de la escuela": where it landed, not how far it fell).
_DROP_AFTER = r"(?!(?:a|à)\s)(?:[\w'’,-]+\s+){1,4}?"
# Snow that fell is no one's fall: "sono caduti due metri di neve", "il est tombé deux mètres
# de neige", "han caído dos metros de nieve".
_NOT_SNOW = r"(?!\s+(?:of|de|di|d['’])\s*(?:fresh\s+)?(?:snow|neige|neve|nieve|neu)\b)"


# Ice that fell from a roof or a facade onto people or cars ("struck by falling ice", "des
# chutes de glace", "von herabstürzendem Eis", "vallend ijs"): a winter accident told by
# what fell, as a tree's. Not snow that fell, which is weather.
_ICE = {
    "en": r"(?:falling|fallen) (?:ice|icicles?|sheets? of ice|chunks? of ice|blocks? of ice)"
    r"|(?:icicles?|sheets? of ice|chunks? of ice|blocks? of ice)\b[^.;]{0,40}?\b(?:fell|came down|slid) (?:off|from)",
    "de": r"(?:herab|herunter|ab)(?:stürzend|fallend)\w* (?:eis|eiszapfen|eisbrocken|eisplatten?)\b|eisbrocken|"
    r"eisplatten?\b[^.;]{0,40}?\b(?:gestürzt|gefallen|gerutscht)",
    "fr": r"chutes? de (?:glace|stalactites|blocs? de glace|plaques? de glace)"
    r"|(?:blocs?|plaques?|morceaux?) de glace\b[^.;]{0,40}?\b(?:détachée?s?|tombée?s?|chuté)",
    "es": r"caídas? de (?:hielo|placas de hielo|carámbanos)"
    r"|(?:placas?|bloques?|trozos?) de hielo\b[^.;]{0,40}?\b(?:cayó|cayeron|se desprendió|se desprendieron)",
    "it": r"cadut[ae] di (?:ghiaccio|lastre di ghiaccio|stalattiti)"
    r"|(?:lastr[ae]|blocch?[io]|pezz[io]) di ghiaccio\b[^.;]{0,40}?\b(?:cadut|staccat)[oaie]",
    "pt": r"quedas? de (?:gelo|placas de gelo)|(?:placas?|blocos?|pedaços?) de gelo\b[^.;]{0,40}?\b(?:caiu|caíram)",
    "nl": r"vallend ijs|(?:ijsplaten|ijsbrokken|ijspegels|brokken ijs)\b[^.;]{0,40}?\b(?:gevallen|viel|vielen)",
    "ca": r"caigudes? de (?:gel|glaç|plaques de gel)",
}


def _cues(lang: str) -> tuple[str, ...]:
    fell, on, frm = _FELL[lang], _ON[lang], _FROM[lang]
    landed = f"(?:{fell}{_LANDED.get(lang, '')})"
    what = rf"(?:{_TREES[lang]}|{_THINGS[lang]})"
    cues = [
        _ICE[lang],
        # A tree that fell: "a second tree has fallen".
        rf"{_TREES[lang]}\s+(?:{_AUXILIARY[lang]}\s+){{0,2}}{fell}",
        # A thing that fell on something: "a lights arch ... fell on passers-by".
        rf"{what}\b[^.;]{{0,90}}?\b{landed}\s+(?:[\w'’-]+\s+){{0,3}}?{on}\b",
        # A person who fell from a height: "fell from a first-floor balcony".
        rf"(?:{fell}|{_FALL_NOUN[lang]})\b[^.;]{{0,110}}?\b{frm}\s*(?:[\w'’-]+\s+){{0,3}}?{_HEIGHTS[lang]}"
        rf"(?![^.;]{{0,80}}\b{_PUSHED[lang]}\b)",
    ]
    if lang in _OF:
        # The fall named by what fell: "na queda de uma chapa de aço".
        cues.append(rf"{_FALL_NOUN[lang]}\s+{_OF[lang]}\s*(?:[\w'’-]+\s+){{0,2}}?{what}")
    if lang in _LANDING_FIRST:
        cues.append(rf"{what}\b[^.;]{{0,60}}?\b{on}\s+[^.;]{{0,50}}?\b{fell}")
        # The drop's length before the participle: "dreißig Meter tief in eine Schlucht gestürzt".
        cues.append(rf"{_UNIT[lang]}\b[^.;]{{0,60}}?\b{_DROP_VERB[lang]}")
    # A person who fell a measured drop: "had fallen around 30 metres".
    cues.append(rf"{_DROP_VERB[lang]}\s+{_DROP_AFTER}{_UNIT[lang]}{_NOT_SNOW}")
    return tuple(cues)


FALL_CUES: dict[str, tuple[str, ...]] = {lang: _cues(lang) for lang in _FELL}

# What fell, a few words before a fall's cue, when it is no person: a level ("the lake level
# has fallen two metres", "le niveau du lac a chuté de deux mètres", "el nivel del agua cayó
# dos metros", "de waterstand viel twee meter diep", "der Grundwasserspiegel ist um zwanzig
# Meter tief gefallen"), a lake or reservoir ("Lake Mead has fallen 150 feet", "el embalse ha
# caído tres metros"), a river ("the river Severn fell two metres"), or a projectile ("a
# rocket fell about 300 metres from the hospital"). Only words between, so "on the lower
# level, a panel fell" is a fall. ``engines/extractive/incident_guards`` reads such a cue as
# no event.
NO_ONE_BEFORE = re.compile(
    r"\b(?:levels?|niveaux?|pegel\w*|wasserstand\w*|\w+spiegels?|nivel(?:es)?|livell[oi]|níve(?:l|is)|peil|"
    r"waterstand|waterpeil|nivell|lakes?|reservoirs?|rivers?|lac|retenue|embalses?|pantanos?|invaso|"
    r"albufeiras?|barragem|stuwmeer|embassament|"
    r"rockets?|missiles?|shells?|bombs?|drones?|projectiles?|raketen?|granaten?|geschoss|roquettes?|obus|"
    r"cohetes?|misiles?|proyectil(?:es)?|razz[oi]|proiettil[ei]|ordign[oi]|míss(?:il|eis)|foguetes?|"
    r"projéteis|projétil|projectiel|projectil|coets?)\b(?:\s+[\w'’-]+){0,6}\s+$"
)
