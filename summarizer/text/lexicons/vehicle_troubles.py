"""Cues of two kinds of local news about road vehicles the event tables missed, in the eight
languages the merge reads: vehicles that broke down (after bad fuel, in a heatwave, on a
road; reported as an accident) and vehicles broken into (cars rifled in a car park, at a
beach; reported as "other", as crimes are; see ``engines/extractive/incidents.py``).
Lower-case regular expressions matched between word boundaries on lower-cased text.

Each cue needs the vehicle and what happened to it, so talks that "broke down", a market
"en panne", "car sales stalled" or a record "broken into" by a song is none."""

from __future__ import annotations

# What breaks down or is broken into: road vehicles, as news names them. Not the trade in
# them: "car sales", "Autoindustrie", "le marché automobile" (the lookahead where the trade
# follows the vehicle's word).
_TRADE_EN = (
    r"(?! (?:sales|market|markets|industry|makers?|manufacturers?|production|exports?|prices|insurance|dealers?|"
    r"drivers?|firms?|companies|unions?|operators?|owners?|licen[cs]es?|talks|plants?|factor(?:y|ies)|works|"
    r"parks?|strikes?|deals?))"
)
_VEHICLES_EN = (
    rf"(?:cars?|vehicles?|vans?|lorr(?:y|ies)|trucks?|motorbikes?|motorcycles?|scooters?|motorhomes?|campervans?|"
    rf"coaches|buses|taxis?|hire cars?|rental cars?){_TRADE_EN}"
)
_VEHICLES_DE = r"(?:autos?|pkw|fahrzeuge?n?|wohnmobile?n?|lkw|lastwagen|transporter[n]?|busse|motorräder[n]?|taxis?|mietwagen)"
# Not the trade's adjective ("le marché automobile reste en panne dans la région").
_VEHICLES_FR = (
    r"(?<!marché )(?<!secteur )(?<!industrie )(?<!filière )(?<!salon )(?:voitures?|véhicules?|automobiles?|camions?|camionnettes?|motos?|scooters?|camping-cars?|fourgons?|"
    r"utilitaires?|taxis?)"
)
_VEHICLES_ES = (
    r"(?:coches?|vehículos?|turismos|autocaravanas?|camiones|camión|furgonetas?|motos?|taxis?|autobuses|"
    r"autobús|automóviles?)"
)
# Not an Italian "macchina" of a plant, a farm or a bar: a machine ("le macchine dello
# stabilimento si sono fermate per un guasto").
_MACHINE_IT = (
    r"macchine?(?! (?:\w+ )?(?:stabiliment|fabbric|impiant|industrial|agricol|utensil|tessil|del caff))"
)
_VEHICLES_IT = rf"(?:auto|automobili|vetture?|veicoli|veicolo|{_MACHINE_IT}|camion|furgoni|furgone|moto|scooter|camper|autobus|pullman)"
_VEHICLES_PT = (
    r"(?:carros?|viaturas?|veículos?|automóveis|automóvel|autocaravanas?|camiões|camião|carrinhas?|motas?|"
    r"motos?|táxis?)"
)
_VEHICLES_NL = r"(?:auto['’]s|auto|wagens?|voertuigen|voertuig|campers?|vrachtwagens?|bestelwagens?|bussen|bus|motoren|taxi['’]s)"
_VEHICLES_CA = (
    r"(?:cotxes?|vehicles?|autocaravanes|autocaravana|camions?|furgonetes|furgoneta|motos?|taxis?|autobusos?)"
)

# A vehicle named as a person's ("the woman whose car was hit", "the driver of the car", "hit
# by a car"): what "broke down" after it is the person, in tears.
_A_PERSONS_VEHICLE_EN = r"(?<!whose )(?<!of the )(?<!of a )(?<!by a )(?<!by the )"
# People break down in tears, in court, on the stand; vehicles do not.
_PEOPLE_BREAK_DOWN_EN = (
    r"(?! (?:in tears|crying|sobbing|weeping|in court|on the stand|and (?:cried|wept|sobbed)))"
)
# Vehicles stopped by a strike or a protest did not break down ("los taxis se quedaron
# parados por la huelga", "gli autobus si sono fermati per lo sciopero").
_NOT_A_STRIKE = (
    r"(?![^.;]{0,40}?\b(?:strik\w*|streik\w*|warnstreik\w*|grève\w*|huelga\w*|paros?|scioper\w*|greve\w*|"
    r"staking\w*|staak\w*|vaga|protest\w*|manifesta\w*)\b)"
)

