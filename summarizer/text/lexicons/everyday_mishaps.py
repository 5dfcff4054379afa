"""Cues of everyday regional news the event tables missed: people rescued or trapped,
goods seized, people poisoned, pipes, mains and tanks that burst or leaked, and loads lost
by lorries, in English, German, French, Spanish, Italian and Portuguese. Lower-case regular
expressions matched between word boundaries on lower-cased text; ``engines/extractive/
incidents.py`` reports seizures as "other" and the rest as accidents.

Each cue needs what happened and to what or whom (a rescue and a person or the sea, a
seizure and drugs, a poisoning and its substance), so "a rescue package", "un sauvetage
financier", "Rettungsschirm", "seized the opportunity" or "a poisoned atmosphere" is none."""

from __future__ import annotations

# Whom rescuers reach, as news names them.
_PEOPLE_EN = (
    r"(?:man|woman|men|women|child|children|boy|girl|teenagers?|people|persons?|climbers?|hikers?|walkers?|"
    r"runners?|swimmers?|kayakers?|canoeists?|skiers?|tourists?|fishermen|passengers?|crew|residents?|"
    r"drivers?|motorists?|pensioners?|migrants?|refugees?|sailors?|divers?|surfers?)"
)
# Whom rescuers reach, told after an active verb ("a secouru quarante-sept migrants", "resgatou
# 47 migrantes", "retteten zwei Wanderer"): the verb alone may save a firm or a season.
_PEOPLE_FR = (
    r"(?:personnes?|migrants?|naufragés?|baigneurs?|nageurs?|randonneurs?|alpinistes?|kayakistes?|pêcheurs?|"
    r"marins?|passagers?|touristes?|enfants?|hommes?|femmes?|occupants?|skieurs?|plaisanciers?|promeneurs?)"
)
_PEOPLE_DE = (
    r"(?:menschen|personen|migranten|flüchtlinge|wanderer|bergsteiger|schwimmer|kinder|passagiere|segler|"
    r"fischer|urlauber|touristen|insassen|skifahrer)"
)
_PEOPLE_PT = (
    r"(?:pessoas|migrantes|náufragos|banhistas|nadadores|caminhantes|pescadores|tripulantes|passageiros|"
    r"turistas|crianças|homens|mulheres|ocupantes)"
)
# Goods that are seized: drugs, smuggled or forged goods, weapons, protected animals, gold
# smuggled as bars or coins ("zwölf Goldbarren sichergestellt", "a saisi des lingots d'or").
_GOODS_EN = (
    r"(?:drugs|cocaine|heroin|cannabis|marijuana|hashish|methamphetamine|amphetamines?|ecstasy|cigarettes|"
    r"tobacco|counterfeit|fake|contraband|smuggled|firearms|weapons|ivory|coral|kilos?|kilograms?|tonnes?|tons|\d+(?:[.,]\d+)? ?kg|"
    r"gold (?:bars?|ingots?|bullion|coins)|bullion)"
)
_GOODS_DE = (
    r"(?:kokain|heroin|cannabis|marihuana|haschisch|drogen|rauschgift|zigaretten|tabak|waffen|munition|"
    r"elfenbein|korallen?|schmuggelware|fälschungen|gefälschte|kilo|kilogramm|tonnen|\d+(?:[.,]\d+)? ?kg|"
    r"goldbarren|goldmünzen)"
)
_GOODS_FR = (
    r"(?:cocaïne|héroïne|cannabis|résine|haschich|drogues?|stupéfiants|cigarettes|tabac|contrefaçons?|"
    r"contrefaites?|armes|munitions|ivoire|corail|kilos?|tonnes?|\d+(?:[.,]\d+)? ?kg|lingots?)"
)
_GOODS_ES = (
    r"(?:cocaína|heroína|cannabis|hachís|marihuana|drogas?|estupefacientes|cigarrillos|tabaco|"
    r"falsificad[oa]s|falsificaciones|armas|munición|marfil|coral|kilos?|toneladas|\d+(?:[.,]\d+)? ?kg|"
    r"lingotes)"
)
_GOODS_IT = (
    r"(?:cocaina|eroina|cannabis|hashish|marijuana|droga|stupefacenti|sigarette|tabacchi|contraffatt[aie]|"
    r"armi|munizioni|avorio|corallo|chili|tonnellate|\d+(?:[.,]\d+)? ?kg|lingott[oi])"
)
_GOODS_PT = (
    r"(?:cocaína|heroína|canábis|cannabis|haxixe|droga|estupefacientes|cigarros|tabaco|contrafeit[oa]s|"
    r"armas|munições|marfim|coral|quilos|toneladas|\d+(?:[.,]\d+)? ?kg|lingotes|barras de ouro)"
)
# Goods found or uncovered ("trovati dodici lingotti", "scoperti ... nel doppiofondo"): none
# a person weighs ("chili"), so "trovato un uomo di 90 chili" is no seizure.
_FOUND_GOODS_IT = r"(?:cocaina|eroina|hashish|marijuana|droga|stupefacenti|armi|munizioni|lingott[oi])"
# What a chance find is told by, near the goods: a dig, a wreck, a war's relics, a study
# ("trovate armi antiche negli scavi", "lingotti di piombo nel relitto", "munizioni della
# seconda guerra mondiale", "scoperti gli effetti della droga: lo studio"). No one seized them.
# Read after the goods or the verb, so that it is tried only where one of them stands.
_CHANCE_FIND_IT = (
    r"(?![^.;]{0,80}\b(?:antic(?:[oa]|h[ie])|archeolog\w*|reperti?|relitt[oi]|scavi|epoca|bellic[oaie]|"
    r"guerra mondiale|studio|ricerca|ricercatori)\b)"
)
# Where goods are hidden when smuggled.
_HIDING_EN = r"(?:luggage|suitcases?|bags?|baggage)"

