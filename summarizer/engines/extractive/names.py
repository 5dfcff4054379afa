"""The name layer of the actor rules: what a name, a role and an organisation look like
(patterns compiled once), a ``Candidate`` actor with its spellings, and the small
judgements on names (surname, initials_of, gender of a role) that ``ActorFinder`` builds on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from summarizer.engines.extractive.place_named import named_for_a_place
from summarizer.models import ActorKind
from summarizer.text.gazetteer import (
    COLLECTIVE_NOUNS,
    COUNTRIES,
    COUNTRY_ALIASES,
    COUNTRY_BY_CAPITAL,
    COUNTRY_BY_DEMONYM,
    NEWS_AGENCIES,
    ORG_WORDS,
    TITLE_SET,
    TITLE_WORDS,
    canonical,
    literal_alternation,
)
from summarizer.text.given_names import given_names
from summarizer.text.lexicon import LOWER, UPPER, alternation, merge_lexicon
from summarizer.text.lexicons.places import NOT_PERSON_ENDINGS, NOT_PERSON_LAST
from summarizer.text.vocabulary import (
    ATTRIBUTION_VERBS,
    GENDERED_NOUNS,
    MONTHS,
    ORGANIZATION_NAME_ENDINGS,
    ORGANIZATION_ROLES,
    PERSON_ROLES,
    REPORTING_VERBS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
)

ROLE_FILLERS = {
    "of", "the", "presidential", "foreign", "prime", "regional", "deputy", "former", "top", "senior",
    "parliamentary", "faction", "state", "defense", "defence", "interior", "finance", "vice",
    "city", "local", "district", "provincial", "federal", "national", "acting", "interim",
}  # fmt: skip
NOT_NAME = (
    {w.capitalize() for w in WEEKDAYS + MONTHS}
    | {"The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I"}
    | {"Mr", "Mrs", "Ms", "Dr", "Also", "But", "And", "Yet", "However", "Meanwhile", "On", "In"}
    | {"State", "Foreign", "Defense", "Defence", "Prime", "Vice", "Deputy", "General", "Chief"}
    | {"Interior", "Finance", "Security", "Justice", "Health", "Supreme", "Air", "Navy", "Army"}
)
# A capital may recur inside a name: McCarthy, DeSantis, O'Brien.
NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ'’]+)?(?:-[A-Z]?[a-zà-ÿ'’]+)*|[A-Z]\.)"
# Never from inside a hyphenated word: each part of "Grand-Grand-…" would otherwise start
# a scan of the rest of the run, quadratic in its length (as in ``name_rules``).
NAME_SEQ = re.compile(rf"(?<![\w-]){NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,4}}\b")
# A run of capitalised words on one line. A full stop belongs to the run only after an
# initial or a short abbreviation ("U.S.", "St."), so "...in Azaz. The World Health
# Organization" does not become one name.
CAP_SEQ = re.compile(
    r"\b(?:[A-Z][\w'’&-]*(?:(?<=[A-Z])\.|(?<=\b[A-Z][a-z])\.)?)"
    r"(?:[ \t]+(?:(?:of|for|de|the|&|and(?![ \t]+the\b))[ \t]+)*[A-Z][\w'’&-]*)*"
)
VERB_AFTER = re.compile(
    rf"^\s*(?:,[^,]{{1,80}},\s*)?(?:has |had |have |also |then |later )?(?:{REPORTING_VERBS})\b"
)
VERB_BEFORE = re.compile(rf"\b(?:{REPORTING_VERBS}|according to)\s*,?\s*$", re.IGNORECASE)
APPOSITION = re.compile(
    rf"^\s*,\s*(?:the |a |an )?(?P<role>[^,.;]{{0,60}}?\b(?:{TITLE_WORDS})\b(?: of [^,.;]{{1,40}})?)\s*[,.]",
    re.IGNORECASE,
)
ACTION_VERBS = (
    rf"{REPORTING_VERBS}|denied|denies|launched|attacked|continued|continues|repelled|rejected|"
    "agreed|joined|brought|has|had|is|was|will|would|wants|sent|fired|struck|hit|shelled|"
    "bombed|intercepted|seized|captured|took|deployed|imposed|approved|passed|voted|signed"
)
ACTS_AFTER = re.compile(rf"\s*(?:has |had |have |also |then |has also |is also )?(?:{ACTION_VERBS})\b")


@dataclass
class Candidate:
    name: str
    kind: ActorKind
    role: str | None = None
    affiliation: str | None = None
    aliases: set[str] = field(default_factory=set)
    first: int = 0
    id: str = ""
    # "m" or "f" when the article says (an honorific, a gendered role, a pronoun that
    # refers to the person); pronouns of the other gender skip the person.
    gender: str | None = None
    _keys: tuple[tuple[str, int], frozenset[str]] | None = field(default=None, repr=False, compare=False)

    def spellings(self) -> frozenset[str]:
        """Every case-folded spelling that names this candidate; recomputed only when the
        name changes or an alias is added (aliases only ever grow)."""
        state = (self.name, len(self.aliases))
        if self._keys is None or self._keys[0] != state:
            names = {
                self.name.casefold(),
                canonical(self.name).casefold(),
                *(a.casefold() for a in self.aliases),
            }
            self._keys = (state, frozenset(names))
        return self._keys[1]

    @property
    def surname(self) -> str | None:
        return _surname(self.name) if self.kind == "person" else None


@lru_cache(maxsize=4096)
def _surname(name: str) -> str | None:
    """The last word of a name of two or more words (looked up for every candidate in every
    lookup, hence cached)."""
    parts = name.split()
    return parts[-1] if len(parts) > 1 else None


def strip_role_prefix(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split leading title/demonym/organisation words off a capitalised run."""
    lead: list[str] = []
    titled = [i for i, t in enumerate(tokens) if t.lower() in TITLE_SET]
    if titled:  # "Osterholm Mayor Ana Ruiz": everything up to the last title is the role
        lead, tokens = tokens[: titled[-1] + 1], tokens[titled[-1] + 1 :]
    while tokens and (
        tokens[0].lower() in TITLE_SET
        or tokens[0] in COUNTRY_BY_DEMONYM
        or tokens[0] in NOT_NAME
        or tokens[0].lower() in ORG_WORDS
        # A country right before one more name is a first name ("Jordan Vance").
        or (tokens[0] in COUNTRIES and len(tokens) != 2)
    ):
        lead.append(tokens.pop(0))
    return lead, tokens


