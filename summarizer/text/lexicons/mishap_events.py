"""Cues of three kinds of local news the event tables missed, in English, German, French and
Spanish: a vehicle that struck or got stuck under a structure (reported as an
accident), a brawl between people (a fight at a match, in a street), and
wartime ordnance found or defused (reported as "other"; see
``engines/extractive/incidents.py``). Lower-case regular expressions matched between word
boundaries on lower-cased text. Each cue needs both what happened and what to (a verb and a
bridge, a bomb and its war), so "hit the headlines" or "a bridge to the future" is none."""

from __future__ import annotations

# What a vehicle strikes or sticks under: a bridge or an underpass. (A vehicle that hit
# another is told in the crash words of ``events.py``.)
_STRUCTURE_EN = r"(?:bridge|underpass|overpass|viaduct|tunnel entrance)s?"
_STRUCTURE_FR = r"(?:pont|viaduc|passage (?:inférieur|souterrain)|tunnel)s?"
_STRUCTURE_ES = r"(?:puente|paso inferior|paso elevado|viaducto|túnel)s?"

COLLISION_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        rf"(?:struck|hit|clipped|rammed|smashed into|crashed into|slammed into|ploughed into|plowed into)"
        rf" (?:a |an |the )?(?:[\w'’-]+ ){{0,4}}?{_STRUCTURE_EN}",
        rf"(?:wedged|stuck|jammed|trapped)(?: itself| fast)? (?:under|beneath) (?:a |an |the )?(?:[\w'’-]+ ){{0,4}}?"
        rf"{_STRUCTURE_EN}",
    ),
    "de": (
        r"(?:unter|gegen|an) (?:eine[rnm]?|die|der|den|das|dem) (?:[\w-]+ ){0,2}?\w*(?:brücke|unterführung|"
        r"überführung)\b[^.;]{0,40}?\b(?:steckengeblieben|stecken geblieben|festgefahren|eingeklemmt|verkeilt|"
        r"geprallt|gekracht|gefahren)",
        r"\w*(?:brücke|unterführung|überführung)\b[^.;]{0,40}?\b(?:gerammt|touchiert)",
        # A Swiss report's verb of any accident, and an aircraft that fell.
        r"verunfallt\w*",
        r"(?:flugzeug|hubschrauber|helikopter|segelflieger|gleitschirm)\w*\b[^.;]{0,100}?\b(?:abgestürzt|gestürzt)",
    ),
    "fr": (
        rf"(?:encastrée?s?|coincée?s?)\b[^.;]{{0,30}}?\bsous (?:le |la |l['’]|un |une )(?:[\w'’-]+ ){{0,3}}?"
        rf"{_STRUCTURE_FR}",
        rf"(?:heurt|percut|emboutiss?)(?:é|ée|és|er|ait|ant) (?:à son tour )?(?:le |la |l['’]|un |une )"
        rf"(?:[\w'’-]+ ){{0,3}}?{_STRUCTURE_FR}",
    ),
    "es": (
        rf"(?:empotr\w+|rozó|rozaron|colisionó|impactó)\b[^.;]{{0,40}}?\b(?:contra|bajo|con|en)? ?"
        rf"(?:el |la |un |una |otro |otra )?(?:[\w-]+ ){{0,2}}?{_STRUCTURE_ES}",
    ),
}

# A fight between people: not a "fight against inflation" nor a title fight.
BRAWL_CUES: dict[str, tuple[str, ...]] = {
    "en": (r"brawls?", r"mass brawl", r"(?:fights?|scuffles?|clashes) broke out", r"punch-ups?"),
    "de": (
        r"\w*schlägereie?n?",
        r"\w*rauferei(?:en)?",
        r"\w*prügeleie?n?",
        r"(?:gehen|gingen|ging|geht)\b[^.;]{0,80}?\baufeinander los",
    ),
    "fr": (r"bagarres?(?: générale)?", r"rixes?", r"échauffourées?"),
    "es": (
        r"peleas? multitudinarias?",
        r"reyertas?",
        r"trifulcas?",
        r"peleas? entre (?:aficionados|seguidores|hinchas)",
    ),
}