# People rescued, freed or trapped: in the water, on a mountain, in a lift, in snow.
RESCUE_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        # Not a firm "rescued from insolvency" or "rescued by investors".
        r"(?:was|were|been|being) (?:safely )?rescued(?![^.;]{0,40}\b(?:bankruptcy|insolvency|administration|"
        r"collapse|closure|investors?|state|government|taxpayers?|buyers?|takeover)\b)",
        rf"rescued (?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several) (?:[\w'’-]+ ){{0,2}}?"
        rf"{_PEOPLE_EN}",
        r"winched (?:[\w'’-]+ ){0,4}?(?:to safety|off|from|up|aboard)",
        rf"{_PEOPLE_EN} rescued (?:on \w+ )?(?:from|off)",
        r"airlifted (?:to|from|off)",
        r"(?:lifeboat|coast ?guard|rescue helicopter)s? (?:was |were |crews? )?(?:launched|tasked|scrambled|called out)",
        r"(?:was|were) freed (?:by (?:firefighters|rescuers|fire crews|the fire brigade|emergency services)|after "
        r"(?:almost |nearly |more than )?\w+ hours)",
        r"went to the aid of",
        r"cut off by the (?:rising |incoming )?tide",
        r"(?:kayakers?|swimmers?|canoeists?|paddleboarders?|bathers?|surfers?|divers?|yachts?|boats?)\b"
        r"[^.;]{0,20}?\bin difficulty",
        r"(?:swept|blown|carried) (?:out to sea|out into|towards open water)",
        r"(?:trapped|stuck|stranded) (?:in|inside) (?:a |an |the )?(?:[\w'’-]+ )?(?:lift|elevator|cable car|"
        r"gondola|cave|mine shaft|snow|mud)s?",
        r"(?:lift|elevator|cable car|gondola)s? (?:is |was |got |had )?(?:stuck|jammed|stalled)",
        rf"{_PEOPLE_EN} (?:were|was|had been) trapped",
        r"(?:vehicles|cars|lorries|trucks|motorists|drivers)\b[^.;]{0,20}?\b(?:stuck|stranded) (?:overnight|in (?:the )?snow)",
    ),
    "de": (
        r"(?:feuerwehr|rettungskräfte|bergwacht|bergrettung|wasserwacht|seenotrett\w*|rettungsdienst|rega|"
        r"rettungshubschrauber|rettungsschwimmer)\b[^.;]{0,80}?\b(?:gerettet|befreit|geborgen|ausgeflogen|"
        r"gewinscht|abgeseilt)",
        r"(?:gerettet|befreit|geborgen) (?:werden|wurden|worden)\b[^.;]{0,40}?\b(?:feuerwehr|bergwacht|"
        r"bergrettung|wasserwacht|rega|rettungskräfte)",
        r"aus (?:dem|der|einem|einer) (?:[\w-]+ )?(?:wasser|meer|see|fluss|aufzug|fahrstuhl|lift|trümmern|"
        r"schnee|eis|schlamm|gletscherspalte|felswand)\b[^.;]{0,40}?\b(?:gerettet|befreit|geborgen)",
        r"in seenot",
        r"(?:aufs offene meer|aufs meer|hinaus) ?getrieben",
        r"abgetrieben",
        r"(?:aufzug|fahrstuhl|lift|seilbahn|gondel)\w*\b[^.;]{0,60}?\b(?:stecken ?geblieben|eingeschlossen|"
        r"feststeck\w*|festgesessen)",
        r"im (?:schnee|schlamm|eis)\b[^.;]{0,20}?\b(?:fest|stecken ?geblieben|festgefahren)",
        r"(?:fahrzeuge|autos|lastwagen|lkw)\b[^.;]{0,20}?\b(?:still|fest)\b[^.;]{0,20}?\b(?:schnee|eis)",
        rf"(?:rettete|retteten|barg|bargen) (?:[\w-]+ ){{0,3}}?{_PEOPLE_DE}",
    ),
    "fr": (
        r"(?:libérée?s?|dégagée?s?|secourue?s?|extraite?s?|hélitreuillée?s?|évacuée?s?) par (?:les |des )?"
        r"(?:pompiers|sapeurs-pompiers|secours|secouristes|sauveteurs|gendarmes|plongeurs)",
        r"(?:été|sont|ont) (?:été )?(?:secourue?s?|hélitreuillée?s?)",
        r"hélitreuill\w+",
        r"(?:bloquée?s?|coincée?s?|piégée?s?|enfermée?s?) (?:[^.;]{0,40}?)?dans (?:un |une |l['’]|le |la )"
        r"(?:[\w-]+ )?(?:ascenseur|cabine|télécabine|téléphérique|couloir rocheux|grotte|crevasse|neige)",
        r"(?:ascenseur|télécabine|téléphérique)s?\b[^.;]{0,30}?\b(?:bloquée?|coincée?|en panne|immobilisée?)",
        r"surprise?s? par la marée",
        r"emportée?s? (?:par le courant|vers le large|au large)",
        r"(?:kayakistes?|baigneurs?|nageurs?|plaisanciers?|randonneurs?|alpinistes?|grimpeurs?)\b[^.;]{0,20}?"
        r"\ben difficulté",
        rf"(?:a|ont|avait|avaient) (?:[\w'’-]+ ){{0,3}}?(?:secouru|sauvé|hélitreuillé) (?:[\w'’-]+ ){{0,3}}?{_PEOPLE_FR}",
    ),
    "es": (
        r"(?:bomberos|salvamento marítimo|guardia civil|socorristas|rescatistas|equipos de rescate|"
        r"servicios de emergencia|grupo de rescate)\b[^.;]{0,80}?\b(?:rescat(?:ó|aron|ado|ados|ada|adas)|"
        r"liberaron|liberó|excarcel\w+|auxiliaron)",
        r"rescatad[oa]s? (?:con vida|ilesos?|del agua|del mar|de entre los escombros|por (?:los )?bomberos)",
        r"(?:atrapad|bloquead|encerrad)[oa]s? (?:[^.;]{0,30}?)?(?:en|dentro de) (?:un |una |el |la )"
        r"(?:ascensor|cabina|teleférico|cueva|pozo|barranco|nieve)",
        r"(?:ascensor|teleférico)\b[^.;]{0,30}?\b(?:se (?:quedó|detuvo|averió|paró)|atascad[oa]|bloquead[oa])",
        r"arrastrad[oa]s? (?:mar adentro|por la corriente)",
    ),
    "it": (
        r"tratt[oaie] in salvo",
        r"(?:soccorso alpino|elisoccorso|vigili del fuoco|guardia costiera|bagnin[oi])\b[^.;]{0,80}?\b"
        r"(?:salvat[oaie]|liberat[oaie]|recuperat[oaie]|soccors[oaie])",
        r"(?:bloccat|intrappolat|chius)[oaie] (?:[^.;]{0,30}?)?(?:in|nell['’]|nella|nel|dentro) ?(?:un |una |l['’])?"
        r"(?:ascensore|cabina|funivia|grotta|neve)",
        r"(?:ascensore|funivia|cabinovia)\b[^.;]{0,30}?\b(?:bloccat[oa]|guast[oa]|si è fermat[oa])",
        r"trascinat[oaie] (?:al largo|dalla corrente)",
    ),
    "pt": (
        r"(?:bombeiros|nadadores-salvadores|guarda costeira|autoridade marítima|proteção civil)\b[^.;]{0,80}?\b"
        r"(?:resgat(?:ou|aram|ad[oa]s?)|socorr(?:eu|eram|id[oa]s?)|libert(?:ou|aram|ad[oa]s?))",
        r"resgatad[oa]s? (?:com vida|ilesos?|do mar|da água|dos escombros|pelos bombeiros)",
        r"(?:pres|encurralad|bloquead|retid)[oa]s? (?:[^.;]{0,30}?)?(?:em|no|na|num|numa|dentro de) ?(?:um |uma )?"
        r"(?:elevador|ascensor|teleférico|gruta|poço|neve)",
        r"arrastad[oa]s? (?:pela corrente|para o mar|para o largo)",
        rf"(?:resgatou|resgataram|salvou|salvaram|socorreu|socorreram) (?:[\w-]+ ){{0,3}}?{_PEOPLE_PT}",
    ),
}

