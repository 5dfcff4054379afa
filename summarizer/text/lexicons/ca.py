"""Catalan (Catalonia, Valencia, the Balearics, Andorra): «…» quotations, "va dir X",
"segons X", "1.000", "2,5 milions", "a les 4.10 h", "dotze veïns".

Read by the daily merge only (``language.MERGED``): the engine briefs a Catalan article
with the English rules and warns about it, and a day's merge still reads that briefing's
Catalan words, times and figures as it reads Spanish ones."""

from __future__ import annotations

from summarizer.text.lexicon import Lexicon, Numbers
from summarizer.text.vocabulary import words

# Catalan tells the past with "va" and the infinitive ("va dir", "van explicar").
_SAYING = words("dir explicar afegir assegurar afirmar declarar indicar assenyalar confirmar anunciar")
_VERBS = words(
    """
    diu diuen ha dit han dit explica expliquen afegeix assegura afirma declara indica
    assenyala confirma anuncia denuncia lamenta adverteix recorda
    """
)
_REPORTING = (*sorted(_VERBS), *(f"{aux} {verb}" for aux in ("va", "van") for verb in sorted(_SAYING)))

_NUMBERS: dict[str, float] = {
    "dos": 2, "dues": 2, "tres": 3, "quatre": 4, "cinc": 5, "sis": 6, "set": 7, "vuit": 8,
    "nou": 9, "deu": 10, "onze": 11, "dotze": 12, "tretze": 13, "catorze": 14, "quinze": 15,
    "setze": 16, "disset": 17, "divuit": 18, "dinou": 19, "vint": 20, "trenta": 30,
    "quaranta": 40, "cinquanta": 50, "seixanta": 60, "setanta": 70, "vuitanta": 80,
    "noranta": 90, "cent": 100, "mil": 1000, "dotzena": 12,
}  # fmt: skip

_MONTHS = (
    "gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
    "octubre", "novembre", "desembre",
)  # fmt: skip

_RELATIVE_DAYS = {
    "ahir": -1, "avui": 0, "abans-d'ahir": -2, "abans d'ahir": -2, "abans-d’ahir": -2,
    "aquesta matinada": 0, "aquest matí": 0, "aquest migdia": 0, "aquesta tarda": 0,
    "aquest vespre": 0, "aquesta nit": 0, "ahir a la nit": -1,
    "anit": -1,
}  # fmt: skip

_UNITS = {
    "%": "percent", "per cent": "percent", "euros": "EUR", "euro": "EUR", "km": "km",
    "quilòmetres": "km", "metres": "m", "tones": "t", "hectàrees": "ha", "graus": "degrees",
    "anys": "years", "dies": "days", "hores": "hours", "minuts": "minutes",
    "setmanes": "weeks", "mesos": "months", "quilos": "kg", "kg": "kg",
}  # fmt: skip

LEXICON = Lexicon(
    code="ca",
    abbreviations=frozenset(
        words(
            """
            sr sra srta dr dra prof núm pàg av etc gen febr març abr jul ag set oct nov des
            """
        )
    ),
    months=_MONTHS,
    weekdays=("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
    reporting_verbs=_REPORTING,
    according_to=("segons", "d'acord amb", "d’acord amb"),
    according_after=(),
    determiners=(
        "el",
        "la",
        "els",
        "les",
        "l'",
        "l’",
        "un",
        "una",
        "uns",
        "unes",
        "del",
        "dels",
        "al",
        "als",
    ),
    pronouns={"ell": "m", "ella": "f", "ells": None, "elles": None},
    also=("també",),
    that=("que",),
    time_words=("el", "aquest", "aquesta"),
    not_name=frozenset(
        words(
            """
            El La Els Les Un Una Uns Unes Del Dels Al Als Ell Ella Ells Elles I O Però Sense
            Amb Per Des Fins Entre Sobre Segons En De A Com Quan Si Perquè Avui Ahir Demà
            Aquest Aquesta Aquests Aquestes Tots Totes També Dilluns Dimarts Dimecres Dijous
            Divendres Dissabte Diumenge Cap Cal
            """
        )
    ),
    person_roles=frozenset(
        words(
            """
            president presidenta conseller consellera alcalde alcaldessa regidor regidora
            portaveu director directora cap responsable jutge jutgessa fiscal advocat advocada
            metge metgessa testimoni veí veïna agent inspector inspectora sergent caporal
            """
        )
    ),
    role_endings=(),
    titles={"sr": "m", "sra": "f", "srta": "f", "dr": None, "dra": "f"},
    noun_endings=(),
    name_particles=("de la", "de les", "del", "dels", "de", "d'", "i"),
    day_parts=("al matí", "a la tarda", "al vespre", "a la nit", "de matinada"),
    addressee=r"a|al",
    place_prepositions=r"(?i:a|en|prop de|davant de|al costat de)",
    relative_days=_RELATIVE_DAYS,
    gendered_words={"el": "m", "un": "m", "la": "f", "una": "f", "sr": "m", "sra": "f", "srta": "f"},
    organization_roles=frozenset(
        words(
            """
            policia mossos bombers ajuntament govern generalitat conselleria ministeri jutjat
            tribunal fiscalia empresa grup sindicat partit hospital universitat agència
            consell diputació fundació associació port
            """
        )
    ),
    indefinite_articles=words("un una uns unes"),
    counted_stops=words(
        """
        el la els les l un una del dels de d al als i o en a amb per sense sobre entre fins
        des cap contra han ha són van va eren era que es s
        """
    ),
    services=words("policia mossos bombers fiscalia"),
    report_nouns=words("fonts portaveu"),
    government_words=words(
        """
        policia mossos bombers ajuntament govern generalitat conselleria ministeri jutjat
        tribunal fiscalia agència consell diputació
        """
    ),
    organization_endings=frozenset(
        words("SA SL Grup Fundació Associació Sindicat Partit Hospital Universitat Ajuntament Consell")
    ),
    numbers=Numbers(
        thousands=". \u00a0\u202f",
        decimal=",",
        words=_NUMBERS,
        ones=frozenset({"un", "una"}),
        joiners=frozenset({"i"}),
        scales={"mil": 1e3, "milió": 1e6, "milions": 1e6, "miler": 1e3, "milers": 1e3},
        vague={"desenes": 20, "dotzenes": 24, "centenars": 200, "milers": 2000},
        # "nou" is also new ("un edifici nou i modern") and "set" thirst ("set de venjança").
        homographs={"nou": r"i|de|que|per|a|en", "set": r"de|d'|d’|que"},
    ),
    age_after=r"(?:\s+anys\b(?!\s+(?:de|després|abans)\b)|\s*\(\d{1,3}\s*anys\))",
    unit_of=("de", "d'", "d’"),
    units_after=_UNITS,
    bounds=(
        (r"almenys|com a mínim", "at_least"),
        (r"més de", "more_than"),
        (r"fins a|com a màxim", "at_most"),
        (r"menys de", "fewer_than"),
        (r"uns|unes|prop de|gairebé|al voltant de|aproximadament|cap a", "approximately"),
    ),
    function_words=words(
        """
        segons sense sobre entre durant contra després abans aquest aquesta aquests aquestes
        quan també perquè però havia havien seran fins tots totes altre altra altres
        """
    ),
)
