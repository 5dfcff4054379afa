"""Places named in a sentence: after a preposition ("near Tarvik", "in the city of Osterholm"),
else any place the gazetteer knows ("Kiev was attacked"). The one place lookup of the
product: the offline engine's incidents and the daily merge's place matching use it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import exonym_of, is_city
from summarizer.text.gazetteer import (
    COUNTRIES,
    COUNTRY_ALIASES,
    COUNTRY_BY_DEMONYM,
    ORG_WORDS,
    TITLE_SET,
    canonical,
    known_places_in,
    place_spellings,
)
from summarizer.text.lexicon import LOWER, UPPER, lexicon
from summarizer.text.lexicons.place_name_words import NEIGHBOURING, SAINT_TITLES, SQUARE_WORDS
from summarizer.text.lexicons.place_name_words import RUNNING_TEXT_JOINERS as JOINERS
from summarizer.text.lexicons.places import (
    ARTICLE_CONTRACTIONS,
    ARTICLE_PREPOSITIONS,
    EXONYMS,
    GERMAN_CITY_PLACES,
    NAMED_FEATURE,
    PLACE_ARTICLES,
    PLACE_OF_JOINERS,
    PLACE_OF_LEVELS,
    PLACE_OF_PARTS,
    REGION_LEVELS,
    ROAD_WORDS,
)
from summarizer.text.place_levels import region_level
from summarizer.text.roads_and_works import a_numbered_road, facility_place, road_or_street
from summarizer.text.vocabulary import MONTHS, WEEKDAYS

# Where a site lies from a town ("above Villaret", "off Fuerteventura"): the town is named
# as after "near". A bearing ("west of Dunmore") is read by the engine after a site only
# (``incident_places``): "the hills north of Varna" set no town of their own.
_BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?"
# Words that tell a place's level before its name ("the canton of Valais", "the hamlet of
# Villaret", "the spa town of Bad Kellerbrunn"), after at most two words that describe it
# ("the western city of Pune", "the Bavarian spa town of"): the name is the place.
_LEVEL_BEFORE = (
    r"city|town|village|hamlet|port city|port town|spa town|resort town|ski resort|resort|market town|region"
    r"|district|province"
    r"|capital|canton|county|state|municipality|suburb|island|commune"
)
PLACE = re.compile(
    # A sentence may open with its place ("In Ashby, ...", "In the Tyrolean capital
    # Innsbruck, ..."), but not with a section's or a phrase's capitalised word.
    rf"(?<![Aa]ccording )(?:\b(?:in|near|on|over|at|outside|around|into|to|off|above|below|across|throughout)"
    # "On Lanzarote, ...", "Near Felden, ...", "Across Arrecife, ...": the same places.
    r"|^[ \t]*(?:On|Near|Outside|Across|Throughout)(?=\s+(?!(?:Average|Board|Top|Behalf|Record|Balance|Paper"
    r"|Air|Line|Stage|Screen|Purpose|Time|Hold|Track)\b)[A-Z])"
    r"|^[ \t]*In(?=\s+(?!"
    r"(?:Brief|Short|Total|Pictures|Depth|Focus|Other|Addition|Response|Fact|Memoriam|Full)\b)))"
    r"\s+(?:the\s+)?"
    rf"(?:(?:{NEIGHBOURING['en']})\s+)?"  # "in neighbouring Kortrijk": the town is the next name
    # "the city of Osterholm", "the Tyrolean capital Innsbruck", "the port town, Tarvel"
    # (what describes it only before "of": "the northern Atacama region, Chile's ..." names
    # no place "Chile's").
    rf"(?:(?:[A-Z][a-z]+\s+)?(?:{_LEVEL_BEFORE})(?:\s+of\s+|,?\s+(?=[A-Z]))"
    rf"|(?:[A-Za-z][a-z\-]+\s+){{1,2}}?(?:{_LEVEL_BEFORE})\s+of\s+)?"
    # "the northern Atacama region": a bearing is no part of a region's name ("in eastern
    # Ukraine" is the country, read as written).
    rf"(?:(?:{_BEARING}(?:ern)?|central)\s+(?=[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}}\s+"
    r"(?:region|province|district|state|canton|county)\b))?"
    # A foreign name keeps its joiner ("Torremocha de Gallego", "Frankfurt am Main").
    r"(?P<place>[A-Z][\w'’\-]+(?:\s+(?:(?:de(?:\s+la)?|del|am|an\s+der|sur|di)\s+)?[A-Z][\w'’\-]+){0,2})"
    r"(?P<suffix>\s+(?:region|oblast|province|district|city|border region))?"
)
POSSESSIVE = re.compile(r"['’]s$")
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,6}")
# Capitalised words a preposition can precede that are not places.
NOT_PLACE = {w.capitalize() for w in WEEKDAYS + MONTHS} | {"Telegram", "Facebook", "Twitter", "The"}


@cache
def place_pattern(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """A place after the prepositions of any language the merge reads ("in Hulst", "a
    Puigcerdà": ``merge_lexicon``), whether the merge or the engine reads it; and what is none."""
    from summarizer.text.lexicon import UPPER, merge_lexicon

    lex = merge_lexicon(lang)
    if lex.code == "en" or not lex.place_prepositions:
        return PLACE, frozenset(NOT_PLACE)
    upper = UPPER
    # The lexicon's prepositions match capitalised too: a sentence may open with its place
    # ("À Lyon, ...", "En Alzira, ...", "In Leipzig ...").
    prepositions = rf"(?:{lex.place_prepositions})\s+"
    if article := PLACE_ARTICLES.get(lex.code):
        if lex.code in ARTICLE_PREPOSITIONS:
            only_with = ARTICLE_PREPOSITIONS[lex.code]
            prepositions = rf"(?:{prepositions}|(?P<region>(?i:{only_with}))\s+(?=(?:{article})))"
        prepositions += rf"(?P<article>{article})?"
    if neighbouring := NEIGHBOURING.get(lex.code):
        prepositions += rf"(?:(?:{neighbouring})\s+)?"
    joiners = JOINERS.get(lex.code, "de|del")
    pattern = re.compile(
        rf"(?<!\w)(?:{prepositions})(?P<place>[{upper}][\w'’\-]+(?:\s+(?:(?:{joiners})\s+)?[{upper}][\w'’\-]+){{0,2}})(?P<suffix>)"
    )
    not_place = frozenset(
        {*NOT_PLACE, *lex.not_name, *(w.capitalize() for w in (*lex.months, *lex.weekdays))}
    )
    return pattern, not_place


@cache
def _place_of_pattern(lang: str) -> re.Pattern[str] | None:
    """A place named by its level or a part of it and "de" ("la provincia de Serrano",
    "quartiers de Lyon"): ``level`` holds the level word kept in the place as written."""
    from summarizer.text.lexicon import UPPER

    if lang not in PLACE_OF_JOINERS:
        return None
    name = rf"[{UPPER}][\w'’\-]+(?:\s+(?:de\s+|del\s+)?[{UPPER}][\w'’\-]+){{0,2}}"
    return re.compile(
        rf"(?<!\w)(?:(?P<level>{PLACE_OF_LEVELS[lang]})|{PLACE_OF_PARTS[lang]})\s+"
        rf"(?:(?:{NEIGHBOURING[lang]})\s+)?"
        rf"(?:{PLACE_OF_JOINERS[lang]})\s*(?P<place>{name})(?P<suffix>)"
    )


@cache
def _common_noun_endings(lang: str) -> tuple[str, ...]:
    """Endings of common nouns in a language that capitalises them ("Sicherheit"): a word
    with one is not a place's name."""
    from summarizer.text.lexicon import lexicon

    return tuple(lexicon(lang).noun_endings)


def place_of_match(
    match: re.Match[str], not_place: frozenset[str] | set[str] = frozenset(NOT_PLACE)
) -> tuple[str, str] | None:
    """The place a ``PLACE`` match names and the level word after it (" region" in
    "Belgorod region"), or None when it names none. A place ends before a title
    ("according to Osterholm Mayor Ana Ruiz") and loses a possessive ("Norway's Finnmark
    region" is in Norway); "to the Senate" and "in the Ministry" name institutions, not
    places."""
    words = match.group("place").split()
    for number, word in enumerate(words):
        # "Plaça Major", "Plaza Mayor", "Praça Maior": a town's main square, not a major.
        if word.lower() in TITLE_SET and not (number and words[number - 1].lower() in SQUARE_WORDS):
            words = words[:number]
            break
    if not words:
        return None
    words = _without_owner(words)
    if POSSESSIVE.search(words[-1]):
        words[-1] = POSSESSIVE.sub("", words[-1])
        suffix = ""
    else:
        suffix = match.group("suffix") or ""
    first = words[0]
    if first in not_place or first in COUNTRY_BY_DEMONYM or first.lower() in ORG_WORDS:
        return None
    if len(words) == 1 and _ACRONYM.fullmatch(first) and first not in COUNTRY_ALIASES:
        return None  # "Grève aux TUL", "at the UN": an organisation ("in the UK" is a country)
    return " ".join(words), suffix


def _without_owner(words: list[str]) -> list[str]:
    """A name without the country owning it: a country's region is the region ("in Spain's
    Valencia region", "Austria's Styria province": Valencia, Styria). Any other owner is
    kept as written ("at St Brendan's Hospital", "in Hanover's Linden district": the merge
    reads a city's district by both names)."""
    for number, word in enumerate(words[:-1]):
        if not POSSESSIVE.search(word):
            continue
        owner = " ".join([*words[:number], POSSESSIVE.sub("", word)])
        if owner in COUNTRIES or owner in COUNTRY_ALIASES:
            return words[number + 1 :]
        break
    return words


def places_after_prepositions(sentence: str, lang: str = "en") -> Iterator[tuple[str, str]]:
    """Each place named after a preposition of the language ("near Tarvik", "in Köln", "à
    Lyon", "En Alzira", "en la A-7", "dans le Rhône"), by its level or a part of it ("la
    provincia de Serrano", "quartiers de Lyon"), in order: its name and the phrase that names it as written, level
    words and all ("Kharkiv region", "provincia de Serrano"; a district of Lyon is Lyon)."""
    pattern, not_place = place_pattern(lang)
    matches = list(pattern.finditer(sentence))
    if (place_of := _place_of_pattern(lang)) is not None:
        matches += place_of.finditer(sentence)
    matches += _ROAD.finditer(sentence)
    seen: set[int] = set()
    # By where the name starts; of two matches of one name, the one that writes its level.
    for match in sorted(matches, key=lambda m: (m.start("place"), m.groupdict().get("level") is None)):
        if match.start("place") in seen:
            continue
        found = place_of_match(match, not_place)
        if found is None or a_numbered_road(found[0], sentence, match.end("place")):
            continue
        if (
            lang != "en"
            and (endings := _common_noun_endings(lang))
            and found[0].split()[0].lower().endswith(endings)
            and not _level_and_name(found[0])
        ):
            continue  # "in Sicherheit", "im Einsatz": German nouns, not places
        if (
            lang in ARTICLE_CONTRACTIONS
            and len(found[0].split()) == 1
            and _after_an_article(match, lang)
            and not _known_region(found[0])
        ):
            continue  # "im Tarifstreit", "in der Nacht": German towns take no article
        seen.add(match.start("place"))
        place, suffix = found
        level = match.groupdict().get("level")
        written = sentence[match.start("level") : match.start("place")] + place if level else place + suffix
        if match.groupdict().get("region") and (article := match.group("article")):
            written = article + written  # "dans le Rhône": a département (``region_level``)
        yield place, written


def _level_and_name(place: str) -> bool:
    """A level word and a name ("Region Hannover"): a place, though "Region" ends as
    German common nouns do."""
    words = place.split()
    return len(words) > 1 and words[0].lower() in REGION_LEVELS


_ROAD = re.compile(rf"(?<!\w)(?i:{ROAD_WORDS})\s+(?P<place>[A-Z]{{1,3}}-?\d{{1,4}})(?!\w)(?P<suffix>)")
# "den Hamburger Hafen": a city's adjective and a place in it, where German names no
# preposition. Read only when a sentence names no place after one (``find_place``).
_GERMAN_CITY_PLACE = re.compile(rf"(?<!\w)[A-ZÄÖÜ]\w+er\s+(?:{'|'.join(GERMAN_CITY_PLACES)})(?!\w)")


def _after_an_article(match: re.Match[str], lang: str) -> bool:
    """The place follows an article or a preposition holding one ("in der", "im")."""
    if match.groupdict().get("article"):
        return True
    preposition = match.string[match.start() : match.start("place")].split()
    # "im nahen Wald" is "im Wald": the adjective that sets a place beside is no name.
    if len(preposition) > 1 and re.fullmatch(NEIGHBOURING.get(lang, "(?!)"), preposition[-1]):
        preposition.pop()
    return bool(preposition) and preposition[-1].casefold() in ARTICLE_CONTRACTIONS[lang]


def _known_region(name: str) -> bool:
    """A place the tables know ("Steiermark"), the city's place a report is of ("im Hafen") or a
    named valley or lane (``NAMED_FEATURE``); a name of more words is one anyway ("im Klinikum Nord")."""
    folded = fold_accents(name.casefold())
    known = folded in EXONYMS or name.casefold() in place_spellings() or name in GERMAN_CITY_PLACES
    return known or NAMED_FEATURE.fullmatch(name) is not None


def find_place(sentence: str, lang: str = "en") -> tuple[str | None, str | None]:
    """The place as written and its canonical name: after a preposition ("near Tarvik",
    "in Köln", "à Lyon", "en Valencia", see ``places_after_prepositions``), in German a
    city's place named by its adjective ("den Hamburger Hafen"), else any place the
    gazetteer knows ("Kiev was attacked"). A road or a street with a town after it is in
    the town (``_town_of_a_road``); a country with a place in it after it is that place."""
    named = list(places_after_prepositions(sentence, lang))
    if named:
        # "In Austria, a mudslide in the Tyrol region": the country sets the scene.
        inside = [n for n in named if not is_country(n[0])]
        location, place = _town_of_a_road(sentence, inside if inside and is_country(named[0][0]) else named)
        return _town_before_its_region(sentence, location, place, lang)
    if lang == "de" and (city_place := _GERMAN_CITY_PLACE.search(sentence)):
        return city_place.group(0), city_place.group(0)
    if lang == "en" and (facility := facility_place(sentence, frozenset(NOT_PLACE))) is not None:
        return facility, canonical(facility)
    for start, end in known_places_in(sentence):
        return sentence[start:end], canonical(sentence[start:end])
    return None, None


# "de Bayona, en el País Vasco", "of Hexley, in the north of England", "von Kirchdorf, im
# Land Tirol": a town named after a joiner, a comma, then a preposition (and an article)
# that opens the region holding it. Read on the text just before the region, so bounded.
_TOWN_THEN_REGION = re.compile(
    r"(?<!\w)(?:of|de|del|du|des|d['’]|von|vom|di)\s*"
    rf"(?P<town>[{UPPER}][{LOWER}'’]+(?:[ \-][{UPPER}][{LOWER}'’]+){{0,2}})"
    rf",[ \t]*(?:[{LOWER}]+[ \t]+){{1,2}}$"
)
_BEFORE_REGION = 80


def _town_before_its_region(sentence: str, location: str, place: str, lang: str) -> tuple[str, str]:
    """A region or a country that follows a town is where the town lies, not where the
    sentence happened: "la huelga de los conductores de Bayona, en el País Vasco francés"
    happened in Bayona. The town must be no region, country, month or weekday itself."""
    if region_level(location) is None and not is_country(place):
        return location, place
    at = sentence.find(location)
    if at <= 0:
        return location, place
    before = sentence[max(0, at - _BEFORE_REGION) : at]
    found = _TOWN_THEN_REGION.search(before)
    if found is None:
        return location, place
    town = found.group("town")
    english = exonym_of(town) or town
    calendar = lexicon(lang)
    if (
        town.casefold() in (*calendar.weekdays, *calendar.months)
        or town in NOT_PLACE
        or is_country(english)
        or region_level(town) is not None
        or town in TITLE_SET
    ):
        return location, place
    return town, canonical(town)


# How far a road's town may be written after it ("on the A4 motorway outside Millbrook").
_ROAD_TO_TOWN = 60


def is_country(name: str) -> bool:
    """A country's name or one of its aliases ("UK", "Deutschland")."""
    return name in COUNTRY_ALIASES or canonical(name) in COUNTRIES


def _town_of_a_road(sentence: str, named: list[tuple[str, str]]) -> tuple[str, str]:
    """The first place named, but a road or a street named before a town lies in the town:
    "on the A4 near Millbrook", "en la A-7 a la altura de Sagunto", "on Dock Road in
    Marrow's east end" are in Millbrook, Sagunto, Marrow. The location keeps the road as
    written ("Dock Road in Marrow"), so two streets of one town still tell two places; a
    region after a road is written alone ("la provincia de Valencia")."""
    place, written = named[0]
    if not road_or_street(place):
        return written, canonical(place)
    town = next(((p, w) for p, w in named[1:] if not road_or_street(p)), None)
    start = sentence.find(written)
    if town is None or start < 0:
        return written, canonical(place)
    end = sentence.find(town[1], start + len(written))
    if end < 0 or end - start - len(written) > _ROAD_TO_TOWN:
        return written, canonical(place)
    if region_level(town[1]) is not None:
        # "en la A-7, en la provincia de Valencia": the province as written, so that its
        # level still tells it holds towns.
        return town[1], canonical(town[0])
    return sentence[start : end + len(town[1])], canonical(town[0])


# "between Tälli and Obergrächen", "zwischen Kützingen und Kembsheim", "entre Les Haudères
# et Villaret", "entre Sagunto y Puzol": a road, a bridge or a stretch of river named by
# the two places at its ends names both.
_BETWEEN_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*(?:\s+(?:de\s+|del\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*){0,2}"
_BETWEEN = re.compile(
    rf"(?<!\w)(?:between|zwischen|entre)\s+(?:(?:the|den|dem|der|le|la|l['’]|el)\s+)?(?P<first>{_BETWEEN_NAME})"
    rf"\s+(?:and|und|et|y|e)\s+(?:(?:the|den|dem|der|le|la|l['’]|el)\s+)?(?P<second>{_BETWEEN_NAME})"
)


# A tunnel, road or bridge said to link two places names both, in each language: "linking
# Ashby with Brigg", "qui relie l'Ariège à la Catalogne", "que une Vallsena con la localidad
# francesa de Castelbrune", "verbindet Kehl mit Straßburg", "che collega Briga a Domodossola".
# A few lower-case words and "de" may stand before the second ("the town of Brigg"). Not
# "linked to", which ties people and groups ("linked to Hamas and Hezbollah"), nor a bare
# "une", a French article ("une Renault et une Peugeot").
_ARTICLE = r"(?:(?:the|den|dem|der|die|le|la|les|el|il|lo)\s+|l['’]\s*)?"
_LINKS = re.compile(
    r"(?<!\w)(?:links|linking|connects|connecting|reli(?:e|ent|ant|ait)|que\s+un(?:e|en|ía|irá)"
    r"|verbind(?:et|en|end)|colleg(?:a|ano|ando))\s+"
    rf"{_ARTICLE}(?P<first>{_BETWEEN_NAME})\s+(?:and|with|to|à|au|aux|et|con|y|mit|und|a|e)\s+"
    rf"(?:(?:[a-zß-ÿ]+\s+){{1,3}}(?:of|de|d['’]|von|di)\s*)?{_ARTICLE}(?P<second>{_BETWEEN_NAME})"
)
# A tunnel, bridge or line named for the two places at its ends, joined by a hyphen: "le
# tunnel Castelbrune-Valsène", "the Kehl-Strasbourg bridge", "túnel Vallsena-Castelbrune".
_LINK_WORDS = (
    r"tunnel|túnel|tunel|traforo|bridge|pont|puente|ponte|brücke|brucke|line|ligne|línea|linea"
    r"|road|route|carretera|strasse|straße|railway|ferry|ferrocarril"
)
_TWO_ENDS = re.compile(
    rf"(?i:(?<!\w)(?:{_LINK_WORDS})\s+)(?P<first>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’]{{2,}})-(?P<second>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’]{{2,}})(?!\w|-)"
    rf"|(?<![\w-])(?P<before>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’]{{2,}})-(?P<after>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’]{{2,}})\s+(?i:{_LINK_WORDS})(?!\w)"
)


def places_between(sentence: str, lang: str = "en") -> Iterator[str]:
    """The two places a stretch is named between or said to link, or a tunnel, bridge or
    line is named for, as written (no weekday, month or word the language's place pattern
    refuses: "zwischen Montag und Dienstag" names none)."""
    _, not_place = place_pattern(lang)
    pairs = [
        [m.group("first"), m.group("second")]
        for m in [*_BETWEEN.finditer(sentence), *_LINKS.finditer(sentence)]
    ]
    for m in _TWO_ENDS.finditer(sentence):
        first, second = m.group("first") or m.group("before"), m.group("second") or m.group("after")
        # "the Saint-Denis tunnel", "Aix-Marseille": one town's name, not two ends.
        if fold_accents(first) not in SAINT_TITLES and not is_city(f"{first}-{second}"):
            pairs.append([first, second])
    for pair in pairs:
        if not any(name in not_place for name in pair):
            yield from pair
