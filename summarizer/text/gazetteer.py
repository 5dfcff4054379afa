"""Small shipped word lists: countries with demonyms and capitals, titles, organisation words,
and the alias table of well-known names and places."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from summarizer.text.vocabulary import PERSON_ROLES

# The shipped alias table (spellings of well-known names and places).
ALIASES_PATH = Path(__file__).resolve().parents[1] / "data" / "aliases.json"

# country: (demonyms, capital)
COUNTRIES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "Afghanistan": (("Afghan",), "Kabul"), "Algeria": (("Algerian",), "Algiers"),
    "Argentina": (("Argentine", "Argentinian"), "Buenos Aires"), "Armenia": (("Armenian",), "Yerevan"),
    "Australia": (("Australian",), "Canberra"), "Austria": (("Austrian",), "Vienna"),
    "Azerbaijan": (("Azerbaijani",), "Baku"), "Bangladesh": (("Bangladeshi",), "Dhaka"),
    "Belarus": (("Belarusian",), "Minsk"), "Belgium": (("Belgian",), "Brussels"),
    "Brazil": (("Brazilian",), "Brasilia"), "Bulgaria": (("Bulgarian",), "Sofia"),
    "Canada": (("Canadian",), "Ottawa"), "Chile": (("Chilean",), "Santiago"),
    "China": (("Chinese",), "Beijing"), "Colombia": (("Colombian",), "Bogota"),
    "Croatia": (("Croatian",), "Zagreb"), "Cuba": (("Cuban",), "Havana"),
    "Czech Republic": (("Czech",), "Prague"), "Denmark": (("Danish",), "Copenhagen"),
    "Egypt": (("Egyptian",), "Cairo"), "Estonia": (("Estonian",), "Tallinn"),
    "Ethiopia": (("Ethiopian",), "Addis Ababa"), "Finland": (("Finnish",), "Helsinki"),
    "France": (("French",), "Paris"), "Georgia": (("Georgian",), "Tbilisi"),
    "Germany": (("German",), "Berlin"), "Greece": (("Greek",), "Athens"),
    "Hungary": (("Hungarian",), "Budapest"), "Iceland": (("Icelandic",), "Reykjavik"),
    "India": (("Indian",), "New Delhi"), "Indonesia": (("Indonesian",), "Jakarta"),
    "Iran": (("Iranian",), "Tehran"), "Iraq": (("Iraqi",), "Baghdad"),
    "Ireland": (("Irish",), "Dublin"), "Israel": (("Israeli",), "Jerusalem"),
    "Italy": (("Italian",), "Rome"), "Japan": (("Japanese",), "Tokyo"),
    "Jordan": (("Jordanian",), "Amman"), "Kazakhstan": (("Kazakh",), "Astana"),
    "Kenya": (("Kenyan",), "Nairobi"), "Latvia": (("Latvian",), "Riga"),
    "Lebanon": (("Lebanese",), "Beirut"), "Libya": (("Libyan",), "Tripoli"),
    "Lithuania": (("Lithuanian",), "Vilnius"), "Mexico": (("Mexican",), "Mexico City"),
    "Moldova": (("Moldovan",), "Chisinau"), "Morocco": (("Moroccan",), "Rabat"),
    "Myanmar": (("Burmese",), "Naypyidaw"), "Nepal": (("Nepalese", "Nepali"), "Kathmandu"),
    "Netherlands": (("Dutch",), "Amsterdam"), "New Zealand": (("New Zealander",), "Wellington"),
    "Nigeria": (("Nigerian",), "Abuja"), "North Korea": (("North Korean",), "Pyongyang"),
    "Norway": (("Norwegian",), "Oslo"), "Pakistan": (("Pakistani",), "Islamabad"),
    "Palestine": (("Palestinian",), None), "Peru": (("Peruvian",), "Lima"),
    "Philippines": (("Filipino", "Philippine"), "Manila"), "Poland": (("Polish",), "Warsaw"),
    "Portugal": (("Portuguese",), "Lisbon"), "Qatar": (("Qatari",), "Doha"),
    "Romania": (("Romanian",), "Bucharest"), "Russia": (("Russian",), "Moscow"),
    "Saudi Arabia": (("Saudi",), "Riyadh"), "Serbia": (("Serbian",), "Belgrade"),
    "Slovakia": (("Slovak",), "Bratislava"), "South Africa": (("South African",), "Pretoria"),
    "South Korea": (("South Korean",), "Seoul"), "Spain": (("Spanish",), "Madrid"),
    "Sudan": (("Sudanese",), "Khartoum"), "Sweden": (("Swedish",), "Stockholm"),
    "Switzerland": (("Swiss",), "Bern"), "Syria": (("Syrian",), "Damascus"),
    "Taiwan": (("Taiwanese",), "Taipei"), "Thailand": (("Thai",), "Bangkok"),
    "Turkey": (("Turkish",), "Ankara"), "Ukraine": (("Ukrainian",), "Kyiv"),
    "United Kingdom": (("British",), "London"), "United States": (("American",), "Washington"),
    "Venezuela": (("Venezuelan",), "Caracas"), "Vietnam": (("Vietnamese",), "Hanoi"),
    "Yemen": (("Yemeni",), "Sanaa"),
}  # fmt: skip
COUNTRY_ALIASES = {"US": "United States", "U.S.": "United States", "USA": "United States",
                   "UK": "United Kingdom", "Britain": "United Kingdom", "Kiev": "Ukraine"}  # fmt: skip

ORG_WORDS = {
    "ministry": "government", "government": "government", "kremlin": "government",
    "administration": "government", "parliament": "government", "council": "government",
    "cabinet": "government", "senate": "government", "congress": "government",
    "department": "government", "office": "government", "presidency": "government",
    "white house": "government", "pentagon": "military", "army": "military", "forces": "military",
    "force": "military", "navy": "military", "military": "military", "guard": "military",
    "troops": "military", "command": "military", "police": "government",
    "agency": "organization", "committee": "organization", "party": "organization",
    "court": "organization", "union": "organization", "alliance": "organization",
    "organization": "organization", "organisation": "organization", "bank": "organization",
    "fund": "organization", "company": "organization", "corporation": "organization",
    "institute": "organization", "university": "organization", "association": "organization",
    "cross": "organization", "service": "government", "group": "group", "movement": "group",
    "front": "group", "brigade": "military", "battalion": "military", "regiment": "military",
}  # fmt: skip
KNOWN_ACRONYMS = {
    "NATO": "organization", "UN": "organization", "EU": "organization", "ICRC": "organization",
    "AFP": "organization", "AP": "organization", "IAEA": "organization", "WHO": "organization",
    "IMF": "organization", "OSCE": "organization", "FBI": "government", "CIA": "government",
    "FSB": "government", "SBU": "government", "TASS": "organization", "BBC": "organization",
    "CNN": "organization", "OPEC": "organization", "UNICEF": "organization", "WFP": "organization",
    "UNHCR": "organization", "ICC": "organization", "ICJ": "organization", "IDF": "military",
    # Portugal's police forces, named by acronym alone in almost every report.
    "PSP": "government", "GNR": "government",
}  # fmt: skip
NEWS_AGENCIES = {"Reuters", "Interfax", "Xinhua", "Tass", "Ria Novosti", "Bloomberg"}
# Nouns after a demonym that make a collective actor: "the Ukrainian military".
COLLECTIVE_NOUNS = {
    "military": "military", "army": "military", "forces": "military", "troops": "military",
    "air force": "military", "navy": "military", "air defense": "military", "air defence": "military",
    "authorities": "government", "government": "government", "officials": "government",
    "delegation": "government", "side": "government", "defense ministry": "government",
    "defence ministry": "government", "foreign ministry": "government", "police": "government",
}  # fmt: skip

COUNTRY_BY_DEMONYM = {d: c for c, (demonyms, _) in COUNTRIES.items() for d in demonyms}
COUNTRY_BY_CAPITAL = {cap: c for c, (_, cap) in COUNTRIES.items() if cap}


def literal_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, written as a prefix tree ("U(?:K|kraine|...)").

    Python's ``re`` tries a flat alternation one word at a time at every position; the tree
    lets it follow one branch per character. Longer words are tried before their prefixes,
    as with a longest-first flat alternation.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + emit(trie) + ")"


# Role words that can stand right before or after a person's name ("Governor X", "X, the
# mayor"): the vocabulary's person roles, except the bare "man", "woman", "boy", "girl".
# Written as a prefix tree: it runs at every candidate name.
TITLE_WORDS = literal_alternation(
    ["vice president", "prime minister", *(PERSON_ROLES - {"man", "woman", "boy", "girl"})]
)
TITLE_SET = frozenset(PERSON_ROLES - {"man", "woman", "boy", "girl"}) | {"vice president", "prime minister"}


@cache
def alias_table(extra: Path | None = None) -> dict[str, str]:
    """Spelling -> canonical name, from the shipped table and an optional user file."""
    paths = [ALIASES_PATH]
    if extra is not None:
        paths.append(extra)
    table: dict[str, str] = {}
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        for section, entries in data.items():
            if section.startswith("_"):
                continue
            for canonical, aliases in entries.items():
                table[canonical.casefold()] = canonical
                for alias in aliases:
                    table[alias.casefold()] = canonical
    return table


def canonical(name: str) -> str:
    return alias_table().get(name.casefold(), name)


def spellings_of(name: str) -> frozenset[str]:
    """Every spelling the alias table knows for the same canonical name."""
    return _spellings_by_canonical().get(canonical(name).casefold(), frozenset())


@cache
def _spellings_by_canonical() -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = {}
    for alias, canon in alias_table().items():
        grouped.setdefault(canon.casefold(), set()).add(alias)
    return {canon: frozenset(aliases) for canon, aliases in grouped.items()}


@cache
def actor_spellings() -> frozenset[str]:
    """Every spelling the shipped data knows of a person or organisation: the alias table's
    people and organisations, the known acronyms and the news agencies."""
    data = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))
    names = set(KNOWN_ACRONYMS) | NEWS_AGENCIES
    for section in ("people", "organizations"):
        for name, aliases in data.get(section, {}).items():
            names.update([name, *aliases])
    return frozenset(names)


@cache
def place_spellings() -> dict[str, str]:
    """Lower-cased spelling -> canonical name for places the shipped data knows: capitals
    and the alias table's places (Kiev -> Kyiv)."""
    path = ALIASES_PATH
    places = json.loads(path.read_text(encoding="utf-8")).get("places", {})
    table = {capital.casefold(): capital for capital in COUNTRY_BY_CAPITAL}
    for name, aliases in places.items():
        for spelling in [name, *aliases]:
            table[spelling.casefold()] = name
    return table