# Vehicles that broke down, the vehicle first and the failure at most a clause later.
BREAKDOWN_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        rf"{_A_PERSONS_VEHICLE_EN}{_VEHICLES_EN}\b[^.;]{{0,60}}?\b(?:(?:broke down|broken down(?! (?:by|into))|"
        rf"breaking down){_PEOPLE_BREAK_DOWN_EN}|conked out|"
        r"(?:coughing|spluttering|sputtering|juddering) to a (?:halt|stop))",
    ),
    "de": (
        rf"{_VEHICLES_DE}\b[^.;]{{0,60}}?\b(?:liegen ?geblieben|liegengeblieben|blieben liegen|stehen ?geblieben|"
        r"blieben stehen|den geist aufgegeben|eine panne|pannen)",
        rf"(?:motorschäden|motorschaden)\b[^.;]{{0,40}}?\b(?:an|bei) (?:\w+ ){{0,2}}?{_VEHICLES_DE}",
    ),
    "fr": (
        rf"{_VEHICLES_FR}\b[^.;]{{0,60}}?\btombée?s? en panne",
        rf"{_VEHICLES_FR} (?:[\w'’-]+ ){{0,3}}?en panne (?:après|à cause|en raison|sur|dans|le long)",
    ),
    "es": (
        rf"{_VEHICLES_ES}\b[^.;]{{0,60}}?\b(?:se averiaron|se averió|(?:quedaron|se quedaron|han quedado|"
        r"quedó|se quedó|ha quedado) (?:averiad[oa]s?|tirad[oa]s?|parad[oa]s?|inmovilizad[oa]s?))",
        rf"{_VEHICLES_ES} averiad[oa]s (?:tras|después|por|en)",
    ),
    "it": (
        rf"{_VEHICLES_IT}\b[^.;]{{0,60}}?\b(?:rimast[oaie] in (?:panne|avaria)|andat[oaie] in (?:panne|avaria)|"
        r"in panne (?:dopo|per|a causa)|si (?:è|sono) (?:fermat[oaie]|spent[oaie]|bloccat[oaie]) (?:dopo|per|a causa))",
    ),
    "pt": (
        rf"{_VEHICLES_PT}\b[^.;]{{0,60}}?\b(?:avariaram|avariou|ficaram avariad[oa]s|ficou avariad[oa]|"
        r"(?:ficaram|ficou) (?:parad[oa]s?|imobilizad[oa]s?) (?:depois|após|por|na|no|em))",
        rf"{_VEHICLES_PT} avariad[oa]s (?:depois|após|por|na|no|em)",
    ),
    "nl": (
        rf"{_VEHICLES_NL}\b[^.;]{{0,60}}?\b(?:kregen pech|kreeg pech|met (?:motor)?pech|(?:vielen|viel) stil|"
        r"(?:bleven|bleef) (?:stil )?staan (?:na|door|op|langs)|motorpech)",
    ),
    "ca": (
        rf"{_VEHICLES_CA}\b[^.;]{{0,60}}?\b(?:es van avariar|es va avariar|s['’]han avariat|s['’]ha avariat|"
        r"(?:van quedar|han quedat|va quedar|ha quedat) (?:avariat|avariats|avariades|aturats|aturades|immobilitzats))",
        rf"{_VEHICLES_CA} avariat(?:s|des)? (?:després|per|a|al|a la)",
    ),
}

BREAKDOWN_CUES = {lang: tuple(cue + _NOT_A_STRIKE for cue in cues) for lang, cues in BREAKDOWN_CUES.items()}

