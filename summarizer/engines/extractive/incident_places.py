"""Where an incident happened, as the engine reads it around ``text.places.find_place``: a
person's name or a plural possessive is no place ("a judge denied bail to Daniel Park", "the
Legionnaires' outbreak"), and a wire's lead with no
place of its own happened where its dateline says ("PORT ADELA, April 15 (CP) - Nurses at
St Brendan's walked out"). Reports of one event then carry one place, which is what the
daily merge compares."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.engines.extractive.site_places import (
    route_ends,
    town_of_a_site,
)
from summarizer.engines.extractive.titled_datelines import titled_stop_dateline
from summarizer.engines.extractive.town_names import a_saint_s_town, as_a_name, where_someone_lives
from summarizer.models import Actor
from summarizer.text.exonyms import country_in_english, exonym_of, is_city
from summarizer.text.gazetteer import COUNTRIES, COUNTRY_BY_DEMONYM, known_places_in
from summarizer.text.lexicon import LOWER, UPPER
from summarizer.text.places import find_place, place_pattern
from summarizer.text.vocabulary import words

# A dateline opens a wire's first paragraph: the place in capitals, or one capitalised word
# before an agency in brackets; then perhaps a region and a date, an agency, and a dash.
# "ASHBY CROSS, Sept 16 (MW) - ", "INNSBRUCK - ", "Längenfeld (APD) - ", "VALDELUZ
# (Serrano), 3 Jun. (AIN) - ", "HEXLEY, England, Oct 8 (NPA) - ", "SANTIAGO — ".
_CAPS_WORD = rf"[{UPPER}][{UPPER}'’.\-]+"
# A Swiss dateline adds its canton's code after the town ("FIESCH VS, 22. August (SDA) -",
# "SION VS -"): the code is no part of the town's name.
_CANTON = r"(?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)(?![\w'’.\-])"
# The small words inside a town's name ("Vila Nova de Gaia", "Alcalá de Henares").
_PARTICLE = r"(?:de|da|do|das|dos|del|de la|di|du|des|sur|am|an|im|aan|op|la|le)"
# A wire's date: the day's number and the month, either way round, perhaps a year ("17 out",
# "3. März 2026", "Oct 8").
_MONTH = rf"[{UPPER}{LOWER}]{{3,10}}\.?"
_WIRE_DATE = rf"(?:\d{{1,2}}\.?[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})(?:[ \t]+\d{{4}})?"
# A byline's first word ("Por Ana Costa", "By Jane Doe"): a name, not a town.
_BYLINE = r"(?:Por|By|Von|Par|Door|Per|Da)"
DATELINE = re.compile(
    rf"(?P<place>{_CAPS_WORD}(?:[ \t]+(?!{_CANTON}){_CAPS_WORD}){{0,3}}|[{UPPER}][{LOWER}'’\-]+(?=[ \t]*\()"
    # "Sintra, 17 out (Lusa) - ", "Vila Nova de Gaia, 3 mar (Lusa) - ": a town in title case
    # before a date (a day's number and a month) and an agency in brackets, which no heading
    # has: "Incêndios, balanço do dia (ANEPC) - ", "Benfica, 3 (Rafa, Di María) - Porto, 1",
    # a byline "Por Ana Costa, 17 out (Lusa) - ".
    rf"|(?!{_BYLINE}[ \t])[{UPPER}][{LOWER}'’\-]+(?:[ \t]+(?:{_PARTICLE}[ \t]+)?[{UPPER}][{LOWER}'’\-]+){{0,3}}"
    rf"(?=,[ \t]*{_WIRE_DATE}[ \t]*\([^()\n,]{{1,40}}\)[ \t]*[-–—][ \t])"
    # "Innsbruck – ": one word as a name is written, then a spaced dash that no hyphenated
    # word has; a known town only (``_dateline``), as "Update – " opens copy too.
    rf"|(?P<titled>[{UPPER}][{LOWER}'’\-]+)(?=[ \t]+[–—][ \t]))"
    rf"(?:[ \t]+{_CANTON})?"  # a Swiss canton's code
    rf"(?:[ \t]*\([^()\n]{{1,40}}\))?"  # a region or the agency
    r"(?:,[^,\n\-–—]{1,30}){0,3}?"  # a country, a region, a date
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # the agency after the date
    r"[ \t]*[-–—][ \t]"
)


# A live page's banner opens its copy as a dateline would ("EN DIRECT – ", "LIVE – ",
# "EN VIVO – ", "LIVETICKER – "): it names no place.
LIVE_BANNER = re.compile(
    r"(?i:(?:en )?direct|live|(?:en )?vivo|directo|live-?ticker|liveblog|breaking(?: news)?|update|eilmeldung"
    r"|última hora|alerte)"
)


# A broadcaster's banner opens a transcript as a dateline would ("RADIO COUSERANS – Journal
# de 18 heures", "ONDA NORTE – Boletín"): it names the station, not where copy is filed.
BROADCASTER = re.compile(r"(?i:radio|rádio|tv|télé|tele|radiotelevisión|rundfunk|sender|antenne|onda)\b")


def _dateline(text: str, at: int = 0) -> re.Match[str] | None:
    """A dateline at ``at`` in ``text``; one written in title case with no agency after it
    ("Innsbruck – ") only when it names a town the tables know; never a live page's
    banner (``LIVE_BANNER``) nor a broadcaster's (``BROADCASTER``)."""
    found = DATELINE.match(text, at)
    name = "" if found is None else found.group("place") or found.group("titled") or ""
    if found is not None and (LIVE_BANNER.fullmatch(name) or BROADCASTER.match(name)):
        return None
    if found is None or found.group("titled") is None:
        return found
    return found if is_city(found.group("titled")) else None


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where a dateline opens a line of ``text``: its place's span."""
    found = []
    for line in re.finditer(r"^[^\S\n]*", text, re.MULTILINE):
        if (dateline := _dateline(text, line.end())) is not None:
            found.append(dateline.span("place"))
    return found


