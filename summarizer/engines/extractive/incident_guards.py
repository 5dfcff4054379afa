"""Event words that report no event: a cue that is negated ("no strike is planned"), a
meeting, trial or protest still to come ("talks would resume next week", "für Freitag sind
Kundgebungen angekündigt"), a natural death ("est mort à l'âge de 88 ans"), a law or crime
cited as background ("la loi de 1999", "the third burglary since 2021"), the previous event
of a kind dated to a past year ("the last outbreak was in 2025") or told as a day before the
news ("a day after lightning hit"), a verdict that describes who someone is ("people
convicted on such data"), a disaster, crash, brawl or bomb in a metaphor frame ("a political
earthquake", "a firestorm of criticism", "Die Aktie ist abgestürzt"), or a phrase that only
holds a cue word ("alcanzó la cumbre", "a juicio de", "verurteilte den Anschlag scharf").
Each rule is read on the lower-cased sentence around the cue the type came from, so a later
cue of the same sentence can still type it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.concepts import tables
from summarizer.text.dates import news_day_words
from summarizer.text.lexicon import alternation
from summarizer.text.lexicons import figurative
from summarizer.text.lexicons.everyday_mishaps import HYPOTHETICAL_BEFORE, MISHAP_KINDS
from summarizer.text.lexicons.falls import NO_ONE_BEFORE
from summarizer.text.lexicons.past_years import LAST_YEAR

# A negation at most two words before the cue: "no strike", "kein Warnstreik", "aucune
# grève", "ninguna huelga", "was not arrested". Not a longer reach: "not far from the
# flooded village" reports a flood.
NEGATION_BEFORE = {
    "en": re.compile(r"\b(?:no|not|never|without|nor)\s+(?:[\w'’-]+\s+){0,2}$"),
    "de": re.compile(r"\b(?:kein|keine|keinen|keinem|keiner|keines|nicht|ohne|nie)\s+(?:[\w-]+\s+){0,2}$"),
    "fr": re.compile(r"(?:\b(?:aucun|aucune|sans|ni|jamais)\s+|\bpas d['’]|\bpas de\s+)(?:[\w-]+\s+){0,2}$"),
    "es": re.compile(r"\b(?:no|ningún|ninguna|ninguno|sin|nunca|ni)\s+(?:[\w-]+\s+){0,2}$"),
    "it": re.compile(
        r"(?:\b(?:non|nessun|nessuna|nessuno|senza|mai|né)\s+|\bnessun['’])(?:[\w'’-]+\s+){0,2}$"
    ),
    # Not the English "no": Portuguese "no" is "in the" ("no incêndio").
    "pt": re.compile(r"\b(?:não|nenhum|nenhuma|sem|nunca|nem)\s+(?:[\w-]+\s+){0,2}$"),
    "nl": re.compile(r"\b(?:geen|niet|zonder|nooit|noch)\s+(?:[\w'’-]+\s+){0,2}$"),
    "ca": re.compile(r"\b(?:no|cap|sense|mai|ni)\s+(?:[\w'’-]+\s+){0,2}$"),
}
NEGATION_REACH = 40

# Talks and trials are scheduled: a sentence that says they are still to come or called
# for ("talks would resume next week", "hat beide Seiten zu neuen Gesprächen aufgefordert",
# "el juicio comenzará el mes próximo") reports neither.
SCHEDULED_TO_COME = {
    "en": re.compile(
        r"\b(?:will|would|shall|plans? to|are to|is to) (?:\w+ )?(?:resume|meet|begin|start|open|continue|"
        r"take place|be held|hold|reconvene)\b"
        r"|\bnext (?:week|month|year|round)\b|\blater this (?:week|month|year)\b"
        r"|\b(?:called for|calls for|urged|urges|invited|proposed)\b"
    ),
    "de": re.compile(
        r"\b(?:soll|sollen|sollte|sollten|wird|werden) (?:[\w-]+ ){0,4}?(?:beginnen|stattfinden|"
        r"fortgesetzt|aufgenommen|wieder aufgenommen)\b"
        r"|\b(?:aufgefordert|aufgerufen|angeboten|angekündigt|geplant|nächste[nrs]?|kommende[nrs]?)\b"
        r"|\bkündigt\w* [^.]{0,60}?\ban\b"
    ),
    "fr": re.compile(
        r"\b(?:prévue?s?|débuteront|débuteraient|reprendront|reprendraient|aura lieu|auront lieu|"
        r"se tiendra|se tiendront|s['’]ouvrira|débutera|commencera|prochaine?s?|appelé|appelle|appellent|"
        r"proposé)\b"
    ),
    "es": re.compile(
        r"\b(?:previst[oa]s?|comenzará|comenzarán|empezará|empezarán|arrancará|se reanudará|se reanudarán|"
        r"se celebrará|se celebrarán|tendrá lugar|próxim[oa]s?|pidió|instó|propuso)\b"
    ),
}
# A protest is more often reported while it lasts ("the strike will last until Friday"),
# so only one planned or announced in so many words is still to come.
PROTEST_TO_COME = {
    "en": re.compile(
        r"\b(?:will|would|plans? to|planned to|intends? to|threaten(?:s|ed)? to) "
        r"(?:hold|stage|call|organi[sz]e|go on|strike|walk out|march|protest|rally)\b"
        r"|\b(?:is|are|was|were) (?:planned|scheduled|called) for\b"
        r"|\b(?:planned|scheduled|threatened|announced) (?:a |an )?(?:[\w-]+ ){0,2}(?:strike|protest|rally|march|walkout)"
    ),
    "de": re.compile(r"\b(?:angekündigt|geplant|sollen \w+ stattfinden|soll \w+ stattfinden)\b"),
    "fr": re.compile(r"\b(?:prévue?s?|programmée?s?|aura lieu|auront lieu|se tiendra|se tiendront)\b"),
    "es": re.compile(r"\b(?:previst[oa]s?|programad[oa]s?|tendrá lugar|se celebrará|se celebrarán)\b"),
}
# The court cues that name a trial, which is scheduled as talks are.
TRIAL = re.compile(
    r"trial|juicio|prozess\w*|procès|verdict|veredicto|vor (?:dem |einem )?\w*gericht|compara|se sienta|appeared"
)
# The participles a "convicted" guard reads (not "two men appeared before magistrates").
VERDICT_PARTICIPLE = re.compile(r"convicted|sentenced|jailed|condamn|verurteil|condenad")
# A verdict or trial awaited: "the jury is expected to deliver its verdict on Friday".
AWAITED = re.compile(r"\b(?:expected|is due|are due|erwartet|attendue?|se espera|esperad[oa])\b")
# A verdict told of whom it once befell ("people convicted on such data could now
# appeal", "les personnes condamnées pour"): who they are, not a verdict of the day.
CONVICTED_BEFORE = {
    "en": re.compile(
        r"\b(?:people|those|anyone|everyone|men|women|man|woman|inmates|prisoners|defendants|suspects|"
        r"officers|wrongly|wrongfully|previously|once)\s+$"
    ),
    "fr": re.compile(r"\b(?:personnes|ceux|celles|détenus|déjà|injustement)\s+$"),
    "es": re.compile(r"\b(?:personas|quienes|presos|reclusos|ya|injustamente)\s+$"),
    "de": re.compile(r"\b(?:bereits|schon|zu unrecht)\s+$"),
}
# A crime counted against the years ("der zweite Überfall auf das Geschäft seit 2019",
# "the third burglary since 2021") tells the shop's history, not the day's event.
COUNTED_SINCE = re.compile(r"\b(?:since|seit|depuis|desde) (?:19|20)\d\d\b")
# A statement verb right after a quotation attributes it ("«...», advirtió"): speech, which
# the quotes carry, not news of its own.
# A quotation blanked out (``reported_part``) leaves a run of spaces behind.
AFTER_QUOTATION = re.compile(r"(?:[,»”\"“«—–-]\s*|\s{3,})(?:\w+\s+)?$")
# A death of old age or illness is an obituary's, not a harm to report.
NATURAL_DEATH = re.compile(
    r"\b(?:at the age of|aged \d+|after a (?:long|short) illness|im alter von|nach langer krankheit|"
    r"à l['’]âge de|des suites d['’]une (?:longue )?maladie|a los \d+ años|a la edad de|"
    r"tras una larga enfermedad|all['’]età di|(?:è|era) mort[oa] a \d+ anni|dopo una lunga malattia"
    r"|aos \d+ anos|(?:morreu|faleceu) (?:ontem |hoje )?(?:aos|com) \d+ anos|após (?:uma )?(?:longa|prolongada) doença)"
)
# A law or crime named by its year is background: "the 1999 law", "la loi de 1999", "the
# 2009 robbery".
DATED_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
DATED_AFTER = re.compile(r"^\s+(?:of|von|vom|de|del|du)\s+(?:19|20)\d\d\b")
# An election, verdict or arrest dated to a year is a career's or a case's history: "was
# elected to parliament in 2015", "condamné en 2012". (A disaster so dated is still told
# as an incident: "a quake in 2019 that killed 11 people".)
IN_A_YEAR = re.compile(r"^[^.;]{0,30}?\b(?:in|im|en|el|au)\s+(?:19|20)\d\d\b")
# German puts the participle last: "wurde 2013 in den Landtag gewählt".
YEAR_EARLIER_IN_CLAUSE = re.compile(r"\b(?:19|20)\d\d\b[^.;,]{0,40}$")
# A day of the week or "today" dates a sentence to the news (``dates.news_day_words``):
# "Der Haushalt 2027 wurde am Dienstag beschlossen" is no history.
TODAY = re.compile(r"\b(?:" + alternation(news_day_words()) + r")\b")
HISTORY_KINDS = frozenset({"political_decision", "court", "business", "arrest", "crime"})
# The previous event of a kind, dated to a past year, is background of any kind: "Spain's
# last confirmed outbreak was in January 2025", "el anterior accidente, en 2019", "das
# letzte Hochwasser im Vorjahr" (not "the latest outbreak", today's).
PREVIOUS_BEFORE = re.compile(
    r"\b(?:last|previous|prior|último|última|anterior|dernier|dernière|précédente?|letzte[nrs]?|vorige[nrs]?|"
    r"vorherige[nrs]?)\s+(?:[\w-]+\s+)?$"
)
# An event told as what came a day or more before the sentence's news is its background:
# "have cancelled Sunday's programme, a day after lightning hit the site", "au lendemain de
# l'incendie", "einen Tag nach dem Unwetter", "un día después del incendio".
DAYS_BEFORE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|\d+) days? after|the day after|(?:einen|zwei|drei|\d+) tage? nach"
    r"|(?:au |le )?lendemain d(?:e |u |es |['’])|(?:un|dos|tres|\d+) días? después d(?:e |el )"
    r"|al día siguiente d(?:e |el ))[\w\s'’-]{0,24}$"
)
PAST_YEAR = re.compile(r"\b(?:19|20)\d\d\b|" + LAST_YEAR)
# What is common or rare is no event of the day: "measles outbreaks were common" (not "in a
# rare ruling, the court acquitted ...").
HABITUAL = re.compile(
    r"\b(?:are|were|is|was|have become|has become|became|remain|remains) (?:(?:more|less|increasingly|"
    r"most|very|relatively|fairly|still) )?(?:common|commonplace|frequent|rare|routine)\b"
    r"|\bthe most common (?:cause|type|form|kind)\b"
    # Plural copulas only: "selten war ein Streik so heftig" tells of one. German puts the
    # adjective last: "sind in der Branche seit Jahren häufig".
    r"|\b(?:sind|waren)\b[^.;,]{0,50}?\b(?:häufig|häufiger|selten|seltener|alltäglich)\b"
    r"|\b(?:sont|étaient|deviennent|restent) (?:\w+ )?(?:fréquente?s?|courante?s?|rares)\b"
    r"|\b(?:son|eran|se han vuelto) (?:\w+ )?(?:frecuentes|habituales|comunes|raros|raras)\b"
)
# Phrases that hold a cue word and report nothing: a mountain's summit, an opinion.
NOT_EVENTS = {
    "es": re.compile(
        r"\b(?:alcanz\w*|coron\w*|hizo|hicieron|hacer|llegó a|llegar a) (?:la |su )?cumbre"
        r"|\ba (?:mi|tu|su|nuestro|vuestro) juicio|\ba juicio de"
    ),
    "fr": re.compile(r"\b(?:atteint|gravi) (?:le |son )?sommet"),
    "en": re.compile(r"\b(?:reached|climbed) (?:the )?summit"),
    # A government that condemns an attack passes no sentence.
    "de": re.compile(
        r"\bgipfel (?:des|der) (?:berg|berges|bergs)"
        r"|\bverurteil\w* [^.]{0,80}?\b(?:scharf|aufs schärfste|entschieden)\b"
        r"|\b(?:scharf|aufs schärfste|entschieden) (?:\w+ )?verurteil\w*"
        r"|\bverurteil\w* (?:den|die|das) (?:\w+ )?(?:anschlag|angriff|angriffe|attentat|attacke|gewalt|tat|"
        r"vorgehen|invasion|einmarsch|krieg|äußerung\w*|entscheidung)\b"
    ),
}


# What people stand against is not what happened: "protestierten gegen die Verschmutzung",
# "a march against the floods policy", "contre la pollution", "contra el vertido".
AGAINST_BEFORE = re.compile(
    r"\b(?:gegen|against|contre|contra)\s+(?:(?:die|den|das|the|la|le|les|l['’]|el|los|las)\s*)?(?:[\w-]+\s+)?$"
)
OPPOSABLE_KINDS = frozenset({"disaster", "accident", "outbreak", "crime"})
# Harm named as the case something is asked or said about is reported before, not here: "pediu
# ao Governo que acompanhe o caso de um soldador ferido", "demande des nouvelles du cas de"; not
# where a verb tells the harm after it ("en el caso del astillero dos obreros resultaron heridos").
CASE_OF_BEFORE = re.compile(
    r"\b(?:the case of\s|caso d(?:e|el|o|a|i|ello|ella)\s|caso dell['’]|cas d(?:e|u|e la)\s|cas d['’]|fall de[sr]\s"
    r"|geval van\s)\s*(?:(?!(?:were|was|got|resultaron|resultó|fueron|fue|sono|è|sont|ont|est|wurden|wurde|sind|ist|"
    r"foram|foi|ficaram|ficou|werden|werd|raakten|raakte|rimast[oaie]|restat[oaie])\s)[\w'’-]+\s+){0,4}$"
)

# Everyday mishaps are as often warned of as reported: "to prevent carbon monoxide
# poisoning", "le risque d'intoxication" tell of none.
MAY_HAPPEN = {lang: re.compile(pattern) for lang, pattern in HYPOTHETICAL_BEFORE.items()}


# Crews fighting a fire are no battle: "fighting a warehouse blaze", "battled the flames".
FIREFIGHTING_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:fires?|blazes?|flames|wildfires?|inferno)\b"
)


# A nation's or an army's fire is gunfire: "the deaths of three civilians in a Ukrainian
# fire", "under enemy fire".
FIRE_NOUN = re.compile(r"fires?")
WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
SHOOTERS = frozenset({"enemy", "army", "military", "hostile", "militia", "rebel", "insurgent", "police"})


@cache
def _demonyms() -> frozenset[str]:
    from summarizer.text.gazetteer import COUNTRY_BY_DEMONYM

    return frozenset(d.casefold() for d in COUNTRY_BY_DEMONYM)


def _gunfire(lowered: str, start: int, end: int) -> bool:
    if not FIRE_NOUN.fullmatch(lowered, start, end):
        return False
    before = WORD_BEFORE.search(lowered, max(start - 30, 0), start)
    return before is not None and (before.group(1) in SHOOTERS or before.group(1) in _demonyms())


# The kinds whose cues name something physical that news also says of politics, words and
# money: a quake, a storm, a crash, a brawl, a bomb. (A "political murder" or a "political
# protest" is one.) The German break-in verb is the one prices fall with too ("Der Kurs ist
# eingebrochen"), so a crime's cue with a market as its subject is none either.
FIGURATIVE_KINDS = frozenset({"disaster", "accident", "collision", "brawl", "ordnance"})
MARKET_KINDS = FIGURATIVE_KINDS | {"crime"}


@dataclass(frozen=True)
class MetaphorFrame:
    """A language's patterns of the metaphor frame (``lexicons.figurative``)."""

    # An abstract adjective right before the cue, or among the two words before the last
    # of a cue of several words ("defused a political time bomb"), where adjectives come
    # first; right after the cue elsewhere ("un séisme politique").
    adjective_first: bool
    modifier_before: re.Pattern[str]
    modifier_inside: re.Pattern[str]
    modifier_after: re.Pattern[str]
    # What the storm is of: "of criticism", "de plaintes", "der Entrüstung".
    complement: re.Pattern[str]
    # An article that makes the complement one thing ("with a goods train").
    one_thing: re.Pattern[str]
    # A market's word alone, and the words that make it no subject: a preposition of a
    # place broken into ("in die Börse"), or one that makes it a thing's ("the roof of").
    market_word: re.Pattern[str]
    into: re.Pattern[str]
    of: re.Pattern[str]
    # Shares, prices or words as the subject, at most a few auxiliaries before the verb
    # ("Shares crashed", "une tempête de critiques s'est abattue").
    abstract_subject: re.Pattern[str]


