"""The words of a metaphor frame, per language: what makes a disaster, crash, brawl or bomb
a figure of speech in the news ("a political earthquake", "un séisme politique", "a
firestorm of criticism", "una tormenta de críticas", "Die Aktie ist abgestürzt", "the
market was flooded with cheap imports"). Read by ``engines/extractive/incident_guards.py``
around the cue an incident would be typed from, in every language the engine reads
(Italian and Portuguese too: "uno tsunami politico", "o crash da bolsa"). Lower-case
regular-expression fragments, matched on lower-cased text."""

from __future__ import annotations

from summarizer.text.vocabulary import words

# An adjective that makes the event abstract: a political, financial or verbal one. Right
# before the cue (English and German put the adjective first, "ein politisches Erdbeben",
# "defused a political time bomb") or right after it (the Romance languages, "un séisme
# politique", "una bomba política"). Not "social" nor "public": a public bus crashes.
# Only on its own side: "le local du parti politique incendié" was set on fire.
ADJECTIVE_FIRST = frozenset({"en", "de"})
MODIFIERS: dict[str, str] = {
    "en": r"political|politically|diplomatic|electoral|financial|economic|verbal|media|constitutional|"
    r"budgetary|fiscal|legal|moral",
    "de": r"politisch\w*|diplomatisch\w*|finanziell\w*|wirtschaftlich\w*|verbal\w*|mediale?[nrs]?|"
    r"innenpolitisch\w*|außenpolitisch\w*",
    "fr": r"politiques?|diplomatiques?|électora(?:l|le|ux|les)|financi(?:er|ère|ers|ères)|"
    r"économiques?|verba(?:l|le|ux|les)|médiatiques?|budgétaires?|judiciaires?",
    "es": r"polític[oa]s?|diplomátic[oa]s?|electora(?:l|les)|financier[oa]s?|económic[oa]s?|"
    r"verba(?:l|les)|mediátic[oa]s?|presupuestari[oa]s?|judicia(?:l|les)",
    "it": r"politic[oaie]|diplomatic[oaie]|elettora(?:le|li)|finanziari[oa]|finanziarie|economic[oaie]|"
    r"verba(?:le|li)|mediatic[oaie]",
    "pt": r"polític[oa]s?|diplomátic[oa]s?|eleitora(?:l|is)|financeir[oa]s?|económic[oa]s?|econômic[oa]s?|"
    r"verba(?:l|is)|mediátic[oa]s?",
}

# A complement that tells what the "storm" or "avalanche" is made of: words and anger
# (``SPEECH``), goods and money (``TRADE``): "a firestorm of criticism", "ein Sturm der
# Entrüstung", "avalanche de plaintes", "flooded with cheap imports", "the crash of the
# stock market". Snow, water or mud is none of these: "an avalanche of snow" stays a
# disaster.
OF: dict[str, str] = {
    "en": r"of|with",
    "de": r"der|des|von|vom|mit",
    "fr": r"de|d['’]|des|du",
    "es": r"de|del|con",
    "it": r"di|del|della|dei|delle|degli|con",
    "pt": r"de|da|do|das|dos|com",
}
# Words, anger and paperwork. Also what a verb cue may be said of ("une tempête de critiques
# s'est abattue sur le ministre"): nothing here is stolen or falls on a street.
SPEECH: dict[str, str] = {
    "en": r"criticism|complaints?|words|insults|outrage|anger|indignation|protests?|abuse|ridicule|"
    r"condemnation|objections|lawsuits|claims|applications|requests|questions|controversy|scandal|"
    r"speculation|rumou?rs",
    "de": r"entrüstung|empörung|kritik|beschwerden|klagen|anfragen|anträgen|anträge|beleidigungen|"
    r"protesten?|vorwürfen?|wut|spekulationen|gerüchten?",
    "fr": r"critiques|plaintes|protestations|insultes|indignation|colère|reproches|recours|"
    r"demandes|candidatures|questions|polémiques?|rumeurs",
    "es": r"críticas|quejas|protestas|insultos|indignación|reproches|recursos|denuncias|demandas|"
    r"solicitudes|peticiones|preguntas|polémicas?|rumores",
    "it": r"critiche|proteste|polemiche|insulti|indignazione|reclami|ricorsi|denunce|richieste|"
    r"domande|voci",
    "pt": r"críticas|protestos|queixas|reclamações|insultos|indignação|pedidos|polémicas?|polêmicas?|"
    r"rumores",
}
# Goods, money and shares a market is flooded with or that crash: a complement only ("a
# lorry full of goods crashed" is a crash). Never a word with a common other sense: German
# "waren" (also "were"), French "cours" ("cours d'eau": a river), Spanish and Portuguese
# "bolsa" (a bag: "la bolsa de basura").
TRADE: dict[str, str] = {
    "en": r"imports|goods|products|money|cash|investment|stock markets?|shares|stocks|prices|"
    r"calls|e-?mails|messages|orders|offers|bids",
    "de": r"billigware\w*|importen?|geld|börsen?|aktien?|kurse?",
    "fr": r"produits|importations|marchandises|argent|bourses?|actions|prix|appels|courriels|"
    r"messages|commandes",
    "es": r"productos|importaciones|dinero|acciones|precios|llamadas|mensajes|pedidos",
    "it": r"prodotti|importazioni|soldi|borsa|borse|titoli|azioni|prezzi|messaggi|ordini",
    "pt": r"produtos|importações|dinheiro|ações|preços|mensagens|encomendas",
}

