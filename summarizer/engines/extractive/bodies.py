"""Bodies that act: organisations (named with an organisation word, an acronym in the
alias table, a news agency, or an apposition), added to an ``ActorFinder``; countries and
collectives acting as subjects are ``collectives``'."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from summarizer.engines.extractive.bracketed_acronyms import find_bracketed_acronyms
from summarizer.engines.extractive.incident_places import PLURAL_POSSESSIVE, dateline_spans
from summarizer.engines.extractive.introduced_bodies import find_introduced_bodies
from summarizer.engines.extractive.names import (
    ACRONYM,
    AGENCY_BY_NAME,
    AGENCY_PATTERN,
    CAP_SEQ,
    NOT_NAME,
    ORG_APPOSITION,
    ORG_NOUN_BEFORE,
    POSSESSIVE,
    TITLE_AFTER,
)
from summarizer.models import ActorKind
from summarizer.text.gazetteer import (
    COUNTRIES,
    COUNTRY_ALIASES,
    KNOWN_ACRONYMS,
    ORG_WORDS,
    known_places_in,
)
from summarizer.text.lexicon import LOWER, UPPER, lexicon
from summarizer.text.lexicons.organisations import NOT_BODY_ACRONYMS
from summarizer.text.lexicons.places import TRADE_PLURAL
from summarizer.text.vocabulary import ORGANIZATION_NAME_ENDINGS, TITLE_ABBREVIATIONS
from summarizer.text.vocabulary import words as word_set

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder

# Words that are never a person's name but are a body's ("Interior Ministry", "Supreme
# Court", "State Elections Board"), kept at the head of a body's name.
BODY_QUALIFIERS = frozenset(
    {
        "State",
        "Foreign",
        "Defense",
        "Defence",
        "Interior",
        "Finance",
        "Justice",
        "Health",
        "Supreme",
        "General",
    }
)
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# Who holds a part of a body, named before it: "Shares of Deccan Minerals fell".
HOLDERS_OF = frozenset({"Shares", "Stock", "Stocks", "Members", "Staff", "Workers", "Employees", "Customers"})
# A name that an apposition calls a settlement is a place, whatever its last word ("Ashby
# Cross, a market town of 9,000", "Kelby Union, the port city"): never a body.
PLACE_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:town|village|city|hamlet|suburb|municipality|borough|parish|port|county|district)\b"
)
# A body's noun alone names no body ("the Union", "Office").
_GENERIC_BODY_NOUNS = word_set(
    "force forces office service group union party front council government department"
)


def find_organizations(finder: ActorFinder) -> None:
    find_introduced_bodies(finder)
    find_bracketed_acronyms(finder)
    if finder.rules.lang != "en":
        _find_named_bodies(finder)
        _find_acronyms(finder)
        _acting_acronyms(finder)
        return
    text = finder.text
    registered: dict[str, ActorKind] = {}  # a name seen again needs no second lookup
    datelines = dateline_spans(text)  # "ASHBY CROSS, Sept 16 (MW) -" is a place
    for match in CAP_SEQ.finditer(text):
        if any(start <= match.start() < end for start, end in datelines):
            continue
        # A plural possessive is the body's: "Brannock Motors' gearbox plant".
        phrase = PLURAL_POSSESSIVE.sub("s", match.group().strip())
        words = phrase.split()
        if words[0].endswith("-based") or (len(words) > 2 and words[1] == "of" and words[0] in HOLDERS_OF):
            # "India-based Deccan Minerals", "Shares of Deccan Minerals": the body after it.
            words = words[1:] if words[0].endswith("-based") else words[2:]
            phrase = " ".join(words)
        if "of" in words[1:-1] and _titled(finder, words[0]):
            # "Sgt Barker of Kessel County Police": a person of the body, then the body.
            words = words[words.index("of") + 1 :]
            phrase = " ".join(words)
        owner = max((i for i, w in enumerate(words[:-1]) if POSSESSIVE_AFTER.search(w)), default=None)
        if owner is not None and len(words) - owner > 2 and not place_owner(words[owner]):
            # "Elena Sorvik's Unity Party": the body is what she owns; a country's or a
            # place's body keeps its owner ("Russia's Defense Ministry"), a one-word rest
            # is no body of its own ("St Columba's Hospital").
            words = words[owner + 1 :]
            phrase = " ".join(words)
        if PLACE_APPOSITION.match(text, match.end()):
            continue
        kinds = [ORG_WORDS[w] for w in (w.lower().strip(".") for w in words) if w in ORG_WORDS]
        if not kinds and (
            (len(words) > 1 and (words[-1] in ORGANIZATION_NAME_ENDINGS or TRADE_PLURAL.fullmatch(words[-1])))
            or (
                text.startswith(",", match.end())
                and ORG_APPOSITION.match(text, match.end())
                and finder.lookup(phrase) is None
            )
        ):
            kinds = ["organization"]
        if not kinds:
            continue
        # "Treasury spokesman Ian Ford": the organisation is the person's affiliation.
        tail = text[match.end() : match.end() + 30]
        if TITLE_AFTER.match(tail):
            continue
        while words and (words[0] in NOT_NAME or words[0].lower() in {"the", "of"}):
            if words[0] in BODY_QUALIFIERS and len(words) > 1:
                break  # "Health Ministry", "State Elections Board": the body's own word
            words.pop(0)
        if len(words) < 1 or (len(words) == 1 and words[0].lower() in _GENERIC_BODY_NOUNS):
            continue
        name = " ".join(words)
        kind: ActorKind = "military" if "military" in kinds else kinds[0]  # type: ignore[assignment]
        if registered.get(name) == kind:
            continue
        finder.add(name, kind, match.start() + match.group().find(words[0]))
        registered[name] = kind
    _find_acronyms(finder)
    _acting_acronyms(finder)


# An acronym that a body noun introduces ("die Gewerkschaft GDL", "le syndicat CGT", "la
# patronal CEOE", "the AMYTS union"), that an article or "according to" takes ("the NWS",
# "la CGT", "laut GHL"), or that acts ("IEBC said", "UGT reclamó", "The NMU's Okafor"): a
# body. A person's initials take none of these; acronyms of things, not bodies ("the
# GDP", "the CEO"), are listed in ``NOT_BODY_ACRONYMS``.
def _acting_acronyms(finder: ActorFinder) -> None:
    text = finder.text
    lex = lexicon(finder.rules.lang)
    verbs = finder.rules.verb_after
    roles, _ = _body_patterns(finder.rules.lang)
    for match in ACRONYM.finditer(text):
        acronym = match.group()
        if (
            _inside_hyphenated(text, match.end())
            or acronym in NOT_BODY_ACRONYMS
            or acronym in COUNTRY_ALIASES
        ):
            continue
        if acronym in KNOWN_ACRONYMS or finder.lookup(acronym) is not None or len(set(acronym)) == 1:
            continue
        line = text[max(0, match.start() - 40) : match.start()]
        before = line.split()
        after = text[match.end() : match.end() + 30].split()
        # The body noun may come with an adjective: "el sindicato médico AMYTS".
        introduced = bool(before) and (
            before[-1].lower().endswith(roles)
            or (len(before) > 1 and before[-1].islower() and before[-2].lower() in lex.organization_roles)
            or before[-1].lower() in lex.determiners
            or any(line.lower().rstrip().endswith(phrase.lower()) for phrase in lex.according_to)
        )
        named_body = bool(after) and after[0].lower().strip(".,;:") in lex.organization_roles
        acts = (
            verbs.match(text, match.end()) is not None
            or POSSESSIVE_AFTER.match(text, match.end()) is not None
        )
        if introduced or named_body or acts:
            finder.add(acronym, "organization", match.start())


def _titled(finder: ActorFinder, word: str) -> bool:
    """A title that opens a person's name ("Sgt", "Gov.", "Judge"), not a body's word."""
    lower = word.lower().rstrip(".")
    return (
        lower in TITLE_ABBREVIATIONS
        or lower in {"sgt", "pm", "mp"}
        or (finder.rules.is_role(word) and lower not in ORG_WORDS)
    )


def place_owner(word: str) -> bool:
    """A possessive of a country or a known place ("Russia's", "Brazil's"), not a person's."""
    bare = POSSESSIVE.sub("", word)
    return bare in COUNTRIES or bare in COUNTRY_ALIASES or any(known_places_in(bare))


