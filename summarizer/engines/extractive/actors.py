"""Actors: titled people, speakers, organisations, acting countries and collectives.

Rules, not a statistical tagger: a capitalised name counts as a person only with evidence
(a title before it, an apposition after it, a reporting verb next to it, "according to").
Later mentions by surname, spelling variants (via the alias table and fuzzy matching) and
capital-city metonyms fold into one actor.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from summarizer.grounding.align import ArticleIndex
from summarizer.models import Actor, ActorKind
from summarizer.models.common import Span
from summarizer.text.gazetteer import (
    COLLECTIVE_NOUNS,
    COUNTRIES,
    COUNTRY_ALIASES,
    COUNTRY_BY_CAPITAL,
    COUNTRY_BY_DEMONYM,
    KNOWN_ACRONYMS,
    NEWS_AGENCIES,
    ORG_WORDS,
    TITLE_SET,
    TITLE_WORDS,
    canonical,
    literal_alternation,
    spellings_of,
)
from summarizer.text.segment import Sentence
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
NAME_SEQ = re.compile(rf"\b{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,4}}\b")
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


def _strip_role_prefix(tokens: list[str]) -> tuple[list[str], list[str]]:
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


def _role_before(text: str, start: int) -> str | None:
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


def _looks_like_person(tokens: list[str]) -> bool:
    if len(tokens) < 2 or len(tokens) > 4 or tokens[-1] in ORGANIZATION_NAME_ENDINGS:
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
ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
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


def _gender_of(role: str) -> str | None:
    genders = {GENDERED_NOUNS[w] for w in re.findall(r"[a-z]+", role.lower()) if w in GENDERED_NOUNS}
    return genders.pop() if len(genders) == 1 else None


# A gendered relation right before a name, in the same clause: "her father, the jazz
# pianist", "his widow", "Mrs".
RELATION_BEFORE = re.compile(
    rf"\b({literal_alternation(GENDERED_NOUNS)})\.?,?\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}$",
    re.IGNORECASE,
)


def _initials(name: str) -> str:
    """The acronym a name would have: "North Atlantic Treaty Organization" -> "NATO"."""
    words = [
        w for w in name.replace("-", " ").split() if w.lower() not in {"of", "the", "and", "for", "on", "de"}
    ]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


# A generic word after an organisation's name that leaves it the same organisation.
GENERIC_ORG_SUFFIX = re.compile(
    r"\s+(?:Agency|news agency|Group|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|plc|Plc)$"
)


class ActorFinder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.candidates: list[Candidate] = []
        self._full_names: dict[str, str | None] = {}
        self._mention_cache: tuple[object, tuple[list[int], list[tuple[int, int, Candidate]]]] | None = None

    # ------------------------------------------------------------------ registry

    def lookup(self, phrase: str) -> Candidate | None:
        """The known actor a phrase names: full name, alias, surname or fuzzy spelling (a
        scan of the candidates: an article has a few dozen, and an index rebuilt whenever
        one is added or given an alias measured slower)."""
        key = canonical(phrase.strip()).casefold()
        for cand in self.candidates:
            if key in cand.spellings():
                return cand
        words = phrase.split()
        last_word = words[-1].casefold() if words else ""
        for cand in self.candidates:
            if cand.surname and last_word == cand.surname.casefold():
                return cand
        phrase_canonical = canonical(phrase)
        for cand in self.candidates:
            if (
                cand.kind == "person"
                and len(phrase) > 5
                and fuzz.ratio(canonical(cand.name), phrase_canonical) >= 88
            ):
                return cand
            if cand.surname and len(words) == 1 and fuzz.ratio(cand.surname, phrase) >= 88:
                return cand
        return None

    def add(
        self, name: str, kind: ActorKind, at: int, role: str | None = None, affiliation: str | None = None
    ) -> Candidate:
        known = self.lookup(name) or (self._same_body(name) if kind != "person" else None)
        if known is not None:
            if name != known.name and name.casefold() != known.name.casefold():
                longer = len(name.split()) > len(known.name.split())
                if longer and (kind == "person" or known.name.isupper()):
                    known.aliases.add(known.name)
                    known.name = name
                else:
                    known.aliases.add(name)
            known.role = known.role or role
            known.affiliation = known.affiliation or affiliation
            known.first = min(known.first, at)
            return known
        if kind == "person" and " " not in name and (full := self._full_name(name)) is not None:
            cand = Candidate(name=full, kind=kind, role=role, affiliation=affiliation, first=at)
            cand.aliases.add(name)  # "Diallo says", the article named "Amara Diallo" first
        else:
            cand = Candidate(name=name, kind=kind, role=role, affiliation=affiliation, first=at)
        self.candidates.append(cand)
        return cand

    def _same_body(self, name: str) -> Candidate | None:
        """A known organisation this name also names, by rule: an acronym and the name it
        abbreviates ("WTO", "World Trade Organization"), or the same name with a generic
        word after it ("Tass Agency", "Tass")."""
        initials = _initials(name)
        bare = GENERIC_ORG_SUFFIX.sub("", name)
        for cand in self.candidates:
            if cand.kind == "person":
                continue
            if name.isupper() and len(name) > 1 and _initials(cand.name) == name:
                return cand
            if cand.name.isupper() and len(cand.name) > 1 and initials == cand.name:
                return cand
            if bare != name and bare.casefold() == cand.name.casefold():
                return cand
            if GENERIC_ORG_SUFFIX.sub("", cand.name).casefold() == name.casefold() != cand.name.casefold():
                return cand
        return None

    def _full_name(self, surname: str) -> str | None:
        """The first full name in the text ending in ``surname`` ("Amara Diallo"): each
        occurrence of the surname (found by ``str.find``) with the word before it."""
        if surname in self._full_names:
            return self._full_names[surname]
        found = None
        at = self.text.find(surname)
        while at >= 0 and found is None:
            end = at + len(surname)
            if not self.text[end : end + 1].isalnum():
                before = FIRST_NAME_BEFORE.search(self.text, max(0, at - 30), at)
                first = before.group(1) if before else None
                if first and first.lower() not in TITLE_SET and _looks_like_person([first, surname]):
                    found = f"{first} {surname}"
            at = self.text.find(surname, end)
        self._full_names[surname] = found
        return found

    def first_person_mention(self, offset: int, until: int) -> tuple[int, Candidate] | None:
        """(position, person) of the first person named between ``offset`` and ``until``."""
        starts, mentions = self._mentions(people=True)
        for start, end, cand in mentions[bisect.bisect_left(starts, offset) :]:
            if start >= until:
                break
            if end <= until:
                return start, cand
        return None

    def mentions_before(
        self, offset: int, since: int = 0, people: bool = True
    ) -> Iterator[tuple[int, Candidate]]:
        """(position, actor) of each person (or, with ``people=False``, each organisation,
        government or military body) named between ``since`` and ``offset``, the nearest
        first."""
        starts, mentions = self._mentions(people)
        for number in range(bisect.bisect_left(starts, offset) - 1, -1, -1):
            start, end, cand = mentions[number]
            if start < since:
                return
            if end <= offset:
                yield start, cand

    def _someone_else(self, person: Candidate, at: int) -> bool:
        """Whether the surname at ``at`` belongs to another first name ("Lennart Quist"
        is not Mara Quist)."""
        before = FIRST_NAME_BEFORE.search(self.text, max(0, at - 30), at)
        if before is None:
            return False
        first = before.group(1)
        return first != person.name.split()[0] and first not in NOT_NAME and first.lower() not in TITLE_SET

    def last_mention(self, offset: int, since: int = 0, people: bool = True) -> tuple[int, Candidate] | None:
        """(position, actor) of the last person (or body) named between ``since`` and
        ``offset``."""
        return next(self.mentions_before(offset, since, people), None)

    def _mentions(self, people: bool) -> tuple[list[int], list[tuple[int, int, Candidate]]]:
        """Every occurrence of every name, alias and surname of the people (or of the
        bodies), sorted by position; rebuilt only when the candidates change (speakers are
        registered while quotes are resolved)."""
        state = (people, tuple((id(c), c.name, len(c.aliases), c.kind) for c in self.candidates))
        if self._mention_cache is not None and self._mention_cache[0] == state:
            return self._mention_cache[1]
        found: list[tuple[int, int, Candidate]] = []
        for cand in self.candidates:
            if (cand.kind == "person") != people or cand.kind == "country":
                continue
            for name in filter(None, {cand.name, cand.surname, *cand.aliases}):
                at = self.text.find(name)
                while at >= 0:
                    if name != cand.surname or not self._someone_else(cand, at):
                        found.append((at, at + len(name), cand))
                    at = self.text.find(name, at + 1)
        # Longest first at each position, then drop occurrences inside a longer one ("Quist"
        # inside "Lennart Quist" is Lennart, whoever else is called Quist).
        found.sort(key=lambda m: (m[0], -m[1]))
        kept: list[tuple[int, int, Candidate]] = []
        reach = -1
        for mention in found:
            if mention[1] <= reach:
                continue
            kept.append(mention)
            reach = max(reach, mention[1])
        index = ([m[0] for m in kept], kept)
        self._mention_cache = (state, index)
        return index

    # ------------------------------------------------------------------ passes

    def assign_genders(self, sentences: list[Sentence]) -> None:
        """What the article says about each person's gender: an honorific or gendered role
        ("Mrs", "spokeswoman"), a relation right before the name ("her father, the pianist
        X"), or a sentence that opens with "He" or "She" after one naming only that person."""
        for cand in self.candidates:
            if cand.kind == "person" and cand.role:
                cand.gender = cand.gender or _gender_of(cand.role)
        starts, mentions = self._mentions(people=True)
        introduced: set[int] = set()  # a relation comes with a person's first mention
        for start, _, cand in mentions:
            if cand.gender is None and id(cand) not in introduced:
                introduced.add(id(cand))
                relation = RELATION_BEFORE.search(self.text, max(0, start - 60), start)
                if relation:
                    cand.gender = GENDERED_NOUNS[relation.group(1).lower()]
        for before, sentence in itertools.pairwise(sentences):
            pronoun = sentence.text.split(None, 1)[0] if sentence.text else ""
            if pronoun not in {"He", "She"} or sentence.paragraph - before.paragraph > 1:
                continue
            i = bisect.bisect_left(starts, before.start)
            named = {id(m[2]): m[2] for m in mentions[i:] if m[0] < before.end}
            if len(named) == 1:
                person = next(iter(named.values()))
                person.gender = person.gender or ("m" if pronoun == "He" else "f")

    def find_people(self) -> None:
        text = self.text
        registered: dict[str, Candidate] = {}
        for match in NAME_SEQ.finditer(text):
            raw_tokens = [POSSESSIVE.sub("", t) for t in match.group().split()]
            _, tokens = _strip_role_prefix(raw_tokens)
            if not _looks_like_person(tokens):
                continue
            name = " ".join(tokens)
            start = match.start() + match.group().find(tokens[0])
            end = match.end()
            role = _role_before(text, start)
            after = text[end : end + 120]
            apposition = APPOSITION.match(after)
            evidence = (
                role is not None
                or apposition is not None
                or AGE_AFTER.match(after) is not None
                or VERB_AFTER.match(after) is not None
                or VERB_BEFORE.search(text[max(0, start - 40) : start]) is not None
            )
            if not evidence:
                continue
            if role is None and apposition is not None:
                role = apposition.group("role").strip()
            known = registered.get(name)
            if known is not None and (known.role or role is None):
                continue  # named again, with nothing new: no second lookup
            registered[name] = self.add(name, "person", start, role=role)
        # A surname with evidence of its own ("Quist, 46, is ...", "Ortega testified")
        # makes the full name the article gave earlier a person's, though nothing marked
        # that name itself ("Mara Quist has sold 20 million records").
        tried: set[str] = set()  # each surname once: a scan of the text per word is quadratic
        for match in SURNAME_WITH_EVIDENCE.finditer(text):
            surname = match.group(1)
            if (
                surname in tried
                or surname in NOT_NAME
                or surname.lower() in TITLE_SET
                or surname in COUNTRIES
            ):
                continue
            if len(tried) >= MAX_SURNAMES_TRIED:
                break  # each one scans the text: bounded, so no text makes this quadratic
            tried.add(surname)
            if self.lookup(surname) is None and (full := self._full_name(surname)) is not None:
                self.add(full, "person", text.find(full))
        # Each scan is skipped when its words are absent: a whole-text regex pass costs as
        # much as the substring checks many times over.
        if any(word in text for word in ("Mr", "Ms", "Dr", "Prof")):
            for match in HONORIFIC_NAME.finditer(text):
                if self.lookup(match.group("name")) is None:
                    self.add(match.group("name"), "person", match.start("name"))
        if any(word in text for word in ("name", "identified", "known only")):
            for match in NAMED_AS.finditer(text):  # "who gave his name only as Karim"
                self.add(match.group("name"), "person", match.start("name"))

    def find_organizations(self) -> None:
        text = self.text
        registered: dict[str, ActorKind] = {}  # a name seen again needs no second lookup
        for match in CAP_SEQ.finditer(text):
            phrase = match.group().strip()
            words = phrase.split()
            kinds = [ORG_WORDS[w] for w in (w.lower().strip(".") for w in words) if w in ORG_WORDS]
            if not kinds and (
                (len(words) > 1 and words[-1] in ORGANIZATION_NAME_ENDINGS)
                or (
                    text.startswith(",", match.end())
                    and ORG_APPOSITION.match(text, match.end())
                    and self.lookup(phrase) is None
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
                words.pop(0)
            if len(words) < 1 or (
                len(words) == 1
                and words[0].lower()
                in {
                    "force",
                    "forces",
                    "office",
                    "service",
                    "group",
                    "union",
                    "party",
                    "front",
                    "council",
                    "government",
                    "department",
                }
            ):
                continue
            name = " ".join(words)
            kind: ActorKind = "military" if "military" in kinds else kinds[0]  # type: ignore[assignment]
            if registered.get(name) == kind:
                continue
            self.add(name, kind, match.start() + match.group().find(words[0]))
            registered[name] = kind
        for match in ACRONYM.finditer(text):
            if match.group() not in KNOWN_ACRONYMS and ORG_NOUN_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ):
                # "the meteorological agency AEMET": an acronym a noun says is a body.
                self.add(match.group(), "organization", match.start())
                continue
            if match.group() in KNOWN_ACRONYMS:
                acronym = match.group()
                before = text[max(0, match.start() - 120) : match.start()]
                expansion = re.search(r"([A-Z][\w ]+?)\s*\($", before)
                if expansion and (owner := self.lookup(expansion.group(1).removeprefix("the ").strip())):
                    owner.aliases.add(acronym)
                    continue
                self.add(acronym, KNOWN_ACRONYMS[acronym], match.start())  # type: ignore[arg-type]
        for match in AGENCY_PATTERN.finditer(text):
            if text[match.start()].isupper():
                self.add(AGENCY_BY_NAME[match.group().casefold()], "organization", match.start())

    def find_countries_and_collectives(self) -> None:
        text = self.text
        # A country's name that is also a person's first or last name ("Jordan Vance") is
        # the person when used alone ("Jordan has been brilliant").
        name_words = {w for c in self.candidates if c.kind == "person" for w in c.name.split()}
        # A country or collective named again is already registered: one lookup each.
        registered: set[str] = set()
        for match in COUNTRY_SUBJECT.finditer(text):
            written = match.group(1)
            if written in name_words or written in registered:
                continue
            if ACTS_AFTER.match(text, match.end(), match.end() + 40):
                self.add(COUNTRY_SUBJECTS[written], "country", match.start()).aliases.add(written)
                registered.add(written)
        for match in DEMONYM_COLLECTIVE.finditer(text):
            name = f"{match.group(1)} {match.group(2)}"
            if name in registered:
                continue
            before = text[max(0, match.start() - 4) : match.start()]
            if ACTS_AFTER.match(text, match.end(), match.end() + 40) or before.endswith("by "):
                kind = COLLECTIVE_NOUNS[match.group(2)]
                self.add(name, kind, match.start(), affiliation=COUNTRY_BY_DEMONYM[match.group(1)])  # type: ignore[arg-type]
                registered.add(name)

    # ------------------------------------------------------------------ output

    def finalize(self, index: ArticleIndex) -> list[Actor]:
        actors: list[Actor] = []
        ordered = sorted(self.candidates, key=lambda c: c.first)
        for number, cand in enumerate(ordered, start=1):
            cand.id = f"a{number}"
            names = {cand.name, *cand.aliases, *spellings_of(cand.name)}
            if cand.surname:
                names.add(cand.surname)
            mentions = {(s.start, s.end): s for n in names for s in index.find_all_exact(n)}
            spans = _drop_nested(sorted(mentions.values(), key=lambda s: (s.start, -s.end)))
            if not spans:
                continue  # never emit an actor the text does not contain
            canon = canonical(cand.name)
            actors.append(
                Actor(
                    id=cand.id,
                    name=cand.name,
                    canonical_name=canon if canon != cand.name else None,
                    kind=cand.kind,
                    role=cand.role,
                    affiliation=cand.affiliation,
                    aliases=sorted(cand.aliases - {cand.name}),
                    mentions=spans,
                )
            )
        return actors


def _drop_nested(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept
