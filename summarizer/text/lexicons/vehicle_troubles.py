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
    r"drivers?|firms?|companies|unions?|operators?|owners?|licen[cs]es?|talks))"
)
_VEHICLES_EN = (
    rf"(?:cars?|vehicles?|vans?|lorr(?:y|ies)|trucks?|motorbikes?|motorcycles?|scooters?|motorhomes?|campervans?|"
    rf"coaches|buses|taxis?|hire cars?|rental cars?){_TRADE_EN}"
)
_VEHICLES_DE = r"(?:autos?|pkw|fahrzeuge?n?|wohnmobile?n?|lkw|lastwagen|transporter[n]?|busse|motorräder[n]?|taxis?|mietwagen)"
_VEHICLES_FR = (
    r"(?:voitures?|véhicules?|automobiles?|camions?|camionnettes?|motos?|scooters?|camping-cars?|fourgons?|"
    r"utilitaires?|taxis?)"
)
_VEHICLES_ES = (
    r"(?:coches?|vehículos?|turismos?|autocaravanas?|camiones|camión|furgonetas?|motos?|taxis?|autobuses|"
    r"autobús|automóviles?)"
)
_VEHICLES_IT = r"(?:auto|automobili|vetture?|veicoli|veicolo|macchine?|camion|furgoni|furgone|moto|scooter|camper|autobus|pullman)"
_VEHICLES_PT = (
    r"(?:carros?|viaturas?|veículos?|automóveis|automóvel|autocaravanas?|camiões|camião|carrinhas?|motas?|"
    r"motos?|táxis?)"
)
_VEHICLES_NL = r"(?:auto['’]s|auto|wagens?|voertuigen|voertuig|campers?|vrachtwagens?|bestelwagens?|bussen|bus|motoren|taxi['’]s)"
_VEHICLES_CA = (
    r"(?:cotxes?|vehicles?|autocaravanes|autocaravana|camions?|furgonetes|furgoneta|motos?|taxis?|autobusos?)"
)

# Vehicles that broke down, the vehicle first and the failure at most a clause later.
BREAKDOWN_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        rf"{_VEHICLES_EN}\b[^.;]{{0,60}}?\b(?:broke down|broken down(?! (?:by|into))|breaking down|conked out|"
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
        rf"{_VEHICLES_FR}\b[^.;]{{0,40}}?\b(?:fracturée?s?|forcée?s?|visitée?s? par des voleurs)",
        rf"(?:vols?|cambriolages?) (?:dans|à la roulotte dans) (?:des |les |une |un |[\w-]+ ){{0,2}}?{_VEHICLES_FR}",
        r"vols? à la roulotte",
    ),
    "es": (
        rf"(?:reventaron|forzaron|revientan|fuerzan|desvalijaron) (?:\w+ ){{0,2}}?{_VEHICLES_ES}",
        rf"{_VEHICLES_ES} (?:reventad|forzad|desvalijad)[oa]s",
        rf"robos? (?:en|de|del interior de) (?:\w+ ){{0,2}}?{_VEHICLES_ES}",
    ),
    "it": (
        rf"{_VEHICLES_IT}\b[^.;]{{0,40}}?\b(?:scassinat[oaie]|svaligiat[oaie]|forzat[oaie])",
        rf"(?:furti|furto|spaccate?) (?:su|sulle|sugli|nelle|negli|in|di) (?:\w+ ){{0,2}}?{_VEHICLES_IT}",
    ),
    "pt": (
        rf"(?:assaltos?|arrombamentos?|furtos?) (?:a|em|de|no interior de) (?:\w+ ){{0,2}}?{_VEHICLES_PT}",
        rf"{_VEHICLES_PT}\b[^.;]{{0,40}}?\b(?:assaltad[oa]s|arrombad[oa]s|forçad[oa]s)",
    ),
    "nl": (
        rf"(?:ingebroken|inbraken|inbraak) (?:in|bij) (?:\w+ ){{0,2}}?{_VEHICLES_NL}",
        rf"{_VEHICLES_NL}\b[^.;]{{0,40}}?\b(?:opengebroken|open gebroken)",
        r"auto-?inbra(?:ak|ken)",
    ),
    "ca": (
        rf"(?:robatoris?|furts?|assalts?) (?:a|en|de|dins) (?:\w+ ){{0,2}}?{_VEHICLES_CA}",
        rf"{_VEHICLES_CA}\b[^.;]{{0,40}}?\b(?:forçats|forçades|rebentats|rebentades|assaltats|assaltades)",
        rf"(?:van rebentar|van forçar|rebentaren) (?:\w+ ){{0,2}}?{_VEHICLES_CA}",
    ),
}