def _inside_hyphenated(text: str, end: int) -> bool:
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalnum()


def _find_acronyms(finder: ActorFinder) -> None:
    text = finder.text
    for match in ACRONYM.finditer(text):
        if _inside_hyphenated(text, match.end()):
            continue  # "ABVV" of "ABVV-Metaal": a part of a longer name
        if match.group() not in KNOWN_ACRONYMS and ORG_NOUN_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            # "the meteorological agency AEMET": an acronym a noun says is a body.
            finder.add(match.group(), "organization", match.start())
            continue
        if match.group() in KNOWN_ACRONYMS:
            acronym = match.group()
            before = text[max(0, match.start() - 120) : match.start()]
            expansion = re.search(r"([A-Z][\w ]+?)\s*\($", before)
            if expansion and (owner := finder.lookup(expansion.group(1).removeprefix("the ").strip())):
                owner.aliases.add(acronym)
                continue
            finder.add(acronym, KNOWN_ACRONYMS[acronym], match.start())  # type: ignore[arg-type]
    for match in AGENCY_PATTERN.finditer(text):
        if text[match.start()].isupper():
            finder.add(AGENCY_BY_NAME[match.group().casefold()], "organization", match.start())


# ------------------------------------------------------------------ output


# ---------------------------------------------------------------- other languages

