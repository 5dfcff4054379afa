"""One place's names written in two languages or spellings, made one key for the day that
names both: a region of several long words ("Pyrénées-Atlantiques" and "Pirineos
Atlánticos", ``place_variants``), a valley named for its river ("Ferrache valley", "val
Ferrache", "Ferrachetal", ``valley_variants``), a town spelled a vowel apart beside one
place ("Figueres", "Figueras", ``spellings_beside_one_place``) and the names maintained data
knows (``place_names``). Cities and countries are ``text.exonyms``' (maintained data);
spellings are ``place_keys.place_key``'s."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from summarizer.daily.place_aliases import day_aliases, respelled
from summarizer.daily.place_chains import site_variants
from summarizer.daily.place_names import cities_also_named, holders_by_name, one_place_names
from summarizer.daily.places import Within
from summarizer.daily.reports import ReportEvidence
from summarizer.linkage import joined_to_least

_DOUBLED = re.compile(r"(\w)\1")

# What one name's spellings across the four languages vary in, in a region's name of
# several long words ("Pyrénées-Atlantiques", "Pirineos Atlánticos"; "Baden-Württemberg",
# "Baden-Wurtemberg"): vowels, "c", "k", "qu", "b" and "v", a plural "s". Such a name has no
# entry in any data the product ships (GeoNames' cities and CLDR's countries, see
# ``text.exonyms``; iso-codes translates few of them), and a hand list would hold only
# the regions its author thought of.
_SOUNDS = (("ph", "f"), ("th", "t"), ("qu", "k"), ("q", "k"), ("c", "k"), ("v", "b"), ("w", "b"), ("z", "s"))
_VOWELS = str.maketrans("", "", "aeiouyh")
_JOINING = frozenset(
    {"de", "del", "du", "des", "la", "le", "las", "los", "el", "of", "the", "von", "der", "di"}
)
_LETTERS = re.compile(r"[a-z]+")


def _consonants(word: str) -> str:
    for written, sound in _SOUNDS:
        word = word.replace(written, sound)
    skeleton = _DOUBLED.sub(r"\1", word.translate(_VOWELS))
    return skeleton[:-1] if len(skeleton) > 3 and skeleton.endswith("s") else skeleton


def _cognate_form(key: str) -> tuple[str, ...] | None:
    """The consonants of each word of a name of two or more long words, or None: a name of
    one word or of short words ("Bad Ems", "San Juan") has too few to tell two names apart
    ("Hallstatt" and "Hallstadt", "Salzburg" and "Salzberg" are two towns)."""
    words = [w for w in key.split() if w not in _JOINING]
    if len(words) < 2 or not all(_LETTERS.fullmatch(w) for w in words):
        return None
    form = tuple(_consonants(w) for w in words)
    if min(map(len, form)) < 3 or sum(map(len, form)) < 7:
        return None
    return form


def place_variants(keys: Iterable[str | None]) -> dict[str, str]:
    """The day's place keys that are one region's name written in two languages (``_SOUNDS``:
    "pyrenes atlantiqus" and "pirineos atlanticos"), each to one of them (the first in
    order). A region's name, not a town's: the rule asks for two long words at least."""
    by_form: dict[tuple[str, ...], set[str]] = {}
    for key in keys:
        if key and (form := _cognate_form(key)):
            by_form.setdefault(form, set()).add(key)
    return {key: min(group) for group in by_form.values() if len(group) > 1 for key in group}


# A valley named for its river in each language, as a place key writes it (doubled letters
# single, articles and "de" dropped): "Ferrache valley" -> "ferache valey", "val Ferrache",
# "vallée de la Ferrache" and "valle del Ferrache" -> "vale ferache", "Val d'Anniviers" ->
# "val d aniviers", "Ferrachetal" and "Ferrache Tal" (German).
_VALLEY = re.compile(
    r"^(?:(?P<stem_en>[a-z][a-z ]{2,}?) valey"
    r"|(?:val|vale)(?: (?:d|di|de|del|da|dal))? (?P<stem_romance>[a-z][a-z ]{2,})"
    r"|(?P<stem_de>[a-z]{3,}?) ?tal)$"
)


def _valley_of(key: str) -> str | None:
    """The river a valley's key names it for, else None."""
    match = _VALLEY.match(key)
    return match and (match["stem_en"] or match["stem_romance"] or match["stem_de"])


def valley_variants(keys: Iterable[str | None]) -> dict[str, str]:
    """The day's keys that are one valley named in two languages ("Ferrache valley", "val
    Ferrache", "Ferrachetal"), each to one of them (the least). Only when the day names two:
    a word ending as German valleys do ("Portal", "Hospital", "Wuppertal") is read as one
    only beside "the Por valley", which no report writes."""
    by_river: dict[str, set[str]] = {}
    for key in sorted(filter(None, keys)):  # in one order on every run: the first met files
        if river := _valley_of(key):
            # A river's name a vowel apart in another language is its name ("Valle d'Aosta",
            # "Vallée d'Aoste"): filed under the one already met (``_one_vowel_apart``).
            river = next((known for known in by_river if _one_vowel_apart(known, river)), river)
            by_river.setdefault(river, set()).add(key)
    return {key: min(group) for group in by_river.values() if len(group) > 1 for key in group}


_VOWEL = re.compile(r"[aeiou]")