# The articles that make a complement one thing: a metaphor's is a mass or a plural ("a storm
# of criticism", "flooded with cheap imports"), "a collision with a (heavy) goods vehicle" is
# with a vehicle.
ONE_THING: dict[str, str] = {
    "en": r"a|an",
    "de": r"ein|eine|einem|einen|einer|eines",
    "fr": r"un|une",
    "es": r"un|una",
    "it": r"un|uno|una|un['’]",
    "pt": r"um|uma",
}

# Shares, prices, markets or a deal as what crashed or collapsed ("Shares crashed", "Die
# Aktie ist abgestürzt", "Der Kurs ist eingebrochen", "Las acciones se desplomaron"); as a
# complement they are among ``TRADE`` ("the crash of the stock market", "il crash
# di Borsa"). Not one market ("the market was flooded" may be a square under water; "flooded
# with cheap imports" tells it is not): only markets, which are the trading kind.
MARKETS: dict[str, str] = {
    "en": r"shares|stocks?|share prices?|stock prices?|prices?|markets|stock markets?|stock exchange|"
    r"bourse|index|indices|currency|pound|dollar|euro|yen|bitcoin|bonds|yields|sales|profits|"
    r"earnings|revenues?|ratings|poll ratings|economy|exports|talks|negotiations|coalition|deal",
    "de": r"aktien?|aktienkurse?|kurse?|börsen?|börsenkurse?|preise?|märkte|index|dax|währung|"
    r"euro|dollar|umsätze?|gewinne?|absatz|umfragewerte|zustimmung|wirtschaft|exporte?|gespräche|"
    r"verhandlungen|koalition",
    "fr": r"actions?|cours|bourses?|prix|marchés|indice|cac|devises?|monnaie|euro|dollar|ventes|"
    r"bénéfices|chiffre d['’]affaires|sondages|économie|exportations|négociations|pourparlers|coalition",
    "es": r"acciones|cotización|cotizaciones|bolsas?|precios?|mercados|índice|ibex|divisas?|moneda|"
    r"euro|dólar|peso|ventas|beneficios|ganancias|encuestas|economía|exportaciones|negociaciones|"
    r"conversaciones|coalición",
    "it": r"azioni|titoli?|borsa|borse|prezz[oi]|mercati|indice|ftse|valuta|euro|dollaro|vendite|utili|"
    r"sondaggi|economia|esportazioni|trattative|negoziati|coalizione|spread",
    "pt": r"ações|acções|cotação|cotações|bolsas?|preços?|mercados|índice|ibovespa|moeda|euro|dólar|"
    r"real|vendas|lucros|sondagens|pesquisas|economia|exportações|negociações|coligação|coalizão",
}
# What may stand between the market and the verb: auxiliaries, reflexives and adverbs of
# degree ("Shares have crashed", "Die Aktie ist regelrecht abgestürzt", "s'est effondré",
# "se desplomaron"). Nothing else: "the market hall roof collapsed" is a roof.
BETWEEN: dict[str, str] = {
    "en": r"was|were|is|are|has|have|had|been|also|then|sharply|almost|nearly|all but|virtually|just",
    "de": r"ist|sind|war|waren|wurde|wurden|hat|haben|sei|seien|regelrecht|förmlich|fast|nahezu|"
    r"geradezu|dann|am|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern",
    "fr": r"s['’]est|se sont|s['’]était|se|a|ont|été|est|sont|littéralement|presque|alors|ensuite",
    "es": r"se|ha|han|había|habían|fue|fueron|literalmente|prácticamente|casi|ayer|hoy",
    "it": r"si|è|sono|ha|hanno|stato|stata|stati|letteralmente|praticamente|quasi|ieri|oggi",
    "pt": r"se|foi|foram|tem|têm|tinha|literalmente|praticamente|quase|ontem|hoje",
}

# The prepositions a place broken into follows ("in die Börse eingebrochen": the German
# break-in verb is the one prices fall with), one article away at most.
INTO: dict[str, str] = {
    "en": r"into|in",
    "de": r"in|ins|im",
    "fr": r"dans",
    "es": r"en",
    "it": r"in|nella|nel",
    "pt": r"em|na|no",
}

# A building or its parts, accents folded, in every language the engine reads: owned by a
# market's word it is the market's house, and what falls is that house ("el edificio de la
# Bolsa se derrumbó", "das Gebäude der Börse ist eingestürzt", "il palazzo della Borsa è
# crollato"). The concept tables know a roof or a wall; they leave the building itself out,
# a word too common to tell one event from another.
BUILDINGS = words(
    """building buildings edifice headquarters hall premises gebaude bau sitz halle batiment
    immeuble siege edificio edificios inmueble sede palazzo palazzi edifici predio predios"""
)
