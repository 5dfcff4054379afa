"""Spanish: «…» and “…” quotations and the raya of dialogue ("—Es un desastre —dijo el
alcalde—."), "dijo X", "según X", "1.000", "2,5 millones", "5,4 %", two surnames."""

from __future__ import annotations

from summarizer.text.lexicon import Lexicon, Numbers
from summarizer.text.vocabulary import words

_VERBS = words(
    """
    dijo dijeron dice dicen afirmó afirmaron afirma aseguró aseguraron asegura explicó
    explicaron explica añadió añadieron añade agregó agregaron agrega señaló señalaron
    señala indicó indicaron indica declaró declararon declara manifestó manifestó
    manifiesta advirtió advirtieron advierte subrayó subraya destacó destaca insistió
    insiste recordó recuerda reconoció reconoce lamentó lamenta denunció denuncia
    criticó critica anunció anuncia confirmó confirma sostuvo sostiene apuntó apunta
    precisó precisa relató relata contó cuenta escribió escribe respondió responde
    admitió admite opinó opina comentó comenta concluyó concluye prometió promete
    expresó expresa agregó reiteró reitera defendió defiende avisó avisa alertó alerta
    describió describe calificó califica habló habla zanjó resumió resume pidió pide
    exigió exige reclamó reclama valoró valora recalcó recalca matizó matiza sentenció
    replicó replica aclaró aclara mantuvo mantiene consideró considera prosiguió
    prosigue continuó continúa relató narró narra confesó confiesa apostilló
    """
)
_REPORTING = (
    *sorted(_VERBS),
    *(
        f"ha {p}"
        for p in (
            "dicho",
            "afirmado",
            "asegurado",
            "explicado",
            "añadido",
            "señalado",
            "indicado",
            "declarado",
            "anunciado",
            "reconocido",
            "denunciado",
            "advertido",
            "criticado",
            "pedido",
            "reclamado",
            "insistido",
            "recordado",
            "subrayado",
            "destacado",
            "lamentado",
            "defendido",
            "calificado",
            "celebrado",
        )
    ),
    "celebra",
    "celebró",
    *(
        f"han {p}"
        for p in ("dicho", "afirmado", "asegurado", "explicado", "señalado", "indicado", "declarado")
    ),
)

