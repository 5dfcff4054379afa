"""Bodies whose article spells out their acronym: "Consorcio Insular de Aguas de Lanzarote
(CIAL)", "die Landesstelle für Cyberabwehr (LCA)", "la Papeterie rhénane de Kembsheim
(PRK)", "The General Manufacturing Union (GMU)", and the other way round, "le RAID
(Recherche, assistance, intervention, dissuasion)". Copy in every language introduces a
body so, and a person's or a place's name is seldom followed by its initials: the name
before the brackets is the body, the acronym one of its names.

Looser than the merge's ``abbreviates`` (every word spelt by its first letters or
syllables), because the brackets already say the two are one: an acronym may take a
letter from inside a word ("EQA", Electro-Química del Arga; "REVENSA", REciclajes y
VErtidos del Nervión, S.A.). Two checks bound the name: every word of it gives its first
letter to the acronym, in order, and every letter of the acronym is in the name, in order,
so the name starts no earlier than the acronym's first letter allows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.models import ActorKind
from summarizer.text.abbreviations import ELIDED, legal_form
from summarizer.text.accents import fold_accents
from summarizer.text.gazetteer import COUNTRIES, ORG_WORDS, is_known_place
from summarizer.text.given_names import given_names
from summarizer.text.lexicon import UPPER, lexicon
from summarizer.text.lexicons.organisations import FILLER

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder

# An acronym in brackets: capitals, digits and "&", two to eight characters.
_BRACKETED = re.compile(rf"\(([{UPPER}][{UPPER}0-9&]{{1,7}})\)")
# "RAID (Recherche, assistance, intervention, dissuasion)": a spelt-out name in brackets.
_SPELT_OUT = re.compile(rf"(?<![\w'’])([{UPPER}][{UPPER}0-9&]{{1,7}})[ \t]+\(([^()\n]{{4,120}})\)")
# Where the clause holding the name begins: the name never runs across these.
_CLAUSE_END = re.compile(r"[.;:!?,()\[\]«»“”\"„]\s|[;:!?()\[\]«»“”\"„]|\n")
# An article names a few dozen bodies at most: past this many from one rule the text is no
# news copy, and each more would cost a scan of every actor already found.
MOST_BODIES_PER_RULE = 40
# At most this many words back: a body's name is seldom longer.
_MAX_WORDS = 9
_WORD = re.compile(r"[\w'’&.-]+")
# Words an acronym leaves out besides the shared articles and prepositions: Italian ones
# ("Agenzia Regionale per la Protezione Ambientale", ARPA) and German "mbH".
_MORE_FILLER = frozenset({"per", "di", "della", "delle", "dello", "degli", "dei", "il", "lo", "gli", "e"})
_MORE_LEGAL_FORMS = frozenset({"mbh"})
_UNWRITTEN_FORMS = frozenset({"sa", "sl"})


def _spelt_words(words: list[str]) -> list[str] | None:
    """The words an acronym spells a letter of: articles and prepositions aside, elided
    ones stripped ("d'incendie"), the legal form at the end aside ("mbH"); ``None`` when
    a word is no word of a name (a number)."""
    spelt = []
    end = len(words)
    while end > 1 and (legal_form(words[end - 1]) or words[end - 1].casefold() in _MORE_LEGAL_FORMS):
        end -= 1
    for word in words[:end]:
        word = ELIDED.sub("", word)
        if not word[:1].isalpha():
            return None
        if fold_accents(word.casefold()) in FILLER | _MORE_FILLER:
            continue
        # A hyphenated compound gives each part's letter: "Kreuzfahrt-Gesellschaft".
        spelt += [part for part in word.split("-") if part]
    return spelt


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(letter in letters for letter in short)


def expands(acronym: str, words: list[str]) -> bool:
    """True when ``words`` are a name that ``acronym`` abbreviates, loosely: same first
    letter, every word's first letter in the acronym in order, every letter of the
    acronym in the words in order. Two words at least: one word and its initials are more
    often a name and its ticker than a body."""
    spelt = _spelt_words(words)
    letters = fold_accents(acronym.casefold().replace("&", ""))
    if spelt is None or len(spelt) < 2 or not letters.isalnum():
        return False
    folded = [fold_accents(w.casefold()) for w in spelt]
    initials = "".join(w[0] for w in folded)

    def spells(letters: str) -> bool:
        return (
            initials[0] == letters[0]
            and _subsequence(initials, letters)
            and _subsequence(letters, "".join(folded))
            and len(spelt) <= len(letters) + 1
        )

    # A Spanish company's acronym ends in the legal form its name leaves out ("CETASA",
    # Cerámicas del Tajo, S.A.).
    unwritten = letters[-2:] in _UNWRITTEN_FORMS and len(letters) >= 4
    return spells(letters) or (unwritten and spells(letters[:-2]))


def _kind(words: list[str], lang: str) -> ActorKind:
    government = lexicon(lang).government_words
    for word in words:
        lower = word.casefold()
        if ORG_WORDS.get(lower) == "government" or any(lower.endswith(w) for w in government):
            return "government"
    return "organization"


def _name_before(text: str, end: int, acronym: str) -> tuple[str, int] | None:
    """The longest name right before ``end`` that the acronym abbreviates, beginning with
    a capital that is not a sentence's article ("Die", "La", "The"), and where it starts."""
    start = max(0, end - 160)
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, start, end)), default=start)
    tokens = list(_WORD.finditer(text, clause, end))[-_MAX_WORDS:]
    for number, token in enumerate(tokens):
        first = token.group()
        if not first[:1].isupper():
            continue
        if fold_accents(first.casefold()) in FILLER or first.split("-")[0] in given_names():
            continue  # "La ...", or a person's name: "Ana Ruiz (AR)" is nobody's body
        words = [t.group() for t in tokens[number:]]
        if expands(acronym, words):
            # "L'Agenzia ...": the elided article is no part of the name.
            begin = token.start() + len(first) - len(ELIDED.sub("", first))
            return text[begin : tokens[-1].end()], begin
    return None


def _is_place(name: str) -> bool:
    """A country or a known place named whole ("Estados Unidos (EEUU)"), not a body."""
    return name in COUNTRIES or is_known_place(name)


def find_bracketed_acronyms(finder: ActorFinder) -> None:
    text = finder.text
    lang = finder.rules.lang
    for number, match in enumerate(_BRACKETED.finditer(text)):
        if number >= MOST_BODIES_PER_RULE:
            break
        acronym = match.group(1)
        found = _name_before(text, match.start(), acronym)
        if found is None or _is_place(found[0]):
            continue
        name, at = found
        body = finder.add(name, _kind(name.split(), lang), at)
        if body.kind != "person":
            body.aliases.add(acronym)
    for number, match in enumerate(_SPELT_OUT.finditer(text)):
        if number >= MOST_BODIES_PER_RULE:
            break
        acronym, spelt = match.group(1), match.group(2).strip()
        words = spelt.replace(",", " ").split()
        if not expands(acronym, words) or _is_place(spelt):
            continue
        body = finder.add(acronym, _kind(words, lang), match.start(1))
        if body.kind != "person":
            body.aliases.add(spelt)