# Goods seized by police or customs, and goods found hidden in luggage.
SEIZURE_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        rf"seiz(?:ed|ure of|ing)(?! (?:on|upon)\b)\b[^.;]{{0,60}}?\b{_GOODS_EN}",
        rf"{_GOODS_EN}\b[^.;]{{0,60}}?\b(?:was|were|has been|have been|had been) seized",
        r"(?:drugs?|cocaine|heroin|cannabis) (?:haul|bust)s?",
        rf"(?:hidden|concealed|found|discovered) (?:in|inside) (?:his|her|their|a|the) {_HIDING_EN}",
    ),
    "de": (
        rf"{_GOODS_DE}\w*\b[^.;]{{0,80}}?\b(?:sichergestellt|beschlagnahmt)",
        rf"(?:sichergestellt|beschlagnahmt)\w*\b[^.;]{{0,60}}?\b{_GOODS_DE}",
        r"(?:drogen|rauschgift|kokain)fund\w*",
        r"im (?:hand)?gepäck (?:erwischt|ertappt|entdeckt|gefunden|versteckt)",
        r"geschmuggelt\w*",
    ),
    "fr": (
        rf"(?:saisie?s?|saisissent|intercepté(?:e|s|es)?)\b[^.;]{{0,60}}?\b{_GOODS_FR}",
        rf"{_GOODS_FR}\b[^.;]{{0,60}}?\b(?:saisie?s?|interceptée?s?)",
        r"découv\w+\b[^.;]{0,40}?\bdans (?:les|ses|leurs|des|une|un) (?:bagages|valises?)",
        r"contrebande",
    ),
    "es": (
        rf"(?:intervenid[oa]s?|intervin(?:o|ieron)|incautad[oa]s?|incaut(?:ó|aron)|decomisad[oa]s?|"
        rf"decomis(?:ó|aron)|aprehendid[oa]s?|aprehendi(?:ó|eron))\b[^.;]{{0,60}}?\b{_GOODS_ES}",
        rf"{_GOODS_ES}\b[^.;]{{0,60}}?\b(?:intervenid[oa]s?|incautad[oa]s?|decomisad[oa]s?)",
        r"alijos?",
        r"narcolanchas?",
        r"contrabando",
    ),
    "it": (
        rf"(?:sequestrat[oaie]|sequestro di|sequestr(?:ato|ano|ava))\b[^.;]{{0,60}}?\b{_GOODS_IT}",
        rf"{_GOODS_IT}\b[^.;]{{0,60}}?\b(?:sequestrat[oaie])",
        # Found or uncovered: only goods no one finds by chance, not "un uomo di 90 chili".
        rf"{_FOUND_GOODS_IT}{_CHANCE_FIND_IT}\b[^.;]{{0,60}}?\b(?:trovat[oaie]|scopert[oaie])",
        rf"(?:trovat[oaie]|scopert[oaie]){_CHANCE_FIND_IT}\b[^.;]{{0,30}}?\b{_FOUND_GOODS_IT}",
        r"nascost[oaie] (?:in|nella|nel|nelle|nei) (?:valigia|valigie|bagagli\w*|zaino)",
        r"(?:nel|in un|con un) doppio ?fondo",
        r"contrabbando",
    ),
    "pt": (
        rf"(?:apreend(?:eu|eram|id[oa]s?)|apreensão de)\b[^.;]{{0,60}}?\b{_GOODS_PT}",
        rf"{_GOODS_PT}\b[^.;]{{0,60}}?\b(?:apreendid[oa]s?)",
        r"escondid[oa]s? (?:na|nas|no|nos) (?:mala|malas|bagagem|bagagens)",
        r"contrabando",
    ),
}