# Wartime ordnance found, cleared or defused: a bomb of a past war is no attack.
ORDNANCE_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"unexploded (?:bomb|shell|mine|ordnance|device)s?",
        r"(?:wwii|ww2|world war (?:ii|two|2)|second world war|wartime) (?:bomb|shell|mine)s?",
        r"bomb disposal",
        # Not "defused tensions": a bomb, a shell or a device.
        r"defused (?:a |an |the )?(?:[\w'’-]+ ){0,3}?(?:bomb|shell|device|mine)s?",
        r"(?:bomb|shell|device|mine)s? (?:was|were|has been|had been|is) defused",
    ),
    "de": (
        r"fliegerbombe\w*",
        r"weltkriegsbombe\w*",
        r"blindgänger\w*",
        # Not "die Lage entschärft": a bomb, a shell or a device.
        r"(?:bombe|granate|blindgänger|sprengsatz|sprengkörper)\w*\b[^.;]{0,60}?\bentschärft",
        r"\w*granate\b[^.;]{0,40}?\bgefunden",
    ),
    "fr": (
        # Not "désamorcer la crise": a bomb, a shell or a device.
        r"désamorc\w+ (?:une |la |l['’]|cette |un |le )(?:[\w'’-]+ ){0,2}?(?:bombe|obus|engin|mine)s?",
        r"démineurs?",
        r"bombes? (?:datant )?de la (?:seconde|deuxième|première) guerre mondiale",
        r"obus (?:non explosés?|de la (?:seconde|deuxième|première) guerre)",
    ),
    "es": (
        r"artificieros",
        r"desactiv(?:ó|aron|ado|ada)\b[^.;]{0,30}?\b(?:bomba|artefacto|proyectil|obús)",
        r"bombas? de la (?:segunda|primera) guerra mundial",
    ),
}

# A vehicle that struck another or a person, by the verb and what it struck ("a regional
# train has hit a van", "o comboio colheu um trator", "a percuté une voiture", "ha investito
# un pedone", "erfasste einen Radfahrer"), and a skier or snowboarder who ran into others on
# a slope ("ran into a snowboarder", "percuté une skieuse"): a deal, a nerve or the
# headlines that were "hit" name neither a vehicle nor a person. (Dutch and Catalan read theirs in ``events_nl_ca``.)
_STRUCK: dict[str, tuple[str, str]] = {
    "en": (
        r"(?:train|tram|bus|coach|lorry|truck|van|car|tractor|motorbike|jet[- ]?ski|boat|digger|skier|snowboarder)s?"
        r"\b[^.;]{0,30}?"
        r"\b(?:hit|struck|clipped|ploughed into|ran into|ran over|knocked down|mowed down) (?:a|an|the|two|another)",
        r"(?:train|tram|bus|lorry|truck|van|car|tractor|motorbike|motorcycle|cyclist|pedestrian|swimmer|woman|man|"
        r"child|boy|girl|pensioner|skier|snowboarder)s?",
    ),
    "fr": (
        r"(?:heurt|percut|fauch|renvers)(?:é|ée|és|er|ait|ant) (?:à son tour )?(?:un|une|deux|le|la|l['’])",
        r"(?:autres? )?(?:voitures?|véhicules?|camionnettes?|camions?|tracteurs?|bus|trains?|trams?|motos?|scooters?|"
        r"piétons?|piétonnes?|cyclistes?|nageurs?|nageuses?|enfants?|passants?|skieurs?|skieuses?|snowboardeurs?)",
    ),
    "es": (
        r"(?:arroll|atropell|embist)(?:ó|ió|aron|ieron|ado|ada) (?:a )?(?:un|una|el|la|dos|otro|otra)",
        r"(?:coches?|turismos?|vehículos?|furgonetas?|camión|camiones|tractor(?:es)?|autobús|trenes|tren|motos?|"
        r"peatón|peatones|peatona|ciclistas?|bañistas?|niños?|niñas?|hombres?|mujer(?:es)?|esquiador(?:es|as?)?"
        r"|snowboarders?)",
    ),
    "it": (
        r"(?:travolt|investit|tamponat|urtat)[oaie] (?:da )?(?:un|una|uno|un['’]|il|la|lo|l['’]|due)",
        r"(?:auto|automobil[ei]|furgon[ei]|camion|trattor[ei]|autobus|tren[oi]|moto|scooter|pedon[ei]|ciclist[ai]|"
        r"bagnant[ei]|sciator[ei]|sciatric[ei]|snowboarder)",
    ),
    "pt": (
        r"(?:embateu|embateram|colheu|colheram|abalroou|atropelou|atropelaram) (?:n[oa]s?|num|numa|contra|um|uma|o|a)",
        r"(?:carrinhas?|carros?|viaturas?|automóve(?:l|is)|camião|camiões|tratou?r(?:es)?|tractor(?:es)?|autocarros?|"
        r"comboios?|motas?|motociclos?|peões|peão|ciclistas?|banhistas?|esquiador(?:es|as?)?)",
    ),
    "de": (
        r"(?:erfasste|erfassten|rammte|rammten|überrollte|überrollten) (?:[\w-]+ ){0,2}?(?:ein|eine|einen|den|die|das|zwei)",
        r"(?:\w*auto|\w*wagen|transporter|lieferwagen|lkw|traktor|bus|zug|motorrad|fußgänger\w*|radfahrer\w*|"
        r"schwimmer\w*|skifahrer\w*|snowboarder\w*|wintersportler\w*)",
    ),
}


