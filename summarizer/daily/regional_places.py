"""Bodies of a level below the country (a region's civil protection, a Land's criminal police,
a department's fire service: "Serviço Regional de Proteção Civil", "Landeskriminalamt",
"SDIS") exist once in every region, named alike in each: an article names the one of the
region its story happens in without saying which ("das LKA hat übernommen", "a Proteção
Civil mantém..."). So such a body joins no mention whose article's stories all happen in
another region: the Azores' regional civil protection, quoted beside a whale strike off
Ponta Delgada, is not the one an article about a toboggan crash in Funchal (Madeira) quotes,
however alike their names; Baden-Württemberg's Landeskriminalamt at Konstanz is not the "LKA"
of a theft in Lindau (Bavaria). An article about both regions says neither and keeps both
joins open, and a place whose region is not known (a beach, a small town) says nothing.
Nor does the story's place say whose a body is when its name says so ("pompiers catalans"
quoted in a Perpignan report are Catalonia's), unless that body is a region's itself: its
article then places it as it places a bare one. A body named by its kind alone ("l'hôpital",
"le personnel de l'hôpital") is placed so too: the day's one hospital in Lyon is not the
one of a Marseille report's story. Nor is "the state" a body is "of" a region ("Conseil
d'État", "Abogacía del Estado"): the nation's.

Where each story happens is the region of the cities its place names, as GeoNames gives
them (``exonyms.city_regions``): maintained data, no table of our own. Towns of one region
are one region's ("Fribourg" and "Bulle": the canton of Fribourg's police at both).

``PlaceMark`` is what ``acronym_countries.ApartUnionFind`` keeps of each actor to refuse
those joins, whichever rule proposes them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.name_heads import kind_named
from summarizer.daily.region_joins import REGION_GOVERNMENT_LEVELS
from summarizer.text.abbreviations import abbreviates, english_place_names, is_acronym
from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import city_regions
from summarizer.text.roads_and_works import without_heading


@dataclass(frozen=True)
class PlaceMark:
    """The regions an organisation's stories happen in (``exonyms.city_regions`` codes),
    and whether it is a body of a level below the country (``regional``)."""

    regions: frozenset[str]
    regional: bool


def _part_names(part: str) -> list[str]:
    """A place's part as written, and the name it ends with after any lower-case words
    ("ao largo de Ponta Delgada", "au large de Tarnos": off a town, named last)."""
    words = part.split()
    lower = [at for at, word in enumerate(words) if word.islower()]
    tail = " ".join(words[lower[-1] + 1 :]) if lower else ""
    return [name for name in (part, tail) if name]


def _regions(place: str) -> frozenset[str]:
    """The regions of the cities a place's comma-separated parts name ("Largo da Fonte,
    Monte, Funchal": Madeira's)."""
    parts = without_heading(place).split(",")
    return frozenset(
        region for part in parts for name in _part_names(part.strip()) for region in city_regions(name)
    )


# "The state" a body is "of" is the nation in the Romance languages, Dutch and English
# ("Conseil d'État", "Consejo de Estado", "Abogacía del Estado", "Advocacia de l'Estat",
# "Secretaria de Estado", "Raad van State", "Secretary of State"): one body for the whole
# country, not a Land's or a state's ("Landeskriminalamt", "State Police").
_OF_THE_NATION = re.compile(
    r"(?<!\w)(?:(?:of|de|du|del|do|da|di|dello|van)\s+|d['’]\s*)(?:the\s+|l['’]\s*|lo\s+)?"
    r"(?:etat|estado|estat|stato|staat|state)(?!\w)"
)


def _regional(words: Iterable[str], names: Sequence[str] = ()) -> bool:
    levels = REGION_GOVERNMENT_LEVELS.intersection(words)
    if "state" in levels and any(_OF_THE_NATION.search(fold_accents(name.casefold())) for name in names):
        levels -= {"state"}
    return bool(levels)


def _regional_acronyms(keys: Sequence[Iterable[str] | None], names: Sequence[Sequence[str]]) -> set[int]:
    """The actors named by an acronym that spells a region's body the day names in full
    ("SRPC", "Serviço Regional de Proteção Civil"): a region's body too, wherever it is
    named alone."""
    spelled = {
        name
        for said, named in zip(keys, names, strict=True)
        if said is not None and _regional((w for key in said for w in key.split()), named)
        for name in named
    }
    regional: dict[str, bool] = {}  # each acronym read once: a day repeats a few many times
    found = set()
    for index, (said, named) in enumerate(zip(keys, names, strict=True)):
        if said is None or not named or not is_acronym(named[0]):
            continue
        short = named[0]
        if short not in regional:
            regional[short] = any(abbreviates(short, full) for full in spelled if full != short)
        if regional[short]:
            found.add(index)
    return found


def place_marks(
    keys: Sequence[Iterable[str] | None],
    names: Sequence[Sequence[str]],
    articles: Sequence[str] | None,
    article_places: Mapping[str, Iterable[str]] | None,
    own_places: Sequence[Sequence[str]] | None,
) -> list[PlaceMark | None]:
    """Each actor's mark (``keys``: its organisation keys, None for a person; ``names``: its
    names, its own first): the regions of its own passage's incidents' places if it has
    any, else of its article's; None for a person, where no place's region is known, or
    for a body not a region's whose name says a place (a country or a region: "French
    police", "pompiers catalans")."""
    if articles is None or article_places is None:
        return [None] * len(keys)
    places = english_place_names() | COUNTRY_WORDS
    spelled = _regional_acronyms(keys, names)
    read: dict[str, frozenset[str]] = {}  # a busy day's articles name the same few places
    marks: list[PlaceMark | None] = []
    for index, (said, article) in enumerate(zip(keys, articles, strict=True)):
        own = own_places[index] if own_places is not None else ()
        named = list(own) or list(article_places.get(article, ()))
        for place in named:
            if place not in read:
                read[place] = _regions(place)
        regions = frozenset().union(*(read[place] for place in named))
        words = {word for key in said or () for word in key.split()}
        # A body named by its kind alone ("l'hôpital", "le personnel de l'hôpital", "la
        # mairie") is the one of its own story's region, as a region's body is.
        regional = (
            _regional(words, names[index])
            or index in spelled
            or any(kind_named(name) for name in names[index])
        )
        placed = not words.isdisjoint(places)
        marks.append(
            PlaceMark(regions, regional)
            if said is not None and regions and (regional or not placed)
            else None
        )
    return marks


def _country(region: str) -> str:
    return region.split(".")[0]


def apart_by_place(first: PlaceMark, second: PlaceMark) -> bool:
    """Two mentions, one of a body below the country's level, whose stories happen in no
    region in common, in one country: two of its regions' bodies. Two countries' towns of
    one name ("São Miguel" is a Brazilian city's too) say no country: a report's town that
    only another country's city is named like never sets it apart."""
    if not (first.regional or second.regional) or not first.regions.isdisjoint(second.regions):
        return False
    return not {_country(r) for r in first.regions}.isdisjoint({_country(r) for r in second.regions})
