"""The spot in a town a report's location names: its streets and squares (``streets_in``),
and the part of the town it names by its compass point: "in the west of the
city", "the western districts", "in der Weststadt", "im Östlichen Ringgebiet", "dans l'est
de la ville", "los barrios del norte". Two reports of one town whose locations name parts of
it with no point in common ("the west of the city" and "im Östlichen Ringgebiet") are of two
spots, as two streets are (``places.streets_apart``): two power cuts of one city, one in
the morning in the west, one in the evening in the east.

A bearing from a named place is no part of it ("an airfield north of Brunswick", "nördlich
von Celle", "au nord de Lyon", "al sur de Sagunto"): one event between two towns is north of
one and south of the other, so a bearing is not read."""

from __future__ import annotations

import re

from summarizer.daily.named_sites import SITE_MARK, sites_apart
from summarizer.text.accents import fold_accents
from summarizer.text.concepts import concepts_of
from summarizer.text.lexicons.places import COMPASS_POINTS, GERMAN_STREET_ENDINGS, STREET_WORDS
from summarizer.text.roads_and_works import road_key

# English and the Romance languages write a town's part as its point after an article
# ("in the west of the city", "the East End", "l'est de la ville", "dans le nord de Lyon",
# "el norte de la ciudad", "quartiers nord", "zona sur"), or in English as an adjective
# before what it qualifies ("western districts"). Without an article the point is a bearing
# from a place ("north of Brunswick"), and so it is after "au", "al" ("au nord de Lyon",
# "al sur de Sagunto"): one event between two towns lies north of one, south of the other.
_POINT = r"(?:north|south|east|west|nord|sud|est|ouest|norte|sur|este|oeste)"
_WORD_POINT = re.compile(
    r"(?:(?<![\w'’])(?i:the|le|la|l['’]|el|del|zona|barrio|barrios|quartier|quartiers)\s*"
    rf"(?P<point>(?i:{_POINT}(?:ern)?(?:-(?:east|west)(?:ern)?)?))"
    r"|(?<![\w'’-])(?P<adjective>(?i:(?:north|south)(?:-(?:east|west))?ern|eastern|western))(?=\s+[a-z]))"
    # Not a point in a proper name ("East Sussex", "South Africa", "the West Bank"; "the
    # West End" and "the East Side" are a town's parts).
    r"(?!\w)(?!\s+(?!End\b|Side\b)[A-ZÀ-Þ])"
)
# German writes a town's part as a compound of a part's noun ("Weststadt", "Nordviertel",
# "Südstadtteil"), as an adjective before a name ("Östliches Ringgebiet") or as a noun ("im
# Süden der Stadt"); a town's own name is no part ("Osterholm", "Westerland", "Nordhausen"),
# nor a bearing ("nördlich von Celle").
_GERMAN_POINT = re.compile(
    r"(?<!\w)(?P<point>Nord|Süd|Sued|Ost|Öst|West)"
    r"(?:(?:stadt|viertel|teil|end|ring|kiez|quartier|bezirk|vorstadt|wand|flanke|hang|seite|grat|rampe)\w*"
    r"|(?:lich|liche|liches|lichen|licher)\s+[A-ZÄÖÜ]\w+"
    r"|en(?=\s+(?:der|des|von|vom)\s+(?:Stadt|Ortes|Dorfes|Gemeinde)\b)"
    r"|(?<=\bim\sNord|\bim\sWest)en|(?<=\bim\sSüd|\bim\sOst)en)(?!\w)"
)

# The side of a mountain or of a pass's road is named by its point after the side's noun in
# the Romance languages ("la cara norte", "la face nord", "le versant sud", "la parete nord",
# "sulla rampa nord"; Spanish "sur" is the south, French "sur" is "on"); English and German
# name it as a town's part ("the north face", "the southern flank", "die Nordwand", "die
# Südflanke", "auf der Nordrampe"). A rescue on a mountain's north face and one on its south
# flank are two, as two parts of a town are. Its own expression beside ``_WORD_POINT``
# and ``_GERMAN_POINT``, as each language's order is its own: a point after a side's noun,
# whose language says what the point is (Spanish "sur" the south, French "est" the east
# only before a stop), after an article, or opening a German compound.
_SIDE_POINT = re.compile(
    r"(?<![\w'’])(?:(?i:cara|ladera|vertiente|flanco|rampa)\s+(?P<es>(?i:norte|sur|este|oeste))"
    # French "est" is also "is" ("la face est raide"): the east only before a stop or "du".
    r"|(?i:face|versant|flanc|paroi|parete|versante|fianco|rampa)\s+"
    r"(?P<fr>(?i:nord|sud|ouest|ovest|est(?=\s*(?:[,.;:)]|$|du\s|de\s|des\s)))))(?!\w)"
)


def town_quarters(location: str | None) -> frozenset[str]:
    """The compass points of the parts of a town a location names ("in der Weststadt":
    {"west"}; "the north-east of the city": {"north", "east"}), empty when it names none or
    only a bearing from a place."""
    if not location:
        return frozenset()
    found: set[str] = set()
    for match in _WORD_POINT.finditer(location):
        written = (match.group("point") or match.group("adjective")).casefold()
        found |= {COMPASS_POINTS[w] for w in written.split("-") if w in COMPASS_POINTS}
    for match in _SIDE_POINT.finditer(location):
        found.add(COMPASS_POINTS.get((match.group("es") or match.group("fr")).casefold(), ""))
    for match in _GERMAN_POINT.finditer(location):
        point = fold_accents(match.group("point").casefold())
        found.add(COMPASS_POINTS.get(point, COMPASS_POINTS.get(point.replace("ue", "u"), "")))
    found.discard("")
    return frozenset(found)