# A sum between the verb and the vehicle: "ha investito un milione nei treni regionali" put
# money into trains, struck none.
_SUM = r"(?:\d[\d.]*|milion[ei]|miliard[oi]|millions?|milliards?|mill[oó]n(?:es)?|milh(?:ão|ões)|euros?|dollars?)"


# A vehicle that crashed into whatever it hit, a market's stalls, a café, a crowd ("une
# camionnette ... avant de percuter un kiosque", "ein Auto ist in eine Menschenmenge
# gekracht"): the verb of a crash and the vehicle before it. Not a vehicle that "a foncé
# vers" a palace or "ist in den Bahnhof gerollt", an arrival. (English reads "crashed into"
# as an accident already; a cue of its own there would type a second crash a collision.)
# Markets are "percutés par" a tax and a firm's board "hat gekracht" too: the French verb
# is active ("percuté par" is what hit the vehicle, read elsewhere), the German one tells
# what the vehicle ran into or raced into ("gegen einen Baum geprallt"), and "abus" holds
# no bus.
_VEHICLE_INTO = {
    "fr": r"\b(?:voiture|camionnette|camion|véhicule|fourgon|utilitaire|autocar|tracteur|bus)s?\b[^.;]{0,120}?"
    r"\b(?:(?:percut|encastr)(?:é|ée|és|ées|er|ant|ait)\b(?! par\b)|fonc(?:é|er|ant|ait) (?:dans|sur)\b)",
    "de": r"\w*(?:auto|wagen|transporter|lkw|lastwagen|laster|bus|traktor|fahrzeug)\b[^.;]{0,100}?"
    r"\b(?:(?:in|gegen|auf)\s+(?:[\w-]+\s+){1,3}?(?:gekracht|geprallt|gerast)|gerammt)\b",
}


def _with_vehicles_struck(cues: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    out = dict(cues)
    for lang, (struck, what) in _STRUCK.items():
        out[lang] = (*out.get(lang, ()), rf"{struck}\s+(?:(?!{_SUM}\s)[\w'’-]+\s+){{0,2}}?{what}")
    for lang, into in _VEHICLE_INTO.items():
        out[lang] = (*out.get(lang, ()), into)
    return out


COLLISION_CUES = _with_vehicles_struck(COLLISION_CUES)
