"""Abbreviations of names, one rule for the offline engine and the daily merge: whether
one word ("NWS", "Aemet", "FPÖ") abbreviates a body's full name, by its words' first
letters or first syllables, and whether a word of a name is a place's (or the adjective
of one) that an abbreviation may leave out. In the text layer because both the engine
(an article's "IEBC" after its "Independent Electoral and Boundaries Commission") and the
merge (one article's "IEBC", another's full name) read abbreviations this way."""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import country_in_a_sites_name
from summarizer.text.lexicons.organisations import COMPOUND_HEADS, FILLER
from summarizer.text.lexicons.places import COMPASS_POINTS, EXONYMS, PLACES_IN_NAMES
from summarizer.text.vocabulary import words

# Elided articles and prepositions of French and Italian ("d'incendie", "l'Intérieur").
ELIDED = re.compile(r"^(?:[ldLD]|dell|all|nell)['’]")
# A short name read as an abbreviation: one word of two to eight letters.
ABBREVIATION_LETTERS = range(2, 9)
# A short name of clipped words runs longer ("Polstrada", "Polfer"; see ``clipped_words``).
SHORT_NAME_LETTERS = range(2, 13)
# A clipped word keeps at least this many letters: "Pol" of "Polizia", "strada" of
# "Stradale"; fewer are initials or syllables, read by ``abbreviates`` itself.
CLIP_LETTERS = 3

# Legal forms a company's registered name ends with ("Brightwell Domestic Appliances plc",
# "Innsbrucker Stadtbus GmbH", "Electroquímica del Arga, S.A."), dots and case aside: they
# say what a company is in law, never which one, and its brand ("Brightwell") and its
# acronym ("BDA") leave them out. Not "Company" or "Corporation": acronyms spell those
# ("BBC"). Not words that are also a name's last word ("Co", "Spa", "AB").
LEGAL_FORMS = words(
    """plc ltd limited inc incorporated corp llc llp pty gmbh ag kg kgaa ev ug
    sa sl sarl sas srl nv bv oy sae mbh"""
)


def legal_form(word: str) -> bool:
    """True for a legal form as written at a name's end ("plc", "GmbH", "S.A.", "e.V.")."""
    return fold_accents(word.replace(".", "").strip(",").casefold()) in LEGAL_FORMS


def without_legal_form(written: list[str]) -> list[str]:
    """A name's words without the legal forms it ends with, never all of them: "AG" alone
    is a name."""
    end = len(written)
    while end > 1 and legal_form(written[end - 1]):
        end -= 1
    return written[:end]


def name_words(name: str, kept: frozenset[str] = frozenset()) -> list[str]:
    """A name's words that an abbreviation spells, as written: articles and prepositions
    of any language aside (but those ``kept``), elided ones stripped ("Service ...
    d'incendie" -> "incendie"), and no legal form at its end ("BDA" spells "Brightwell
    Domestic Appliances plc")."""
    found = []
    for word in without_legal_form(name.replace(",", " ").split()):
        word = ELIDED.sub("", word)
        if word and word[0].isalpha() and (word in kept or fold_accents(word.casefold()) not in FILLER):
            found.append(word)
    return found


# The prepositions that join a name's two nouns, which some acronyms spell: "EDF",
# Électricité de France; "BoE", Bank of England; "CdR", Cassa di Risparmio. Read only when
# the name spells without them: "SNCF" leaves its "des" and "de" out.
SPELLED_LINKS = frozenset({"de", "of", "di"})


def _qualifiers_from(words: list[str], places: frozenset[str]) -> int:
    """Where the words that only say where a body is begin, at its name's end ("Agence
    régionale de santé Auvergne-Rhône-Alpes": the region): an abbreviation may leave them
    out (ARS). Such a word is a place of the day (``places``) or a compound of capitalised
    names ("Auvergne-Rhône-Alpes", "Nordrhein-Westfalen"): in a title-case name any word
    is capitalised ("Unidad Militar de Emergencias"). Never the first two words."""
    start = len(words)
    while start > 2:
        word = words[start - 1]
        parts = word.split("-")
        compound = len(parts) > 1 and all(part[:1].isupper() for part in parts)
        if not (compound or of_place(fold_accents(word.casefold()), places)):
            break
        start -= 1
    return start


# The heads of German compounds an abbreviation spells a letter of ("Wetterdienst" is "WD"
# of "DWD", "Landeskriminalamt" ends in the "A" of "LKA").
# A club's "Verein" too: "DAV", Deutscher Alpenverein; "TSV", Turn- und Sportverein.
ABBREVIATED_HEADS = (
    *COMPOUND_HEADS,
    "dienst",
    "gewerkschaft",
    "verband",
    "verein",
    "partei",
    "kammer",
    "bahn",
    "bank",
    # A Dutch region's body ("VRF", Veiligheidsregio Fryslân; "VRU", Veiligheidsregio Utrecht).
    "regio",
)


