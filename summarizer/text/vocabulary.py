"""The vocabulary of news copy as data: calendar words, attribution verbs, incident-type
families. Compiled into patterns where they are used; every cue is matched as whole words."""

from __future__ import annotations

from summarizer.text.lexicons.harm import figure_cues
from summarizer.text.lexicons.link_denials import LINK_DENIAL_CUES


def words(block: str) -> frozenset[str]:
    """The whitespace-separated words of a block: how the long word tables are written."""
    return frozenset(block.split())


# The words after "fire" that make it no fire: the service that fights fires ("fire brigade",
# "the Brunswick fire service said"), its gear, a risk or a ban, and shooting ("fire back").
# Read by the incident cues here and by ``lexicons.event_kinds``.
NO_FIRE_AFTER = (
    r"(?:brigades?|services?|departments?|stations?|chiefs?|crews?|engines?|fighters?|officers?|alarms?"
    r"|safety|exits?|escapes?|into|back|hoses?|doors?|risk|danger|warnings?|bans?|season|weather|from)"
)
# What "collides" only in a figure of speech: "their views collided", "worlds collide".
_ABSTRACT_CLASHERS = r"views|interests|ideas|worlds|plans|schedules|cultures|egos|visions|agendas"

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip
# Verbs that attribute speech or writing to their subject, in every form news copy uses
# them in ("said", "says"; "testified"). Matched as whole words.
ATTRIBUTION_VERBS: tuple[str, ...] = (
    "said", "says", "say", "added", "adds", "told", "tells", "wrote", "writes", "stated", "states",
    "announced", "announces", "declared", "declares", "noted", "notes", "stressed", "stresses",
    "explained", "explains", "recalled", "recalls", "warned", "warns", "insisted", "insists",
    "reacted", "demanded", "demands", "assured", "claimed", "claims", "reported", "reports",
    "acknowledged", "acknowledges", "admitted", "admits", "emphasised", "emphasized",
    "emphasises", "emphasizes", "opined", "argued", "argues", "asked", "asks", "urged", "urges",
    "posted", "tweeted", "continued", "continues", "concluded", "confirmed", "confirms",
    "replied", "replies", "responded", "remarked", "commented", "predicted", "predicts",
    "promised", "vowed", "vows", "estimated", "accused", "reiterated", "testified", "testifies",
    "conceded", "concedes", "countered", "cautioned", "observed", "joked", "jokes", "shouted",
    "whispered", "pleaded", "complained", "complains", "boasted", "mused", "muses", "recounted",
    "recounts", "suggested", "suggests", "agreed", "agrees", "objected", "protested", "exclaimed",
)  # fmt: skip
REPORTING_VERBS = "|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True))

# Nouns that name a person by what they are ("the governor", "the 19-year-old" is handled
# by pattern). A definite phrase ending in one refers to a person introduced earlier.
PERSON_ROLES: frozenset[str] = frozenset(
    [
        "president",
        "premier",
        "minister",
        "secretary",
        "commissioner",
        "chancellor",
        "governor",
        "mayor",
        "senator",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
        "representative",
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "deputy",
        "speaker",
        "official",
        "diplomat",
        "envoy",
        "ambassador",
        "negotiator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "leader",
        "head",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "executive",
        "ceo",
        "cfo",
        "founder",
        "cofounder",
        "co-founder",
        "owner",
        "boss",
        "manager",
        "coach",
        "trainer",
        "captain",
        "skipper",
        "player",
        "striker",
        "forward",
        "midfielder",
        "defender",
        "goalkeeper",
        "keeper",
        "winger",
        "substitute",
        "rookie",
        "veteran",
        "champion",
        "athlete",
        "runner",
        "driver",
        "rider",
        "judge",
        "magistrate",
        "justice",
        "prosecutor",
        "attorney",
        "lawyer",
        "barrister",
        "solicitor",
        "counsel",
        "defendant",
        "plaintiff",
        "juror",
        "witness",
        "detective",
        "inspector",
        "sheriff",
        "constable",
        "trooper",
        "officer",
        "sergeant",
        "lieutenant",
        "colonel",
        "major",
        "general",
        "admiral",
        "commander",
        "soldier",
        "pilot",
        "firefighter",
        "paramedic",
        "doctor",
        "surgeon",
        "physician",
        "nurse",
        "midwife",
        "pharmacist",
        "dentist",
        "scientist",
        "researcher",
        "professor",
        "academic",
        "historian",
        "economist",
        "analyst",
        "strategist",
        "trader",
        "investor",
        "banker",
        "broker",
        "engineer",
        "expert",
        "specialist",
        "consultant",
        "meteorologist",
        "forecaster",
        "seismologist",
        "geologist",
        "epidemiologist",
        "journalist",
        "reporter",
        "correspondent",
        "editor",
        "photographer",
        "author",
        "writer",
        "novelist",
        "poet",
        "artist",
        "actor",
        "actress",
        "singer",
        "musician",
        "producer",
        "priest",
        "pastor",
        "imam",
        "rabbi",
        "bishop",
        "archbishop",
        "cardinal",
        "cleric",
        "monk",
        "nun",
        "activist",
        "campaigner",
        "organiser",
        "organizer",
        "protester",
        "demonstrator",
        "resident",
        "villager",
        "neighbour",
        "neighbor",
        "survivor",
        "victim",
        "refugee",
        "migrant",
        "volunteer",
        "worker",
        "employee",
        "farmer",
        "fisherman",
        "shopkeeper",
        "vendor",
        "merchant",
        "teacher",
        "student",
        "pupil",
        "parent",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "widow",
        "widower",
        "grandmother",
        "grandfather",
        "brother",
        "sister",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "cousin",
        "friend",
        "colleague",
        "teenager",
        "youngster",
        "retiree",
        "pensioner",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "developer",
        "landlord",
        "tenant",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "emir",
        "sheikh",
        "patriarch",
        "mp",
        "man",
        "woman",
        "boy",
        "girl",
    ]
)