@cache
def _frame(lang: str) -> MetaphorFrame:
    lang = lang if lang in figurative.MODIFIERS else "en"
    modifier = figurative.MODIFIERS[lang]
    word = r"[\w'’-]+"
    return MetaphorFrame(
        adjective_first=lang in figurative.ADJECTIVE_FIRST,
        modifier_before=re.compile(rf"(?<![\w-])(?:{modifier})\s+$"),
        modifier_inside=re.compile(rf"(?<![\w-])(?:{modifier})\s+(?:{word}\s+)?{word}$"),
        modifier_after=re.compile(rf"\s+(?:{modifier})(?!\w)"),
        complement=re.compile(
            rf"\s+(?:{figurative.OF[lang]})(?:\s+|(?<=['’]))(?P<before>(?:{word}\s+){{0,2}}?)"
            rf"(?:{figurative.SPEECH[lang]}|{figurative.TRADE[lang]})(?!\w)(?:\s+(?P<after>{word}))?"
        ),
        one_thing=re.compile(rf"(?:{figurative.ONE_THING[lang]})"),
        market_word=re.compile(
            rf"(?:{figurative.MARKETS[lang]}|{figurative.SPEECH[lang]}|{figurative.TRADE[lang]})"
        ),
        into=re.compile(rf"(?:{figurative.INTO[lang]})"),
        of=re.compile(rf"(?:{figurative.OF[lang]})"),
        abstract_subject=re.compile(
            rf"(?<![\w-])(?:{figurative.MARKETS[lang]}|{figurative.SPEECH[lang]})\s+"
            rf"(?:(?:{figurative.BETWEEN[lang]})\s+){{0,3}}$"
        ),
    )