ROLE_CAPITALS_OK = {"State", "Foreign", "Defense", "Defence", "Prime", "Vice", "Deputy", "Interior"} | {
    "Finance",
    "Security",
    "Justice",
    "Health",
}


def role_before(text: str, start: int) -> str | None:
    """Title words right before a name, on the same line: 'Kremlin spokesman', 'US Secretary of State'."""
    window = text[max(0, start - 80) : start]
    window = window[window.rfind("\n") + 1 :]
    words = ROLE_WORD.findall(window)
    role: list[str] = []
    for word in reversed(words):
        if word == ",":
            if role:
                break
            continue
        abbreviated_title = word[:-1].lower() in TITLE_ABBREVIATIONS
        if word.endswith(".") and not abbreviated_title and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", word):
            break  # the end of the previous sentence
        bare = word.rstrip(".")
        lower = bare.lower()
        capital_ok = bare[:1].isupper() and (bare not in NOT_NAME or bare in ROLE_CAPITALS_OK)
        if lower in TITLE_SET or lower in ROLE_FILLERS or capital_ok or abbreviated_title:
            role.insert(0, word if re.fullmatch(r"(?:[A-Z]\.)+", word) else bare)
            if len(role) >= 6:
                break
        else:
            break
    while role and role[0].lower() in {"the", "of"}:
        role.pop(0)
    titled = any(w.lower() in TITLE_SET or w.lower().rstrip(".") in TITLE_ABBREVIATIONS for w in role)
    return " ".join(role) if titled else None