LEXICON = Lexicon(
    code="es",
    # A plural abbreviation doubles its letters, and is written spaced: "EE. UU.", "FF. AA.",
    # "CC. OO.", "RR. HH.".
    abbreviations=frozenset(
        words(
            """
            sr sra srta dr dra lic ing prof d dña ud uds etc núm no pág av avda gral col
            ene feb mar abr jun jul ago sept oct nov dic ee.uu eeuu
            ee uu ff aa cc oo rr hh jj ss mm
            """
        )
    ),
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    reporting_verbs=_REPORTING,
    according_to=("según", "de acuerdo con", "a juicio de", "en palabras de"),
    according_after=(),
    determiners=(
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "del",
        "al",
        "su",
        "sus",
        "nuestro",
        "nuestra",
    ),
    pronouns={"él": "m", "ella": "f", "ellos": None, "ellas": None},
    also=("también", "además"),
    that=("que",),
    time_words=("el", "este", "esta"),
    not_name=frozenset(
        words(
            """
            El La Los Las Un Una Unos Unas Del Al Él Ella Ellos Ellas Nosotros Yo Usted
            Y O Pero Sin Con Por Para Desde Hasta Entre Sobre Tras Según En De A Ante Bajo
            Como Cuando Si Porque Aunque Así Ya Hoy Ayer Mañana Este Esta Estos Estas Ese Esa
            Aquel Todos Todas Varios Muchos Algunos Ningún Ninguna Su Sus Nuestro Nuestra
            Además También Sr Sra Srta Don Doña Lunes Martes Miércoles Jueves Viernes
            Sábado Domingo
            """
        )
    ),
    person_roles=frozenset(
        words(
            """
            presidente presidenta ministro ministra alcalde alcaldesa gobernador gobernadora
            concejal concejala portavoz director directora jefe jefa responsable secretario
            secretaria diputado diputada senador senadora fiscal juez jueza abogado abogada
            comisario comisaria investigador investigadora médico médica profesor profesora
            experto experta entrenador entrenadora capitán capitana embajador embajadora
            consejero consejera delegado delegada testigo vecino vecina economista analista
            sindicalista dirigente líder agente inspector inspectora
            """
        )
    ),
    role_endings=(),
    titles={"sr": "m", "sra": "f", "srta": "f", "don": "m", "doña": "f", "dr": None, "dra": "f"},
    noun_endings=(),
    name_particles=("de la", "de los", "de las", "del", "de", "y"),
    day_parts=("por la mañana", "por la tarde", "por la noche"),
    addressee=r"a|al|ante",
    # Capitalised too: a sentence opens with its place ("À Nantes, la police ...").
    place_prepositions=(
        r"(?i:en|cerca de|junto a|a las afueras de|frente a|frente a la costa de|encima de"
        r"|al (?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste) de)"
    ),
    relative_days={
        "ayer": -1,
        "hoy": 0,
        "anteayer": -2,
        "antes de ayer": -2,
        "antier": -2,
        "anoche": -1,
        "esta madrugada": 0,
    },
    gendered_words={
        "el": "m",
        "un": "m",
        "la": "f",
        "una": "f",
        "sr": "m",
        "sra": "f",
        "srta": "f",
        "don": "m",
        "doña": "f",
    },
    dropped_subject="él/ella",
    organization_roles=frozenset(
        words(
            """
            policía guardia gobierno ministerio ayuntamiento empresa compañía grupo tribunal
            organismo entidad patronal plataforma delegación instituto servicio centro
            fundación club
            fiscalía sindicato partido asociación hospital universidad comisión agencia
            autoridad consejo congreso senado bomberos federación banco junta unión
            cabildo consorcio asamblea naviera salvamento papelera prefectura
            """
        )
    ),
    indefinite_articles=words("un una unos unas"),
    counted_stops=words(
        """
        el la los las l un del de d al y o en a con por para sin sobre entre bajo tras desde hasta hacia según contra ante durante han ha son fueron fue que se
        """
    ),
    services=words("policía bomberos fiscalía"),
    report_nouns=words("fuentes portavoz"),
    government_words=words(
        """
        policía guardia gobierno ministerio ayuntamiento tribunal fiscalía agencia autoridad consejo congreso senado bomberos junta delegación servicio instituto
        """
    ),
    organization_endings=frozenset(
        words(
            """
            S.A. SA S.L. SL Grupo Banco Federación Asociación Sindicato Partido Instituto
            Universidad Hospital Ministerio Ayuntamiento Tribunal Fiscalía Consejo Agencia
            Autoridad Comisión Fundación Congreso Senado Policía Guardia Junta
            """
        )
    ),
    numbers=Numbers(
        thousands=". \u00a0\u202f",
        decimal=",",
        words={
            "dos": 2,
            "tres": 3,
            "cuatro": 4,
            "cinco": 5,
            "seis": 6,
            "siete": 7,
            "ocho": 8,
            "nueve": 9,
            "diez": 10,
            "once": 11,
            "doce": 12,
            "trece": 13,
            "catorce": 14,
            "quince": 15,
            "dieciséis": 16,
            "diecisiete": 17,
            "dieciocho": 18,
            "diecinueve": 19,
            "veinte": 20,
            "treinta": 30,
            "cuarenta": 40,
            "cincuenta": 50,
            "sesenta": 60,
            "setenta": 70,
            "ochenta": 80,
            "noventa": 90,
            "cien": 100,
            "mil": 1000,
            "docena": 12,
            "ciento": 100,
            "veintiuno": 21,
            "veintiún": 21,
            "veintidós": 22,
            "veintitrés": 23,
            "veinticuatro": 24,
            "veinticinco": 25,
            "veintiséis": 26,
            "veintisiete": 27,
            "veintiocho": 28,
            "veintinueve": 29,
            "doscientos": 200,
            "doscientas": 200,
            "trescientos": 300,
            "trescientas": 300,
            "cuatrocientos": 400,
            "quinientos": 500,
            "quinientas": 500,
            "seiscientos": 600,
            "setecientos": 700,
            "ochocientos": 800,
            "novecientos": 900,
        },
        ones=frozenset({"un", "una", "uno"}),
        joiners=frozenset({"y"}),
        scales={
            "mil": 1e3,
            "miles": 1e3,
            "millón": 1e6,
            "millones": 1e6,
            "mil millones": 1e9,
            "billón": 1e12,
            "billones": 1e12,
        },
        vague={
            "decenas": 20,
            "docenas": 24,
            "cientos": 200,
            "centenares": 200,
            "miles": 2000,
            "decena": 10,
            "veintena": 20,
            "treintena": 30,
            "centenar": 100,
            "millar": 1000,
        },
    ),
    age_after=r"(?:\s+años\b(?!\s+(?:de|en|después|antes)\b)|\s*\(\d{1,3}\s*años\))",
    after_quote=(),
    dash_dialogue=True,
    unit_of=("de",),
    units_after={
        "%": "percent",
        "por ciento": "percent",
        "euros": "EUR",
        "euro": "EUR",
        "dólares": "USD",
        "km": "km",
        "kilómetros": "km",
        "metros": "m",
        "toneladas": "t",
        "hectáreas": "ha",
        "grados": "degrees",
        "años": "years",
        "días": "days",
        "horas": "hours",
        "minutos": "minutes",
        "semanas": "weeks",
        "meses": "months",
        "kilos": "kg",
        "kg": "kg",
        "puntos": "percent",
    },
    bounds=(
        (r"al menos|por lo menos|como mínimo", "at_least"),
        (r"más de", "more_than"),
        (r"hasta|como máximo", "at_most"),
        (r"menos de", "fewer_than"),
        (
            r"unos|unas|cerca de|casi|alrededor de|aproximadamente|en torno a|rondan|más o menos",
            "approximately",
        ),
    ),
    function_words=words(
        """
        para como pero desde entre sobre tras según este esta estos estas donde cuando todo
        todos toda todas sido está están fueron tiene tienen hace menos también porque
        durante había habían será serán hasta contra otro otra otros otras cual
        """
    ),
)