def figure_of_speech(lowered: str, kind: str, start: int, end: int, lang: str) -> bool:
    """Whether the cue at ``lowered[start:end]`` stands in a metaphor frame: governed by an
    abstract adjective ("un séisme politique"), made of words or money ("a storm of
    criticism", "avalanche de plaintes"), or said of shares, prices or words ("Shares
    crashed", "une tempête de critiques s'est abattue")."""
    if kind not in MARKET_KINDS:
        return False
    frame = _frame(lang)
    # The subject stands before the cue, or inside a cue that ends in its verb ("bridge
    # talks collapsed" are talks that failed).
    last_word = max(lowered.rfind(" ", start, end) + 1, start)
    for at in {start, last_word}:
        subject = frame.abstract_subject.search(lowered, max(at - 80, 0), at)
        if subject and not _no_subject(lowered, subject.start(), kind, frame):
            return True
    if kind not in FIGURATIVE_KINDS:
        return False
    if frame.adjective_first:
        before = frame.modifier_before.search(lowered, max(start - 30, 0), start)
        modified = before or frame.modifier_inside.search(lowered, start, end)
    else:
        modified = frame.modifier_after.match(lowered, end)
    complement = frame.complement.match(lowered, end)
    return bool(modified or (complement and not _names_a_thing(complement, frame)))


