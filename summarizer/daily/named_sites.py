"""The named site of a town a report's location gives: "la playa del Racó", "Raco beach",
"Cala Sardinera", "la crique de la Sardinera", "the Schoenberg school gym", "in der
Turnhalle der Schule Schönberg". Two reports of one town that each name a site of it, and
no name word in common, are of two spots, as two streets are (``spots.streets_apart``): a
beach shut for jellyfish and a cove evacuated for a shark in one town on one day; one
school's ceiling collapse and another's.

A name is the capitalised words beside a kind of site (``SITE_WORDS``): after it, past the
little words of a name ("del", "de la", "du", "of", "der", "von"), as every language writes
it, and before it as English writes it ("Raco beach"); never the town's own name ("the port
of Muehlried" names no site of Muehlried), nor a word of the concept table ("Grundschule",
a kind of school German capitalises). A compass point is read in English, as each language
names it ("Gare du Nord", "Paris North station"). Not a coast, a valley, a river, a lake or a sea: their
names are regions, and each language gives its own ("Lake Constance", "Bodensee"; "a quarry
on the Costa Blanca" is not at a site named Blanca). A correction names its site twice, the
right name and the one first reported ("Hotel Rose, nicht des Hotels Krone"): both are
names of its site (``told_site_names``)."""

from __future__ import annotations

import re
from functools import cache

from summarizer.daily.key_spelling import spelling_folded
from summarizer.text.accents import fold_accents
from summarizer.text.concepts import concepts_of, tables
from summarizer.text.gazetteer import COUNTRIES, COUNTRY_BY_DEMONYM
from summarizer.text.lexicons.organisations import CONCEPTS
from summarizer.text.lexicons.place_name_words import PLACE_NAME_JOINER_WORDS
from summarizer.text.lexicons.places import COMPASS_POINTS
from summarizer.text.vocabulary import words

# The concepts of sites that stand at one spot of a town and carry a name of their own.
_POINT_SITES = frozenset(
    {
        "hospital", "school", "nursery", "university", "canteen", "restaurant", "mine", "dam", "airport",
        "port", "marina", "factory", "refinery", "warehouse", "depot", "station", "church", "hotel", "shop",
        "bakery", "farm", "stadium", "ski_resort", "beach", "town_hall", "care_home", "power_plant",
        "camp", "zoo", "petrol_station", "car_park", "pharmacy", "nightclub", "mosque", "synagogue",
        "cemetery", "museum", "library", "nuclear_plant",
    }
)  # fmt: skip
# A beach's words that name a stretch of coast, a region: "la Costa Blanca", "Côte d'Azur".
_REGION_WORDS = words("coast shore costa kuste cote littoral litoral ufer")
# Coves, and a beach as the Catalan and Italian a day's reports may hold write it.
_COVES = words("cove bucht crique calanque anse cala platja spiaggia")
# The little words inside a site's name: a place's name's (``PLACE_NAME_JOINER_WORDS``), an
# English article, and a saint's title ("Gare Saint-Lazare", "Hospital de Sant Pau").
_JOINERS = PLACE_NAME_JOINER_WORDS | words("the san sant santa")
# Words that open a sentence or a phrase capitalised, and saints' titles: no name word.
NO_NAME = words(
    """the a an la le les el los las der die das il lo i gli un une una ein eine st saint sainte san santa
    sankt o os as l"""
)  # "l" of an elided "L'Aéroport", "o" and "os" of Portuguese's "O Aeroporto"
# Words that say a town, not a site, is named next: "im Zoo der Kleinstadt Zuazola".
_TOWN_WORDS = words(
    """town village city stadt kleinstadt dorf gemeinde ort ortschaft ville commune ciudad pueblo
    localidad municipio comune paese citta borgo"""
)
# Words of a site's kind that are not its name: "el Parque Zoológico de Zuazola", "the
# International Airport", "l'aéroport régional", "la Estación Central".
KIND_WORDS = words(
    """park parque parc parco municipal zoologico zoologique international internacional
    internationale internazionale internacionais regional regionale national nacional nationale
    nazionale central centrale zentral main principal principale haupt"""
)
# Words that place a spot by a landmark ("a campsite downstream of the Derotse dam", "près
# du barrage", "unterhalb der Staumauer", "cerca de la presa"): the landmark is not the spot.
_BY_A_LANDMARK = words(
    """near nearby downstream upstream below above behind beside opposite next outside pres proche
    aval amont derriere face bei nahe unterhalb oberhalb hinter neben gegenuber cerca junto frente
    detras debajo"""
)
SITE_MARK = "@"


@cache
def _no_name() -> frozenset[str]:
    """``NO_NAME`` and the adjectives of nations: "the German port of Muehlried"."""
    nations = {c.casefold() for c in COUNTRIES}
    return (
        NO_NAME
        | {d.casefold() for d in COUNTRY_BY_DEMONYM}
        | {w for w, c in CONCEPTS.items() if c in nations}
    )


_WORD = re.compile(r"[^\W\d_]+")
# A location is a phrase: what is read of a longer one.
_MOST_READ = 300
_MOST_NAME_WORDS = 3


@cache
def site_words() -> frozenset[str]:
    """Every word of the concept table naming a kind of site at one spot, and the coves'."""
    table = tables()[0]
    return frozenset(w for w, c in table.items() if c in _POINT_SITES and w not in _REGION_WORDS) | _COVES