# Person nouns that say whether the person is a man or a woman: "Her father, the pianist X"
# makes X "he", never "she".
GENDERED_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        words(
            "father son husband brother uncle nephew grandfather grandson widower king prince "
            "man boy chairman spokesman congressman councilman businessman actor sir mr"
        ),
        "m",
    ),
    **dict.fromkeys(
        words(
            "mother daughter wife sister aunt niece grandmother granddaughter widow queen "
            "princess woman girl chairwoman spokeswoman congresswoman councilwoman businesswoman "
            "actress dame mrs ms miss"
        ),
        "f",
    ),
}

# The person roles that are offices: an article may name several holders of different
# offices, so "the governor" is only ever someone whose role is governor (or unknown).
# Other role nouns ("the boss", "the veteran", "the head of the delegation") describe
# whoever was just named.
OFFICES: frozenset[str] = words(
    """
    president premier minister secretary commissioner chancellor governor mayor senator
    congressman congresswoman lawmaker legislator representative councillor councilor
    councilman councilwoman speaker official diplomat envoy ambassador negotiator spokesman
    spokeswoman spokesperson aide adviser advisor judge magistrate prosecutor attorney
    sheriff inspector detective king queen prince princess pope emir sheikh patriarch
    chairman chairwoman chairperson ceo cfo director mp
    """
)

# Nouns that name an organisation by what it is ("the company said", "the operator said").
ORGANIZATION_ROLES: frozenset[str] = frozenset(
    [
        "company",
        "firm",
        "group",
        "operator",
        "carrier",
        "airline",
        "manufacturer",
        "maker",
        "retailer",
        "lender",
        "bank",
        "insurer",
        "utility",
        "provider",
        "supplier",
        "producer",
        "conglomerate",
        "startup",
        "agency",
        "authority",
        "ministry",
        "department",
        "office",
        "service",
        "council",
        "committee",
        "commission",
        "union",
        "club",
        "team",
        "organisation",
        "organization",
        "charity",
        "foundation",
        "institute",
        "university",
        "school",
        "hospital",
        "trust",
        "board",
        "court",
        "government",
        "administration",
        "regulator",
        "watchdog",
        "body",
        "league",
        "federation",
        "association",
        "coalition",
        "alliance",
        "network",
        "broadcaster",
        "newspaper",
        "publisher",
        "channel",
        "station",
        "airport",
        "army",
        "military",
        "police",
        "navy",
        "coastguard",
        "party",
        "campaign",
    ]
)

# Abbreviated titles before a name, and the role word each stands for ("Gov. Eric Holcomb"
# is later "the governor").
TITLE_ABBREVIATIONS: dict[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain",
    "cmdr": "commander", "adm": "admiral", "supt": "superintendent", "det": "detective",
    "insp": "inspector", "pres": "president", "amb": "ambassador", "atty": "attorney",
    "dr": "doctor", "prof": "professor", "rev": "reverend", "maj": "major", "cpl": "corporal",
}  # fmt: skip

