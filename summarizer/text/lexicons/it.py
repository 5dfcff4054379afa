"""Italian: «…» and “…” quotations, "ha detto X", "secondo X", "fa sapere il sindaco",
"1.200", "2,5 milioni", "ventitré", elided articles ("l'esercito", "dell'ospedale")."""

from __future__ import annotations

from summarizer.text.lexicon import Lexicon, Numbers
from summarizer.text.vocabulary import words

_VERBS = words(
    """
    disse dissero dice dicono dichiara dichiarano dichiarò afferma affermano affermò spiega
    spiegano spiegò aggiunge aggiungono aggiunse sottolinea sottolineano sottolineò racconta
    raccontano raccontò conferma confermano confermò precisa precisò riferisce riferiscono
    riferì commenta commentano commentò ammette ammise annuncia annunciò denuncia denunciò
    avverte avvertì osserva osservò ricorda ricordò rivela rivelò replica replicò risponde
    rispose insiste insistette assicura assicurò sostiene sostenne scrive scrisse conclude
    concluse prosegue proseguì continua continuò attacca attaccò incalza chiarisce chiarì
    lamenta lamentò esordisce evidenzia evidenziò ribadisce ribadì tuona aggiungeva diceva
    """
)
# Italian reports speech in the passato prossimo: "ha detto", "hanno spiegato".
_PARTICIPLES = words(
    """
    detto dichiarato affermato spiegato aggiunto sottolineato raccontato confermato precisato
    riferito commentato ammesso annunciato denunciato avvertito osservato ricordato rivelato
    replicato risposto insistito assicurato sostenuto scritto concluso chiarito lamentato
    evidenziato ribadito reso noto
    """
)
_REPORTING = (
    *sorted(_VERBS),
    *(f"{aux} {p}" for aux in ("ha", "hanno", "aveva", "avevano") for p in sorted(_PARTICIPLES)),
    "fa sapere",
    "fanno sapere",
    "ha fatto sapere",
    "hanno fatto sapere",
    "ha reso noto",
)