@cache
def known_place_pattern(ignore_case: bool = True) -> re.Pattern[str]:
    """Any known place, in any letter case ("kyiv" in hasty copy is still Kyiv).

    ``ignore_case=False`` gives the pattern for already lower-cased text, which Python's
    ``re`` scans several times faster than with ``IGNORECASE`` (see ``known_places_in``).
    """
    names = literal_alternation(n.lower() for n in place_spellings())
    guard = (
        first_letter_guard(place_spellings())
        if ignore_case
        else "(?=[" + "".join(sorted({re.escape(n[0].lower()) for n in place_spellings()})) + "])"
    )
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"\b" + guard + r"(" + names + r")\b", flags)


def known_places_in(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each known place named in ``text``, in any letter case."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare letters whose lower case is longer: slow path
        yield from (m.span() for m in known_place_pattern().finditer(text))
        return
    yield from (m.span() for m in known_place_pattern(ignore_case=False).finditer(lowered))


def is_known_place(name: str) -> bool:
    """Whether ``name``, whole, is a known place ("Lyon", not "Lyon Airport")."""
    return any(span == (0, len(name)) for span in known_places_in(name))


def first_letter_guard(names: Iterable[str]) -> str:
    """A lookahead on the names' first letters. Python's ``re`` tries every alternative of
    a long name list at every position; the guard rejects most positions in one step."""
    letters = sorted({ch for n in names for ch in (n[0].lower(), n[0].upper())})
    return "(?=[" + "".join(re.escape(ch) for ch in letters) + "])"