# A dateline of a place in capitals and a full stop, or a colon after a known city, on a
# line of its own opening the copy: "ZARAGOZA. Un tranvía ...", "BAD OSTHEIM. Nach einem
# ...", "PUNE: The death toll ...". A colon after an unknown word in capitals is a
# transcript's speaker ("PRESENTER: ..."), so only a city the tables know.
_STOP_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,3}})(?P<stop>[.:])[ \t]+(?=[{UPPER}])",
    re.MULTILINE,
)
# A heading in capitals that goes on in capitals after its full stop ("RADIO ALPES-VALAIS.
# LE JOURNAL DE 12 H 30."): a station's or a programme's name, not the place copy is filed
# from; a dateline is followed by the copy's first sentence, written as sentences are.
_HEADING_GOES_ON = re.compile(
    rf"{_CAPS_WORD}(?:[ \t]+(?:[{UPPER}][{UPPER}'’\-]*|\d[\d.:]*))*[ \t]*[.:]?[ \t]*$", re.MULTILINE
)
# How far into the copy its dateline may stand (after a headline and a byline).
_DATELINE_WITHIN = 400


def opening_dateline(text: str) -> str | None:
    """The place the copy is filed from, as a name ("Zaragoza", "Bad Ostheim"), when a
    dateline opens one of its first lines (``DATELINE``, ``_STOP_DATELINE``, ``titled_stop_dateline``)."""
    for line in re.finditer(r"^[^\S\n]*", text[:_DATELINE_WITHIN], re.MULTILINE):
        found = _dateline(text, line.end())
        stop = None if found is not None else _STOP_DATELINE.match(text, line.start())
        if stop is not None and stop.group("stop") == ":" and not is_city(stop.group("place").title()):
            stop = None
        if stop is not None and _HEADING_GOES_ON.match(text, stop.end()):
            stop = None  # "RADIO NERVIÓN. BOLETÍN DE LAS 12.00.": a programme's heading
        if stop is not None and BROADCASTER.match(stop.group("place")):
            stop = None  # "ONDA COSTA BRAVA. Boletín de las 21.00.": the station, however it goes on
        place = found.group("place") if found is not None else stop.group("place") if stop else None
        if place is None and found is None:
            place = titled_stop_dateline(text, line.start())
        if place is not None:
            return as_a_name(place) if place.isupper() else place
    return None


