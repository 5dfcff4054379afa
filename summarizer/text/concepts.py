"""One English word for each language's word of a news concept ("Schülerinnen", "élèves",
"alumnos" are "pupil"), so that reports of one event in two languages share their words as
two reports in one language would. The tables (``lexicons.concepts_who_where`` and
``concepts_what``) give each concept's words as "en | de | fr | es"; here they are folded,
given their regular plurals and German case endings, and German compounds are read by
their known parts ("Papierfabrik" is paper and factory, "Fischsterben" fish).

Read by the daily merge (``daily.merge.report_words``). Never a word that tells the kind of
event ("fire", "Brand"): two of one town share it, so it stays as it is written."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.concepts_everyday import (
    BUILDINGS,
    CRAFT,
    CRIME_OBJECTS,
    MORE_LANGUAGES,
    OCCASIONS,
    ORDNANCE,
    PROCEDURES,
    WEATHER,
)
from summarizer.text.lexicons.concepts_nl_ca import DUTCH_CATALAN
from summarizer.text.lexicons.concepts_objects import MORE_LANGUAGES_OF_OBJECTS, OBJECTS
from summarizer.text.lexicons.concepts_what import ACTIONS, ANIMALS, CASES, COMPOUND_HEADS, MATTER, VEHICLES
from summarizer.text.lexicons.concepts_who_where import PEOPLE, SITES
from summarizer.text.lexicons.event_kinds import EVENT_KIND_PATTERN
from summarizer.text.vocabulary import words

LANGUAGES = ("en", "de", "fr", "es")
# A concept may also give its Italian and Portuguese words, after the Spanish ones, and its
# Dutch and Catalan words after those (``lexicons.concepts_nl_ca``).
LANGUAGES_WITH_IT_PT = (*LANGUAGES, "it", "pt")
LANGUAGES_WITH_NL_CA = (*LANGUAGES_WITH_IT_PT, "nl", "ca")
# Languages whose forms are all written out in the tables: no regular plural is made.
_WRITTEN_OUT = frozenset({"nl", "ca"})
# Concepts that are things (nouns): the parts a German compound is read by. What happened
# ("evakuiert", "geschlossen") heads no compound: "abgeschlossen" is not "closed".
NOUN_DOMAINS = (
    PEOPLE,
    SITES,
    MATTER,
    ANIMALS,
    VEHICLES,
    CASES,
    CRAFT,
    BUILDINGS,
    CRIME_OBJECTS,
    PROCEDURES,
    WEATHER,
    OCCASIONS,
    ORDNANCE,
    MORE_LANGUAGES,
    DUTCH_CATALAN,
    OBJECTS,
    MORE_LANGUAGES_OF_OBJECTS,
)
ALL_DOMAINS = (*NOUN_DOMAINS, ACTIONS)

# German prefixes of verbs and their nouns ("Einfluss", "Überladen", "Vorurteil"): a word
# that begins with one is a derived word, not a compound of a known head.
_VERB_PREFIXES = frozenset(
    fold_accents(p)
    for p in words(
        """ab an auf aus be bei durch ein ent er ge her hin miss mit nach um ur ver vor weg
        wieder zer zu zurück über unter"""
    )
)
# A compound's head: at least five letters ("Papier|fabrik"); a head of five letters only
# after a modifier of four letters or more ending in a consonant, as "Kandi|daten" and
# "Sol|daten" are no compounds of "Daten".
HEAD_MIN = 5
SHORT_HEAD_MODIFIER_MIN = 4
MODIFIER_MIN = 3
_VOWELS = frozenset("aeiouy")


def _forms(word: str, language: str) -> set[str]:
    """A word and its regular inflections in its language: English, French and Spanish
    plurals ("factories", "hôpitaux", "camiones"), German plurals and case endings
    ("Schülern", "Fabriken", "Fisches", "Lehrerinnen")."""
    found = {word}
    if language in _WRITTEN_OUT:
        return found
    last = word[-1]
    if language == "de":
        if word.endswith("in"):
            found.add(word + "nen")
        elif word.endswith("e"):
            found |= {word + "n", word + "s"}
        elif word.endswith(("el", "er")):  # "Lehrern", "Passagieren": one ending or the other
            found |= {word + "n", word + "s", word + "e", word + "en"}
        elif last not in _VOWELS:
            found |= {word + "e", word + "en", word + "es", word + "s"}
        else:
            found.add(word + "s")
        return found
    if language == "en" and word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        found.add(word[:-1] + "ies")
    elif language == "fr" and word.endswith("al"):
        found.add(word[:-2] + "aux")
    elif language == "fr" and word.endswith("eau"):
        found.add(word + "x")
    elif language == "es" and last not in _VOWELS and last not in "s":
        found.add(word + "es")
    elif language == "it":
        return found | _italian_plurals(word)
    elif language == "pt":
        return found | _portuguese_plurals(word)
    if language == "en" and word.endswith(("s", "x", "ch", "sh")):
        found.add(word + "es")
    if last not in "sxz":
        found.add(word + "s")
    return found


def _italian_plurals(word: str) -> set[str]:
    """Italian plurals change the last vowel ("rimorchiatore" -> "rimorchiatori",
    "pecora" -> "pecore", "cadavere" -> "cadaveri"); "-ca", "-ga" keep their hard sound
    ("barca" -> "barche"), "-co", "-go" keep it or not ("palco" -> "palchi", "medico" ->
    "medici"), and "-io" loses its "o" only ("reliquiario" -> "reliquiari")."""
    if word.endswith(("ca", "ga")):
        return {word[:-1] + "he"}
    if word.endswith(("co", "go")):
        return {word[:-1] + "hi", word[:-1] + "i"}
    if word.endswith("io"):
        return {word[:-1]}
    if word.endswith(("o", "e")):
        return {word[:-1] + "i"}
    if word.endswith("a"):
        return {word[:-1] + "e"}
    return set()


def _portuguese_plurals(word: str) -> set[str]:
    """Portuguese plurals ("rebocador" -> "rebocadores", "pavilhão" -> "pavilhões",
    "animal" -> "animais", "ovelha" -> "ovelhas"), folded."""
    if word.endswith("ao"):
        return {word[:-2] + "oes", word + "s"}
    if word.endswith(("al", "el", "ol", "ul")):
        return {word[:-1] + "is"}
    if word.endswith("m"):
        return {word[:-1] + "ns"}
    if word.endswith(("r", "z")):
        return {word + "es"}
    return {word + "s"} if word[-1] not in "sx" else set()


# French and Spanish feminine endings of people and of what happened to them
# ("infirmière", "pêcheuse", "évacuée", "vecina", "trabajadora"), folded.
_FEMININE = {
    "fr": (("ier", "iere"), ("ien", "ienne"), ("eur", "euse"), ("if", "ive"), ("e", "ee"), ("u", "ue")),
    "es": (("o", "a"), ("or", "ora"), ("on", "ona")),
}


def _feminine(word: str, language: str) -> set[str]:
    """A person's or a participle's feminine form ("pêcheur" -> "pêcheuse", "évacué" ->
    "évacuée", "desalojado" -> "desalojada"): the first ending that fits."""
    for masculine, feminine in _FEMININE.get(language, ()):
        if word.endswith(masculine) and len(word) > len(masculine) + 2:
            return {word[: -len(masculine)] + feminine}
    return set()


def _by_language(block: str) -> dict[str, list[str]]:
    parts = block.split("|")
    codes = next(
        (c for c in (LANGUAGES, LANGUAGES_WITH_IT_PT, LANGUAGES_WITH_NL_CA) if len(c) == len(parts)), ()
    )
    if not codes:
        raise ValueError(
            f"a concept is written 'en | de | fr | es' (then '| it | pt', then '| nl | ca'): {block[:60]!r}"
        )
    return {code: [fold_accents(w) for w in part.split()] for code, part in zip(codes, parts, strict=True)}


def _tells_a_kind(word: str) -> bool:
    return EVENT_KIND_PATTERN.fullmatch(word) is not None


@cache
def tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(every form -> its concept; German noun forms -> concept, the parts compounds are
    read by; the heads of compounds that name no concept). A form two concepts list is
    neither's; a written form wins over another's regular inflection, and an inflection
    of a written form over one of a feminine form ("presas" are dams, not women held)."""
    written: dict[str, set[str]] = {}
    inflected: dict[str, set[str]] = {}
    feminine: dict[str, set[str]] = {}
    german: dict[str, set[str]] = {}
    for domain in ALL_DOMAINS:
        for concept, block in domain.items():
            for language, forms in _by_language(block).items():
                for form in forms:
                    if form.endswith("-"):  # a German stem that only begins compounds
                        german.setdefault(form[:-1], set()).add(concept)
                        continue
                    written.setdefault(form, set()).add(concept)
                    for variant in _forms(form, language):
                        inflected.setdefault(variant, set()).add(concept)
                        if language == "de" and domain is not ACTIONS:
                            german.setdefault(variant, set()).add(concept)
                    if domain is PEOPLE or domain is ACTIONS:
                        for she in _feminine(form, language):
                            for variant in _forms(she, language):
                                feminine.setdefault(variant, set()).add(concept)
    table = {w: next(iter(c)) for w, c in feminine.items() if len(c) == 1 and w not in inflected}
    table |= {w: next(iter(c)) for w, c in inflected.items() if len(c) == 1}
    table = {w: c for w, c in table.items() if w not in written}
    table |= {w: next(iter(c)) for w, c in written.items() if len(c) == 1}
    table = {w: c for w, c in table.items() if not (_tells_a_kind(w) or _tells_a_kind(c))}
    parts = {
        w: next(iter(c)) for w, c in german.items() if len(c) == 1 and (w in table or w not in inflected)
    }
    heads = frozenset(fold_accents(w) for w in words(COMPOUND_HEADS))
    return table, parts, heads