# Last words that make a capitalised run an organisation's name ("Northline Energy",
# "Mercy Corps", "Harrowgate United"). Only the last word counts: "United States" ends in
# "States".
ORGANIZATION_NAME_ENDINGS: frozenset[str] = frozenset(
    [
        "Energy",
        "Power",
        "Utilities",
        "Water",
        "Rail",
        "Railways",
        "Railway",
        "Airlines",
        "Airline",
        "Airways",
        "Air",
        "Motors",
        "Foods",
        "Food",
        "Corps",
        "Crescent",
        "Cross",
        "Commission",
        "Authority",
        "Securities",
        "Bank",
        "Capital",
        "Partners",
        "Holdings",
        "Group",
        "Inc",
        "Ltd",
        "Plc",
        "LLC",
        "Corp",
        "Corporation",
        "Company",
        "Co",
        "Media",
        "News",
        "Times",
        "Post",
        "Journal",
        "Herald",
        "Gazette",
        "Tribune",
        "Radio",
        "Television",
        "TV",
        "Athletic",
        "United",
        "Rovers",
        "Wanderers",
        "Albion",
        "FC",
        "Club",
        "Hospital",
        "Clinic",
        "University",
        "College",
        "School",
        "Institute",
        "Foundation",
        "Trust",
        "Fund",
        "Society",
        "Association",
        "Federation",
        "League",
        "Union",
        "Council",
        "Committee",
        "Agency",
        "Office",
        "Service",
        "Services",
        "Department",
        "Ministry",
        "Centre",
        "Center",
        "Network",
        "Systems",
        "Technologies",
        "Labs",
        "Pharmaceuticals",
        "Pharma",
        "Insurance",
        "Airport",
        "Party",
        "Front",
        "Movement",
        "Coalition",
        "Alliance",
        "Organisation",
        "Organization",
        "Board",
        "Bureau",
        "Commission",
        "Court",
        "Tribunal",
        "Police",
        "Coastguard",
        "Brigade",
        "Battalion",
    ]
)

# Words that any two reports of a day's events share whatever the event (who counted the
# dead, when, how it was reported): never evidence that two reports are of one event. The
# authorities and the police in every language read ("die französischen Behörden"). The
# merge drops every language's attribution words (``daily.merge.stopwords``) and adds its
# roles and titles (``daily.report_words.common_words``).
COMMON_REPORT_WORDS: frozenset[str] = words(
    """
    people person persons killed killing kill kills died dead death deaths injured injuring
    injuries wounded wounding hurt victims officials official authorities police local
    regional said says told according reported reports report least more than about
    morning afternoon evening night overnight today yesterday week weekend year years
    early late hours while during where which monday tuesday wednesday thursday friday
    saturday sunday attack attacks including day days civilian civilians resident residents
    hospital hospitals hospitalised hospitalized taken treated
    behorde behorden polizei autorite autorites autoridad autoridades policia
    """
)

# Words by which a report says its event is not the one reported before it ("A second
# fire broke out", "In a separate vote"): the place two such reports share is then no
# evidence that they are one event. Not a bare "another", which as often adds to a toll
# ("another 40 were injured") as it names another event.
DISTINCT_EVENT_CUES: tuple[str, ...] = (
    r"(?:a|the) (?:second|third|separate|different|unrelated)", "separately",
    # "This incident is unrelated to this morning's crane collapse": a report of another.
    *LINK_DENIAL_CUES["en"],
    r"another (?:[a-z]+ )?(?:attack|strike|fire|blast|crash|march|protest|vote)",
)  # fmt: skip

# Incident types that describe one kinetic event from different angles: a drone strike and
# its interception are one event; shelling and the civilians it killed are one event.
AIR_EVENTS = frozenset({"air_drone_strike", "missile_strike", "interception"})
GROUND_EVENTS = frozenset({"shelling", "ground_fighting", "civilian_harm"})
KINETIC_EVENTS = AIR_EVENTS | GROUND_EVENTS


def same_event_family(a: str, b: str) -> bool:
    return a == b or (a in AIR_EVENTS and b in AIR_EVENTS) or (a in GROUND_EVENTS and b in GROUND_EVENTS)


