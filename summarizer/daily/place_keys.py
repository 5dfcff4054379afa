"""The key a place is matched by: one key for a place however two reports name it (at
different levels, in different languages and spellings), the set of country names, and the
one containment the shipped data knows (a capital in its country)."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.daily.city_names import known_city
from summarizer.daily.key_spelling import key_words_folded, named_for_a_saint, spelling_folded
from summarizer.linkage import name_key
from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import exonym_of, is_city
from summarizer.text.gazetteer import (
    COUNTRIES,
    COUNTRY_ALIASES,
    COUNTRY_BY_CAPITAL,
    COUNTRY_BY_DEMONYM,
    place_spellings,
)
from summarizer.text.lexicons.organisations import FILLER
from summarizer.text.lexicons.places import (
    EXONYMS,
    GERMAN_CITY_PLACES,
    GERMAN_STREET_ENDINGS,
    PLACE_LEVEL_WORDS,
    STREET_WORDS,
)
from summarizer.text.normalize import normalize
from summarizer.text.place_levels import county_spelled_out, landmark_of

COUNTRY_NAMES = frozenset(n.casefold() for n in [*COUNTRIES, *COUNTRY_ALIASES.values(), *COUNTRY_BY_DEMONYM])
# "Russia's Belgorod region", "Norway's Finnmark": the possessive names what holds the place;
# a saint's ("St Olaf's Hospital", "Saint Mary's Square") is part of the name.
_OWNER = re.compile(
    r"^(?!(?:St|St\.|Saint|Sankt|San|Santa|Sainte)\s)(?:[A-Z][\w\-]*\s+)*?[A-Z][\w\-]*['’]s\s+"
)
# Words that say a place's level or join it to its name, in every language read ("the city
# of Osterholm", "Belgorod region", "Region Hannover", "la provincia de Valencia"): one
# place whichever way a report writes it.
_NOT_OF_THE_NAME = FILLER | PLACE_LEVEL_WORDS
_POSSESSIVE = re.compile(r"""['’"]s\b""")  # ``normalize`` writes an apostrophe as '"'
_CITY_PLACE_NOUNS = frozenset(fold_accents(noun.casefold()) for noun in GERMAN_CITY_PLACES)
# A word of a place's key: letters of any script and digits ("A-7" is a road, not "a-").
_PLACE_WORD = re.compile(r"[\w-]+")


# A part of a country named by its direction ("southern Ukraine", "north-eastern Chile").
_COMPASS = re.compile(
    r"^(?:(?:far|the)\s+)?"
    r"(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def place_key(name: str, *, site: bool = False) -> str:
    """The key a place is matched by, as two reports of one event can name it at different
    levels, in different languages and spellings: without an owner ("Japan's"), level
    words or articles ("Region Hannover", "métropole de Lyon" are Hannover, Lyon); a known
    spelling made canonical ("Kiev" is Kyiv, the city, where an actor's "Kiev" is Ukraine;
    "Steiermark" and "Genève" are Styria and Geneva, ``EXONYMS``);
    accents folded and doubled letters single ("Hannover" and "Hanover", "Odessa" and
    "Odesa"). A country stays as it is, and is the key of a part of it named by direction
    ("southern Ukraine": no finer a place than the country); a city named for its country
    ("Mexico City") keeps its level word. A saint's name is one in every language
    (``key_spelling``), but in a known city's own name: São Paulo, Saint Paul and San
    Pablo are three cities, though a ``site`` named for a saint ("Església de Santa
    Maria") is one in every language even where a city bears its name."""
    owned = _known_parts(_OWNER.sub("", county_spelled_out(landmark_of(name))))
    if quarter := _city_quarter(owned):
        return quarter
    if held := regional_adjective(owned):
        owned = held[0]  # "Tiroler Ötztal" is the Ötztal
    # "la Haye": an article may be part of the name. A site's saint is no city: "ermita de
    # Sant Sebastià" is St Sebastian's chapel, not Donostia's.
    words = _JOINED_NAME.sub(" ", owned).split()
    saints = site and named_for_a_saint(" ".join(w for w in words if fold_accents(w) not in _NOT_OF_THE_NAME))
    spelled = None if saints else _known_spelling(owned)
    if spelled:
        key = normalize(spelled)
    else:
        whole = name_key(owned)
        if whole in COUNTRY_NAMES:
            return whole
        # "Saint-Jean-de-Luz" and "St. Jean de Luz": a hyphen joins words as a space does.
        bare = " ".join(w for w in words if fold_accents(w) not in _NOT_OF_THE_NAME) or owned
        spelled = None if saints else _known_spelling(bare)
        key = normalize(spelled) if spelled else name_key(bare)
        if key in COUNTRY_NAMES:
            key = whole  # "Mexico City" is not Mexico
    country = _COMPASS.sub("", key)
    if key in COUNTRY_NAMES or country in COUNTRY_NAMES:
        return country
    words = _PLACE_WORD.findall(_JOINED_NAME.sub(" ", _POSSESSIVE.sub("", fold_accents(key))))
    if len(words) == 2 and words[1] in _CITY_PLACE_NOUNS and words[0].endswith("er"):
        # "Hamburger Hafen" is Hamburg's port, within Hamburg; "Kölner Südstadt" within the
        # "cologne" an English report names.
        words[0] = " ".join(spelling_folded(w) for w in place_key(words[0][:-2]).split())
    return key_words_folded(words, saints=site or not known_city(owned)) or key


def _known_parts(name: str) -> str:
    """A place written as its parts from finest to coarsest ("Quartier des Houblons,
    Mülhausen", "collège des Tilleuls, Bourtzwiller, Mulhouse") with each part the data
    spells another way written canonically: a German paper's "Mülhausen" is the Mulhouse of
    a French one, so the quarter it names is one quarter. A part no data knows stays as
    written, so two towns of two names ("Müllheim", "Mülhausen") stay two."""
    if "," not in name:
        return name
    parts = [part.strip() for part in name.split(",")]
    return ", ".join(_known_spelling(part) or part if part else part for part in parts)


# A city's quarter named after it with a hyphen, as German and Austrian papers write it
# ("Köln-Ehrenfeld", "Wien-Favoriten", "Frankfurt-Höchst"): two capitalised parts.
_QUARTER = re.compile(r"^(?P<city>[A-ZÀ-ÞĀ-Ž][\w']+)-(?P<quarter>[A-ZÀ-ÞĀ-Ž][\w']+)$")


def _city_quarter(name: str) -> str | None:
    """The key of a city's quarter with the city as the day keys it alone, when the city has
    a known spelling of its own ("Köln-Ehrenfeld" -> "cologne ehrenfeld", within the
    "cologne" of a report that names the city in English, ``places._named_within``), else None."""
    match = _QUARTER.match(name)
    if match is None:
        return None
    # A city's own name, or one the hand-kept tables spell: GeoNames' alternates alone hold
    # words ("Petit", "Saar") that some town somewhere is also called.
    first = match["city"]
    curated = place_spellings().get(first.casefold()) or EXONYMS.get(fold_accents(first))
    city = _known_spelling(first) if curated or is_city(first) else None
    if not city or normalize(city) in COUNTRY_NAMES:
        return None
    return f"{place_key(city)} {place_key(match['quarter'])}"


# A hyphen joining two words of a name ("Saint-Denis", "Pyrénées-Atlantiques", and an
# elided article's "Saint-Martin-de-l'Erm") is a space written another way; one in a road's
# number ("A-7") is not.
_JOINED_NAME = re.compile(r"(?<=[^\W\d_]{2})-(?=[^\W\d_](?:[^\W\d_]|['’\"]))")
# German names a place in its region by the region's adjective ("im Tiroler Ötztal", "die
# Steirische"... only the "-er" form is read: "Tiroler", "Allgäuer").
_REGIONAL_ADJECTIVE = re.compile(r"^(?P<region>[A-ZÄÖÜ][a-zäöüß]{2,})er\s+(?P<place>[A-ZÄÖÜ][\w-]{2,})$")


def regional_adjective(name: str) -> tuple[str, str] | None:
    """The place and its region when German names a place by its region's adjective
    ("Tiroler Ötztal": the Ötztal, in Tirol): only for a region the tables know that is no
    city ("Wiener Neustadt" is a town of its own, "Hamburger Hafen" Hamburg's port, see
    ``place_key``), and a place that is no street ("Tiroler Straße") or city's place."""
    match = _REGIONAL_ADJECTIVE.match(name.strip())
    if match is None:
        return None
    region, place = match.group("region"), match.group("place")
    folded = fold_accents(place)
    if folded in _CITY_PLACE_NOUNS or folded.endswith(GERMAN_STREET_ENDINGS) or folded in STREET_WORDS:
        return None
    known = EXONYMS.get(fold_accents(region)) or place_spellings().get(region.casefold())
    if not known or any(exonym_of(n) or is_city(n) for n in (region, known)):
        return None
    return place, region


def _known_spelling(name: str) -> str | None:
    """The canonical name of a place the shipped data or the exonym table knows, else its
    name in the data of cities and countries (``text.exonyms``: "Pampelune" is Pamplona,
    "Espagne" Spain), itself made canonical ("Kolonia" is Köln, which the table writes
    Cologne)."""
    folded = fold_accents(name)
    known = place_spellings().get(name.casefold()) or EXONYMS.get(folded)
    if known or not _PLACE_WORD.search(name):
        return known
    other = exonym_of(name)
    return other and (EXONYMS.get(fold_accents(other)) or other)


# Place key of a capital -> key of its country: the one containment the shipped data knows.
COUNTRY_OF_CAPITAL = {
    place_key(capital): normalize(country) for capital, country in COUNTRY_BY_CAPITAL.items()
}
