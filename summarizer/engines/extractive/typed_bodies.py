"""Bodies named right after the noun that says what kind of body they are, in every
language the engine reads: "nach Angaben der Bahngesellschaft SNCB", "Netbeheerder
Enexis heeft", "L'entreprise Scheldevries n'en compte que deux", "la compagnie
ferroviaire CP", "la empresa concesionaria, Kintoa,", "la società Restauval", "a
cooperativa Agri-Hesbaye"; in the Romance languages also with the body's trade said between
them ("l'association de consommateurs Codacons", "l'associazione dei ristoratori AFM"). Copy introduces a company, a union or a club so far more often
than it ever repeats the noun, and the one word after it is the body's whole name: no list
of names could hold them. English does the same with an article ("the union Verdi"),
which ``introduced_bodies`` reads; here English only for the nouns it leaves out, with or
without one ("grid operator Enexis").

What keeps a wrong word out: the name is one capitalised word (a second one makes it a
person's full name, "Veranstalterin Anna Huber", or a longer name), not a place, a
country, a month or weekday, a role, nor a given name; German capitalises every noun, so
there a word with a common noun's ending is no name ("verlangt die Gewerkschaft
Lohnerhöhungen"). The nouns are trades and associations only (``lexicons.body_types``):
a public service's noun is as often followed by its place ("die Feuerwehr Mühlhagen")."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summarizer.engines.extractive.names import NOT_NAME
from summarizer.text.gazetteer import COUNTRIES, COUNTRY_BY_DEMONYM, known_places_in
from summarizer.text.lexicon import LOWER, UPPER, lexicon
from summarizer.text.lexicons.body_types import ADJECTIVE_ENDINGS, BODY_TYPE_NOUNS, COMPOUND_ENDINGS

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder

# Words that carry a name on ("Tranvías del Ebro", "Globos de Aragón"): a word before one
# is the start of a longer name, which the readers of whole names read.
_JOINS = r"(?:de|del|de la|du|des|di|della|do|da|dos|das|van|von|der)"
# The name: capitalised words, letters and digits, inner hyphens ("Agri-Hesbaye"); one
# word where every noun is capitalised (German: "Betreiber MEC Energie" and "Gewerkschaft
# Verdi Lohnerhöhungen" look alike), up to three elsewhere ("l'entreprise Ferrà Joiers").
# Never followed by a further capitalised word or a join word and one.
_WORD = r"[{upper}][\w]*(?:-[\w]+)*(?![\w'’-])"
_AFTER = rf"(?!\s*[{UPPER}][{LOWER}])(?!\s+{_JOINS}\s+[{UPPER}])"
MOST_WORDS = {"de": 1}


def _name(lang: str) -> str:
    word = _WORD.format(upper=UPPER)
    return rf"(?P<name>{word}(?:[ \t]+{word}){{0,{MOST_WORDS.get(lang, 3) - 1}}}){_AFTER}"


# Between the noun and the name: nothing, a comma ("la empresa concesionaria, Kintoa,"),
# or one lower-case word (an adjective, checked against ``ADJECTIVE_ENDINGS``); then, in
# the languages that say a body's trade with "of" and a lower-case noun, one or two such
# complements, each with its own adjective ("l'association de consommateurs Codacons",
# "l'associazione dei ristoratori AFM", "la société de restauration collective
# Restauval", "la empresa de salvamento Socorrismo Levante"). The complement's noun is
# lower case, so "la compagnie de gendarmerie de Lannion" (a place after it) or "la
# empresa de José García" (a person) never reads as one.
_SEPARATOR = r"(?:\s*,\s*|\s+)"
_OF = (
    r"(?:(?:de la|de las|de los|des|dels|del|dei|degli|delle|della|dello|dos|das|de|du|di|do|da)\s+"
    r"|de l['’]|dell['’]|d['’])"
)
_COMPLEMENT = rf"{_OF}[{LOWER}][\w]{{2,}}(?:\s+(?P<complement_adjective_N>[{LOWER}][\w]{{3,}}))?\s+"
_OF_LANGUAGES = frozenset({"fr", "es", "it", "pt", "ca"})


def _between(lang: str) -> str:
    adjective = rf"(?:(?P<adjective>[{LOWER}][\w]{{3,}}){_SEPARATOR})?"
    if lang not in _OF_LANGUAGES:
        return _SEPARATOR + adjective
    first, second = _COMPLEMENT.replace("_N", "1"), _COMPLEMENT.replace("_N", "2")
    complements = rf"(?:{first}(?:{second})?)?"
    return _SEPARATOR + adjective + complements


# English nouns ``introduced_bodies`` leaves out (a person's job alone: "crane operator
# Hale"), safe with the trade before them.
_ENGLISH_OPERATORS = (
    r"(?:grid|network|rail|railway|ferry|bus|power|water|gas|motorway|airport|port|energy)\s+operator"
)


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    nouns = BODY_TYPE_NOUNS.get(lang)
    if nouns is None:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    if lang in COMPOUND_ENDINGS:
        # A compound ends in the noun: "Kraftwerksgesellschaft", "busmaatschappij".
        endings = "|".join(re.escape(e) for e in COMPOUND_ENDINGS[lang])
        noun = rf"(?<![\w-])[\w-]*?(?:{alternatives})(?:{endings})"
    else:
        noun = rf"(?<![\w-])(?:{alternatives})"
        if lang == "en":
            noun = rf"(?<![\w-])(?:{alternatives}|{_ENGLISH_OPERATORS})"
    return re.compile(rf"(?P<noun>(?i:{noun})){_between(lang)}{_name(lang)}")


@cache
def _place_after_preposition(lang: str) -> re.Pattern[str]:
    prepositions = lexicon(lang).place_prepositions or r"(?i:in|at|near)"
    return re.compile(rf"(?<![\w-]){prepositions}\s+(?P<place>[{UPPER}][\w]*(?:-[\w]+)*)")


def _places_the_text_names(text: str, lang: str) -> frozenset[str]:
    """Words the article itself puts after a place preposition ("in Tirol", "à Hulst"):
    places, whatever a gazetteer knows."""
    return frozenset(m.group("place") for m in _place_after_preposition(lang).finditer(text))


def _a_name(finder: ActorFinder, name: str, lang: str) -> bool:
    """Every word of ``name`` may be a body's, and its first may open one."""
    first, *rest = name.split()
    return _a_word(finder, first, lang) and all(
        word not in finder.rules.given_names and _not_a_place(finder, word, lang) for word in rest
    )