# A part of a town named by its kind ("en el barrio del Actur", "im Stadtteil Linden", "dans
# le quartier de la Croix", "in the Kothrud district"): the town it is part of is the
# place its reports share.
_PART_BEFORE = re.compile(
    r"(?i:\b(?:barrio|distrito|avenida|calle|paseo|polígono|quartier|avenue|rue|boulevard|stadtteil|ortsteil"
    r"|viertel|straße|strasse|neighbou?rhood|street|road|avenue)\s+(?:(?:de|del|de la|du|de l['’]|des|of)\s+)?)$"
)


def names_a_part(sentence: str, location: str) -> bool:
    """The sentence names ``location`` as a part of a town by its kind (``_PART_BEFORE``)."""
    at = sentence.find(location)
    return at > 0 and _PART_BEFORE.search(sentence, max(0, at - 30), at) is not None


def dateline_place(sentence: str) -> str | None:
    """The place of a dateline opening ``sentence``, as a name ("Ashby Cross"), or None. A
    dateline says where the reporter files: a lead that names a known place of its own
    ("BERLIN - ... after a strike shut Hamburg port's terminals") happened there instead."""
    found = _dateline(sentence)
    if found is None:
        return None
    if any(True for _ in known_places_in(sentence[found.end() :])):
        return None
    place = found.group("place")
    if place.isupper():
        # Written in capitals: as a name is written ("PORT ADELA" is Port Adela, ``as_a_name``).
        place = as_a_name(place)
    return place


_CAPITALISED = re.compile(rf"(?<![\w'’-])[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?")


_CAPITALS = frozenset(capital.casefold() for _, capital in COUNTRIES.values() if capital)


def bureau_country(dateline: str, sentence: str) -> str | None:
    """The country a lead names when its dateline is a nation's capital, or None. A wire
    files from the capital's bureau: a lead that names no town but a country ("MADRID (APA)
    - Fuel oil from a tanker that ran aground off northwestern Spain") happened in that
    country, not in the capital; a dateline of another town is where its event was
    ("OELSBURG - ... landed at a regional airport in northern Germany")."""
    english = exonym_of(dateline) or dateline
    return country_named(sentence) if english.casefold() in _CAPITALS else None


def country_named(sentence: str) -> str | None:
    """The first country a sentence names, in English ("off northwestern Spain", "en
    Espagne", "in Spanien": Spain), or None."""
    for found in _CAPITALISED.finditer(sentence):
        # A name whole ("South Africa"), not a word of one ("Georgia Smith" is a person).
        name = found.group()
        if name in COUNTRIES:
            return name
        if (english := country_in_english(name)) is not None:
            return english
    return None


# A plural possessive is a group's, not a place's: "the Legionnaires' disease outbreak",
# "Brannock Motors' gearbox plant".
PLURAL_POSSESSIVE = re.compile(r"s['’]$")
# Where people were taken, flown or fled to is not where the event happened: "Three injured
# workers were flown to Mackay", "fue trasladado al Hospital General de Lanzarote", "in ein
# Spital nach Sion geflogen", "évacués vers Annecy". Read on the words before the place.
TAKEN_TO = re.compile(
    r"(?i:\b(?:fled|flown|flew|taken|moved|evacuated|transferred|airlifted|brought|rushed|relocated|"
    r"trasladad[oa]s?|llevad[oa]s?|evacuad[oa]s?|huyeron|transportée?s?|transférée?s?|évacuée?s?|"
    r"héliportée?s?|conduite?s?|gebracht|geflogen|evakuiert|verlegt|geflohen)\b"
    r"[^.;:]{0,40}?\b(?:to|into|nach|ins|in die|zu|zum|zur|à|au|vers|a|al|hacia)\s+"
    r"(?:(?:the|a|an|der|die|das|den|dem|le|la|les|l['’]|el|los|las)\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?)$"
)
_TAKEN_TO_REACH = 90
# How many misread places are set aside before the sentence is read as naming none.
RETRIES = 3