# People poisoned: by a gas, by food, by mushrooms. Not a "poisoned atmosphere".
POISONING_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:carbon monoxide|food|mushroom|gas|fume|chemical) poisoning",
        r"carbon monoxide (?:leak|built up|build-up|escaped|intoxication|levels?)",
        r"(?:inhaled|inhaling|exposed to|overcome by|poisoned by) (?:carbon monoxide|fumes|gas)",
        r"(?:after|from) (?:eating|having eaten|picking) (?:wild |poisonous |toxic )?(?:mushrooms|fungi)",
        r"(?:poisonous|toxic) (?:mushrooms|fungi)",
    ),
    "de": (
        r"(?:pilz|lebensmittel|rauchgas|kohlenmonoxid|co|gas)-?vergiftung\w*",
        r"vergiftungserscheinungen",
        r"kohlenmonoxid\b[^.;]{0,60}?\b(?:ausgetreten|vergiftet|gemessen|festgestellt|eingeatmet)",
        r"(?:giftige[nr]?|verdorbene[nr]?) (?:pilze|lebensmittel)",
    ),
    "fr": (
        r"monoxyde de carbone",
        r"intoxications? (?:au|alimentaires?|aux|par|collectives?)",
        r"intoxiquée?s? (?:au|aux|par)",
        r"champignons (?:vénéneux|toxiques)",
        r"(?:après avoir|pour avoir) (?:mangé|consommé|ingéré|cueilli) des champignons",
    ),
    "es": (
        r"monóxido de carbono",
        r"intoxicaci(?:ón|ones) (?:por|alimentarias?|con|de)",
        r"intoxicad[oa]s? (?:por|con)",
        r"setas (?:venenosas|tóxicas)",
        r"(?:tras|después de|por) (?:comer|ingerir|consumir) setas",
    ),
    "it": (
        r"monossido di carbonio",
        r"intossicazion[ei]",
        r"intossicat[oaie]",
        r"funghi (?:velenosi|tossici)",
        r"(?:dopo aver|per aver) (?:mangiato|consumato|ingerito|raccolto) (?:dei |alcuni )?funghi",
    ),
    "pt": (
        r"monóxido de carbono",
        r"intoxicaç(?:ão|ões) (?:por|alimentar|alimentares|com)",
        r"intoxicad[oa]s? (?:por|com)",
        r"cogumelos (?:venenosos|tóxicos)",
        r"(?:depois de|após) (?:comer|ingerir|consumir|apanhar) cogumelos",
    ),
}