def conflicts() -> dict[str, set[str]]:
    """Forms written for two concepts (each is dropped from the table; a test keeps it empty)."""
    found: dict[str, set[str]] = {}
    for domain in ALL_DOMAINS:
        for concept, block in domain.items():
            for forms in _by_language(block).values():
                for form in forms:
                    found.setdefault(form, set()).add(concept)
    return {w: c for w, c in found.items() if len(c) > 1}


def _modifier(text: str, parts: dict[str, str]) -> str | None:
    """The concept of a compound's first part, with or without its linking letters
    ("Lawine-n-", "Arbeit-s-"), or a stem written as a modifier only ("schul-")."""
    candidates = [text]
    if text.endswith(("s", "n")):
        candidates.append(text[:-1])
    if text.endswith(("es", "en", "er")):
        candidates.append(text[:-2])
    for candidate in candidates:
        if len(candidate) >= 2 and candidate in parts:
            return parts[candidate]
    return None


@lru_cache(maxsize=65536)
def _compound(word: str) -> tuple[str, ...]:
    """A German compound's concepts, read by its parts: a known modifier and a known head
    ("Motorrad|fahrer", "Fisch|sterben"), else a known head after an unknown modifier that
    is no prefix of a verb ("Sportangler", not "Vorurteil")."""
    _, parts, heads = tables()
    fallback: tuple[str, ...] = ()
    for cut in range(2, len(word) - 2):
        modifier, head = word[:cut], word[cut:]
        head_concept = parts.get(head)
        if head_concept is None and head not in heads:
            if _a_head(head, heads):
                # A head inflected ("Dieb|stähle", "des Dieb|stahls") is read no further: no
                # shorter head inside it is the compound's, as of the head itself below.
                return fallback
            continue
        known = _modifier(modifier, parts)
        if known is not None:
            return tuple(dict.fromkeys(c for c in (known, head_concept) if c))
        if head_concept is None:
            # The compound's head names no concept ("Gepäck|diebstahl"): no shorter head
            # inside it is the compound's ("Diebstahl" is no "Dieb|stahl", steel).
            return fallback
        if fallback or head_concept is None or len(head) < HEAD_MIN or len(modifier) < MODIFIER_MIN:
            continue
        if modifier in _VERB_PREFIXES or any(modifier.startswith(p) and len(p) >= 3 for p in _VERB_PREFIXES):
            continue
        if len(head) == HEAD_MIN and (len(modifier) < SHORT_HEAD_MODIFIER_MIN or modifier[-1] in _VOWELS):
            continue
        fallback = (head_concept,)
    return fallback