def looks_like_person(tokens: list[str]) -> bool:
    last = tokens[-1] if tokens else ""
    if len(tokens) < 2 or len(tokens) > 4 or last in NOT_PERSON_ENDINGS or NOT_PERSON_LAST.fullmatch(last):
        return False
    for number, token in enumerate(tokens):
        # A country can be a first name ("Jordan Vance", "Georgia Lee"), never a surname.
        is_place = (token in COUNTRIES and number == len(tokens) - 1) or token in COUNTRY_BY_DEMONYM
        if token in NOT_NAME or is_place:
            return False
        if token.lower() in ORG_WORDS or token.lower() in TITLE_SET:
            return False
    return True


# Built once: the pattern strings alone (a hundred-odd names, sorted) cost more than a
# short article's scan. Every name starts with a capital: the lookahead lets the scan skip
# other positions without trying each alternative there.
COUNTRY_SUBJECTS = {**{c: c for c in COUNTRIES}, **COUNTRY_ALIASES, **COUNTRY_BY_CAPITAL}
COUNTRY_SUBJECT = re.compile(r"\b(?=[A-Z])(" + literal_alternation(COUNTRY_SUBJECTS) + r")\b")
DEMONYM_COLLECTIVE = re.compile(
    r"\b(?=[A-Z])("
    + literal_alternation(COUNTRY_BY_DEMONYM)
    + r")\s+("
    + literal_alternation(COLLECTIVE_NOUNS)
    + r")\b"
)
AGENCY_BY_NAME = {agency.casefold(): agency for agency in NEWS_AGENCIES}
AGENCY_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in NEWS_AGENCIES) + r")\b", re.IGNORECASE)
ACRONYM = re.compile(r"\b[A-Z][A-ZÄÖÜ]{1,5}\b")
POSSESSIVE = re.compile(r"['’]s$")


# A capitalised word right before a surname: a first name, if it is not a title.
FIRST_NAME_BEFORE = re.compile(r"\b([A-Z][a-zà-ÿ'’-]+)[ \t]+$")
# Far more distinct surnames than any article names: past this, the pass stops.
MAX_SURNAMES_TRIED = 200
# A single capitalised word with evidence of being a person's surname: an age set off
# after it, or a reporting verb.
SURNAME_WITH_EVIDENCE = re.compile(
    rf"\b([A-Z][a-zà-ÿ'’]+)(?=,\s*\d{{1,3}}\s*,|\s+{literal_alternation(ATTRIBUTION_VERBS)}\b)"
)
# Evidence that a name is a person's: an age set off after it ("Joan Whitaker, 78,").
AGE_AFTER = re.compile(r"\s*(?:,\s*\d{1,3}\s*,|\(\d{1,3}\))")
# A name after an honorific is a person's, all of it ("Dr. Priya Raman").
HONORIFIC_NAME = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})")
# How copy introduces someone known by one name only.
NAMED_AS = re.compile(
    r"\b(?:gave (?:his|her|their) (?:first |full )?name (?:only )?as|identified (?:only |himself |herself )?as|"
    rf"asked to be identified (?:only )?as|known only as)\s+(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN})?)\b"
)
# A noun for a kind of organisation right before an acronym ("agency AEMET", "the
# broadcaster NRK"): the acronym names the body.
ORG_NOUN_BEFORE = re.compile(rf"\b{literal_alternation(ORGANIZATION_ROLES - PERSON_ROLES)}\s+$")
# A name set off by a noun for a kind of organisation is an organisation's ("Unite, the
# union representing the workers, ...").
ORG_APPOSITION = re.compile(
    rf"\s*,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{literal_alternation(ORGANIZATION_ROLES - PERSON_ROLES)}\b"
)
TITLE_AFTER = re.compile(rf"\s+(?:{TITLE_WORDS})\b", re.IGNORECASE)
ROLE_WORD = re.compile(r"[\w'’.-]+|,")
# An article written onto the noun after it (French, Italian, Catalan): "l'", "dell'".
ELIDED_ARTICLE = re.compile(r"^(?:l|d|dell|dall|all|nell|sull|quest)['’](?=\w)")