# A main, a pipe or a tank that burst or gave way, and what leaked from it.
_CONDUIT_EN = r"(?:water|gas|heating|sewer|oil) (?:main|pipe|pipeline)s?"
LEAK_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        rf"{_CONDUIT_EN} (?:has |had )?(?:burst|ruptured|broke|gave way|failed|cracked)",
        rf"burst {_CONDUIT_EN}",
        r"burst (?:main|pipe)s?",
        r"(?:tank|pipe|main|pipeline|boiler)s? (?:has |had )?(?:gave|given) way",
        r"gas leaks?",
        # A toxic gas let out of a plant, a cold store or a pool's tanks.
        r"(?:ammonia|chlorine|toxic gas) (?:leak|leaks|leaked)",
        r"(?:oil|fuel|diesel|heating oil|chemical|slurry) (?:spill|leak)s?",
        r"leaked into (?:the |a )?(?:river|stream|brook|canal|lake|sea|soil|ground|groundwater)",
    ),
    "de": (
        r"\w*rohrbruch\w*",
        r"\w*(?:leitung|rohr|tank|kessel)\b[^.;]{0,30}?\b(?:geborsten|geplatzt|leckgeschlagen|gebrochen)",
        r"gasleck\w*",
        r"(?:ammoniak|chlor)(?:gas)?(?:austritt|leck)\w*",
        r"(?:ammoniak|chlor|chlorgas)(?:wolke)?\b[^.;]{0,40}?\b(?:ausgetreten|ausgeströmt|entwichen)",
        r"gasaustritt\w*",
        r"(?:heizöl|öl|diesel|benzin|gülle|chemikalien)\b[^.;]{0,60}?\b(?:ausgelaufen|ausgetreten|gelangt|"
        r"geflossen)",
    ),
    "fr": (
        r"(?:canalisation|conduite|cuve|citerne|réservoir|tuyau|chaudière)s?\b[^.;]{0,60}?\b(?:a|ont|avait|avaient)"
        r" (?:cédé|éclaté|lâché)",
        r"rupture\b[^.;]{0,20}?\bd['’](?:une|un) (?:canalisation|conduite|cuve|citerne|tuyau)",
        r"fuites? de (?:gaz|fioul|mazout|carburant|gasoil|produits? chimiques?|chlore)",
        r"fuites? d['’]ammoniac",
        # Not "une fuite d'eau": as often a roof's in a storm as a pipe's.
        r"fuites? d['’]hydrocarbures?",
        r"(?:fioul|mazout|hydrocarbures|gasoil|litres de [\w-]+)\b[^.;]{0,20}?\b(?:se sont |s['’]est )?"
        r"(?:répandue?s?|déversée?s?)",
    ),
    "es": (
        r"rotura de (?:una|la|un|el) (?:tubería|cañería|conducción|canalización|depósito|tanque)",
        r"(?:tubería|cañería|tanque|depósito|conducción)\b[^.;]{0,100}?\b(?:reventó|se rompió|se partió|cedió|"
        r"estalló)",
        r"fugas? de (?:gas|combustible|gasoil|gasóleo|amoníaco|amoniaco|cloro)",
        r"derram(?:ó|aron)\b[^.;]{0,20}?\blitros",
        r"vertido de (?:gasoil|gasóleo|fuel|combustible|hidrocarburos|petróleo)",
    ),
    "it": (
        r"rottura di (?:una|un|della|del) (?:tubatura|condotta|tubo|cisterna|serbatoio|conduttura)",
        r"(?:tubatura|condotta|conduttura|tubo|cisterna|serbatoio)\b[^.;]{0,40}?\b(?:si è rott[oa]|"
        r"è scoppiat[oa]|ha ceduto)",
        r"fughe? di (?:gas|ammoniaca|cloro)",
        r"perdit[ae] di (?:gas|gasolio|carburante)",
        r"sversament[oi]",
    ),
    "pt": (
        r"rutura de (?:uma|a|um|o) (?:conduta|cano|canalização|tubagem|depósito|tanque)",
        r"(?:conduta|cano|tubagem|depósito|tanque)\b[^.;]{0,40}?\b(?:rebentou|rompeu|cedeu)",
        r"fugas? de (?:gás|combustível|amoníaco|cloro)",
        r"derrame de (?:gasóleo|combustível|petróleo|óleo)",
    ),
}