def abbreviates(short: str, name: str, places: frozenset[str] = frozenset()) -> bool:
    """True when the one word ``short`` abbreviates ``name``: spelt by the first letters
    of each of its words in order ("UME", "NMU", "FPÖ"), or by their first syllables, each
    at most half its word ("Aemet" of "Agencia Estatal de Meteorología", "Verdi" of
    "Vereinte Dienstleistungsgewerkschaft"), articles and prepositions aside and leaving
    out, at most, the place a body's full name ends with (see ``_qualifiers_from``). Every
    other word of the name is spelt, in its order: "SBB" abbreviates no "Swiss Federal
    Railways"."""
    if _abbreviates(short, name_words(name), places):
        return True
    linked = name_words(name, SPELLED_LINKS)
    return (
        len(linked) > len(name_words(name))
        and _links_spelled(short, linked)
        and _abbreviates(short, linked, places)
    )


def _links_spelled(short: str, linked: list[str]) -> bool:
    """Whether an acronym may spell its name's linking prepositions: when it writes them
    in lower case ("BoE", "CdR", "BdE"), or when each links a country's name, as a
    nation's company or bank is named ("EDF", Électricité de France; "GDF"). Any other
    "X de Y" spells a party's or an agency's three capitals too: the Swiss "UDC" is no
    "Université de Caen", the "CDC" no "Cámara de Comercio"."""
    if any(letter.islower() for letter in short[1:]) and not short[1:].islower():
        return True
    after = [linked[n + 1] for n, word in enumerate(linked[:-1]) if word in SPELLED_LINKS]
    return bool(after) and all(country_in_a_sites_name(word) for word in after)