def gender_of(role: str) -> str | None:
    genders = {GENDERED_NOUNS[w] for w in re.findall(r"[a-z]+", role.lower()) if w in GENDERED_NOUNS}
    return genders.pop() if len(genders) == 1 else None


# A gendered relation right before a name, in the same clause: "her father, the jazz
# pianist", "his widow", "Mrs".
RELATION_BEFORE = re.compile(
    rf"\b({literal_alternation(GENDERED_NOUNS)})\.?,?\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}$",
    re.IGNORECASE,
)


def initials_of(name: str) -> str:
    """The acronym a name would have: "North Atlantic Treaty Organization" -> "NATO"."""
    words = [
        w for w in name.replace("-", " ").split() if w.lower() not in {"of", "the", "and", "for", "on", "de"}
    ]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


# A generic word after an organisation's name that leaves it the same organisation.
GENERIC_ORG_SUFFIX = re.compile(
    r"\s+(?:Agency|news agency|Group|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|plc|Plc)$"
)


# ---------------------------------------------------------------- by language


@dataclass(frozen=True)
class NameRules:
    """What a person's name and the evidence for it look like in one language. English keeps
    the patterns above; the others are built from their lexicons: accented capitals, name
    particles ("von der", "de la"), their own reporting verbs, titles and role nouns, and
    (in German, which capitalises every noun) common-noun endings that no name has."""

    lang: str
    name_seq: re.Pattern[str]
    verb_after: re.Pattern[str]
    verb_before: re.Pattern[str]
    apposition: re.Pattern[str]
    age_after: re.Pattern[str]
    honorific_name: re.Pattern[str]
    surname_with_evidence: re.Pattern[str]
    not_name: frozenset[str]
    roles: frozenset[str]  # lower case
    role_endings: tuple[str, ...]
    noun_endings: tuple[str, ...]
    organization_endings: frozenset[str]
    given_names: frozenset[str]
    # Nouns that name a kind of body (lower case): "Consejo de Ministros", "Deutschem
    # Wetterdienst" hold one, so they are bodies, not people.
    organization_roles: frozenset[str] = frozenset()

    def is_body(self, word: str) -> bool:
        """A word that names a kind of body ("Landesbank", "Ministerium", "Mairie")."""
        lower = word.lower()
        return word in self.organization_endings or (
            bool(self.noun_endings) and any(lower.endswith(e.lower()) for e in self.organization_endings)
        )

    def is_body_noun(self, lower: str) -> bool:
        """A body's noun ("consejo", "ministère"), or in German a compound ending in one
        ("Wetterdienst", "Landesamt")."""
        roles, stems = self.organization_roles, {lower, lower.removesuffix("s")}  # "des Bundesamts"
        compound = any(s.endswith(r) and len(s) >= len(r) + 3 for r in roles for s in stems)
        return lower in roles or (bool(self.noun_endings) and compound)

    def is_role(self, word: str) -> bool:
        # An elided article is no part of the role: "L'échevine", "l'assessore", "L'alcaldessa".
        lower = ELIDED_ARTICLE.sub("", word.lower().rstrip("."))
        return lower in self.roles or (len(lower) > 5 and lower.endswith(self.role_endings))

    def looks_like_person(self, tokens: list[str]) -> bool:
        if named_for_a_place(tokens, self.given_names):
            return False  # "Land Tirol", "Innsbrucker Stadtbus"
        if self.lang == "en":
            return looks_like_person(tokens)
        names = [t for t in tokens if t[:1].isupper()]  # particles aside
        if any(self.is_body(t) for t in names[1:]):
            return False  # "Felix Rautenberg von der Landesbank": a person of a body
        if len(names) < 2 or len(names) > 4 or names[-1] in self.organization_endings:
            return False
        for token in names:
            lower = token.lower()
            if token in self.not_name or token in NOT_NAME or self.is_role(token):
                return False
            if self.is_body_noun(lower):
                return False
            if lower in ORG_WORDS or lower.endswith(self.noun_endings):
                return False
        return True

    def role_before(self, text: str, start: int) -> str | None:
        """A role noun or title among the few words right before a name on its line
        ("Polizeisprecher Thomas Weber", "le préfet Jean Dupont", "la alcaldesa, Ana Ruiz")."""
        if self.lang == "en":
            return role_before(text, start)
        window = text[max(0, start - 90) : start]
        words = ROLE_WORD.findall(window[window.rfind("\n") + 1 :])
        for word in reversed(words[-8:]):
            if word == ",":
                continue
            if word.endswith(".") and word[:-1].lower() not in self.roles:
                return None  # the end of the previous sentence
            if self.is_role(word):
                return str(word).rstrip(".")
        return None