def sentence_place(
    sentence: str, start: int, people: list[tuple[int, int]], lang: str
) -> tuple[str | None, str | None]:
    """``find_place`` on ``sentence`` (at ``start`` in the article), passing over a place
    read inside a person's name ("Interior Minister Sofia Lind", "bail to Daniel Park") or
    written as a plural possessive: (location as written, place)."""
    work = sentence
    ends = route_ends(sentence)
    # Read on the whole sentence: a city set aside below still says the name before it is a
    # site's own ("la gare de Lyon à Paris": ``site_places``).
    site = town_of_a_site(sentence, lang)
    for _ in range(RETRIES):
        location, place = find_place(work, lang)
        if location is None or (site is not None and _within(location, site[0])):
            # "auf dem Flugplatz Ölsburg", "el Parque Zoológico de Zuazola", "im Hafen von
            # Palma": the town, not the site nor its noun.
            return site if site is not None else (None, place)
        at = work.find(location)
        inside_a_name = (
            at >= 0
            and any(s <= start + at and start + at + len(location) <= e for s, e in people)
            and not a_saint_s_town(work, at, location)
        )
        taken_there = at >= 0 and (
            TAKEN_TO.search(work, max(0, at - _TAKEN_TO_REACH), at) is not None
            or where_someone_lives(work, at)
        )
        on_the_way = at >= 0 and any(s <= at < e for s, e in ends)
        adjective = lang == "en" and at >= 0 and _an_adjective_of_origin(work, at, location)
        if (
            not inside_a_name
            and not taken_there
            and not on_the_way
            and not adjective
            and not PLURAL_POSSESSIVE.search(location)
        ):
            if lang == "de" and place is not None:
                location, place = _town_before_a_noun(location, place)
            return _town_a_site_lies_by(work, at, location, place, lang)
        if at < 0:
            return None, None
        work = work[:at] + " " * len(location) + work[at + len(location) :]
    return None, None


_LOWER_WORD_AFTER = re.compile(rf"[ \t]+[{LOWER}]")


def _an_adjective_of_origin(sentence: str, at: int, location: str) -> bool:
    """An English adjective of origin before a common noun ("at European hubs", "in Spanish
    waters") names no place: a demonym the gazetteer knows, or one of the endings that make
    them ("-ean", "-ese")."""
    word = location.split()[-1]
    demonym = word in COUNTRY_BY_DEMONYM or word.endswith(("ean", "ese"))
    return demonym and _LOWER_WORD_AFTER.match(sentence, at + len(location)) is not None


def _within(location: str, site: str) -> bool:
    """The place read is the site's phrase or a part of it ("Hafen" of "Hafen von Palma")."""
    return location in site


def _town_before_a_noun(location: str, place: str) -> tuple[str, str]:
    """German capitalises every noun: "in Bremen Rauch in der Kabine gemeldet" names
    Bremen, and "Rauch" is what was reported. A known town followed by words that make no
    known place is the town."""
    words = place.split()
    if len(words) > 1 and is_city(words[0]) and not is_city(place) and location.startswith(words[0]):
        return words[0], words[0]
    return location, place


def without_dateline(sentence: str) -> str:
    """``sentence`` with a dateline opening it blanked out (position for position): the
    reporter's place is no place the sentence reports ("BERLIN, Oct 14 - ... in Hamburg")."""
    found = _dateline(sentence)
    return sentence if found is None else " " * found.end() + sentence[found.end() :]


def person_spans(actors: Iterable[Actor]) -> list[tuple[int, int]]:
    """Where the article names a person: no place is read there."""
    return [(m.start, m.end) for actor in actors if actor.kind == "person" for m in actor.mentions]