_UPPER, _LOWER = UPPER, LOWER
# Words that join the words of a body's name ("Ministerio de Trabajo y Economía Social",
# "Helmholtz-Institut für Umweltmedizin", "Agence régionale de santé").
# Italian and Portuguese: "Prefettura di Napoli", "Câmara Municipal do Porto".
_IT_PT_JOINS = ("della", "dello", "delle", "degli", "dei", "dell'", "dell’", "di", "das", "dos", "da", "do", "e")  # fmt: skip
_JOIN = r"(?:de la|de los|de l'|de l’|del|des|der|de|du|d'|d’|für|y|et|und|&|" + "|".join(_IT_PT_JOINS) + ")"
# A dot belongs to a word only inside it ("e.V.", "S.A."): "B5. Die Gewerkschaft" is two
# sentences, not one name. A name opens after an elided article ("dell'Hotel Excelsior").
_CAP_RUN = re.compile(
    rf"(?:(?<![\w'’])|(?<=\b[dlDL]['’])|(?<=ll['’]))[{_UPPER}][\w'’&-]*(?:\.(?=\w)[\w'’&-]*)*(?:[ \t]+(?:{_JOIN}[ \t]*)?[{_UPPER}][\w'’&-]*(?:\.(?=\w)[\w'’&-]*)*)*"
)
# A body named by a lower-case noun and a place, as French copy writes them ("préfecture
# de Loire-Atlantique", "parquet de Draguignan", "ministère de l'Intérieur").
_NOUN_OF_PLACE = r"(?:{nouns})\s+(?:de la|de l'|de l’|du|des|de|d'|d’|della|dell'|dell’|di|da|do)\s*[{upper}][\w'’-]*(?:[ \t]+[{upper}][\w'’-]*)*"

# An acronym in brackets right after a body's name: the same body.
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Z0-9&]{1,9})\)")