def _abbreviates(short: str, named: list[str], places: frozenset[str]) -> bool:
    """``abbreviates`` for a name's words as ``name_words`` gives them."""
    letters = fold_accents(short.casefold())
    words = [fold_accents(w.casefold()) for w in named]
    # A word in capitals is an abbreviation itself, and spells all its letters: "HMRC" of
    # "HM Revenue and Customs", "NHSGGC" of "NHS Greater Glasgow and Clyde".
    capitals = [is_acronym(w) for w in named]
    if len(words) < 2 or not letters.isalpha() or len(letters) not in SHORT_NAME_LETTERS:
        return False
    required = _qualifiers_from(named, places)
    if clipped_words(letters, words, required):
        return True
    if len(letters) not in ABBREVIATION_LETTERS:
        return False
    doubled = len(letters) >= 4 and len(letters) % 2 == 0 and letters[::2] == letters[1::2]
    if doubled and short.isupper() and all(w.endswith("s") for w in words[:required]):
        # Spanish doubles a plural word's letter ("CCOO", Comisiones Obreras; "FFAA").
        letters = letters[::2]

    @cache
    def spelt(at: int, word: int) -> bool:
        if at == len(letters):
            return word >= required
        if word == len(words):
            return False
        text = words[word]
        if capitals[word] and letters.startswith(text, at) and spelt(at + len(text), word + 1):
            return True
        # A German compound spells its head's letter too: "DWD", Deutscher Wetterdienst.
        head = next((h for h in ABBREVIATED_HEADS if text.endswith(h) and len(text) > len(h) + 2), None)
        if head and letters[at : at + 2] == text[0] + head[0] and spelt(at + 2, word + 1):
            return True
        # A word joined by hyphens spells each part's letter: "HKG", Hanseatische
        # Kreuzfahrt-Gesellschaft; "SDMIS", Service départemental-métropolitain...
        initials = "".join(part[:1] for part in text.split("-"))
        if (
            len(initials) > 1
            and letters[at : at + len(initials)] == initials
            and spelt(at + len(initials), word + 1)
        ):
            return True
        # A syllable is at most half its word: "Russia" spells no "Russian army".
        for size in range(1, min(max(1, len(text) // 2), len(letters) - at) + 1):
            if letters[at + size - 1] != text[size - 1]:
                break
            if spelt(at + size, word + 1):
                return True
        return False

    return spelt(0, 0)


def clipped_words(letters: str, words: list[str], required: int) -> bool:
    """True when ``letters`` run together the opening of each of ``words`` in order, at
    least ``CLIP_LETTERS`` of each and each cut short, the closing place (from word
    ``required`` on) left out or not: "Polstrada" of "Polizia Stradale", "Polfer" of
    "Polizia Ferroviaria", the short names newsrooms coin for a body, longer than initials
    or syllables. Every other word is spelt: "Polstrada" is no "Polizia di Stato". A
    word kept whole is another name's own ("Portland" is no "Port Landing Company")."""

    @cache
    def spelt(at: int, word: int) -> bool:
        if at == len(letters):
            return word >= required
        if word == len(words):
            return False
        text = words[word]
        for size in range(CLIP_LETTERS, min(len(text) - 1, len(letters) - at) + 1):
            if letters[at + size - 1] != text[size - 1]:
                break
            if letters[at : at + size] == text[:size] and spelt(at + size, word + 1):
                return True
        return False

    return spelt(0, 0)


# Endings that make a place's name an adjective or a demonym ("Vardian" of Vardia,
# "Hamburger" of Hamburg, "vaudoise" of Vaud, "sevillano" of Sevilla, "Tyrolean" of Tyrol,
# "Münchner" and "Kärntner" of München and Kärnten: a German place in "-en" drops it).
DEMONYM_ENDINGS = ("ian", "ean", "an", "n", "er", "ner", "ese", "ish", "ois", "oise", "eois", "eoise", "ais", "aise", "ien",
                   "ienne", "anne", "ano", "ana", "ense", "i")  # fmt: skip
# A place's word shorter than this is no stem of an adjective ("Ely", "Ur").
PLACE_STEM_LETTERS = 4


def of_place(word: str, places: frozenset[str]) -> str | None:
    """The place of the day ``word`` is the adjective of, or is, if any: the adjective
    first, so "Hamburger" is Hamburg's even on a day that also names "Hamburger Hafen"."""
    for ending in DEMONYM_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= PLACE_STEM_LETTERS - 1:
            for place in (stem, stem + "a", stem + "e", stem + "o", stem + "en"):
                if len(place) >= PLACE_STEM_LETTERS and place in places:
                    return place
    return word if word in places else None


def is_acronym(word: str) -> bool:
    """Two to eight capital letters of any of the languages read ("NWS", "FPÖ")."""
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


# The longest place name of the exonym table, in words ("rhenanie du nord westphalie").
_EXONYM_WORDS = 5


@cache
def _exonyms_by_words() -> dict[tuple[str, ...], str]:
    """Each spelling of the exonym table as its words -> the English name as one word
    ("pirineos atlanticos" -> "pyrenees-atlantiques")."""
    return {
        tuple(re.split(r"[\s_-]+", spelling)): re.sub(r"\s+", "-", english)
        for spelling, english in EXONYMS.items()
    }


@cache
def english_place_names() -> frozenset[str]:
    """The places of the exonym table as ``places_in_english`` writes them."""
    return frozenset(_exonyms_by_words().values())


@cache
def _exonym_spellings() -> frozenset[str]:
    return frozenset(spelling for spelling in EXONYMS if " " not in spelling)


def places_in_english(words: list[str]) -> list[str]:
    """A name's words (lower case, accents folded) with the places newsrooms name in
    several languages as one English word each, and their adjectives as the place
    ("Kantonspolizei Waadt", "police cantonale vaudoise", "Vaud cantonal police";
    "Tiroler", "Tyrolean"; "Pirineos Atlánticos", "Pyrénées-Atlantiques"): see
    ``lexicons.places.EXONYMS``. The longest spelling first; every other word as it is."""
    table = _exonyms_by_words()
    found: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(_EXONYM_WORDS, len(words) - at), 0, -1):
            english = table.get(tuple(words[at : at + size]))
            if english is not None:
                found.append(english)
                at += size
                break
        else:
            found.append(_compass_point(words, at) or _place_of_adjective(words[at]) or words[at])
            at += 1
    return found


# Compass points that are other words of a sentence or a town's name too: French "sur"
# ("Boulogne-sur-Mer") and "est" (is), Spanish "este" (this), Italian "sul" (on the:
# "Ponte sul Brenta").
_OTHER_WORDS_TOO = frozenset({"sur", "est", "este", "sul"})


def _compass_point(words: list[str], at: int) -> str | None:
    """The English compass point a word is when it opens a region's name ("Zuid-Limburg",
    "Süd-Limburg": South Limburg; "Midi-Pyrénées" aside); None at a name's end, where
    "Gare du Nord" and "Politiezone Waasland-Noord" keep their own word."""
    point = None if words[at] in _OTHER_WORDS_TOO else COMPASS_POINTS.get(words[at])
    following = words[at + 1] if at + 1 < len(words) else ""
    return point if point and following.isalpha() and following not in FILLER else None


def _place_of_adjective(word: str) -> str | None:
    """The place of the exonym table a word is the adjective of, in English: read off the
    table's spellings ("vaudoise", "Tiroler"), in the plural of French and Spanish too
    ("genevoises", "catalanes"), or one of the adjectives no spelling gives
    (``lexicons.places.PLACES_IN_NAMES``: "vasco", "catalan"), and a city's name English copy
    gives otherwise ("Braunschweig" is Brunswick)."""
    if word in PLACES_IN_NAMES:
        return re.sub(r"\s+", "-", PLACES_IN_NAMES[word])
    if len(word) <= PLACE_STEM_LETTERS:
        return None
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    for form in dict.fromkeys((word, singular)):
        if place := of_place(form, _exonym_spellings()):
            return _exonyms_by_words()[(place,)]
    return None