# A lorry that lost or spilled its load on a road.
_LORRY_FR = r"(?:camion|poids lourd|semi-remorque|remorque|tracteur)"
LOST_LOAD_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:lost|shed|spilled|spilt|dropped) (?:part of |some of |most of )?(?:its|their|his|her) (?:load|cargo)",
        r"spilled (?:[\w'’-]+ ){1,4}?(?:across|onto|on) (?:the |both |all )?(?:road|carriageway|lanes?|motorway)",
    ),
    "de": (r"ladung\b[^.;]{0,10}?\bverloren", r"verlor\w* [^.;]{0,40}?\w*ladung"),
    "fr": (
        r"perdu (?:une partie de |une partie du |environ |près de )?(?:sa cargaison|son chargement)",
        rf"{_LORRY_FR}\b[^.;]{{0,20}}?\ba perdu",
        r"déversements? (?:d['’]\w+|de \w+)",
    ),
    "es": (
        r"perdi(?:ó|eron) (?:parte de )?(?:su|la) carga",
        r"(?:camión|tráiler|remolque)\b[^.;]{0,20}?\bperdió",
    ),
    "it": (
        r"(?:ha|hanno) perso (?:parte del |il )?(?:suo )?carico",
        r"(?:camion|tir|autoarticolato|rimorchio)\b[^.;]{0,30}?\bha perso",
    ),
    "pt": (
        r"perdeu (?:parte da |a )?(?:sua )?carga",
        r"(?:camião|caminhão|camioneta)\b[^.;]{0,30}?\bperdeu",
    ),
}