# A site told by where it lies from a town: "im Skigebiet Wannigalp oberhalb von
# Obergrächen", "at the Carrawong North underground coal mine west of Mirrabin", "au-dessus
# de Villaret", "frente a la costa de Pájara". Reports of one event name the site or the
# town, and the town is what they share. Only a bearing or a height says so: "Kirchdorf
# near Innsbruck" is in Kirchdorf, unless what comes before "near" is a site by its common
# noun ("the Redbank coal mine near Alston").
_ABOVE_OR_BELOW = {
    "en": r"above|below|beneath|uphill from|downhill from",
    "de": r"oberhalb(?: von)?|unterhalb(?: von)?",
    "fr": r"au-dessus (?:de|du|des|d['’])|au-dessous (?:de|du|des|d['’])|en contrebas (?:de|du|des|d['’])",
    "es": r"encima (?:de|del)|por encima (?:de|del)|debajo (?:de|del)",
}
_BESIDE = {
    "en": r"near|outside|off|(?:north|south|east|west)(?:-?(?:east|west))? of",
    "de": r"bei|nahe(?: bei)?|unweit von|(?:nördlich|südlich|östlich|westlich) von",
    "fr": r"près (?:de|du|des|d['’])|non loin (?:de|du|des|d['’])|au large (?:de|du|des|d['’])"
    r"|au (?:nord|sud|est|ouest)(?:-(?:est|ouest))? (?:de|du|des|d['’])",
    "es": r"cerca (?:de|del)|junto a|frente a|a las afueras (?:de|del)|al (?:norte|sur|este|oeste) (?:de|del)",
}
# At most three lower-case words between the site's name and the bearing: the site's noun
# ("underground coal mine"), then perhaps a comma.
_SITE_NOUNS = rf"(?P<noun>(?:[ \t]+[{LOWER}][{LOWER}\-]*){{1,3}})?"
# How far after the bearing the town's name may start ("the hamlet of ").
_TOWN_WITHIN = 24
# The town after a bearing: perhaps an article and a level in lower case ("the hamlet of",
# "du village de"), then a name as towns are written.
_TOWN_AFTER = re.compile(
    r"(?:[ \t]+(?:the|a|le|la|les|l['’]|el|los|las|der|die|das|dem|den|de|du|des|del|d['’]|of|von|hamlet|village"
    r"|town|city|commune|municipality|hameau|village|bourg|ville|aldea|pueblo|localidad|municipio|dorf|weiler"
    r"|gemeinde|ort)){0,3}[ \t]*(?<=[\s'’])"
    rf"(?P<town>[{UPPER}][\w'’\-]+(?:[ \t\-][{UPPER}][\w'’\-]+){{0,2}})"
)


def _bearing(lang: str) -> re.Pattern[str]:
    above, beside = _ABOVE_OR_BELOW.get(lang, _ABOVE_OR_BELOW["en"]), _BESIDE.get(lang, _BESIDE["en"])
    # A site in a town ("at Sai Kripa Heights in Hadapsar"): the town, when what comes
    # before is a site by its noun (``_names_a_site``), as for a bearing.
    return re.compile(
        rf"{_SITE_NOUNS},?[ \t]+(?:(?P<above>{above})|(?P<beside>{beside}|in|im|à|en|dans))(?!\w)"
    )


def _town_a_site_lies_by(
    sentence: str, at: int, location: str, place: str | None, lang: str
) -> tuple[str | None, str | None]:
    """The town a site lies by (``_ABOVE_OR_BELOW``), when the sentence names it just after
    the site; a district written with its city ("el barrio del Actur de Zaragoza") is in
    the city. Otherwise the site as read."""
    if at < 0 or place is None:
        return location, place
    end = at + len(location)
    found = _bearing(lang).match(sentence, end)
    site = found is not None and (
        found.group("above") or _names_a_site(location) or _names_a_site(found.group("noun") or "")
    )
    if found is not None and site and not is_city(place):
        town = _TOWN_AFTER.match(sentence, found.end(), found.end() + _TOWN_WITHIN + 60)
        if town is not None and town.group("town") not in place_pattern(lang)[1]:
            return sentence[at : town.end()], town.group("town")
    return location, _city_of_a_district(place)


# A site named with its kind: "the Kettle Hills", "Harrow Mine", "Skigebiet Brenna", "la
# forêt de Varens" (folded to lower case).
_SITE_WORDS = words(
    """
    hills mountains mountain valley forest woods park mine colliery heights basin range moor ridge
    gorge pass quarry estate skigebiet gebirge wald tal alm forêt vallée massif col sierra monte
    valle parque area run resort site plant mill factory works building block complex camp field
    station piste
    """
)


def _names_a_site(location: str) -> bool:
    return any(word.casefold() in _SITE_WORDS for word in location.split())


_OF_A_CITY = re.compile(r"\s+(?:de|del|di)\s+")


def _city_of_a_district(place: str) -> str:
    """ "Actur de Zaragoza" is in Zaragoza; "Santiago de Compostela" is a city's own name."""
    parts = _OF_A_CITY.split(place)
    if len(parts) < 2 or is_city(place):
        return place
    return parts[-1] if is_city(parts[-1]) else place
