"""How a report writes a place as lying near a landmark rather than at it: "off Land's End",
"12 nautical miles west of Land's End", "au large de Bonifacio", "vor Helgoland", "frente a
Cádiz", "al largo di Genova", "ao largo de Peniche", "5 km north of Lyon". The landmark is
the place a careful reader files the event under: another report of it names the landmark
alone, or the landmark at another distance (``text.place_levels.landmark_of``). Accents as
written; read case-insensitively, at the start of a place's name only."""

from __future__ import annotations

# Distances as reports write them before a landmark, in the six languages read.
_UNITS = (
    r"(?:km|kilomet(?:er|re)s?|kilomètres?|kilómetros?|chilometri|quilómetros?|quilômetros?"
    r"|nautical miles?|nm|nmi|miles?|milles?(?: nautiques)?|millas?(?: náuticas| nauticas)?"
    r"|miglia(?: nautiche)?|milhas?(?: náuticas| nauticas)?|seemeilen?|meilen?"
    r"|m|metres?|meters?|mètres?|metros?|metri)"
)
_ABOUT = r"(?:(?:about|some|approximately|around|roughly|environ|quelque|etwa|rund|circa|ca\.|unos|unas|cerca de|alrededor de|circa|cerca di|cerca de)\s+)?"
_DISTANCE = rf"{_ABOUT}\d+(?:[.,]\d+)?\s*{_UNITS}"
_COMPASS_EN = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?|(?:north|south|east|west)(?:ern)?"
_COMPASS_FR = r"(?:nord|sud)(?:-(?:est|ouest))?|est|ouest"
_COMPASS_DE = (
    r"(?:nord|süd|sud)?(?:nördlich|südlich|östlich|westlich|nordwestlich|nordöstlich|südwestlich|südöstlich)"
)
_COMPASS_ES_PT = (
    r"(?:norte|sur|sul|este|leste|oeste|noreste|nordeste|noroeste|sureste|sudeste|suroeste|sudoeste)"
)
_COMPASS_IT = r"(?:nord|sud)(?:-?(?:est|ovest))?|est|ovest"

# Each language's phrases, ending where the landmark's name begins.
RELATIVE_PLACE_PHRASES = (
    # English
    r"(?:just\s+)?off(?:\s+the\s+coast\s+of)?",
    r"near|nearby|outside|close\s+to",
    rf"{_DISTANCE}(?:\s+(?:{_COMPASS_EN}))?\s+(?:of|from)",
    rf"(?:{_COMPASS_EN})\s+of",
    # French
    r"au\s+large\s+(?:de\s+la\s+côte\s+)?(?:de|du|des|d['’])",
    r"(?:près|non\s+loin|aux\s+abords|à\s+proximité)\s+(?:de|du|des|d['’])",
    rf"à\s+{_DISTANCE}(?:\s+au\s+(?:{_COMPASS_FR}))?\s+(?:de|du|des|d['’])",
    rf"au\s+(?:{_COMPASS_FR})\s+(?:de|du|des|d['’])",
    # German
    r"vor\s+der\s+küste\s+(?:von\s+)?|vor|bei|nahe\s+bei|unweit(?:\s+von)?",
    rf"{_DISTANCE}\s+(?:{_COMPASS_DE})\s+von",
    rf"(?:{_COMPASS_DE})\s+von",
    # Spanish
    r"frente\s+a(?:\s+la\s+costa\s+de)?|cerca\s+de(?:l)?|junto\s+a(?:l)?|en\s+aguas\s+de",
    rf"a\s+{_DISTANCE}(?:\s+al\s+{_COMPASS_ES_PT})?\s+de(?:l)?",
    rf"al\s+{_COMPASS_ES_PT}\s+de(?:l)?",
    # Italian
    r"al\s+largo\s+(?:di|del|della|dello|dei|delle|d['’])|nei\s+pressi\s+(?:di|del|della|d['’])|vicino\s+a(?:l|lla)?",
    rf"a\s+{_DISTANCE}(?:\s+a\s+(?:{_COMPASS_IT}))?\s+da",
    rf"a\s+(?:{_COMPASS_IT})\s+di",
    # Portuguese
    r"ao\s+largo\s+(?:de|da|do|das|dos)|perto\s+(?:de|da|do)|junto\s+(?:ao|à)",
    rf"a\s+{_DISTANCE}(?:\s+a\s+{_COMPASS_ES_PT})?\s+(?:de|da|do)",
    rf"a\s+{_COMPASS_ES_PT}\s+(?:de|da|do)",
)

# What stands between a road's number and the town it is located by ("A31 near
# Hettange-Grande", "A31 at Hettange-Grande", "A3 bei Düdelingen", "A-7 a la altura de
# Sagunto"): the road at that town, however written. Not a direction ("E40 richting Gent",
# "A7 direction Lyon"): a road's two carriageways see two events.
ROAD_LOCATORS = (
    *RELATIVE_PLACE_PHRASES,
    r"at|in|à|au\s+niveau\s+(?:de|du|des|d['’])|im|am|en|a\s+la\s+altura\s+de(?:l)?"
    r"|all['’]altezza\s+di|in\s+prossimità\s+di|em|na\s+zona\s+de",
)
# A road located between two towns ("A31 between Thionville and Hettange-Grande",
# "A31 entre Thionville et Hettange-Grande", "A31 zwischen Thionville und Hettange-Grande"):
# the word before the first town, and the one joining the second.
ROAD_BETWEEN = r"between|entre|zwischen|tra|fra"
ROAD_BETWEEN_JOINERS = r"and|et|und|y|e"