def _no_subject(lowered: str, at: int, kind: str, frame: MetaphorFrame) -> bool:
    """The market's word at ``at`` is no subject: the place a break-in was into ("in die
    Börse eingebrochen"), or a thing's ("the roof of the stock exchange", "el techo de la
    Bolsa", "das Dach der Börse", "el edificio de la Bolsa": ``figurative.BUILDINGS``); a market's price or shares are still the market's ("the
    price of shares crashed")."""
    before = lowered[max(at - 60, 0) : at].split()[-3:]
    for n in (1, 2):  # the word right before, or one article before it
        word = before[-n] if len(before) >= n else ""
        if kind == "crime" and frame.into.fullmatch(word):
            return True
        if frame.of.fullmatch(word):
            owner = before[-n - 1] if len(before) > n else ""
            physical = fold_accents(owner) in tables()[0] or fold_accents(owner) in figurative.BUILDINGS
            return physical and not frame.market_word.fullmatch(owner)
    return False


def _names_a_thing(complement: re.Match[str], frame: MetaphorFrame) -> bool:
    """The goods or the words a complement names are one thing or a thing's: one ("a heavy
    goods vehicle"), or beside a vehicle, a building or a substance the concept tables know
    ("a goods train", "the cash van", "train de marchandises", "produits chimiques")."""
    words = [*complement.group("before").split(), complement.group("after") or ""]
    concepts = tables()[0]
    return any(frame.one_thing.fullmatch(w) or fold_accents(w) in concepts for w in words)


