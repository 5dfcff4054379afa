"""Two names of one place that an article declares ("Champfontaine (Feldbrunnen en
allemand)", "Neuenweiler (französisch Neuvillers)", "San Juan del Estanque (Sant Joan de
l'Estany, en catalán)", "the Feldbrunnen/Champfontaine exit", "Port Adela, also known as
Adelport"), read as one place for every article of the day.

A bilingual town's reports name it in either language, and often only one article says
both names are one town: that article is the day's knowledge, as a reader carries it from
one article to the next. Only a declaration is read, never a likeness of two names: a
bracket that names a language ("en allemand", "in German", "auf Französisch", "in
italiano"), a slash between two names with no space ("Biel/Bienne", the way a bilingual
place is signposted, of no two cities the data knows apart: "Kantonspolizei
Zürich/Winterthur"), or the words "also known as" in a language the product reads, after a
comma or a bracket (French "dit" is "says" too: "le maire de Lyon dit Marseille..."), or
a gloss in running text that names a language ("Vernay station, known as Wernach in
German", "Vernay, que en alemán se llama Wernach"). A bare bracket may name the place
holding it ("Olmeda (Soria)") and is ``containment``'s.

The day's names are then one key wherever they stand in a place's key: "Primarschule
Feldbrunnen" is the school of Champfontaine too (``respelled``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from summarizer.daily.city_names import known_city
from summarizer.daily.place_chains import site_of_key
from summarizer.daily.place_keys import COUNTRY_NAMES, place_key
from summarizer.linkage import joined_to_least
from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import also_named
from summarizer.text.given_names import given_names
from summarizer.text.language import MERGED
from summarizer.text.lexicon import merge_lexicon
from summarizer.text.lexicons.place_name_words import SAINT_TITLES, place_name_joiner_pattern
from summarizer.text.lexicons.places import (
    CALLED_IN_A_LANGUAGE,
    GERMAN_STREET_ENDINGS,
    LANGUAGE_NAMES,
    NAMED_ALSO,
    PLACE_LEVEL_WORDS,
    SETTLEMENT_NOUNS,
    STREET_WORDS,
)

# A name: capitalised words, little joining words between them ("Sant Joan de l'Estany").
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*"
_JOINER = place_name_joiner_pattern()
_NAME = rf"{_WORD}(?:\s+(?:{_JOINER}\s*){{0,2}}{_WORD}){{0,4}}"
_BRACKET = re.compile(r"\(([^()]{2,80})\)")
_NAME_IN = re.compile(_NAME)
_SETTLEMENTS = PLACE_LEVEL_WORDS | SETTLEMENT_NOUNS
# "Feldbrunnen/Champfontaine": no space at the slash, as a bilingual sign writes it; a
# route ("Bern - Lausanne") or a list ("Bern / Zürich") is spaced.
# It opens at a word's start only, as ``_ALSO`` does: read from inside a hyphenated run
# ("A-B-C-...") each of its words would rescan the rest of the run, quadratic in its length.
_SLASHED = re.compile(rf"(?<![\w/'’\-])({_WORD})/({_WORD})(?![\w/])")
# A name opens at a word's start: a run of capitals is not read from each of its letters.
_ALSO = re.compile(rf"(?<![\w'’\-])({_NAME})(?:,\s*|\s+\()(?:{NAMED_ALSO})\s+({_NAME})")
# A gloss in running text, after a comma: "Vernay station, known as Wernach in German",
# "Vernay, appelée Wernach en allemand"; "Vernay, que en alemán se llama Wernach", "Vernay,
# in tedesco chiamata Wernach". The name may be a site's, its kind's noun after it (its
# group 2); the language's word is checked against the language names (``_IN_LANGUAGE``).
_LANGUAGE_AFTER = r"(?:in|en|auf|em)\s+([\w]+)"
_SITE_NOUN = r"(\s+[a-zà-ÿ]+)?"
# The language closes the gloss: "known as Bob in English class" names no language.
_CALLED_IN = re.compile(
    rf"(?<![\w'’\-])({_NAME}){_SITE_NOUN},\s*(?:{CALLED_IN_A_LANGUAGE})\s+({_NAME})\s+{_LANGUAGE_AFTER}"
    r"(?=\s*[,.;:)\-–—]|\s*$)"
)
# German's own order: "Vernay, auf Deutsch Wernach genannt".
_IN_NAME_CALLED = re.compile(
    rf"(?<![\w'’\-])({_NAME}){_SITE_NOUN},\s*{_LANGUAGE_AFTER}\s+({_NAME})\s+genannt\b"
)
_IN_CALLED = re.compile(
    rf"(?<![\w'’\-])({_NAME}){_SITE_NOUN},\s*(?:(?:que|qui|che|which|die|der|das)\s+)?"
    rf"{_LANGUAGE_AFTER}\s*,?\s+(?:{CALLED_IN_A_LANGUAGE})\s+({_NAME})"
)
# A gloss's words: a hyphenated name ("Flämisch-Brabant") is one word, not a language.
_GLOSS_WORDS = re.compile(r"[\w'’\-]+")


@cache
def _not_names() -> frozenset[str]:
    return frozenset().union(*(merge_lexicon(code).not_name for code in MERGED))


def declared_aliases(text: str) -> tuple[tuple[str, str], ...]:
    """The pairs of place keys the text declares names of one place (see the module's
    docstring), each pair once."""
    # A name is read by its letters: an accent written apart from its letter splits it.
    text = unicodedata.normalize("NFC", text)
    found: list[tuple[str, str]] = []
    for bracket in _BRACKET.finditer(text):
        if other := _glossed_name(bracket.group(1)):
            before = _name_before(text, bracket.start(), other)
            if before:
                found.append((before, other))
    found += [(m.group(1), m.group(2)) for m in _SLASHED.finditer(text) if _signposted(text, m)]
    found += [(m.group(1), m.group(2)) for m in _ALSO.finditer(text) if not _a_persons_name(m.group(1))]
    found += [pair for m in _CALLED_IN.finditer(text) if (pair := _called(m[1], m[2], m[3], m[4]))]
    found += [pair for m in _IN_CALLED.finditer(text) if (pair := _called(m[1], m[2], m[4], m[3]))]
    found += [pair for m in _IN_NAME_CALLED.finditer(text) if (pair := _called(m[1], m[2], m[4], m[3]))]
    pairs = []
    for one, other in found:
        if _acronym(one) or _acronym(other):
            continue  # "Müller AG/SA", "AC/DC", "(SBB in German)": a company's or a body's
        a, b = place_key(one), place_key(other)
        if a and b and a != b and COUNTRY_NAMES.isdisjoint({a, b}) and not (a.isdigit() or b.isdigit()):
            pairs.append((a, b) if a < b else (b, a))
    return tuple(dict.fromkeys(pairs))


def _called(name: str, noun: str | None, other: str, language: str) -> tuple[str, str] | None:
    """The two names a gloss in running text declares one place's (``_CALLED_IN``), or None
    when the word it names is no language ("known as Wernach in winter") or the word after
    the name no kind of site ("Vernay, called Wernach in German" is the town's; "Vernay
    station, known as Wernach in German" is the town's as well, which names the station)."""
    if fold_accents(language.lower()) not in LANGUAGE_NAMES:
        return None
    name = _trimmed(name)
    if _a_persons_name(name) or _a_persons_name(other):
        return None  # "the singer Giorgio Rossi, known as George Red in English", as ``_ALSO``
    if set(name.split()) <= set(other.split()) or set(other.split()) <= set(name.split()):
        return None  # "Mayor Anne Roux, called Roux in French": one name and its part
    if noun and site_of_key(place_key(f"{name}{noun}")) is None:
        return None
    # "Vernay station, known as Bahnhof Wernach in German": the site's two names.
    if noun and site_of_key(place_key(other)) is not None:
        return f"{name}{noun}", other
    return name, other


def _trimmed(name: str) -> str:
    """A name without the sentence's first word or a noun German capitalises before it
    ("Im Dorf Oberhalden"): no part of the town's name."""
    words = name.split()
    while len(words) > 1 and (words[0] in _not_names() or fold_accents(words[0].lower()) in _SETTLEMENTS):
        words = words[1:]
    return " ".join(words)


def _a_persons_name(name: str) -> bool:
    """A name with a given name followed by another capitalised word ("Joaquín Guzmán", "der
    Dealer Hans Meier"): a person's "also known as" is a nickname, no place's other name. A
    saint's name in a town's is the town's ("Santa Maria Novella", "San Juan del Estanque")."""
    words = name.split()
    return any(
        word in given_names() and after[:1].isupper() and not _a_saints_title(before)
        for before, word, after in zip(["", *words], words, [*words[1:], ""], strict=False)
    )


def _a_saints_title(word: str) -> bool:
    return fold_accents(word.lower()).rstrip(".") in SAINT_TITLES


def _acronym(name: str) -> bool:
    """A name written in capitals only ("SBB", "RTS", "AG"), or of two letters: no town's."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) < 3 or (len(name.split()) == 1 and all(c.isupper() for c in letters))


def _signposted(text: str, match: re.Match[str]) -> bool:
    """Whether a slash pair names one place twice, as a bilingual sign does: not a dateline,
    which lists where a story was filed from ("Berlin/Stuttgart (dnd) -", "WERNACH/VERNAY.":
    the first words of a paragraph), and not a street corner ("Venloer
    Straße/Leyendeckerstraße"), nor two cities the data knows apart (a police force's or an
    airport's two towns: "Zürich/Winterthur", "Basel/Mulhouse")."""
    start = match.start()
    if not text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    return not any(_street(name) for name in match.groups()) and not _cities_apart(*match.groups())


def _cities_apart(one: str, other: str) -> bool:
    """Both names are cities the data knows, under two keys, and neither is a name the data
    also gives the other ("Bienne" is Biel's)."""
    if not (known_city(one) and known_city(other)) or place_key(one) == place_key(other):
        return False
    return other not in also_named(one) and one not in also_named(other)


def _street(name: str) -> bool:
    word = fold_accents(name.lower()).replace("ß", "ss")
    return word in STREET_WORDS or word.endswith(GERMAN_STREET_ENDINGS)


def _glossed_name(inside: str) -> str | None:
    """The other name a bracket gives when it names the language it is written in ("Feldbrunnen
    en allemand", "französisch Neuvillers", "Sankt Florin in Alsatian German usage"), else None."""
    words = _GLOSS_WORDS.findall(inside)
    if not any(fold_accents(w.lower()) in LANGUAGE_NAMES for w in words):
        return None
    # A language's name is no part of the town's ("auf Französisch Haute-Halde").
    bare = _GLOSS_WORDS.sub(
        lambda w: "," if fold_accents(w.group(0).lower()) in LANGUAGE_NAMES else w.group(0), inside
    )
    names = [m.group(0) for m in _NAME_IN.finditer(bare)]
    return names[0] if len(names) == 1 else None


def _name_before(text: str, end: int, other: str) -> str | None:
    """The capitalised name that ends right before a bracket ("à Champfontaine (…)"), from
    after its first joining word when what follows it has as many capitalised words as the
    bracket's name: a gloss translates the town, not the district written before it ("barrio
    de Llevant de San Juan del Estanque (Sant Joan de l'Estany, en catalán)")."""
    head = text[max(0, end - 120) : end].rstrip()
    match = re.search(rf"({_NAME})$", head)
    if not match:
        return None
    name = _trimmed(match.group(1))
    wanted = len(re.findall(_WORD, other))
    if len(re.findall(_WORD, name)) > wanted:
        joined = re.search(rf"\s{_JOINER}\s+", name)
        if joined and len(re.findall(_WORD, name[joined.end() :])) >= wanted:
            return name[joined.end() :]
    return name


def day_aliases(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each name the day's articles declare of a place, to the one key of that place (the
    least of its names)."""
    pairs = list(pairs)
    return joined_to_least((k for pair in pairs for k in pair), pairs)


def respelled(key: str, aliases: dict[str, str]) -> str:
    """A place key with each of the day's declared names in it written as the place's one
    key ("primarschule feldbrunen" -> "primarschule champfontaine"; "a12 exit feldbrunen
    champfontaine" -> "a12 exit champfontaine"): a name counts as whole words only."""
    if not aliases or not key:
        return key
    words = key.split()
    # Each name as written and as the day's one key writes it.
    names: list[tuple[str, str]] = []
    n = 0
    while n < len(words):
        for size in range(min(4, len(words) - n), 0, -1):
            name = " ".join(words[n : n + size])
            if words[n : n + size] == words[n + size : n + 2 * size]:
                # A name written twice is a name of its own ("Baden-Baden", "Bora Bora"):
                # not the day's town of half its name, nor a sign's two names.
                names += [(name, name)] * 2
                n += 2 * size
                break
            if name in aliases:
                names.append((name, aliases[name]))
                n += size
                break
        else:
            names.append((words[n], words[n]))
            n += 1
    # A sign's two names become one: "exit feldbrunen champfontaine" names the town once.
    out = [
        spelt
        for at, (written, spelt) in enumerate(names)
        if not (at and spelt == names[at - 1][1] and written != names[at - 1][0])
    ]
    return " ".join(out)
