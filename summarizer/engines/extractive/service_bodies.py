"""Public services that copy names by their common noun and the place they serve, never by
a capitalised name: "selon la police cantonale valaisanne", "les pompiers catalans", "la
policía francesa", "Geneva police said", "according to Brunswick fire service", "Spain's
health authorities". Each is a government body of its own, and the place word says which
one. The noun with its article alone ("la police", ``find_bare_services``) is read after
them: an alias of the article's one qualified service, else a body of its own.

French and Spanish put the place after the noun, as an adjective ("cantonale",
"genevoise", "catalans", "francesa"); English (and any language read as English) puts it before, as a name or a demonym
("Geneva", "Catalan", "Valais cantonal"); Dutch puts the area's own name after the noun
("de politiezone Dilbeek", "de politie Zeeland-West-Brabant"). A bare noun with a state word only ("la police
cantonale", "the regional emergency service") still names one body in its article."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summarizer.engines.extractive.bracketed_acronyms import MOST_BODIES_PER_RULE
from summarizer.engines.extractive.names import NOT_NAME
from summarizer.engines.extractive.opening_names import SENTENCE_START, named_in_text
from summarizer.text.gazetteer import COUNTRIES, COUNTRY_BY_DEMONYM, is_known_place
from summarizer.text.given_names import given_names
from summarizer.text.lexicon import LOWER, UPPER, alternation, lexicon
from summarizer.text.vocabulary import MONTHS, WEEKDAYS, words

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder
    from summarizer.engines.extractive.names import Candidate

# The services each language names by noun, beyond the lexicon's: the government itself.
_GOVERNMENTS = {"fr": "gouvernement", "es": "gobierno", "it": "governo", "pt": "governo"}
# Endings of the adjectives that say whose a service is, by language: the place's
# adjective ("valaisanne", "genevoise", "catalans", "francesa", "lombarda") or a state
# word ("cantonale", "local", "regionale"). Not the endings verbs share ("indique",
# "interpelle", "explica"): "la police indique" is the police speaking.
_ADJECTIVE_ENDINGS = {
    "fr": words(
        """al ale ales aux ais aise aises ois oise oises ien ienne iens iennes ain aine ains aines
        an ane ans anes anne annes éen éenne éens éennes on ons onne onnes ard arde ards ardes"""
    ),
    "es": words(
        """al ales esa esas és eses ana anas ano anos ense enses ina inas ino inos ego egos ega egas
        eño eños eña eñas"""
    ),
    # Not "-ano", "-ino": "i carabinieri parlano", "la polizia indagino" are verbs.
    "it": words("ale ali ile ili ese esi ana ane ina ine ica iche ico ici"),
    "pt": words("al ais ense enses ana anas ano anos ina inas ino inos esa esas ês eses"),
}
_DETERMINERS = {
    "fr": r"la|le|les|l['’]|des|du|aux|au",
    "es": r"la|el|los|las|del|al",
    "it": r"la|il|i|le|gli|l['’]|della|del|dei|delle|dell['’]|alla|al|ai|dalla|dal|dai",
    "pt": r"a|o|os|as|da|do|das|dos|à|ao|pela|pelo",
}
# What English writes after the place: state words, then the service.
_STATE_WORDS = (
    r"cantonal|regional|federal|state|provincial|municipal|city|county|national|local|island|district"
)
# A state word alone before a service is its kind, not its place ("National police said",
# "Federal police" even where the text names "the National Assembly").
_STATE_WORD_SET = frozenset(_STATE_WORDS.split("|"))
_ENGLISH_SERVICES = (
    r"police|fire service|fire brigade|fire department|coastguards?|coast guards?|ambulance service"
    r"|rescue service|emergency services?|government|(?:health )?authorities|health ministry"
    r"|interior ministry|foreign ministry|council"
    # The offices a place runs, by what they do: "Madeira's civil protection service",
    # "Aragon's 112 emergency service", "Geneva's education department", "Cannes town hall".
    r"|civil protection(?: service| agency| department)?|civil defen[cs]e"
    r"|(?:\d{3} )?emergency (?:service|centre|center)|(?:maritime|sea|mountain) rescue (?:service|agency)"
    r"|(?:public health|health|education|transport|environment|fisheries|wildlife|roads?|water|customs"
    r"|avalanche|cyber defen[cs]e|fire and rescue) (?:department|agency|office|service|authority)"
    r"|town hall|city hall|town council|city council|regional authority|prefecture|customs"
    r"|prosecutor['’]s office|prosecutors|port authority"
    # One prosecutor or harbour master is a person; before a name, the office is the person's
    # title ("Paris prosecutor Rémy Heitz said"), no body of its own.
    rf"|(?:prosecutor|harbou?r master)(?![ \t]+[{UPPER}])"
)
_ENGLISH = re.compile(
    rf"(?<![\w'’-])(?P<place>[{UPPER}][\w-]+(?:[ \t][{UPPER}][\w-]+)?(?:['’]s)?)"
    rf"(?P<rest>[ \t]+(?:(?:{_STATE_WORDS})[ \t]+){{0,2}}(?:{_ENGLISH_SERVICES}))(?![\w-])"
)
# A town or city hall is also the open meeting a politician holds ("Trump's town hall").
_MEETING_HALL = re.compile(r"(?:town|city) hall$")
_NOT_PLACES = frozenset(
    {
        *NOT_NAME,
        *(w.capitalize() for w in (*WEEKDAYS, *MONTHS)),
        "The",
        "A",
        "An",
        "Its",
        "Their",
        "Our",
        "His",
        "Her",
    }
)


@cache
def _romance_pattern(lang: str) -> re.Pattern[str] | None:
    if lang not in _ADJECTIVE_ENDINGS:
        return None
    nouns = set(lexicon(lang).services) | {_GOVERNMENTS[lang]}
    endings = alternation(_ADJECTIVE_ENDINGS[lang])
    adjective = rf"[{LOWER}][{LOWER}-]*?(?:{endings})"
    return re.compile(
        rf"(?<![\w'’])(?i:{_DETERMINERS[lang]})[ \t]*"
        rf"(?P<name>(?:{alternation(nouns)})(?:[ \t]+{adjective}(?![\w'’-])){{1,2}})"
    )


def _add(finder: ActorFinder, name: str, at: int) -> None:
    """A shorter name of a service the article named whole ("la police cantonale" after "la
    police cantonale genevoise") is that service."""
    for known in finder.candidates:
        if known.kind != "person" and known.name.casefold().startswith(name.casefold() + " "):
            known.aliases.add(name)
            return
    finder.add(name, "government", at)


def find_service_bodies(finder: ActorFinder) -> None:
    """Add each public service the text names by noun and place (``_romance_pattern``,
    ``_ENGLISH``), then each it names with its article alone (``find_bare_services``)."""
    _find_named_services(finder)
    find_bare_services(finder)


# Dutch names a public service by its noun and then its area, capitalised, with no word
# between: "meldt de politiezone Damme/Knokke-Heist", "de politie Zeeland-West-Brabant",
# "de brandweerzone Centrum", "veiligheidsregio Fryslân". A zone's noun is always followed
# by its zone; after "politie" or "brandweer" Dutch word order also puts the object ("Zondag
# heeft de politie Jansen opgepakt"), so there the word must be a place: one the tables
# know, one the article puts after a place preposition, or an area of joined names.
_DUTCH_ZONES = r"politiezone|brandweerzone|hulpverleningszone|veiligheidsregio"
_DUTCH = re.compile(
    rf"(?<![\w'’-])(?P<name>(?P<noun>(?i:{_DUTCH_ZONES}|politie|brandweer))[ \t]+"
    rf"(?P<area>[{UPPER}][\w'’]*(?:[-/][{UPPER}][\w'’]*)*))(?![\w'’/-])(?![ \t]+[{UPPER}])"
)
_DUTCH_PLACE_AFTER = re.compile(rf"(?<![\w-])(?i:in|bij|te|nabij)[ \t]+(?P<place>[{UPPER}][\w'’-]*)")


def _find_dutch_services(finder: ActorFinder) -> None:
    text = finder.text
    places = {m.group("place") for m in _DUTCH_PLACE_AFTER.finditer(text)}
    for number, match in enumerate(_DUTCH.finditer(text)):
        if number >= MOST_BODIES_PER_RULE:
            break
        area = match.group("area")
        first = re.split(r"[-/]", area)[0]
        if area in _NOT_PLACES or first in given_names() or finder.rules.is_role(area):
            continue
        zone = re.fullmatch(_DUTCH_ZONES, match.group("noun").lower()) is not None
        joined = any(mark in area for mark in "-/")
        if zone or joined or area in places or _known_place(area):
            _add(finder, match.group("name"), match.start("name"))


def _find_named_services(finder: ActorFinder) -> None:
    text = finder.text
    if finder.rules.lang == "nl":
        _find_dutch_services(finder)
        return
    pattern = _romance_pattern(finder.rules.lang)
    if pattern is not None:
        found = [(m.group("name"), m.start("name")) for m in pattern.finditer(text)][:MOST_BODIES_PER_RULE]
        # The longest first, so a later shorter mention folds into it.
        for name, at in sorted(found, key=lambda item: -len(item[0].split())):
            _add(finder, name, at)
        return
    if finder.rules.lang != "en":
        return
    for number, match in enumerate(_ENGLISH.finditer(text)):
        if number >= MOST_BODIES_PER_RULE:
            break
        place = match.group("place").split()
        start = match.start()
        if place[0] in _NOT_PLACES and len(place) > 1:
            start += len(place[0]) + 1  # "The Valais cantonal police"
            place = place[1:]
        bare = place[0].removesuffix("'s").removesuffix("’s")
        if (
            bare in _NOT_PLACES
            or finder.rules.is_role(bare)
            or (len(place) == 1 and bare.lower() in _STATE_WORD_SET)
        ):
            continue
        opens = start == match.start() and SENTENCE_START.search(text, max(0, start - 3), start)
        if opens and not (_known_place(" ".join(place)) or named_in_text(text, bare)):
            continue  # "Yesterday police said": any word opens a sentence capitalised
        owner = " ".join(place).removesuffix("'s").removesuffix("’s")
        known = finder.lookup(owner)
        if (known is not None and known.kind == "person") or owner.split()[0] in given_names():
            continue  # "Mr Ruiz's government" is his, not a place's
        if place[-1].endswith(("'s", "’s")) and _MEETING_HALL.search(match.group("rest")):
            continue  # "Smith's town hall speech": a meeting someone holds; a place's is "Cannes town hall"
        _add(finder, text[start : match.end()], start)


def _known_place(words: str) -> bool:
    """A country, a country's people ("Swiss") or a known place, possessive or not."""
    bare = words.removesuffix("'s").removesuffix("’s")
    return bare in COUNTRIES or bare in COUNTRY_BY_DEMONYM or is_known_place(bare)


# The service with its definite article and nothing after it: "la police", "die Polizei",
# "the police", "la préfecture". Read after the named ones, so that a bare mention of the
# article's one qualified service is an alias of it; alone, it is the article's body of
# that kind, which the daily merge reads as the day's one police, fire service or
# prefecture (``daily.organisations``).
BARE: dict[str, re.Pattern[str]] = {
    "fr": re.compile(r"(?<![\w'’-])(?i:la|les) (?P<name>police|gendarmerie|préfecture|pompiers)(?![\w'’-])"),
    "de": re.compile(r"(?<![\w'’-])(?i:die|der) (?P<name>Polizei|Feuerwehr)(?![\w'’-])"),
    "es": re.compile(r"(?<![\w'’-])(?i:la|los) (?P<name>policía|bomberos)(?![\w'’-])"),
    "en": re.compile(r"(?<![\w'’-])(?i:the) (?P<name>police)(?![\w'’-])"),
    "it": re.compile(
        r"(?<![\w'’-])(?i:la|i|il|le|dai|dei|ai|dalla|della|alla|dal|del|al) (?P<name>polizia|carabinieri|vigili del fuoco|prefettura|questura|procura)"
        r"(?![\w'’-])"
    ),
    "pt": re.compile(r"(?<![\w'’-])(?i:a|os|da|dos|pela|pelos|à|aos) (?P<name>polícia|bombeiros)(?![\w'’-])"),
}


def find_bare_services(finder: ActorFinder) -> None:
    """Add each service the text names with its article alone (``BARE``): to the body of
    the article its noun opens ("la police cantonale"), or as a body of its own."""
    pattern = BARE.get(finder.rules.lang)
    if pattern is None:
        return
    # The body each noun stands for, found once: a scan of every candidate for each of a
    # text's thousand "die Polizei" made the read quadratic.
    bodies: dict[str, Candidate] = {}
    for found in pattern.finditer(finder.text):
        noun = found.group("name")
        body = bodies.get(noun.casefold()) or _body_opened_by(finder, noun)
        if body is not None:
            body.aliases.add(noun)  # "la police cantonale ... la police": one body
        else:
            body = finder.add(noun, "government", found.start("name"))
        bodies[noun.casefold()] = body


def _body_opened_by(finder: ActorFinder, noun: str) -> Candidate | None:
    """The first body the article named whose name opens with ``noun``."""
    folded = noun.casefold()
    return next(
        (
            c
            for c in finder.candidates
            if c.kind != "person" and c.name.split(maxsplit=1)[0].casefold() == folded
        ),
        None,
    )
