"""Incident cues in Dutch and Catalan, beside the German, French and Spanish ones of
``events.py`` (which reads these in): the same event classes, so that the offline engine
finds the incidents of a Dutch or Catalan article, though it still reads that article's
quotations, names and numbers with the English rules (and warns). A report from Flanders or
Barcelona then meets a French or Spanish report of one event in the daily merge.

Lower-case regular expressions matched between word boundaries on lower-cased text. The
kinds of general news that the other languages keep in tables of their own (``crime``,
``leak``, ``collision``, ``rescue``, ...) are written here in each language's one table: the
engine reports them as a schema type (``engines.extractive.incidents.REPORTED_AS``). An
elided article is part of the word it precedes ("l'explosió", "d'un incendi"), so a cue
that opens with a vowel is found after an apostrophe as after a space.

Dutch writes compounds as German does ("kettingbotsing", "ammoniaklek", "woningbrand"):
a cue is the compound's head after any known part, never any word that ends as it does
("plek", a place, ends as "lek" does)."""

from __future__ import annotations

Cues = tuple[tuple[str, tuple[str, ...]], ...]

# What Dutch joins onto a leak or a fire: what leaked, what burned.
_LEAKED = r"(?:gas|ammoniak|chloor|olie|diesel|water|koelmiddel|zuur)"
_BURNED = r"(?:woning|huis|auto|schuur|stal|loods|bedrijfs|keuken|natuur|duin|heide|berm|container|flat)"