def fold(word: str) -> str:
    """A name word as two reports may spell it, as a place's key spells it
    (``places.spelling_folded``: "Schönberg", "Schoenberg": "schonberg"; "Brunnmatt",
    "Brunmatt"), one folding for both: no umlaut after "q" ("Vasquez")."""
    return spelling_folded(fold_accents(word.casefold()))


def site_names(location: str | None, town: str | None, of: str = "") -> frozenset[str]:
    """The name words of the sites a location names, marked ``SITE_MARK`` and the type of the
    event ``of`` ("@other:raco"), without the town's (see the module's docstring). Two sites
    set apart only events of one type: a dam's release and the campsite it flooded downstream
    are one event at two sites (``sites_apart``)."""
    if not location:
        return frozenset()
    sites = site_words()
    own = {fold(w) for w in _WORD.findall(town or "")}
    found: set[str] = set()
    for part in re.split(r"[,;()]", location[:_MOST_READ]):
        tokens = _WORD.findall(part)
        for index, token in enumerate(tokens):
            if fold_accents(token.casefold()) not in sites:
                continue
            lead = {fold_accents(w.casefold()) for w in tokens[max(0, index - 4) : index]}
            if not _BY_A_LANDMARK.isdisjoint(lead):
                continue  # "a campsite downstream of the Derotse dam": the dam is a landmark
            after, before = tokens[index + 1 :], tokens[:index][::-1]
            found |= _name(after, sites, skip_joiners=True) | _name(before, sites, skip_joiners=False)
    return frozenset(f"{SITE_MARK}{of}:{word}" for word in found - own)


# A correction names the site its report first gave beside the right one: "an der Fassade
# des Hotels Rose, nicht des Hotels Krone", "Hotel Rose, not Hotel Krone", "l'hôtel Rose, et
# non l'hôtel Krone", "el hotel Rose, y no el hotel Krone", "l'hotel Rose, e non l'hotel
# Krone", "o hotel Rose, e não o hotel Krone"; or the other way round: "nicht am Hotel Krone,
# sondern am Hotel Rose", "not at Hotel Krone but at Hotel Rose", "non pas ... mais ...",
# "no ... sino ...", "non ... ma ...", "não ... mas ...". A phrase runs to a comma or a stop.
_PHRASE = r"[^,.;:!?\n]{1,100}"
_RIGHT_NOT_WRONG = re.compile(
    rf"(?P<right>{_PHRASE}),\s*(?:nicht|not|et\s+non(?:\s+pas)?|y\s+no|e\s+non|e\s+não|e\s+nao)\s+(?P<wrong>{_PHRASE})",
    re.IGNORECASE,
)
_NOT_WRONG_BUT_RIGHT = re.compile(
    rf"(?<!\w)(?:nicht|not|non\s+pas|no|non|não|nao)\s+(?P<wrong>{_PHRASE}?),?\s+"
    rf"(?:sondern|but|mais|sino|ma|mas)\s+(?P<right>{_PHRASE})",
    re.IGNORECASE,
)


def told_site_names(
    location: str | None, evidence: str | None, town: str | None, of: str = ""
) -> frozenset[str]:
    """The names of the sites a report's location names (``site_names``) and of the site its
    passage says was first wrongly named, when the right one is among them: a correction
    tells one spot by both names, so the first report's name is no other spot
    (``sites_apart``)."""
    named = site_names(location, town, of)
    if not evidence or not named:
        return named
    found: set[str] = set(named)
    text = evidence[:_MOST_READ]
    for match in (*_RIGHT_NOT_WRONG.finditer(text), *_NOT_WRONG_BUT_RIGHT.finditer(text)):
        if site_names(match["right"], town, of) & named:
            found |= site_names(match["wrong"], town, of)
    return frozenset(found)


def sites_apart(sites_a: frozenset[str], sites_b: frozenset[str]) -> bool:
    """Both reports name a site for events of one type, and no name word in common."""
    for mark in {site.rpartition(":")[0] for site in sites_a}:
        mine = {s for s in sites_a if s.startswith(f"{mark}:")}
        theirs = {s for s in sites_b if s.startswith(f"{mark}:")}
        if theirs and mine.isdisjoint(theirs):
            return True
    return False


def _name(tokens: list[str], sites: frozenset[str], *, skip_joiners: bool) -> set[str]:
    """The capitalised name words that open ``tokens`` (past joiners when ``skip_joiners``)."""
    name: set[str] = set()
    for token in tokens:
        lower = fold_accents(token.casefold())
        if (skip_joiners and lower in _JOINERS and not name) or lower == "s" or lower in KIND_WORDS:
            continue  # "la playa del Racó"; "St Olaf's Hospital"
        if lower in _TOWN_WORDS:
            break
        if lower in sites:
            if name:
                break
            continue  # "der Turnhalle der Schule Schönberg": the site's kind, then its name
        if not token[:1].isupper() or len(name) == _MOST_NAME_WORDS:
            break
        if lower in COMPASS_POINTS:
            name.add(COMPASS_POINTS[lower])  # "Gare du Nord", "Paris North station": one name
        elif len(token) > 1 and lower not in _no_name() and not concepts_of(lower):
            name.add(fold(token))
    return name