def not_an_event(lowered: str, kind: str, start: int, end: int, lang: str) -> bool:
    """Whether the cue at ``lowered[start:end]``, which would type the sentence ``kind``,
    reports no event (see the module docstring)."""
    negation = NEGATION_BEFORE.get(lang, NEGATION_BEFORE["en"])
    if negation.search(lowered, max(start - NEGATION_REACH, 0), start):
        return True
    trial = kind == "court" and TRIAL.match(lowered, start, end) is not None
    if (trial or kind == "talks_diplomacy") and SCHEDULED_TO_COME.get(lang, SCHEDULED_TO_COME["en"]).search(
        lowered
    ):
        return True
    if trial and AWAITED.search(lowered):
        return True
    if kind == "protest" and PROTEST_TO_COME.get(lang, PROTEST_TO_COME["en"]).search(lowered):
        return True
    before = CONVICTED_BEFORE.get(lang, CONVICTED_BEFORE["en"])
    verdict = kind == "court" and VERDICT_PARTICIPLE.match(lowered, start, end) is not None
    if verdict and before.search(lowered, max(start - 16, 0), start):
        return True
    if kind in HISTORY_KINDS and not TODAY.search(lowered):
        if IN_A_YEAR.match(lowered[end : end + 48]):
            return True
        if lang == "de" and YEAR_EARLIER_IN_CLAUSE.search(lowered, max(start - 48, 0), start):
            return True
    if (
        PREVIOUS_BEFORE.search(lowered, max(start - 30, 0), start)
        and PAST_YEAR.search(lowered)
        and not TODAY.search(lowered)
    ):
        return True
    if DAYS_BEFORE.search(lowered, max(start - 40, 0), start):
        return True
    if kind != "statement" and HABITUAL.search(lowered):
        return True
    if kind == "statement" and AFTER_QUOTATION.search(lowered, max(start - 24, 0), start):
        return True
    if kind == "crime" and COUNTED_SINCE.search(lowered, end):
        return True
    if kind == "accident" and _gunfire(lowered, start, end):
        return True
    if kind == "ground_fighting" and FIREFIGHTING_AFTER.match(lowered, end):
        return True
    if kind in OPPOSABLE_KINDS and AGAINST_BEFORE.search(lowered, max(start - 30, 0), start):
        return True
    may_happen = MAY_HAPPEN.get(lang, MAY_HAPPEN["en"])
    if kind in MISHAP_KINDS and may_happen.search(lowered, max(start - 48, 0), start):
        return True
    if kind == "fall" and NO_ONE_BEFORE.search(lowered, max(start - 60, 0), start):
        return True  # "the lake level has fallen two metres", "a rocket fell": no one fell
    if kind == "civilian_harm" and CASE_OF_BEFORE.search(lowered, max(start - 60, 0), start):
        return True
    if kind == "civilian_harm" and NATURAL_DEATH.search(lowered):
        return True
    if figure_of_speech(lowered, kind, start, end, lang):
        return True
    # "The 2027 budget was approved" is today's news; "the 2009 robbery" is history.
    if kind == "crime" and DATED_BEFORE.search(lowered, max(start - 6, 0), start):
        return True
    if kind in ("political_decision", "crime") and DATED_AFTER.match(lowered[end : end + 12]):
        return True
    phrases = NOT_EVENTS.get(lang)
    return phrases is not None and any(m.start() <= start < m.end() for m in phrases.finditer(lowered))