# Vehicles "forced" to do something were not forced open: "les véhicules ont été forcés de
# faire demi-tour", "los agentes forzaron a los coches a dar la vuelta", "os carros foram
# forçados a parar", "le auto sono state forzate a deviare": "to" and an infinitive.
_FORCED_TO = r"(?! (?:à|a|ad|de|d['’]|di) (?:se |s['’]|si )?\w+(?:er|ir|re|ar|arse|erse|irse)\b)"

# Vehicles broken into: "eleven hire cars were broken into", "onze voitures ont été
# fracturées", "reventaron catorce vehículos", "assaltos a carros". Not a house broken into
# (``crime_events``), nor "broken into the charts".
VEHICLE_BREAK_IN_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        rf"{_VEHICLES_EN}\b[^.;]{{0,40}}?\b(?:were|was|been|are|is|got|get) broken into",
        rf"break-ins? (?:of|at|to|into|on) (?:[\w'’-]+ ){{0,3}}?{_VEHICLES_EN}",
        rf"{_VEHICLES_EN} break-ins?",
    ),
    "de": (
        rf"{_VEHICLES_DE}\b[^.;]{{0,40}}?\baufgebrochen",
        r"(?:auto|pkw|fahrzeug|kfz|wohnmobil)aufbrüche?n?",
        rf"aufgebrochene[nr]? (?:[\w-]+ )?{_VEHICLES_DE}",
    ),
    "fr": (
        rf"{_VEHICLES_FR}\b[^.;]{{0,40}}?\b(?:fracturée?s?|forcée?s?{_FORCED_TO}|visitée?s? par des voleurs)",
        rf"(?:vols?|cambriolages?) (?:dans|à la roulotte dans) (?:des |les |une |un |[\w-]+ ){{0,2}}?{_VEHICLES_FR}",
        r"vols? à la roulotte",
    ),
    "es": (
        rf"(?:reventaron|forzaron|revientan|fuerzan|desvalijaron) (?!a )(?:\w+ ){{0,2}}?{_VEHICLES_ES}{_FORCED_TO}",
        rf"{_VEHICLES_ES} (?:reventad|forzad|desvalijad)[oa]s{_FORCED_TO}",
        rf"robos? (?:en|de|del interior de) (?:\w+ ){{0,2}}?{_VEHICLES_ES}",
    ),
    "it": (
        rf"{_VEHICLES_IT}\b[^.;]{{0,40}}?\b(?:scassinat[oaie]|svaligiat[oaie]|forzat[oaie]{_FORCED_TO})",
        rf"(?:furti|furto|spaccate?) (?:su|sulle|sugli|nelle|negli|in|di) (?:\w+ ){{0,2}}?{_VEHICLES_IT}",
    ),
    "pt": (
        rf"(?:assaltos?|arrombamentos?|furtos?) (?:a|em|de|no interior de) (?:\w+ ){{0,2}}?{_VEHICLES_PT}",
        rf"{_VEHICLES_PT}\b[^.;]{{0,40}}?\b(?:assaltad[oa]s|arrombad[oa]s|forçad[oa]s{_FORCED_TO})",
    ),
    "nl": (
        rf"(?:ingebroken|inbraken|inbraak) (?:in|bij) (?:\w+ ){{0,2}}?{_VEHICLES_NL}",
        rf"{_VEHICLES_NL}\b[^.;]{{0,40}}?\b(?:opengebroken|open gebroken)",
        r"auto-?inbra(?:ak|ken)",
    ),
    "ca": (
        rf"(?:robatoris?|furts?|assalts?) (?:a|en|de|dins) (?:\w+ ){{0,2}}?{_VEHICLES_CA}",
        rf"{_VEHICLES_CA}\b[^.;]{{0,40}}?\b(?:(?:forçats|forçades){_FORCED_TO}|rebentats|rebentades|assaltats|assaltades)",
        rf"(?:van rebentar|van forçar|rebentaren) (?:\w+ ){{0,2}}?{_VEHICLES_CA}{_FORCED_TO}",
    ),
}