# Cardinals below a thousand as Italian writes them, one word: "ventitré", "trentotto"
# (a ten loses its vowel before "uno" and "otto"), "centoventi", "duecentocinquanta".
_UNITS = {"uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9}
_TEENS = {
    "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
    "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
}  # fmt: skip
_TENS = {
    "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
    "ottanta": 80, "novanta": 90,
}  # fmt: skip


def _below_hundred() -> dict[str, int]:
    found = {k: v for k, v in _UNITS.items() if k != "uno"} | _TEENS | _TENS
    for ten, tv in _TENS.items():
        for unit, uv in _UNITS.items():
            stem = ten[:-1] if unit in ("uno", "otto") else ten
            found[stem + unit] = tv + uv
            if unit == "tre":
                found[stem + "tré"] = tv + uv  # "ventitré", also written "ventitre"
    return found


def _below_thousand() -> dict[str, int]:
    small = _below_hundred() | {"uno": 1}
    found = {k: v for k, v in small.items() if k != "uno"}
    for hundred, hv in {
        "cento": 100,
        **{u + "cento": uv * 100 for u, uv in _UNITS.items() if u != "uno"},
    }.items():
        found[hundred] = hv
        for word, value in small.items():
            # "centotto" and "centootto" are both written.
            found[hundred + word] = hv + value
            if word.startswith("o"):
                found[hundred[:-1] + word] = hv + value
    return found


_CARDINALS = _below_thousand()
# "duemila", "cinquantamila", "trecentomila": a thousand times the number before "mila".
_THOUSANDS = {
    word + "mila": value * 1000 for word, value in _CARDINALS.items() if value < 100 or value % 100 == 0
}

LEXICON = Lexicon(
    code="it",
    abbreviations=frozenset(
        words(
            """
            sig sigg sig.ra sigra dott dott.ssa dottssa prof prof.ssa ing avv arch on sen
            geom rag mons p pag n nr ecc es art c.so v.le p.za gen genn febbr apr giu lug
            ago sett ott dic s.p.a spa s.r.l srl
            """
        )
    ),
    months=(
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    weekday_aliases={
        "lunedi": "lunedì",
        "martedi": "martedì",
        "mercoledi": "mercoledì",
        "giovedi": "giovedì",
        "venerdi": "venerdì",
    },
    reporting_verbs=_REPORTING,
    according_to=("secondo", "a detta di", "stando a", "a quanto riferito da", "a giudizio di"),
    according_after=(),
    # Elided articles keep their apostrophe: "l'esercito", "un'infermiera". Not "della",
    # "al", "dell'": a speaker is never "of the" or "to the" ("ha detto il presidente della
    # Regione, Marco Baldacci" is not said by "della Regione").
    determiners=(
        "il",
        "lo",
        "la",
        "l'",
        "l’",
        "i",
        "gli",
        "le",
        "un",
        "uno",
        "una",
        "un'",
        "un’",
        "suo",
        "sua",
        "suoi",
        "sue",
    ),
    pronouns={"lui": "m", "lei": "f", "egli": "m", "ella": "f", "loro": None},
    also=("anche", "inoltre", "pure"),
    that=("che",),
    # Not the bare article: "ha detto il presidente" is no time.
    time_words=("nella", "nel", "questo", "questa", "lo scorso", "la scorsa"),
    not_name=frozenset(
        words(
            """
            Il Lo La L I Gli Le Un Uno Una Del Dello Della Dell Dei Degli Delle Al Allo Alla
            All Ai Agli Alle Nel Nello Nella Nell Nei Negli Nelle Sul Sulla Sull Sui Sugli
            Sulle Dal Dalla Dall Dai Dagli Dalle Col Lui Lei Egli Ella Loro Noi Voi Io Tu
            E Ed O Ma Però Senza Con Per Da Di A In Su Tra Fra Secondo Come Quando Se Perché
            Anche Così Già Oggi Ieri Domani Questo Questa Questi Queste Quello Quella Quelli
            Tutti Tutte Alcuni Alcune Molti Nessuno Suo Sua Suoi Sue Nostro Nostra Inoltre
            Sig Sigg Signor Signora Dott Dottor Dottoressa Prof Lunedì Martedì Mercoledì
            Giovedì Venerdì Sabato Domenica Dopo Prima Durante Mentre Poi Ora Intanto Qui Lì
            """
        )
    ),
    person_roles=frozenset(
        words(
            """
            presidente ministro ministra sindaco sindaca prefetto prefetta questore assessore
            assessora consigliere consigliera portavoce direttore direttrice capo responsabile
            segretario segretaria deputato deputata senatore senatrice procuratore procuratrice
            pm giudice avvocato avvocata avvocatessa comandante commissario commissaria
            investigatore medico primario professore professoressa esperto esperta allenatore
            ambasciatore ambasciatrice governatore governatrice testimone vicino vicina residente
            abitante sindacalista dirigente leader agente ispettore ispettrice economista analista
            titolare gestore gestrice vigile figlio figlia moglie marito madre padre fratello
            sorella nipote
            """
        )
    ),
    role_endings=(),
    titles={
        "sig": "m",
        "signor": "m",
        "signore": "m",
        "sig.ra": "f",
        "signora": "f",
        "dott": None,
        "dottor": "m",
        "dottoressa": "f",
        "prof": None,
        "avv": None,
        "on": None,
        "don": "m",
        "suor": "f",
    },
    noun_endings=(),
    name_particles=("de", "di", "da", "del", "della", "dei", "degli", "d'", "d’"),
    day_parts=("mattina", "mattino", "pomeriggio", "sera", "notte", "mattinata", "serata", "nottata"),
    addressee=r"a|al|alla|all['’]|ai|agli",
    # Capitalised too: a sentence opens with its place ("A Bologna, la polizia ...").
    place_prepositions=(
        r"(?i:a|ad|in|nei pressi di|vicino a|alle porte di|alla periferia di|nel comune di|al largo di"
        r"|a (?:nord|sud|est|ovest) di)"
    ),
    relative_days={
        "ieri": -1,
        "oggi": 0,
        "l'altro ieri": -2,
        "l’altro ieri": -2,
        "l'altroieri": -2,
        "l’altroieri": -2,
        "ieri l'altro": -2,
        "ieri l’altro": -2,
        "ieri sera": -1,
        "stanotte": 0,
    },
    gendered_words={
        "il": "m",
        "lo": "m",
        "un": "m",
        "uno": "m",
        "la": "f",
        "una": "f",
        "un'": "f",
        "un’": "f",
        "sig": "m",
        "signor": "m",
        "signora": "f",
        "dottoressa": "f",
    },
    dropped_subject="lui/lei",
    organization_roles=frozenset(
        words(
            """
            polizia carabinieri governo ministero comune regione provincia prefettura questura
            procura tribunale azienda società gruppo ente istituto servizio centro fondazione
            sindacato partito associazione ospedale università commissione agenzia autorità
            consiglio camera senato vigili federazione banca giunta unione consorzio
            protezione guardia finanza croce soccorso esercito museo teatro fondazione
            albergo hotel
            """
        )
    ),
    indefinite_articles=words("un uno una un'"),
    counted_stops=words(
        """
        il lo la l i gli le un uno una del dello della dell dei degli delle di d al alla ai
        e ed o in nel nella nei a ad con per senza su sul sulla tra fra da dal dalla dai
        contro durante secondo hanno ha sono è sono stati stato state era erano che si
        """
    ),
    services=words("polizia carabinieri vigili prefettura questura procura"),
    report_nouns=words("fonti portavoce nota comunicato"),
    government_words=words(
        """
        polizia carabinieri governo ministero comune regione provincia prefettura questura
        procura tribunale autorità consiglio camera senato vigili giunta protezione guardia
        agenzia servizio istituto
        """
    ),
    organization_endings=frozenset(
        words(
            """
            S.p.A. SpA Spa S.r.l. Srl Gruppo Banca Federazione Associazione Sindacato Partito
            Istituto Università Ospedale Ministero Comune Regione Provincia Prefettura Questura
            Procura Tribunale Consiglio Agenzia Autorità Commissione Fondazione Camera Senato
            Polizia Carabinieri Giunta Consorzio Museo Teatro
            """
        )
    ),
    # Italian writes a body's name in sentence case: "Vigili del fuoco", "Protezione civile",
    # "Guardia di finanza", "Agenzia regionale per la protezione ambientale". Not "-ano" nor
    # "-ani": a verb's plural ("le stime della Regione parlano di danni") and "domani".
    body_adjective_endings=tuple(
        sorted(words("ale ali ile ili ese esi ana ane ico ica ici iche ivo iva ivi ive"))
    ),
    body_name_joins=r"del|dello|della|dei|degli|delle|dell['’]|di|d['’]|e|per la|per il|per i|per le|per l['’]",
    numbers=Numbers(
        thousands=". \u00a0\u202f",
        decimal=",",
        words={**_CARDINALS, "mille": 1000, "dozzina": 12, **_THOUSANDS},
        # "un milione", "una decina", "uno dei": one only before a large scale.
        ones=frozenset({"un", "uno", "una"}),
        attached_scales={"mila": 1e3},
        suffixes=("enne", "enni"),
        homographs={
            # The winds of a weather report: "venti forti", "venti di burrasca", "venti da nord",
            # "venti fino a 90 km/h".
            "venti": r"forti|fortissimi|moderati|deboli|tesi|sferzanti|impetuosi|freddi|caldi|gelidi"
            r"|di (?:burrasca|tempesta|maestrale|scirocco|guerra|crisi|cambiamento)|da (?:nord|sud|est|ovest)\w*"
            r"|(?:settentrionali|meridionali|occidentali|orientali)|fino a|oltre i|a raffiche|e (?:pioggia|piogge|neve)",
            # The verb "to be": "sei stato", "sei sicuro", "sei tu".
            "sei": r"stat[oa]|sicur[oa]|tu|già|ancora|sempre|mai|qui|pronto|pronta|un|una|il|la|solo|sola",
        },
        joiners=frozenset({"e"}),
        scales={
            "mila": 1e3,
            "milione": 1e6,
            "milioni": 1e6,
            "mln": 1e6,
            "miliardo": 1e9,
            "miliardi": 1e9,
            "mld": 1e9,
        },
        vague={
            "decine": 20,
            "dozzine": 24,
            "centinaia": 200,
            "migliaia": 2000,
            "decina": 10,
            "ventina": 20,
            "trentina": 30,
            "quarantina": 40,
            "cinquantina": 50,
            "centinaio": 100,
            "migliaio": 1000,
            "decine di migliaia": 20000,
            "centinaia di migliaia": 200000,
        },
    ),
    age_after=r"(?:enn[ei]\b|\s+anni\b(?!\s+(?:di|fa|dopo|prima)\b)|\s*\(\d{1,3}\s*anni\))",
    unit_of=("di", "d'", "d’"),
    units_after={
        "%": "percent",
        "per cento": "percent",
        "percento": "percent",
        "euro": "EUR",
        "dollari": "USD",
        "franchi": "CHF",
        "km": "km",
        "chilometri": "km",
        "metri": "m",
        "tonnellate": "t",
        "ettari": "ha",
        "gradi": "degrees",
        "anni": "years",
        "giorni": "days",
        "ore": "hours",
        "minuti": "minutes",
        "settimane": "weeks",
        "mesi": "months",
        "chili": "kg",
        "chilogrammi": "kg",
        "kg": "kg",
        "punti": "percent",
    },
    bounds=(
        (r"almeno|come minimo", "at_least"),
        (r"più di|oltre", "more_than"),
        (r"fino a|al massimo", "at_most"),
        (r"meno di", "fewer_than"),
        (r"circa|quasi|intorno a|attorno a|poco meno di|poco più di|all'incirca", "approximately"),
    ),
    function_words=words(
        """
        della delle dello degli dalla dalle dagli nella nelle negli sulla sulle sugli alla
        alle agli anche come però dopo prima mentre durante contro secondo questo questa
        questi queste quello quella quelli tutto tutti tutta tutte sono stato stata stati
        state essere hanno aveva avevano sarà saranno perché quando dove senza ancora verso
        presso oltre altro altra altri altre loro
        """
    ),
)
