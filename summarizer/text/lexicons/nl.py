"""Dutch (Netherlands and Flanders): 'enkele' and “dubbele” quotation marks, "zegt X",
"volgens X", "1.000", "2,5 miljoen", "om 6.50 uur", "zeventien gewonden".

Read by the daily merge only (``language.MERGED``): the engine briefs a Dutch article with
the English rules and warns about it, and a day's merge still reads that briefing's
Dutch words, times and figures as it reads Spanish ones."""

from __future__ import annotations

from summarizer.text.lexicon import Lexicon, Numbers
from summarizer.text.vocabulary import words

_VERBS = words(
    """
    zegt zeggen zei zeiden meldt melden meldde meldden verklaart verklaarde stelt stelde
    vertelt vertelde benadrukt benadrukte bevestigt bevestigde laat weten liet weten
    aldus voegt toe voegde toe waarschuwt waarschuwde legt uit legde uit meent meende
    reageert reageerde schrijft schreef noemt noemde spreekt sprak erkent erkende
    """
)
_REPORTING = (*sorted(_VERBS), "heeft gezegd", "hebben gezegd", "heeft gemeld", "heeft bevestigd")

_NUMBERS: dict[str, float] = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20,
    "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
    "negentig": 90, "honderd": 100, "duizend": 1000, "dozijn": 12,
}  # fmt: skip

_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december",
)  # fmt: skip

_RELATIVE_DAYS = {
    "gisteren": -1, "gister": -1, "eergisteren": -2, "vandaag": 0, "vanochtend": 0,
    "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0, "vannacht": 0, "gisterochtend": -1,
    "gistermorgen": -1, "gistermiddag": -1, "gisteravond": -1, "gisternacht": -1,
}  # fmt: skip

_UNITS = {
    "%": "percent", "procent": "percent", "euro": "EUR", "km": "km", "kilometer": "km",
    "meter": "m", "ton": "t", "hectare": "ha", "graden": "degrees", "jaar": "years",
    "dagen": "days", "uur": "hours", "minuten": "minutes", "weken": "weeks",
    "maanden": "months", "kilo": "kg", "kg": "kg", "centimeter": "cm",
}  # fmt: skip

LEXICON = Lexicon(
    code="nl",
    abbreviations=frozenset(
        words(
            """
            dhr mevr mw dr drs ir ing prof mr st nr blz enz bijv bv ca jan feb mrt apr jun jul
            aug sep sept okt nov dec vs vz
            """
        )
    ),
    months=_MONTHS,
    weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    reporting_verbs=_REPORTING,
    according_to=("volgens", "naar verluidt", "naar eigen zeggen van"),
    according_after=(),
    determiners=("de", "het", "een", "'t", "zijn", "haar", "hun", "deze", "dit", "die", "dat"),
    pronouns={"hij": "m", "zij": None, "ze": None},
    also=("ook",),
    that=("dat",),
    time_words=("op", "deze"),
    not_name=frozenset(
        words(
            """
            De Het Een Deze Dit Die Dat Zij Hij Ze Wij We Ik En Of Maar Met Zonder Door Voor
            Na Bij In Op Aan Uit Over Onder Tegen Tussen Volgens Toen Als Omdat Hoewel Ook Nog
            Vandaag Gisteren Morgen Alle Veel Enkele Geen Zijn Haar Hun Maandag Dinsdag
            Woensdag Donderdag Vrijdag Zaterdag Zondag Rond Om Sinds Vanaf Tot Er Daar Hier
            """
        )
    ),
    person_roles=frozenset(
        words(
            """
            burgemeester schepen wethouder minister gouverneur commissaris woordvoerder
            woordvoerster directeur voorzitter rechter procureur advocaat agent inspecteur
            brandweerman brandweerkapitein commandant arts dokter getuige buurman buurvrouw
            bewoner bewoonster deskundige onderzoeker schipper chauffeur
            """
        )
    ),
    # Dutch writes compounds as German does ("brandweerkapitein", "politiewoordvoerder").
    role_endings=("woordvoerder", "woordvoerster", "kapitein", "commissaris", "directeur"),
    titles={"dhr": "m", "mevr": "f", "mw": "f", "meneer": "m", "mevrouw": "f", "dr": None},
    noun_endings=(),
    name_particles=("van der", "van den", "van de", "van", "de", "den", "der", "ter", "ten", "'t"),
    day_parts=("ochtend", "voormiddag", "middag", "namiddag", "avond", "nacht"),
    addressee=r"aan|tegen",
    place_prepositions=r"(?i:in|bij|nabij|te|op|aan|vlak bij|ter hoogte van)",
    # A day's part written onto "van-" ("vanochtend", "vannacht") or "gister-" is that day.
    relative_days=_RELATIVE_DAYS,
    gendered_words={"dhr": "m", "mevr": "f", "mw": "f", "meneer": "m", "mevrouw": "f"},
    organization_roles=frozenset(
        words(
            """
            politie politiezone brandweer brandweerzone gemeente regering ministerie
            rechtbank parket bedrijf groep vakbond partij ziekenhuis universiteit agentschap
            veiligheidsregio provincie stichting vereniging bank haven
            """
        )
    ),
    indefinite_articles=words("een"),
    counted_stops=words(
        """
        de het een van in op aan bij met door voor naar uit over tot en of die dat zijn
        werden waren is was zijn hebben heeft raakten raakte
        """
    ),
    services=words("politie brandweer parket"),
    report_nouns=words("bronnen woordvoerder"),
    government_words=words(
        """
        politie politiezone brandweer brandweerzone gemeente regering ministerie rechtbank
        parket agentschap veiligheidsregio provincie
        """
    ),
    organization_endings=frozenset(
        words("NV BV VZW Groep Bank Ziekenhuis Universiteit Ministerie Gemeente Politie Brandweer")
    ),
    numbers=Numbers(
        thousands=". \u00a0\u202f",
        decimal=",",
        words=_NUMBERS,
        ones=frozenset({"een", "één"}),
        scales={"duizend": 1e3, "miljoen": 1e6, "miljard": 1e9},
        vague={"tientallen": 20, "honderden": 200, "duizenden": 2000},
    ),
    age_after=r"(?:\s+jaar(?:\s+oud)?\b|\s*\(\d{1,3}\)|-jarige\b)",
    unit_of=("aan",),
    units_after=_UNITS,
    bounds=(
        (r"minstens|minimaal|ten minste|tenminste", "at_least"),
        (r"meer dan|ruim", "more_than"),
        (r"hooguit|maximaal|tot", "at_most"),
        (r"minder dan", "fewer_than"),
        (r"ongeveer|zo'n|circa|rond|omstreeks|bijna|een kleine", "approximately"),
    ),
    function_words=words(
        """
        volgens tijdens zonder tegen tussen omdat hoewel nadat voordat toen zoals alleen
        worden werden wordt hebben heeft waren deze alle werd zich naar onder niet nog
        """
    ),
)
