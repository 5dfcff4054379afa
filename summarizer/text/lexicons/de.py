"""German: „…“ and »…« quotations, "sagte Müller", "so der Sprecher", "Müller zufolge",
"1.000", "2,5 Millionen", "5,4 Prozent"; every noun capitalised, so a name needs more than
a capital."""

from __future__ import annotations

from summarizer.text.lexicon import Lexicon, Numbers
from summarizer.text.vocabulary import words

_VERB_STEMS = words(
    """
    sagte sagten sagt sagen erklärte erklärten erklärt betonte betonten betont teilte
    teilten teilt fügte fügten fügt ergänzte ergänzten ergänzt berichtete berichteten
    berichtet schrieb schrieben schreibt warnte warnten warnt kritisierte kritisierten
    kritisiert forderte forderten fordert meinte meinten meint erzählte erzählten erzählt
    sagt räumte räumten räumt versicherte versicherten versichert bestätigte bestätigten
    bestätigt kündigte kündigten kündigt erläuterte erläuterten erläutert unterstrich
    unterstrichen unterstreicht mahnte mahnten mahnt rief riefen ruft klagte klagten klagt
    antwortete antworteten antwortet erinnerte erinnerten erinnert verwies verwiesen
    verweist beklagte beklagten beklagt lobte lobten lobt zitierte zitiert hieß heißt
    argumentierte argumentiert widersprach widerspricht gab gaben gibt fragte fragten fragt
    berichtete schilderte schilderten schildert bilanzierte resümierte resümiert
    versprach verspricht kommentierte kommentiert entgegnete entgegnet bekräftigte
    bekräftigt sprach spricht nannte nennt bezeichnete bezeichnet befürchtete befürchtet
    urteilte urteilt glaubt glaubte hofft hoffte fürchtet fürchtete schätzt schätzte
    appellierte appelliert drängte drängt gestand gesteht bilanziert schimpfte schimpft
    """
)
# "sagte er", "hat gesagt", "so", "heißt es": the forms a quotation's attribution takes.
_PARTICIPLES = words(
    "gesagt erklärt betont mitgeteilt hinzugefügt ergänzt berichtet geschrieben gewarnt "
    "kritisiert gefordert gemeint erzählt versichert bestätigt angekündigt erläutert "
    "unterstrichen gemahnt geklagt geantwortet erinnert verwiesen beklagt gelobt geschildert"
)
_REPORTING = (
    *sorted(_VERB_STEMS),
    *(f"{aux} {p}" for aux in ("hat", "haben", "hatte", "hatten") for p in sorted(_PARTICIPLES)),
    "so",
    "teilte mit",
    "teilten mit",
    "teilt mit",
    "fügte hinzu",
    "fügte an",
    "gab an",
    "gab zu",
    "gab bekannt",
    "räumte ein",
    "kündigte an",
    "stellte klar",
    "sagte weiter",
    "hieß es",
)

_ROLES = words(
    """
    präsident präsidentin ministerpräsident ministerpräsidentin minister ministerin kanzler
    kanzlerin bundeskanzler bundeskanzlerin bürgermeister bürgermeisterin oberbürgermeister
    oberbürgermeisterin landrat landrätin senator senatorin abgeordneter abgeordnete sprecher
    sprecherin pressesprecher pressesprecherin polizeisprecher polizeisprecherin chef chefin
    leiter leiterin direktor direktorin vorsitzender vorsitzende geschäftsführer
    geschäftsführerin staatsanwalt staatsanwältin oberstaatsanwalt oberstaatsanwältin
    richter richterin anwalt anwältin verteidiger verteidigerin arzt ärztin professor
    professorin experte expertin forscher forscherin trainer trainerin kapitän kapitänin
    botschafter botschafterin gouverneur gouverneurin kommissar kommissarin ermittler
    ermittlerin feuerwehrsprecher feuerwehrsprecherin einsatzleiter einsatzleiterin
    stadtsprecher stadtsprecherin ökonom ökonomin analyst analystin sprecherin
    gewerkschaftschef gewerkschaftschefin bischof bischöfin pfarrer pfarrerin
    augenzeuge augenzeugin anwohner anwohnerin mutter vater
    landeshauptmann landeshauptfrau bezirkshauptmann bezirkshauptfrau landammann
    """
)

