"""Actors: titled people, speakers, organisations, acting countries and collectives.

Rules, not a statistical tagger: a capitalised name counts as a person only with evidence
(a title before it, an apposition after it, a reporting verb next to it, "according to").
Later mentions by surname, spelling variants (via the alias table and fuzzy matching) and
capital-city metonyms fold into one actor. ``names`` holds the patterns and the name
judgements these rules use.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from summarizer.engines.extractive.actor_mentions import other_given_name, parts_of_longer_names
from summarizer.engines.extractive.bodies import place_owner
from summarizer.engines.extractive.genders import genders_by_article, pronoun_openers
from summarizer.engines.extractive.located_names import placed_by_preposition
from summarizer.engines.extractive.names import (
    FIRST_NAME_BEFORE,
    GENERIC_ORG_SUFFIX,
    MAX_SURNAMES_TRIED,
    NAMED_AS,
    NOT_NAME,
    POSSESSIVE,
    RELATION_BEFORE,
    Candidate,
    NameRules,
    gender_of,
    initials_of,
    name_rules,
    strip_role_prefix,
)
from summarizer.engines.extractive.place_named import named_for_a_place, names_a_state, place_body_kind
from summarizer.engines.extractive.portfolio_names import without_portfolio
from summarizer.engines.extractive.titled_surnames import find_titled_surnames
from summarizer.grounding.align import ArticleIndex
from summarizer.models import Actor, ActorKind
from summarizer.text.abbreviations import abbreviates, is_acronym
from summarizer.text.gazetteer import (
    COUNTRIES,
    TITLE_SET,
    canonical,
    spellings_of,
)
from summarizer.text.overlaps import without_overlaps
from summarizer.text.segment import Sentence
from summarizer.text.vocabulary import (
    GENDERED_NOUNS,
)

# The word before a given name that makes the name a place's ("Santa Lucía de Mar", "San
# Sebastián", "Saint-Jean", "Sankt Anna").
SAINTS = frozenset({"San", "Santa", "Santo", "São", "Saint", "Sainte", "Sankt", "St", "St.", "Ste", "Ste."})


class ActorFinder:
    def __init__(self, text: str, lang: str = "en") -> None:
        self.rules: NameRules = name_rules(lang)
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
            if cand.surname and last_word == cand.surname.casefold() and not other_given_name(words, cand):
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
            words = name.split()
            if kind == "person" and self.rules.lang == "es" and len(words) >= 3:
                # Spanish names carry two surnames and copy refers back by the first:
                # "Josep Vicent Ferrer Climent" is later "Ferrer".
                cand.aliases.update({words[-2], f"{words[-2]} {words[-1]}"})
        self.candidates.append(cand)
        return cand

    def _same_body(self, name: str) -> Candidate | None:
        """A known organisation this name also names, by rule: an acronym and the name it
        abbreviates ("WTO", "World Trade Organization"), or the same name with a generic
        word after it ("Tass Agency", "Tass")."""
        initials = initials_of(name)
        bare = GENERIC_ORG_SUFFIX.sub("", name)
        for cand in self.candidates:
            if cand.kind == "person":
                continue
            # By the merge's rule, so the article and the day read an acronym alike:
            # "IEBC" of "Independent Electoral and Boundaries Commission".
            if is_acronym(name) and (initials_of(cand.name) == name or abbreviates(name, cand.name)):
                return cand
            if is_acronym(cand.name) and (initials == cand.name or abbreviates(cand.name, name)):
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
                if (
                    first
                    and first.lower() not in TITLE_SET
                    and not self.rules.is_role(first)
                    and self.rules.looks_like_person([first, surname])
                ):
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
                cand.gender = cand.gender or gender_of(cand.role)
        starts, mentions = self._mentions(people=True)
        introduced: set[int] = set()  # a relation comes with a person's first mention
        for start, _, cand in mentions:
            if cand.gender is None and id(cand) not in introduced:
                introduced.add(id(cand))
                relation = RELATION_BEFORE.search(self.text, max(0, start - 60), start)
                if relation:
                    cand.gender = GENDERED_NOUNS[relation.group(1).lower()]
        if self.rules.lang != "en":
            genders_by_article(self.text, self.rules.lang, mentions)
        openers = {"He": "m", "She": "f"} if self.rules.lang == "en" else pronoun_openers(self.rules.lang)
        for before, sentence in itertools.pairwise(sentences):
            pronoun = sentence.text.split(None, 1)[0] if sentence.text else ""
            if pronoun not in openers or sentence.paragraph - before.paragraph > 1:
                continue
            i = bisect.bisect_left(starts, before.start)
            named = {id(m[2]): m[2] for m in mentions[i:] if m[0] < before.end}
            if len(named) == 1:
                person = next(iter(named.values()))
                person.gender = person.gender or openers[pronoun]

    def find_people(self) -> None:
        text = self.text
        registered: dict[str, Candidate] = {}
        rules = self.rules
        for match in rules.name_seq.finditer(text):
            words = match.group().split()
            # A person's possessive ends the name: "Elena Sorvik's Unity Party" names Elena
            # Sorvik; a saint's or a country's does not ("St Columba's Hospital").
            owner = next(
                (
                    i
                    for i, t in enumerate(words[:-1])
                    if i >= 1 and POSSESSIVE.search(t) and not place_owner(t) and words[0] not in SAINTS
                ),
                len(words),
            )
            raw_tokens = [POSSESSIVE.sub("", t) for t in words[: owner + 1]]
            _, tokens = strip_role_prefix(raw_tokens)
            given = False
            if rules.lang != "en":
                # "Die Studentin Lea Marquardt": the name starts at its given name.
                first_given = next((i for i, t in enumerate(tokens[:-1]) if t in rules.given_names), None)
                saint = text[max(0, match.start() - 8) : match.start()].split()[-1:]
                if (first_given == 0 and saint and saint[0] in SAINTS) or (
                    first_given and tokens[first_given - 1] in SAINTS
                ):
                    continue  # "Santa Lucía de Mar", "Sankt Peter Ording": a place
                if first_given is not None:
                    tokens, given = tokens[first_given:], True
                while tokens and (tokens[0] in rules.not_name or rules.is_role(tokens[0])):
                    tokens.pop(0)  # "Polizeisprecher Thomas Weber", "Frau Anna Schmidt"
                if tokens:  # "Schepen van Toerisme Frederik Wauters": the office's field
                    read = min(owner + 1, len(words))  # ``raw_tokens`` may share ``tokens``' pops
                    first = list(re.finditer(r"\S+", match.group()))[read - len(tokens)]
                    at = match.start() + first.start()
                    tokens = without_portfolio(
                        text[max(0, at - 80) : at], tokens, rules.given_names, rules.lang
                    )
                particle = next((i for i, t in enumerate(tokens) if t[:1].islower()), None)
                if particle is not None and any(rules.is_body(t) for t in tokens[particle:]):
                    tokens = tokens[:particle]  # "Felix Rautenberg von der Landesbank Mittelrhein"
            place_named = named_for_a_place(tokens, rules.given_names)
            if not place_named and not rules.looks_like_person(tokens):
                continue
            name = " ".join(tokens)
            start = match.start() + match.group().find(tokens[0])
            end = match.end()
            role = rules.role_before(text, start)
            after = text[end : end + 120]
            apposition = rules.apposition.match(after)
            evidence = (
                given
                or role is not None
                or apposition is not None
                or rules.age_after.match(after) is not None
                or rules.verb_after.match(after) is not None
                or rules.verb_before.search(text[max(0, start - 40) : start]) is not None
            )
            if not evidence and not (place_named and names_a_state(tokens)):
                continue
            told = given or rules.age_after.match(after) or (apposition and apposition.group().endswith(","))
            if not (told or place_named) and placed_by_preposition(text, start, rules.lang):
                continue  # "em Vila Marmelos, apanharam ...": a town, not a person (``located_names``)
            if place_named:
                # "sagte ein Sprecher des Landes Tirol", "says Innsbrucker Stadtbus": a body.
                if self.lookup(name) is None:
                    self.add(name, place_body_kind(tokens, rules.given_names), start)
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
        for match in rules.surname_with_evidence.finditer(text):
            surname = match.group(1)
            if (
                surname in tried
                or surname in rules.not_name
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
        if rules.lang != "en" or any(word in text for word in ("Mr", "Ms", "Dr", "Prof")):
            for match in rules.honorific_name.finditer(text):
                if self.lookup(match.group("name")) is None:
                    self.add(match.group("name"), "person", match.start("name"))
        find_titled_surnames(self)
        if any(word in text for word in ("name", "identified", "known only")):
            for match in NAMED_AS.finditer(text):  # "who gave his name only as Karim"
                self.add(match.group("name"), "person", match.start("name"))

    def finalize(self, index: ArticleIndex) -> list[Actor]:
        actors: list[Actor] = []
        ordered = sorted(self.candidates, key=lambda c: c.first)
        for number, cand in enumerate(ordered, start=1):
            cand.id = f"a{number}"
            names = {cand.name, *cand.aliases, *spellings_of(cand.name)}
            if cand.surname:
                names.add(cand.surname)
            mentions = {(s.start, s.end): s for n in names for s in index.find_all_exact(n)}
            spans = without_overlaps(sorted(mentions.values(), key=lambda s: (s.start, -s.end)))
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
        parts = parts_of_longer_names(actors, self.rules.given_names)
        return [a for a in actors if a.id not in parts]