# What may happen, or what is to be prevented, is no event: "to prevent carbon monoxide
# poisoning", "risque d'intoxication", "para evitar fugas de gas", "to prevent car
# break-ins". The kinds of event (``engines/extractive/incidents.py``) as often warned of
# as reported, which this guards.
MISHAP_KINDS = frozenset(
    {"rescue", "seizure", "poisoning", "leak", "lost_load", "fall", "breakdown", "break_in"}
)
HYPOTHETICAL_BEFORE: dict[str, str] = {
    "en": r"\b(?:could|would|might|may|risk of|danger of|prevent(?:ing)?|avoid(?:ing)?"
    # "warned of", and the one warned named first: "warns residents about falling ice".
    r"|warn\w* (?:[\w'’-]+\s+){0,2}?(?:of|about|against))"
    r"\s+(?:[\w'’-]+\s+){0,3}$",
    "de": r"\b(?:könnte|könnten|würde|würden|gefahr (?:einer|eines|von)|risiko (?:einer|eines|von)|vermeiden|"
    r"verhindern|vorbeugen|warn\w* vor)\s+(?:[\w-]+\s+){0,3}$",
    "fr": r"\b(?:pourrait|pourraient|risque d['’]|risques? de|danger d['’]|éviter|prévenir|mett\w+ en garde contre"
    r"|attention (?:aux?|à))"
    r"\s*(?:[\w'’-]+\s+){0,3}$",
    "es": r"\b(?:podría|podrían|riesgo de|peligro de|evitar|prevenir|advierte\w* (?:de|sobre))\s+(?:[\w-]+\s+){0,3}$",
    "it": r"\b(?:potrebbe|potrebbero|rischio di|pericolo di|evitare|prevenire)\s+(?:[\w'’-]+\s+){0,3}$",
    "pt": r"\b(?:poderia|poderiam|risco de|perigo de|evitar|prevenir)\s+(?:[\w-]+\s+){0,3}$",
    "nl": r"\b(?:kans op|gevaar (?:op|voor|van)|risico op|voorkomen|waarschuw\w* (?:[\w-]+\s+){0,2}?voor)"
    r"\s+(?:[\w-]+\s+){0,3}$",
}