_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_TENS = {
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
# German writes a number below a million as one word: "fünfundzwanzig", "dreihundert",
# "zweitausend".
_COMPOUNDS = {
    **{f"{u}und{t}": uv + tv for u, uv in _UNITS.items() for t, tv in _TENS.items()},
    **{f"{u}hundert": uv * 100 for u, uv in _UNITS.items() if u != "ein"},
    **{f"{u}tausend": uv * 1000 for u, uv in _UNITS.items() if u != "ein"},
}

LEXICON = Lexicon(
    code="de",
    abbreviations=frozenset(
        words(
            """
            dr prof nr bzw ca etc evtl ggf inkl insb jh jhd mio mrd tsd usw vgl zb z.b u.a
            d.h o.ä st str abs art bd hr fr frl hl ing dipl mag geb gest vs bzw vorm nachm
            jan feb febr mär apr jun jul aug sep sept okt nov dez mo di mi do fr sa so
            """
        )
    ),
    months=(
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
    weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    # Northern and eastern German name Saturday so.
    weekday_aliases={"sonnabend": "samstag"},
    reporting_verbs=_REPORTING,
    according_to=("laut", "nach Angaben von", "nach Angaben der", "nach Angaben des", "so"),
    according_after=("zufolge",),
    # The articles a subject takes (nominative): "sagte den Streik" names no speaker.
    determiners=("der", "die", "das", "ein", "eine", "sein", "seine", "ihr", "ihre", "deren", "dessen"),
    pronouns={"er": "m", "sie": "f"},
    also=("auch", "zudem", "außerdem", "weiter"),
    that=("dass",),
    time_words=("am", "im", "an", "in der", "am frühen", "am späten"),
    not_name=frozenset(
        words(
            """
            Der Die Das Den Dem Des Ein Eine Einer Eines Einem Er Sie Es Wir Ich Ihr Man
            Am Im In An Auf Aus Bei Mit Nach Von Vom Zum Zur Für Über Unter Vor Seit Bis
            Und Oder Aber Doch Denn Auch Noch Nur Schon So Wie Als Wenn Weil Dass Ob Auch
            Dies Diese Dieser Dieses Jetzt Heute Gestern Morgen Dort Hier Dabei Damit
            Danach Davor Dazu Deshalb Trotzdem Allerdings Zudem Laut Zufolge Herr Frau
            Alle Viele Einige Mehrere Kein Keine Sein Seine Ihre Unser Unsere
            Insgesamt Außerdem Bislang Bisher Derzeit Inzwischen Damals Nun Demnach Daher
            Dennoch Zunächst Später Schließlich Immerhin Offenbar Laut Rund Etwa Mehr
            """
        )
    ),
    person_roles=frozenset(_ROLES),
    role_endings=(
        "sprecher",
        "sprecherin",
        "minister",
        "ministerin",
        "präsident",
        "präsidentin",
        "meister",
        "meisterin",
        "leiter",
        "leiterin",
        "chef",
        "chefin",
        "direktor",
        "direktorin",
        "vorsitzender",
        "vorsitzende",
        "anwalt",
        "anwältin",
        "experte",
        "expertin",
        "forscher",
        "forscherin",
        "ermittler",
        "ermittlerin",
        "kommissar",
        "kommissarin",
        "arzt",
        "ärztin",
        "rat",
        "rätin",
        "führer",
        "führerin",
        "trainer",
        "trainerin",
        "ologe",
        "ologin",
        "professor",
        "professorin",
        "richter",
        "richterin",
        "sekretär",
        "sekretärin",
        "beauftragte",
        "beauftragter",
        "wirt",
        "wirtin",
    ),
    titles={"herr": "m", "frau": "f", "dr": None, "prof": None},
    # Endings that make a capitalised word a common noun; none is a common ending of a
    # first name or surname ("Dominik", "Marie", "Neuhaus", "Roland" end otherwise).
    noun_endings=words(
        """
        ung heit keit schaft tion tät ismus nis tum chen ei ität werk amt platz straße zeit
        jahr woche ion ierung ungen heiten keiten schaften ionen täten
        """
    ),
    organization_roles=frozenset(
        words(
            """
            polizei regierung ministerium behörde stadt gemeinde feuerwehr unternehmen
            konzern firma gericht staatsanwaltschaft verband verein partei bundesregierung
            landesregierung stadtverwaltung klinik klinikum krankenhaus universität
            gewerkschaft bundesamt landesamt amt rathaus senat bundestag landtag kommission
            wetterdienst institut stiftung bank bahn bus betriebe
            """
        )
    ),
    indefinite_articles=words("ein eine"),
    counted_stops=words(
        """
        der die das den dem des ein eine und oder in im am an auf aus bei mit nach von vom zu zum zur für über unter seit bis wurden wurde sind waren haben hatten ist war hat sollen
        """
    ),
    services=words("polizei feuerwehr staatsanwaltschaft"),
    report_nouns=words("angaben informationen aussage aussagen mitteilung sprecher sprecherin chef chefin"),
    government_words=words(
        """
        polizei regierung ministerium behörde staatsanwaltschaft gericht landgericht amtsgericht amt bundesamt landesamt senat rathaus stadtverwaltung gemeinde feuerwehr wetterdienst
        """
    ),
    organization_endings=frozenset(
        words(
            """
            GmbH AG KG eG e.V. SE Gruppe Bank Verband Verein Partei Stiftung Institut
            Universität Klinikum Krankenhaus Ministerium Amt Behörde Polizei Feuerwehr Werke
            Stadtwerke Bahn Zeitung Rundfunk Gewerkschaft Kommission Gericht Landgericht
            Amtsgericht Oberlandesgericht Bundesgerichtshof Staatsanwaltschaft Rat Senat
            """
        )
    ),
    numbers=Numbers(
        thousands=". \u00a0\u202f",
        decimal=",",
        words={
            "zwei": 2,
            "drei": 3,
            "vier": 4,
            "fünf": 5,
            "sechs": 6,
            "sieben": 7,
            "acht": 8,
            "neun": 9,
            "zehn": 10,
            "elf": 11,
            "zwölf": 12,
            "dreizehn": 13,
            "vierzehn": 14,
            "fünfzehn": 15,
            "sechzehn": 16,
            "siebzehn": 17,
            "achtzehn": 18,
            "neunzehn": 19,
            "zwanzig": 20,
            "dreißig": 30,
            "vierzig": 40,
            "fünfzig": 50,
            "sechzig": 60,
            "siebzig": 70,
            "achtzig": 80,
            "neunzig": 90,
            "hundert": 100,
            "tausend": 1000,
            "dutzend": 12,
            "einhundert": 100,
            "eintausend": 1000,
            **_COMPOUNDS,
        },
        scales={
            "tausend": 1e3,
            "million": 1e6,
            "millionen": 1e6,
            "mio.": 1e6,
            "mio": 1e6,
            "milliarde": 1e9,
            "milliarden": 1e9,
            "mrd.": 1e9,
            "mrd": 1e9,
            "billion": 1e12,
            "billionen": 1e12,
        },
        ones=frozenset({"ein", "eine"}),
        vague={
            "dutzende": 24,
            "hunderte": 200,
            "tausende": 2000,
            "zehntausende": 20000,
            "hunderttausende": 200000,
        },
    ),
    age_after=r"(?:-jährige[rnms]?\b|\s+Jahre\s+alt\b|\s*\(\d{1,3}\)|-Jährige[rnms]?\b)",
    units_after={
        "prozent": "percent",
        "%": "percent",
        "euro": "EUR",
        "dollar": "USD",
        "franken": "CHF",
        "kilometer": "km",
        "km": "km",
        "meter": "m",
        "tonnen": "t",
        "hektar": "ha",
        "grad": "degrees",
        "jahre": "years",
        "jahren": "years",
        "tage": "days",
        "tagen": "days",
        "stunden": "hours",
        "minuten": "minutes",
        "wochen": "weeks",
        "monate": "months",
        "monaten": "months",
        "kilogramm": "kg",
        "kg": "kg",
        "prozentpunkte": "percent",
    },
    bounds=(
        (r"mindestens|wenigstens", "at_least"),
        (r"mehr als|über|rund über", "more_than"),
        (r"höchstens|bis zu", "at_most"),
        (r"weniger als|unter", "fewer_than"),
        (r"rund|etwa|ungefähr|circa|ca\.|knapp|fast|nahezu|gut|annähernd|schätzungsweise", "approximately"),
    ),
    ordinal_leads=words("am vom zum bis zur den dem der die das des seit ab im beim"),
    name_particles=("von der", "van der", "von", "van", "zu", "vom"),
    day_parts=("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"),
    addressee=r"dem|der|den|gegenüber",
    age_noun=r"\d{1,3}-[Jj]ährige[rn]?",
    # Capitalised too: a sentence opens with its place ("À Nantes, la police ...").
    place_prepositions=(
        r"(?i:in|im|bei|nahe|nahe bei|nördlich von|südlich von|östlich von|westlich von|aus"
        r"|oberhalb von|unterhalb von|oberhalb|unterhalb|unweit von|vor der Küste von)"
    ),
    relative_days={"gestern": -1, "heute": 0, "vorgestern": -2, "in der nacht": 0},
    gendered_words={"der": "m", "ein": "m", "die": "f", "eine": "f", "herr": "m", "frau": "f"},
    function_words=words(
        """
        nach einer eine einem einen eines dass nicht auch sich sind wird wurde wurden haben
        hatte hatten oder aber über unter wenn dies diese dieser dieses beim durch gegen
        mehr sein seine seiner ihre ihrer noch schon sowie seit laut bereits dann denn weil
        kann können muss alle allem allen ohne während zwischen sollen soll worden
        """
    ),
)