# The endings of a German noun's plural and genitive ("Diebstähle", "Diebstählen", "des
# Diebstahls"): a head inflected is the head.
_HEAD_ENDINGS = ("en", "es", "e", "n", "s")


def _a_head(word: str, heads: frozenset[str]) -> bool:
    """A head of ``COMPOUND_HEADS``, inflected or not ("diebstahle" is "diebstahl"): a
    plural's "Dieb|stahle" is no more steel than "Diebstahl"."""
    return word in heads or any(word.endswith(end) and word[: -len(end)] in heads for end in _HEAD_ENDINGS)


# A compound needs room for two parts; past forty letters a "word" is no word of news copy
# (the longest compounds of German reports are about thirty), and reading it would take
# the square of its length.
COMPOUND_MIN = 7
COMPOUND_MAX = 40
_LETTERS = re.compile(r"[a-z]+")


def concepts_of(word: str) -> tuple[str, ...]:
    """The concepts a folded, lower-case word names: one from the tables, the parts of a
    German compound, or none (the word is then compared as it is written)."""
    table, _, heads = tables()
    if word in table:
        return (table[word],)
    if _a_head(word, heads):
        return ()  # a head that names no concept, never split ("Diebstahl" is no "Dieb|stahl")
    if not COMPOUND_MIN <= len(word) <= COMPOUND_MAX or not _LETTERS.fullmatch(word) or _tells_a_kind(word):
        return ()
    return _compound(word)


@cache
def short_concept_words() -> frozenset[str]:
    """Words of the tables shorter than four letters ("gas", "bus", "öl"): read although
    a report's words are read from four letters up."""
    table, _, _ = tables()
    return frozenset(w for w in table if len(w) < 4)