@cache
def name_rules(lang: str = "en") -> NameRules:
    # Dutch and Catalan names too, after their own titles ("Burgemeester Jan Verbeke").
    lex = merge_lexicon(lang)
    if lex.code == "en":
        return NameRules(
            "en", NAME_SEQ, VERB_AFTER, VERB_BEFORE, APPOSITION, AGE_AFTER, HONORIFIC_NAME,
            SURNAME_WITH_EVIDENCE, frozenset(NOT_NAME), frozenset(TITLE_SET), (), (), ORGANIZATION_NAME_ENDINGS,
            frozenset(),
        )  # fmt: skip
    upper, lower = UPPER, LOWER
    token = rf"(?:[{upper}][{lower}'’]+(?:[{upper}][{lower}'’]+)?(?:-[{upper}]?[{lower}'’]+)*|[{upper}]\.)"
    particles = rf"(?:(?:{alternation(lex.name_particles)})\s+)?" if lex.name_particles else ""
    name_seq = re.compile(rf"(?<![\w-]){token}(?:\s+{particles}{token}){{1,4}}(?!\w)")
    verbs = alternation(lex.reporting_verbs)
    also = alternation(lex.also)
    after_words = alternation((*lex.reporting_verbs, *lex.according_after))
    roles = alternation(lex.person_roles)
    if lex.role_endings:
        roles = rf"[\w-]*(?:{alternation(lex.role_endings)})|{roles}"
    determiners = alternation(lex.determiners)
    titles = alternation(t.capitalize() for t in lex.titles)
    return NameRules(
        lang=lex.code,
        name_seq=name_seq,
        verb_after=re.compile(rf"^\s*(?:,[^,]{{1,80}},\s*)?(?:(?:{also})\s+)?(?:{after_words})\b"),
        verb_before=re.compile(rf"\b(?:{verbs}|{alternation(lex.according_to)})\s*,?\s*$", re.IGNORECASE),
        apposition=re.compile(
            rf"^\s*,\s*(?:(?:{determiners})\s+)?(?P<role>[^,.;]{{0,60}}?\b(?:{roles})\b[^,.;]{{0,40}}?)\s*[,.]",
            re.IGNORECASE,
        ),
        age_after=re.compile(rf"\s*(?:,\s*\d{{1,3}}\s*(?:\w+\s*)?,|\(\d{{1,3}}\)|{lex.age_after})"),
        # After every title ("Prof. Dr. Henrike Albers"): a title is never the name. The last
        # title of a run starts the match, so a run ("Herr Herr …") is not read again from
        # each of its titles, quadratic in its length; the name read is the same.
        honorific_name=re.compile(
            rf"(?<!\w)(?:{titles})\.?\s+(?!(?:{titles})\b)(?P<name>{token}(?:\s+{particles}{token}){{0,2}})"
        ),
        surname_with_evidence=re.compile(
            rf"(?<!\w)([{upper}][{lower}'’]+)(?=,\s*\d{{1,3}}\s*,|\s+(?:{verbs})\b)"
        ),
        not_name=lex.not_name | frozenset(w.capitalize() for w in (*lex.months, *lex.weekdays)),
        roles=lex.person_roles | frozenset(lex.titles),
        role_endings=tuple(lex.role_endings),
        noun_endings=tuple(lex.noun_endings),
        organization_endings=lex.organization_endings,
        given_names=given_names(),
        organization_roles=lex.organization_roles - lex.person_roles,
    )