def _not_a_place(finder: ActorFinder, name: str, lang: str) -> bool:
    if name in COUNTRIES or name in COUNTRY_BY_DEMONYM or any(known_places_in(name)):
        return False
    return name not in _places_the_text_names(finder.text, lang)


def _a_word(finder: ActorFinder, name: str, lang: str) -> bool:
    rules = finder.rules
    if name in NOT_NAME or name in rules.not_name or rules.is_role(name) or name in rules.given_names:
        return False
    if not _not_a_place(finder, name, lang):
        return False  # "Die Lehrer in Tirol streiken. Der Verband Tirol fordert"
    if name.split("-")[0] in rules.given_names:
        return False  # named after a person: "le groupe scolaire Jean-Moulin" is a school
    lex = lexicon(lang)
    if lex.noun_endings and not name.isupper() and name.lower().endswith(tuple(lex.noun_endings)):
        return False  # a German common noun: "die Gewerkschaft Lohnerhöhungen"
    return name.lower() not in lex.determiners


def _drop_the_noun(finder: ActorFinder, written: str, name: str) -> None:
    """A person read with the body noun as a first name ("des Betreibers Scheldevries",
    German capitalises the noun) is the body, named without it; unless another person
    bears the name as a surname ("Anna Huber ... die Veranstalterin Huber"): a person."""
    if any(
        c.kind == "person" and c.name != written and c.name.split()[-1] == name for c in finder.candidates
    ):
        return
    for cand in finder.candidates:
        if cand.kind == "person" and cand.name == written:
            cand.name, cand.kind = name, "organization"


def _adjectives_only(match: re.Match[str]) -> bool:
    """Every lone lower-case word between the noun and the name is an adjective."""
    found = match.groupdict()
    return all(
        found.get(group) is None or found[group].lower().endswith(ADJECTIVE_ENDINGS)
        for group in ("adjective", "complement_adjective1", "complement_adjective2")
    )


def find_typed_bodies(finder: ActorFinder, lang: str) -> None:
    """``lang`` is the article's: Dutch and Catalan names are read by English name rules,
    but their body nouns are their own."""
    pattern = _pattern(lang)
    if pattern is None:
        return
    for match in pattern.finditer(finder.text):
        if not _adjectives_only(match):
            continue  # a verb or a preposition between: "l'entreprise a contacté Renault"
        name = match.group("name")
        if not _a_name(finder, name, lang):
            continue
        _drop_the_noun(finder, f"{match.group('noun')} {name}", name)
        if any(name != cand.name and f" {name} " in f" {cand.name} " for cand in finder.candidates):
            continue  # a word of a longer name already read: "Restauval SAS", "Anna Huber"
        known = finder.lookup(name)
        if known is None:
            finder.add(name, "organization", match.start("name"))
        elif known.kind == "person" and known.name == name:
            known.kind = "organization"  # "Netbeheerder Enexis heeft": no surname