# A vehicle that fell on its side ("the road train tipped over", "a lorry laden with turnips
# overturned"); not "rolled over", which a loan is too, and an evacuation after "a tanker
# truck rolled over" stays one.
_TIPPING_VEHICLE = (
    r"(?:bus|coach|lorry|truck|van|car|train|minibus|tram|tractor|trailer|carriage|wagon|hgv|tanker)s?"
)
# Incident types and the words that signal them, most specific first (the first type whose
# cue matches wins, see ``engines/extractive/incidents.py``). Each cue is a whole word or
# phrase with its inflections spelled out; cues are compiled between word boundaries, so
# "grad" never matches "gradually" nor "storm" "storming". Written in lower case.
# Before a police raid or search still to come: "will raid", "could search", "plan to search".
_NOT_TO_COME = r"(?<!will )(?<!to )(?<!could )(?<!would )(?<!might )(?<!may )(?<!shall )(?<!should )"
# What the police raid or search ("raided a farm", "searching a yard", "searched two addresses").
_RAIDED_PLACES = (
    r"(?:a|an|the|two|three|four|several|\d+) (?:[\w'’-]+ ){0,2}?"
    r"(?:farm|house|home|flat|apartment|premises|yard|warehouse|propert(?:y|ies)|address(?:es)?|shed|plant|"
    r"building|site|factory|club|bar|shop|garage|lab|laboratory|unit|depot)s?"
)
INCIDENT_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("interception", (
        r"intercept(?:s|ed|ing|ion|ions|or|ors)?", "shot down", r"downed(?! tools)", r"air defen[cs]es?",
        "repelled", "repulsed",
    )),
    ("missile_strike", (
        r"missiles?\b[^.]{0,60}\b(?:strikes?|struck|attack(?:s|ed)?|hit|launched|fired)",
        r"(?:strikes?|struck|attack(?:s|ed)?)\s+with\s+(?:\w+\s+)?missiles?",
        r"missile strikes?",
        r"(?:struck|hit) by (?:\w+ )?missiles?",
    )),
    ("air_drone_strike", (
        r"drones?", r"air ?strikes?", r"bomb(?:ed|ing|ings)", r"air raids?",
        r"aerial (?:attacks?|bombardments?|assaults?)",
    )),
    ("shelling", (
        r"shell(?:s|ed|ing)", "artillery", r"rocket launchers?", r"bombardments?", r"mortars?", "grad",
    )),
    ("ground_fighting", (
        "fighting", "clashes", r"offensives?", r"incursions?", r"battles?", r"invasions?",
        r"assaults?", "gunmen", r"troops\s+(?:advanced|withdrew|withdrawing)",
    )),
    ("disaster", (
        # "floods" but not "a flood of arms"
        "earthquakes?", r"quakes?", r"floods?(?! of)", "flooding", "flooded", r"wildfires?", r"hurricanes?",
        r"storms?", r"tsunamis?", r"landslides?", r"eruptions?", r"droughts?", r"cyclones?",
        r"typhoons?", r"tornado(?:es|s)?", r"heatwaves?",
        r"(?:snow|rain|wind|hail|thunder|dust|ice)storms?", r"blizzards?", r"avalanches?", r"mudslides?",
        r"floodwaters?", r"flash floods?", r"debris flows?", r"mudflows?", r"rock ?falls?", r"rock ?slides?",
        r"burst (?:its|their) banks", r"torrential rains?", r"(?:heavy|torrential) (?:rain|rainfall|snow|snowfall)",
        # The ground that gave way: a sinkhole, a street that caved in, a landfill's rubbish
        # that slid (a building that fell is an accident, below).
        r"sinkholes?", r"(?:hole|crater|chasm)s? (?:opened|appeared)",
        r"(?:road|street|roadway|carriageway|pavement|ground|hillside|slope|embankment|landfill|rubbish|waste|"
        r"garbage|refuse|earth|mud|spoil)s?\b[^.,;]{0,40}\b(?:caved in|gave way(?! to)|subsided|slid)",
        # Water let out of a dam floods what lies below it ("water released from a dam").
        r"(?:water|sediments?)\b[^.,;]{0,20}\breleased from (?:a |an |the )?(?:[\w-]+ ){0,2}dams?",
        # Lightning that struck, not "lightning speed" nor a "lightning visit".
        r"lightning (?:strikes?|struck|bolts?|hit|hits)", r"(?:struck|hit|killed|injured|hurt) by (?:a |the )?lightning",
    )),
    ("accident", (
        r"crash(?:es|ed)?", r"collisions?", r"pile-?ups?", r"piled into (?:each other|one another)",
        # A tank or a main that burst, not a bubble, a river's banks nor "burst into tears".
        r"(?:tank|tanks|pipe|pipes|pipeline|main|mains|boiler|vat|vats|cistern)\b[^.,;]{0,20}?\bburst(?! (?:its|their|into))",
        # Two that collided ("two paragliders collided"), not views, interests or worlds.
        rf"(?<![\w'’-])(?!(?:{_ABSTRACT_CLASHERS})\b)[\w'’-]+ (?:have |has |had )?collided", r"derail(?:s|ed|ment|ments)?", "explosion at",
        "fire broke out", "large fire", r"blazes?", r"(?:fire|blaze) (?:swept|tore|ripped) through",
        r"(?:explosion|blast) (?:tore|ripped) through", r"crush(?:es)? (?:at|outside|in|near|during|before|on)", r"stampedes?",
        # Explosions and leaks of things that explode or leak, not "an explosion of interest".
        r"(?:gas|boiler|chemical|factory|mine|pipeline|tanker|fuel|ammonia|chlorine|oil|toxic) "
        r"(?:explosions?|blasts?|leaks?|spills?)",
        r"explo(?:sion|sions|ded) (?:at|in|on|inside|near|rocked|ripped|destroyed|hit)",
        r"(?:leak(?:ed|ing)?|spill(?:ed)?) (?:of|from) (?:\w+ ){0,2}(?:gas|chemicals?|oil|fuel|ammonia|chlorine|sewage)",
        # A structure that fell, not "a collapse in prices" or talks that collapsed.
        r"(?:bridge|building|roof|tower|block|mine|crane|grandstand|stand|wall|dam|tunnel|scaffolding|"
        r"balcony|ceiling|stage|floor|house|houses|footbridge|overpass|flyover|gangway|walkway|platform|pier|jetty|"
        r"ramp|staircase|terrace)s?\b[^.,;]{0,60}\bcollaps(?:ed|es|ing)",
        # The collapse named by its structure: "the collapsed Tane bridge", "this morning's crane collapse".
        r"collapsed (?:[\w'’-]+ ){0,2}(?:bridge|building|roof|tower|crane|grandstand|stand|wall|dam|tunnel|"
        r"balcony|ceiling|footbridge|overpass|gangway|walkway|pier|jetty)s?",
        r"(?:bridge|building|roof|tower|crane|grandstand|wall|dam|tunnel|balcony|ceiling|footbridge|overpass|"
        r"gangway|walkway|pier|jetty|mine) collapses?", r"roof falls?",
        # An aircraft in trouble ("made an emergency landing", "turned back after a bird strike").
        r"emergency landings?", r"hard landings?", r"crash-landed", r"bird ?strikes?", r"(?:hit|hitting|struck|striking) (?:a )?(?:flock of )?birds",
        r"(?:flight|plane|aircraft|jet|airliner|turboprop|airbus|boeing|embraer|atr)\b[^.;]{0,80}?\b(?:diverted|turned back)",
        # A machine that carries people stopped with them aboard: "a cable car ... broke down",
        # "passengers were stuck" (not talks that broke down).
        r"(?:cable ?cars?|gondolas?|chair ?lifts?|ski lifts?|lifts?|elevators?|escalators?|funiculars?|cableways?|"
        r"trains?|trams?|ferry|ferries|planes?|engines?)\b[^.,;]{0,60}\b(?:broke down|breaks down|stalled|"
        r"got stuck|came to a halt|ground to a halt)",
        r"(?:passengers|skiers|tourists|visitors|travell?ers|commuters)\b[^.,;]{0,30}\b(?:were|was|are|remain|"
        r"remained|have been|had been) (?:stuck|stranded|trapped)",
        # A train or tram told off its track, a plant told broken, a river told fouled.
        r"(?:came|come|comes|went|jumped) off the (?:rails|tracks?)",
        r"(?:plant|station|pump|pumps|turbine|pipeline|works)\b[^.;]{0,40}\b(?:broke down|failed)", r"breakdown at",
        r"(?:released|discharged|leaked|spilled|dumped) (?:[\w-]+ ){0,3}(?:wastewater|effluent|chemicals|sewage|"
        r"slurry)",
        r"collapse of (?:a|an|the|its|part of the) (?:\w+ ){0,2}(?:bridge|building|roof|tower|mine|crane|"
        r"stand|grandstand|wall|dam|tunnel|balcony|ceiling|stage|overpass|flyover)",
        # A tall thing or a vehicle that fell over ("a tower crane toppled onto the street", "a
        # hot-air balloon came down hard"), not a government "toppled" by a vote, nor trees,
        # which a storm topples ("trees toppled as the storm hit" is the storm's).
        r"(?:cranes?|scaffolding|pylons?|masts?|lorry|lorries|trucks?|buses|bus|coach|vans?|tractors?|"
        r"balloons?)\b[^.,;]{0,60}?\b(?:toppled|toppling|tipped over|keeled over|came down hard|crash-landed)",
        r"capsi[sz]ed", r"ran aground", r"(?:boat|ship|ferry|vessel|trawler|yacht|dinghy|barge) sank",
        r"(?:hit|struck|knocked down|run over|mown down) by (?:a|an|the) (?:\w+ )?(?:car|lorry|truck|bus|train|tram|van|vehicle|motorbike)", r"(?:bus|coach|lorry|truck|van|car|train|minibus) (?:overturned(?! (?:a|an|the|its|his|her|their)\b)|plunged)",

        # A vehicle that fell on its side (``_TIPPING_VEHICLE``).
        rf"{_TIPPING_VEHICLE}"
        # Only its load may stand between: "a lorry driver's conviction overturned", "the car
        # tax that judges overturned" have a subject of their own.
        r"(?:\s+(?:carrying|loaded with|laden with|full of|towing|transporting|with)\b[^.,;]{0,40}?)?\s+"
        # Nor what a body "overturned" ("the council bus overturned its decision", "a verdict
        # on the car crash was overturned", "overturned by the appeal court").
        r"(?<!was )(?<!were )(?<!been )(?<!be )overturned(?! into| by| (?:a|an|the|its|his|her|their)\b)",
        # Nothing but a thing "tipped over", so a clause may stand between: "a
        # wedding carriage that was crossing the square tipped over".
        rf"{_TIPPING_VEHICLE}\b[^.,;]{{0,40}}?\b(?:tipped|flipped|toppled) over(?! into| by| (?:a|an|the|its|his|her|their)\b)",
        # A structure that gave way ("the old bridge gave way", "a gangway gave way beneath").
        r"(?:bridge|building|roof|tower|crane|grandstand|stand|wall|dam|tunnel|scaffolding|balcony|ceiling|"
        r"stage|floor|footbridge|overpass|gangway|walkway|platform|pier|jetty|ramp|staircase|terrace)s?"
        r"\b[^.,;]{0,40}\b(?:gave|give|gives|giving) way",
        # An accident by its name, not "by accident" nor the hospital's "accident and emergency".
        r"(?<!by )accidents?(?! and emergency)",
        # A fire by its noun ("a fire gutted", "the Kettle Hills fire", "fought a second fire"),
        # not gunfire ("opened fire", "came under heavy fire", "returned fire"), a verb ("to
        # fire 200 staff"), the services ("fire brigade") nor a risk or ban.
        r"(?<!open )(?<!opened )(?<!opening )(?<!under )(?<!return )(?<!returned )(?<!of )(?<!heavy )"
        r"(?<!sniper )(?<!rocket )(?<!mortar )(?<!tank )(?<!enemy )(?<!friendly )(?<!gun )(?<!artillery )"
        r"(?<!to )(?<!will )(?<!would )(?<!could )(?<!cease-)(?<!hold )(?<!held )"
        rf"fires?(?! {NO_FIRE_AFTER}\b)"
        # "fire on the crowd", "fire at troops" is shooting; "a fire at a warehouse" is not.
        r"(?! (?:on|at) (?:the |a |an )?(?:crowds?|protesters|demonstrators|civilians|troops|soldiers|police|"
        r"them|us|him|her|people|positions?|targets?|will)\b)",
    )),
    ("evacuation", (
        r"evacuat(?:e|es|ed|ing|ion|ions)", "fled", r"(?:escape|humanitarian|safe) corridors?",
        # People missing found alive, or brought down from where they were stuck.
        r"(?:found|located) alive", r"(?:were|was|been) (?:found|located) (?:safe|unharmed)",
    )),
    ("protest", (
        r"protest(?:s|ed|ing|ers?)?", r"demonstrat(?:ion|ions|ors)", r"rall(?:y|ies)",
        r"march(?:ed)? through", r"walk(?:ed|s)? out", r"walkouts?", r"on strike",
        r"(?:general|national|school|rail|teachers'?|workers'?) strikes?",
        # A labour strike by who strikes or how long: "a 48-hour strike", "the nurses' strike";
        # not a missile or air strike (typed before this rule).
        r"(?:\d+-(?:hour|day|week)|one-day|two-day|three-day|indefinite|nationwide|wildcat|"
        r"(?:nurses|doctors|pilots|dockers|miners|drivers|staff|union|teachers|workers|porters|guards|"
        r"cleaners|employees|journalists|farmers|lawyers)(?:'|’)?) strikes?",
        r"strikes? by (?:[\w,.]+ ){0,3}(?:\w*workers|staff|nurses|doctors|teachers|pilots|drivers|unions?|employees|"
        r"dockers|miners)",
        r"(?:\d+-(?:hour|day|week) )?warning strikes?",
        r"(?:went|go|going|gone|were|was|are|is|remain|remained|stayed) on strike", r"strikers", r"strike action",
        r"striking (?:\w+ )?(?:workers|nurses|doctors|teachers|pilots|drivers|staff|employees|dockers|miners)",
        # A strike by what it did: "after a strike shut most of the port's terminals".
        r"strikes? (?:shut|closed|halted|paralysed|paralyzed|crippled|disrupted)",
        r"stopped work", r"downed tools", r"picket(?:s|ed|ing)? lines?", "industrial action",
        r"walk(?:ed|s)? off the job",
        # A crowd's violence (what police did to a crowd is ``CROWD_CONTROL_CUES``).
        r"riots?", "rioting", "rioters",
        # A march by its article ("in a march for smaller classes"), not the month ("the
        # March 5 vote"); marchers, and pickets without their lines.
        r"(?:a|an|silent|peaceful|protest|mass|large|big|huge|their|the) march(?:es)?(?! \d)", "marchers",
        r"picket(?:s|ed|ing)",
    )),
    ("arrest", (
        r"arrest(?:s|ed|ing)?", r"detain(?:s|ed|ing|ees?)?", "taken into custody", "charged with",
        r"(?:was|were|been|being|is|are) charged", r"indicted",
        # A police raid or search of a place ("raided a farm", "a raid on a haulage yard",
        # "gardaí are searching a yard"), not an air raid (a strike, above) nor firefighters who
        # searched a building, and an illegal plant the police found ("a fuel laundering plant was
        # found", "discovered a cannabis factory").
        # Not one still to come ("will raid", "plan to search").
        rf"(?<!air ){_NOT_TO_COME}raid(?:ed|s)?(?: on)? {_RAIDED_PLACES}",
        # Not a search for a missing person ("searched the home of a missing teenager").
        rf"(?:police|officers|gardaí|garda|detectives|customs|agents)\b[^.;]{{0,60}}?\b{_NOT_TO_COME}"
        rf"search(?:ed|ing)? {_RAIDED_PLACES}(?![^.;]{{0,80}}?\bmissing\b)",
        r"(?:laundering|cannabis|drugs?|bomb-making|counterfeiting|meth) (?:plant|factory|farm|lab|laboratory)s?"
        r"\b[^.;]{0,40}?\b(?:found|discovered|uncovered|dismantled|raided)",
        r"(?:found|discovered|uncovered|dismantled) (?:a|an|the) (?:[\w'’-]+ ){0,3}?(?:laundering|cannabis|drugs?|"
        r"bomb-making|counterfeiting) (?:plant|factory|farm|lab|laboratory)",
    )),
    ("talks_diplomacy", (
        "talks", r"negotiat(?:e|es|ed|ing|ion|ions|ors?)", r"ceasefires?", r"summits?",
        r"(?:emergency|crisis) (?:session|meeting|talks)",
        "peace process", r"phone (?:call|conversation)s?", r"telephone conversations?",
        r"(?:state|official) visits?", "met with",
        # A visit is diplomacy when an office holder makes it ("the foreign minister visited").
        r"(?:president|minister|secretary|chancellor|premier|envoy|ambassador|delegation|king|queen)"
        r"\b[^.]{0,60}\bvisit(?:s|ed|ing)?",
    )),
    ("political_decision", (
        "budget", r"bills?", "legislation", r"decrees?", "sanctions", "voted", "approved",
        "signed into law", "vetoed", r"referend(?:um|ums|a)", r"elections?", "struck down",
        # Rationing ordered: "rolling water cuts", "imposed rotating eight-hour cuts".
        r"water cuts?", r"(?:rolling|rotating|scheduled) (?:[\w-]+ ){0,2}cuts", r"rationing",
        r"imposed (?:a |an )?(?:[\w-]+ ){0,3}(?:cuts|ban|curfew)",
        r"ruled (?:that|against|in favou?r)",
        r"(?:raised|cut|lowered|held|hiked) (?:its |the )?(?:main |benchmark |key )?(?:interest )?rates?",
        r"declared\b[^.]{0,30}\bmourning", "state of emergency",
        # Who won a vote: "was elected", "won a second term", "won the runoff".
        r"(?:re-?)?elected", r"sworn in", r"runoffs?",
        r"(?:secured|won|took|received|polled) (?:about |around |nearly |almost |more than |just over |just under )?"
        r"[\d.,]+ ?(?:%|per ?cent|percent) of the (?:vote|votes|ballots)",
        r"won (?:a|an|the|her|his|their|\w+['’]s) (?:\w+ ){0,2}(?:term|election|vote|runoff|ballot|seat|majority|"
        r"primary|mandate|race)",
        # A decision announced: "the government will release emergency funds", "outdoor work
        # would be banned".
        r"(?:government|ministry|council|authorities|cabinet|administration) (?:will|would) (?!not |never )(?:\w+ )?"
        r"(?:release|draft|introduce|ban|impose|lift|extend|provide|allocate|spend|invest|fund|create)",
        r"(?:will|would) be (?:banned|prohibited|suspended|lifted|extended)",
        # An order that stops what did harm: "authorities have ordered it to halt all discharges".
        r"ordered (?:[\w-]+ ){0,4}?to (?:halt|stop|close|suspend|shut|cease)",
    )),
    ("civilian_harm", (
        r"civilians?\b[^.]{0,60}\b(?:killed|injured|wounded|died)",
        r"(?:killed|injured|wounded)\b[^.]{0,40}\bcivilians?",
        r"deaths?\s+of\s+(?:\w+\s+){0,3}civilians?",
    )),
    # Events the schema has no class for: an attack on computers (courts, jobs and outbreaks
    # are in ``lexicons/news_events.py``).
    ("other", (r"cyber-?attacks?", r"ransomware", r"hackers", r"hacked")),
)  # fmt: skip
# Cues tried only when no cue above matches: people killed or hurt with nothing saying how
# ("three people were killed in one of those attacks") are harm to civilians.
INCIDENT_FALLBACK_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("civilian_harm", (
        r"deaths?\s+of\s+(?:\w+\s+){0,3}(?:people|residents|children)",
        r"(?:people|residents|children|passers-by)\b[^.]{0,40}\b(?:were|was)\s+(?:killed|injured|wounded)",
        # Civilians by what they were doing ("a crane operator has been killed", "six people
        # were hurt when"; not soldiers nor firefighters, whose harm is the fighting's or the
        # fire's), or dead in what happened ("three people died when the bridge gave way").
        r"(?:people|persons?|m[ae]n|wom[ae]n|boys?|girls?|child|workers?|operators?|drivers?|passengers?|"
        r"pedestrians?|cyclists?|motorists?|residents?|patients?|fans|supporters|students?|"
        r"pupils?|tourists?|hikers?|climbers?|villagers?)\b[^.]{0,30}?\b(?:was|were|been)\s+"
        r"(?:killed|injured|wounded|hurt)",
        r"died (?:when|after|as|following|in) (?:a|an|the)",
    )),
)  # fmt: skip