# A quarter among a location's spots (``streets_in``) is its point after this mark, which
# no name word holds: "~west".
QUARTER = "~"


_LOCATION_WORD = re.compile(r"[\w'’-]+")
# German writes a street as one word ending with its kind ("Hafenstraße", "Marktplatz").
_COMPOUND_STREET = re.compile(rf"^(\w{{3,}}?)({'|'.join(GERMAN_STREET_ENDINGS)})$")
# A compound with a street's ending that names a kind of site, not a street: a "-platz"
# that is a ground for something ("Flugplatz" and "Verkehrslandeplatz" are one airfield's
# names, "Campingplatz", "Parkplatz", "Sportplatz"), or any the concept table knows
# ("Staudamm"). Two reports of one event name a site in their own words.
_GROUNDS = re.compile(
    r"(?:flug|lande|verkehrslande|segelflug|hubschrauberlande|camping|zelt|park|sport|fussball|golf"
    r"|tennis|spiel|schiess|ubungs|truppenubungs|stell|arbeits|bau|rast|lager|wohnmobilstell)platz"
)


def _a_site(compound: str) -> bool:
    return _GROUNDS.fullmatch(compound) is not None or bool(concepts_of(compound))


def streets_in(location: str | None) -> frozenset[str]:
    """The name words of the streets and squares a location names ("Dock Road in Marrow's
    east end": {"dock"}; "rue Victor Hugo": {"victor", "hugo"}; "Hafenstraße": {"hafen"}):
    the capitalised words beside a street word, up to three each side, without the street
    words themselves, and the compass points of the town's parts it names (``town_quarters``,
    marked ``QUARTER``: "~west"). Two reports of one place that each name a street, with no
    name word in common, or a part with no point in common, are of two spots of it
    (``streets_apart``)."""
    if not location:
        return frozenset()
    found: set[str] = {QUARTER + point for point in town_quarters(location)}
    for part in re.split(r"[,;()]", location):  # "rue Victor Hugo, Lyon": Lyon is no street
        tokens = _LOCATION_WORD.findall(part)
        for index, token in enumerate(tokens):
            folded = fold_accents(token)
            compound = _COMPOUND_STREET.match(folded)
            if compound and token[:1].isupper() and not _a_site(folded.casefold()):
                found.add(compound.group(1))
            if folded not in STREET_WORDS:
                continue
            after = _past_a_pass(tokens[index + 1 :])
            for side in (tokens[max(0, index - 3) : index][::-1], after[:3]):
                for word in side:
                    if not word[:1].isupper() or fold_accents(word) in STREET_WORDS:
                        break
                    # A road's number in one key however written ("EN13", "N-13").
                    found.add(road_key(fold_accents(re.sub(r"['’]s$", "", word))))
    return frozenset(found)


# A road named for the mountain pass it crosses ("la route du port de Belhaso", "la
# carretera del puerto de Belhaso", "the road over the Col de Tarn"): the pass names it.
_PASS_WORDS = frozenset({"port", "col", "puerto", "paso", "pass", "passo", "pase"})
_PASS_JOINERS = frozenset({"du", "de", "del", "des", "d", "la", "le", "el", "of", "the", "over", "across"})


def _past_a_pass(tokens: list[str]) -> list[str]:
    """The words after a road word, past "du port de" or "del puerto de" when they tell a
    pass: its name, capitalised, comes next."""
    folded = [fold_accents(token).lower() for token in tokens[:5]]
    lead = next((n for n, w in enumerate(folded) if w not in _PASS_WORDS | _PASS_JOINERS), len(folded))
    return tokens[lead:] if _PASS_WORDS.intersection(folded[:lead]) else tokens


def streets_apart(streets_a: frozenset[str], streets_b: frozenset[str]) -> bool:
    """Both reports name a street and no name word of one is the other's, or both a part of
    the town and no point of one is the other's, or both a named site and no name word of one
    is the other's for events of one type (``named_sites``, marked ``SITE_MARK``): two spots."""
    (names_a, quarters_a, sites_a), (names_b, quarters_b, sites_b) = (
        _spot_kinds(streets_a),
        _spot_kinds(streets_b),
    )
    return (
        (bool(names_a and names_b) and _spelt_plain(names_a).isdisjoint(_spelt_plain(names_b)))
        or (bool(quarters_a and quarters_b) and quarters_a.isdisjoint(quarters_b))
        or sites_apart(sites_a, sites_b)
    )


# A German umlaut as written without it ("Kurfuerstenplatz" in an English report,
# "Kurfürstenplatz" in a German one, folded "kurfursten"): "ue", "oe", "ae" read as the plain
# vowel, on both sides, so one street is one name in every spelling.
_UMLAUT_AS_TWO = re.compile(r"([aou])e")


def _spelt_plain(names: frozenset[str]) -> frozenset[str]:
    return frozenset(_UMLAUT_AS_TWO.sub(r"\1", name) for name in names)


def _spot_kinds(spots: frozenset[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A report's spots as its street names, its town's quarters and its sites' names."""
    if not any(spot[:1] in (QUARTER, SITE_MARK) for spot in spots):
        return spots, frozenset(), frozenset()
    quarters = frozenset(spot for spot in spots if spot.startswith(QUARTER))
    sites = frozenset(spot for spot in spots if spot.startswith(SITE_MARK))
    return spots - quarters - sites, quarters, sites