def _one_vowel_apart(first: str, second: str) -> bool:
    """Two words that differ in one vowel: of one length, a vowel in both ("figueres" and
    "figueras", "girona" and "gerona"), or one vowel more beside another, a vowel written
    as one letter or two ("Hagenwiller" and "Hagenweiler", "Wil" and "Weil", "Mulhuse" and
    "Mulhouse"): how Catalan and Spanish, Alsatian and German, or two spellings, write one
    town."""
    if len(first) == len(second) and first != second:
        apart = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
        return len(apart) == 1 and all(_VOWEL.fullmatch(ch) for ch in apart[0])
    if abs(len(first) - len(second)) != 1:
        return False
    short, long = sorted((first, second), key=len)
    at = next((n for n, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    # The extra letter is a vowel beside another vowel, and the rest is the same word.
    beside = long[at - 1 : at] + long[at + 1 : at + 2]
    return (
        long[:at] + long[at + 1 :] == short
        and _VOWEL.fullmatch(long[at]) is not None
        and _VOWEL.search(beside) is not None
    )


def spellings_beside_one_place(
    reports: Iterable[ReportEvidence], within: Iterable[Within], variants: dict[str, str]
) -> dict[str, str]:
    """The day's town keys that are one name spelled two ways: one word of six letters or
    more, one vowel apart (``_one_vowel_apart``), each named (as a report's place or in its
    passage) beside or in one place the other is named beside or in too ("Figueras, en
    Gerona" and "Figueres (Girona)"), each to the least.
    Two towns of one region whose names are a vowel apart are rare; two such towns with no
    shared neighbour ("Salzburg" and "Salzberg") stay two. The places beside are read as
    the day's ``variants`` write them ("Gerona" and "Girona" one)."""
    beside: dict[str, set[str]] = {}
    for report in reports:
        # A report's own place, and the towns its passage names ("le tunnel Castelbrune-
        # Valsène" names Valsène beside Castelbrune, as "une Vallsena con ... Castelbrune"
        # names Vallsena beside it).
        named = report.places | {report.place} if report.place else report.places
        for place in named:
            if len(place) >= 6 and place.isalpha():
                beside.setdefault(place, set()).update(variants.get(p, p) for p in named - {place})
    for inner, outer, _ in within:
        if inner in beside:
            beside[inner].add(variants.get(outer, outer))
    by_shape: dict[str, list[str]] = {}
    for key in sorted(beside):
        by_shape.setdefault(_VOWEL.sub("", key), []).append(key)
    return joined_to_least(
        beside,
        (
            (first, second)
            for keys in by_shape.values()
            for n, first in enumerate(keys)
            for second in keys[n + 1 :]
            if _one_vowel_apart(first, second) and beside[first] & beside[second]
        ),
    )


def one_key_per_region(
    reports: list[ReportEvidence], within: list[Within], aliases: Iterable[tuple[str, str]] = ()
) -> tuple[list[ReportEvidence], list[Within]]:
    """The day's reports and what it says lies where, with each place an article names two
    ways under one key wherever it stands in a key (``place_aliases``), each region the day
    names in two languages under one key (``place_variants``, ``valley_variants``), each
    town it spells two ways beside one place (``spellings_beside_one_place``), and each
    place the data names two ways (``place_names``): the day's own keys, and what the data
    says holds its places."""
    reports, within = _declared_as_one(reports, within, day_aliases(aliases))
    named = [
        *(r.place for r in reports),
        *(p for r in reports for p in r.places),
        *(k for inner, outer, _ in within for k in (inner, outer)),
    ]
    keys = {k for k in named if k}
    variants = place_variants(keys) | valley_variants(keys) | one_place_names(keys)
    # A site named with its kind's noun in two languages takes the form a place written as
    # its parts is keyed by ("aroport kolmsdorf": "kolmsdorf airport", ``place_chains``).
    sites = site_variants(keys | set(variants.values()))
    variants = {key: sites.get(one, one) for key, one in variants.items()} | sites
    variants |= spellings_beside_one_place(reports, within, variants)
    within = [*within, *holders_by_name(keys)]
    # A city's alternate name that is another town's own name ("Brunswick") may be the
    # city, not is: its reports name the city beside their place, so nothing sets the two
    # apart, but neither is the other's spot (``pair_evidence.one_spot``).
    other_cities = cities_also_named(keys)
    if not (variants or other_cities):
        return reports, within
    respelled = [
        replace(
            r,
            place=r.place and variants.get(r.place, r.place),
            places=frozenset(
                variants.get(p, p) for p in r.places | other_cities.get(r.place or "", frozenset())
            ),
            # What it is written in, too: "A5, Nus, Aosta Valley" and "A5, Nus, Valle d'Aosta"
            # lie in one region, not two (``place_chains.holders_apart``).
            held_by=frozenset(variants.get(h, h) for h in r.held_by),
        )
        for r in reports
    ]
    return respelled, [(variants.get(i, i), variants.get(o, o), level) for i, o, level in within]


def _declared_as_one(
    reports: list[ReportEvidence], within: list[Within], aliases: dict[str, str]
) -> tuple[list[ReportEvidence], list[Within]]:
    """The reports and containment with the day's declared names of a place as one key in
    every key that names it: its place, the places its passage names, what holds it."""
    if not aliases:
        return reports, within

    def keys(found: frozenset[str]) -> frozenset[str]:
        return frozenset(respelled(k, aliases) for k in found)

    return (
        [
            replace(
                r,
                place=r.place and respelled(r.place, aliases),
                places=keys(r.places),
                held_by=keys(r.held_by),
            )
            for r in reports
        ],
        [(respelled(i, aliases), respelled(o, aliases), level) for i, o, level in within],
    )