_JOIN_WORDS = frozenset(
    {"de", "del", "des", "der", "du", "d'", "d’", "für", "y", "et", "und", "&", "la", "los", "l'", "l’", *_IT_PT_JOINS}
)  # fmt: skip


def _compound_body(word: str, roles: tuple[str, ...]) -> bool:
    """A German compound that ends in a body noun and says which one ("Innenministerium",
    "Landeskriminalamt"), not the bare noun ("Polizei", "Amt")."""
    lower = word.lower()
    return any(lower.endswith(role) and len(lower) >= len(role) + 4 for role in roles)


@cache
def _body_patterns(lang: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """A language's body nouns (sorted, for ``str.endswith``) and its "noun of a place"
    pattern: built once per language, not once per article."""
    lex = lexicon(lang)
    nouns = "|".join(re.escape(r) for r in sorted(lex.organization_roles, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’])(?:{_NOUN_OF_PLACE.format(nouns=nouns, upper=_UPPER)})")
    return tuple(sorted(lex.organization_roles)), pattern


@cache
def _sentence_case_body(lang: str) -> re.Pattern[str] | None:
    """A body's name written in sentence case, as French writes them: a capitalised body
    noun, then lower-case adjectives and nouns joined by "de", "des", "pour le" ...
    ("Agence régionale de santé", "Service départemental d'incendie et de secours",
    "Association pour le développement des soins palliatifs"), and at most a place
    ("Association des maires de France"). ``None`` where names are capitalised."""
    lex = lexicon(lang)
    if not lex.body_adjective_endings:
        return None
    heads = "|".join(re.escape(r.capitalize()) for r in sorted(lex.organization_roles, key=len, reverse=True))
    endings = "|".join(re.escape(e) for e in sorted(lex.body_adjective_endings, key=len, reverse=True))
    joins = lex.body_name_joins
    adjective = rf"[{_LOWER}][\w-]*(?:{endings})(?![\w'’])"
    noun = rf"[{_LOWER}][\w-]{{2,}}(?![\w'’])"
    place = rf"[{_UPPER}][\w'’-]*"
    # The area a body serves, named right after it with no joining word: hyphenated, so a
    # next sentence's or a person's name is not taken for it ("Agence régionale de santé
    # Nouvelle-Aquitaine", "Syndicat des mobilités Côte basque-Adour").
    area = rf"[{_UPPER}][\w'’]*(?:-[\w'’]+)+|[{_UPPER}][\w'’]*[ \t]+[{_LOWER}][\w'’]*-[{_UPPER}][\w'’-]*"
    return re.compile(
        rf"(?<!\w)(?:{heads})(?=[ \t])(?:"  # after "l'" too: "L'Agence régionale de santé"
        rf"(?:[ \t]+{adjective})+(?:[ \t]+(?:{joins})[ \t]*{noun}(?:[ \t]+{adjective})*){{0,3}}"
        rf"|(?:[ \t]+(?:{joins})[ \t]*{noun}(?:[ \t]+{adjective})*){{1,3}}"
        rf")(?:[ \t]+(?:{joins})[ \t]*{place}|[ \t]+(?:{area}))?"
    )


_GENITIVE_JOINS = frozenset({"der", "des", "de", "du", "del"})


def _members_stripped(
    words: list[str], body_word: Callable[[str], bool], endings: Iterable[str]
) -> list[str]:
    """A body's name without the people of it before it: "Fahrerinnen und Fahrer der
    Innsbrucker Stadtbus GmbH" is the Innsbrucker Stadtbus GmbH. Not "Ministerium der
    Finanzen": a body's noun opens it."""
    if body_word(words[0]) or words[-1] not in endings:
        return words
    joins = [i for i, w in enumerate(words[:-1]) if w in _GENITIVE_JOINS]
    if not joins or joins[-1] + 2 > len(words) - 1:
        return words
    return words[joins[-1] + 1 :]


def _body_of_its_members(words: list[str], body_word: Callable[[str], bool]) -> list[str]:
    """The body that people of it are named after: "Buzos de la Guardia Civil" is the
    Guardia Civil, "Agents de la Police cantonale" the Police cantonale (a body's noun
    after a joining word, when the first word is none)."""
    if not words or body_word(words[0]):
        return words
    for number in range(1, len(words) - 1):
        if words[number - 1].lower() in _JOIN_WORDS and body_word(words[number]):
            return words[number:]
    return words


def _find_named_bodies(finder: ActorFinder) -> None:
    """Organisations in German, French and Spanish copy: a run of capitalised words (with
    the language's joining words) that begins with a body noun ("Ministerio de Sanidad",
    "Policía Nacional") or ends with an organisation's name ending ("Deutsche Bahn AG",
    "Städtisches Klinikum"), and a lower-case body noun of a place ("préfecture de
    Loire-Atlantique"). German compounds count by their last part ("Innenministerium")."""
    text = finder.text
    rules = finder.rules
    lex = lexicon(rules.lang)
    roles, noun_of_place = _body_patterns(rules.lang)
    endings = lex.organization_endings
    registered: set[str] = set()

    def body_word(word: str) -> bool:
        lower = word.lower()
        return lower in lex.organization_roles or (bool(rules.noun_endings) and lower.endswith(roles))

    def add(name: str, at: int, head: str) -> None:
        if name in registered or finder.lookup(name) is not None:
            return
        kind: ActorKind = (
            "government" if any(head.lower().endswith(w) for w in lex.government_words) else "organization"
        )
        finder.add(name, kind, at)
        registered.add(name)

    for match in _CAP_RUN.finditer(text):
        words = match.group().split()
        while words and (
            words[0] in rules.not_name
            or words[0].lower() in lex.determiners
            or words[0].lower() in lex.report_nouns
            or words[0].lower() in _JOIN_WORDS
        ):
            words.pop(0)
        if len(words) == 1 and _compound_body(words[0], roles) and rules.noun_endings:
            # German names a body in one compound word: "Innenministerium", "Landeskriminalamt".
            add(words[0], match.start() + match.group().find(words[0]), words[0])
            continue
        words = _body_of_its_members(words, body_word)
        if len(words) < 2 or any(rules.is_role(w) for w in words[:1]):
            continue
        if body_word(words[0]) or words[-1] in endings or any(body_word(w) for w in words[1:2]):
            words = _members_stripped(words, body_word, endings)
            if ACRONYM.fullmatch(words[-1]) and all(body_word(w) for w in words[:-1]):
                words = words[-1:]  # "Lokführergewerkschaft GDL" is the GDL
            name = " ".join(words)
            add(
                name,
                match.start() + match.group().find(words[0]),
                next((w for w in words if body_word(w)), words[0]),
            )
    for match in noun_of_place.finditer(text):
        # An acronym is a body's, never a place's: "comité de empresa de EQA" is a part of EQA.
        if text[match.start()].islower() and not ACRONYM.fullmatch(match.group().split()[-1]):
            add(match.group(), match.start(), match.group().split()[0])
    sentence_case = _sentence_case_body(rules.lang)
    if sentence_case is not None:
        reporting = set(lex.reporting_verbs)
        for match in sentence_case.finditer(text):
            words = match.group().split()
            while words and words[-1] in reporting:  # "L'Agence régionale de santé indique"
                words.pop()
            if words and words[-1].split("-")[0] in rules.given_names:
                words.pop()  # "... de santé Jean-Marc Dupont": a person, not the area
            if len(words) < 2:
                continue
            name = " ".join(words)
            add(name, match.start(), words[0])
            acronym = _ACRONYM_AFTER.match(text, match.start() + len(name))
            if acronym and (body := finder.lookup(name)) is not None:
                body.aliases.add(acronym.group(1))  # "Agence régionale de santé (ARS)"