# Figure categories and the words near a number that signal them ("27 injured", "killing
# at least 120"); compiled between word boundaries. Written in lower case.
FIGURE_CATEGORY_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("killed", figure_cues("en", "killed")),
    ("injured", figure_cues("en", "injured")),
    ("intercepted", (
        r"intercept(?:s|ed|ing|ion|ions)?", "shot down", "downed", "repelled",
        r"neutrali[sz]ed",
    )),
    ("destroyed", (r"destroy(?:s|ed|ing)?", "damaged", "razed", "flattened", "demolished")),
    ("launched", (r"launch(?:es|ed|ing)?", "fired", "used", "sent", "deployed")),
    ("displaced", (
        r"displac(?:e|es|ed|ing|ement)", "fled", r"flee(?:s|ing)?", r"evacuat(?:e|es|ed|ing|ion)",
        "homeless", "refugees", "housed", "sheltered", "leave", r"(?:left|from) (?:their|his|her) homes?",
        "moved to", r"relocat(?:ed|ing)", "rehoused", "forced out",
    )),
    ("damage_cost", ("damage", "losses", "cost")),
)  # fmt: skip

# Phrases right before a number that make it context, not a toll: sizes, populations and
# capacities ("a town of 40,000 people", "home to 2 million", "could seat almost 1,000").
FIGURE_CONTEXT_CUES: tuple[str, ...] = (
    r"population of",
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:city|town|village|district|region|province|community|suburb|island|country|nation)\s+of",
    "home to",
    r"(?:could|can|to)\s+(?:seat|hold|house|accommodate)",
    r"capacity of",
    r"seats?",
    r"inhabitants of",
    r"population",
)

# Nouns for what is launched, fired or shot down: only these are counted as launched or
# intercepted ("400 firefighters were deployed" is not a launch).
WEAPON_NOUNS: frozenset[str] = words(
    """
    missile missiles drone drones rocket rockets shell shells bomb bombs projectile projectiles
    mortar mortars munition munitions warhead warheads grenade grenades targets aircraft
    """
)