INCIDENT_CUES: dict[str, Cues] = {
    "nl": (
        (
            "disaster",
            (
                r"overstromingen?",
                r"wateroverlast",
                r"noodweer",
                r"storm(?:en|schade)?",
                r"aardbevingen?",
                r"(?:bos|natuur|duin|heide)branden?",
                r"hittegolf",
                r"droogte",
                r"aardverschuivingen?",
                r"modderstromen?",
                r"lawines?",
                r"windhoos",
                r"blikseminslag",
                r"hagelbuien?",
                r"buiten (?:de|zijn|haar) oevers getreden",
            ),
        ),
        (
            "leak",
            (
                rf"{_LEAKED}lek(?:ken)?",
                r"lek(?:kage)?",
                r"lekte",
                r"gelekt",
                rf"{_LEAKED}\b[^.]{{0,40}}?\bvrijgekomen",
                r"(?:gas|water)leiding\b[^.]{0,30}?\bgeraakt",
            ),
        ),
        (
            "collision",
            (
                r"\w*botsing(?:en)?",
                r"botsten",
                r"botste",
                r"gebotst",
                r"aanrijding(?:en)?",
                r"aangereden",
                r"aanvaring(?:en)?",
                r"aangevaren",
                r"(?:tegen|op) (?:de|het|een) [^.]{0,40}?(?:gevaren|gereden|gebotst)",
                r"reed [^.]{0,30}?\bin op",
            ),
        ),
        (
            "accident",
            (
                r"(?:verkeers|bedrijfs|arbeids)?ongeval(?:len)?",
                r"(?:verkeers)?ongeluk(?:ken)?",
                r"uitslaande brand",
                rf"{_BURNED}branden?",
                r"brand(?:en)?",
                r"explosies?",
                r"ontploffing(?:en)?",
                r"ontplofte?",
                r"ingestorte?",
                r"instorting",
                r"neergestorte?",
                r"gekapseisd",
                r"gezonken",
                r"verdronken",
                r"verdrinking",
                r"ontspoorde?",
                r"ontsporing",
                r"door het ijs",
                r"(?:van|uit) (?:een|het|de|zijn|haar) (?:balkon|dak|raam|steiger|ladder|rots)\w*\b[^.]{0,40}?\b(?:gevallen|gestort|viel)",
                r"(?:gevallen|viel|gestort) (?:van|uit) (?:een|het|de|zijn|haar) (?:balkon|dak|raam|steiger|ladder|rots)",
                r"te water geraakt",
                r"uit de bocht",
                r"over de kop",
                # A vehicle that tipped over ("een wagon van het treintje kantelde").
                # The vehicle its subject, not a place ("de stemming in de bus sloeg om").
                r"(?<!\bin de )(?<!\bop de )(?<!\bin het )(?<!\bvan de )(?<!\bvan het )"
                r"(?:bus|touringcar|vrachtwagen|auto|trein|treintje|wagon|tractor|aanhanger|bestelbus|kraan|"
                r"hoogwerker)(?:s|en)?\b[^.,;]{0,60}?\b(?:kantelde|kantelden|gekanteld|omgeslagen|sloeg om|kiepte om)",
                r"koolmonoxidevergiftiging",
            ),
        ),
        (
            "evacuation",
            (
                r"geëvacueerde?n?",
                r"evacuatie",
                r"evacueren",
                r"ontruimde?",
                r"ontruiming",
            ),
        ),
        ("rescue", (r"gered", r"reddings(?:actie|operatie)s?", r"uit het water gehaald")),
        (
            "protest",
            (
                r"protest(?:en|actie|acties)?",
                r"demonstraties?",
                r"betogingen?",
                r"stakingen?",
                r"staakten",
                r"stakers",
                r"actievoerders",
            ),
        ),
        (
            "arrest",
            (
                r"aangehouden",
                r"aanhoudingen?",
                r"gearresteerde?n?",
                r"arrestaties?",
                r"opgepakt",
                r"in (?:voorlopige )?hechtenis",
                # A police raid: "een inval in een loods"; not "een goede inval" (an idea).
                r"(?:een|de) inval (?:in|bij|op)",
                r"invallen (?:in|bij|op) (?:een|de|het|twee|drie|\d+)",
            ),
        ),
        (
            "court",
            (r"veroordeelde?", r"veroordeling", r"vonnis", r"rechtszaak", r"strafzaak", r"celstraf"),
        ),
        (
            "crime",
            (
                r"\w*diefstal(?:len)?",
                r"gestolen",
                r"ontvreemd",
                r"buitgemaakt",
                r"inbraak",
                r"inbraken",
                r"ingebroken",
                r"overval(?:len)?",
                r"overvallen",
                r"beroofd",
                r"plofkra(?:ak|ken)",
                r"opgeblazen",
                r"gedumpt",
                r"dumping(?:en)?",
                r"drugsafval",
                r"steekpartij",
                r"neergestoken",
                r"onder bedreiging van (?:een )?(?:mes|vuurwapen|pistool|wapen|revolver)",
                r"stropers?",
                r"stroperij",
                r"illegaal (?:gevangen|gevist|gekapt|geoogst|weggenomen|opgevist)",
                r"schietpartij",
                r"beschoten",
                r"\w*(?:cyber|ransomware-?)aanval(?:len)?",
                r"oplichting",
                r"vernield",
                r"vandalisme",
            ),
        ),
        ("seizure", (r"in beslag genomen", r"inbeslagname")),
        # Gas escapes too ("ontsnapte 800 kilo ammoniak"): only a person who got away.
        (
            "escape",
            (
                r"(?:gevangenen?|gedetineerden?|verdachten?)\b[^.]{0,40}?\bontsnapt",
                r"(?:uit|van) (?:de|het) (?:gevangenis|politiebureau|cel)\b[^.]{0,20}?\bontsnapt",
                r"uitbraak uit",
            ),
        ),
        ("outbreak", (r"uitbraak", r"vogelgriep", r"legionella", r"salmonella", r"besmettingen")),
        ("disruption", (r"stroomstoring", r"storing", r"(?:computer)?systemen\b[^.]{0,30}?\bplat")),
        (
            "political_decision",
            (
                r"\w*verbod(?:en)?",
                r"noodverordening",
                r"verordening",
                r"afgekondigd",
                r"kondigde?\b[^.]{0,60}?\baf",
                r"goedgekeurd",
                r"verkiezingen",
                r"referendum",
            ),
        ),
        (
            "civilian_harm",
            (
                r"(?:zwaar|licht|dodelijk)?gewond(?:e|en)?",
                r"gewond geraakt",
                r"doden",
                r"omgekomen",
                r"om het leven gekomen",
                r"overleden",
            ),
        ),
    ),
    "ca": (
        (
            "disaster",
            (
                r"inundacions?",
                r"aiguats?",
                r"temporals?",
                r"tempestes?",
                # Not the fear a neighbourhood lives ("un terratrèmol de por").
                r"terratrèmols?(?! de (?:por|nervis|emocions))",
                r"incendis? forestals?",
                r"onada de calor",
                r"sequera",
                r"allaus?",
                r"esllavissades?",
                r"despreniments?",
                r"pedregada",
                r"calamarsa",
                r"llamps?",
            ),
        ),
        ("leak", (r"fuit(?:a|es) de (?:gas|aigua|gasoil|amoníac|clor)", r"fuit(?:a|es)", r"vessaments?")),
        (
            "collision",
            (
                r"xocs?",
                r"(?:ha|han|va|van) xocar",
                r"(?:ha|han) xocat",
                r"col·lisions?",
                r"col·lisió",
                r"topada",
                r"atropellaments?",
                r"atropellat",
                r"atropellada",
            ),
        ),
        (
            "accident",
            (
                r"accidents?",
                r"incendis?",
                r"explosions?",
                r"explosió",
                r"(?:va|van|ha|han) (?:fer )?esclatar",
                r"ha esclatat",
                r"bolcat",
                r"bolcada",
                r"(?:s['’]ha|s['’]han|es va|es van) ensorrar",
                r"ensorrament",
                r"enfonsa(?:t|da|ment)",
                r"naufragi",
                r"ofega(?:t|da|ts|des|ment)",
                r"descarrilament",
                r"(?:ha|han|va|van) caure (?:d['’]un|d['’]una|del|de la) (?:balcó|teulada|terrat|finestra|bastida)",
                r"(?:ha|han) caigut (?:d['’]un|d['’]una|del|de la) (?:balcó|teulada|terrat|finestra|bastida)",
                r"caiguda (?:d['’]un|d['’]una|del|de la|des d['’]un|des d['’]una) (?:balcó|teulada|terrat|finestra|bastida)",
                r"intoxicació per monòxid",
            ),
        ),
        (
            "evacuation",
            (
                r"evacua(?:t|da|ts|des|ció)",
                r"desallotja(?:t|da|ts|des|ment|r)",
            ),
        ),
        ("rescue", (r"rescata(?:t|da|ts|des)", r"rescat", r"salvament")),
        (
            "protest",
            (
                r"protestes?",
                r"manifestació",
                r"manifestacions",
                r"manifestants",
                r"vaga general",
                r"(?:en|de|una) vaga",
                r"vaguistes",
                r"concentració de protesta",
            ),
        ),
        (
            "arrest",
            (
                r"detinguts?",
                r"detingudes?",
                r"detencions?",
                r"detenció",
                r"(?:va|van|ha|han) detenir",
                r"(?:ha|han) detingut",
                r"arrestats?",
                r"escorcolls?",
                r"arrestades?",
                r"emmanillats?",
            ),
        ),
        ("court", (r"condemna(?:t|da|ts|des)", r"sentència", r"judici")),
        (
            "crime",
            (
                r"robatoris?",
                r"roba(?:t|da|ts|des)",
                r"lladres?",
                r"atracaments?",
                r"atracadors?",
                r"furts?",
                r"assalts?",
                r"rebentat",
                r"rebentada",
                r"encaputxats",
                r"apunyala(?:t|da)",
                r"homicidi",
                r"assassina(?:t|da)",
                r"tirotejos?",
                r"agressions?",
                r"agressió",
                r"agredi(?:t|da)",
                r"estafes?",
                r"ciberatacs?",
                r"contraban",
                # A robber told by his weapon, and what is taken from the wild against the law.
                r"a punta de (?:pistola|navalla|ganivet|escopeta|arma)",
                r"(?:pesca|caça|extracció|captura) (?:furtiva|il·legal)",
                r"(?:extre|captura|pesca|arrenca|tala)\w* il·legalment",
            ),
        ),
        ("seizure", (r"decomissa(?:t|da|ts|des)", r"comís", r"confisca(?:t|da|ts|des)")),
        ("escape", (r"(?:s['’]ha|s['’]han) escapat", r"evadi(?:t|da|ts|des)")),
        ("outbreak", (r"brots?", r"grip aviària", r"legionel·la", r"salmonel·la")),
        ("disruption", (r"talls? de (?:trànsit|llum|subministrament)", r"avaria")),
        (
            "political_decision",
            (
                r"decret",
                r"ordenança",
                r"aprova(?:t|da)",
                r"prohibició",
                r"obligarà",
                r"obligaran",
                r"eleccions",
                r"referèndum",
                r"pressupostos?",
            ),
        ),
        (
            "civilian_harm",
            (
                r"ferits?",
                r"ferides?",
                r"ferida",
                r"morts",
                r"(?:ha|han|va|van) morir",
                r"morta",
                r"víctimes?",
            ),
        ),
    ),
}
