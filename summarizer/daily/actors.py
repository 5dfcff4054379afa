"""One entry per real-world actor: actors of every article matched by name (alias table,
titles, an organisation's words in any order, acronyms, a surname to the one full name),
each keeping its mentions as (article id, span)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING, Protocol

from rapidfuzz import fuzz

from summarizer.daily.merge import unique
from summarizer.daily.organisations import NATIONWIDE, organisation_key, shorter_form
from summarizer.linkage import UnionFind, name_key
from summarizer.models import ActorKind
from summarizer.models.daily_v2 import (
    DailyActor,
)
from summarizer.text.gazetteer import canonical
from summarizer.text.language import SUPPORTED
from summarizer.text.lexicon import lexicon
from summarizer.text.lexicons.organisations import FILLER
from summarizer.text.vocabulary import PERSON_ROLES, TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord

# A daily actor links to passages naming it in its first articles only (and to the first
# ``records.MENTIONS_PER_ARTICLE`` of each); ``articles`` lists them all. One named by every
# article of a busy day would otherwise carry tens of thousands of links, most of the
# day's memory.
MENTIONS_FROM_ARTICLES = 25


class ActorFields(Protocol):
    """What matching reads of an actor (a briefing's ``Actor`` or the day's record of one)."""

    @property
    def name(self) -> str: ...
    @property
    def canonical_name(self) -> str | None: ...
    @property
    def kind(self) -> ActorKind: ...
    @property
    def role(self) -> str | None: ...
    @property
    def aliases(self) -> Sequence[str]: ...


@dataclass
class _ActorItem:
    """An actor as matching reads it: everything here follows from its names, kind and
    role alone, so actors spelled alike share one (see ``_items``)."""

    actor: ActorFields

    @cached_property
    def names(self) -> list[str]:
        return actor_names(self.actor)

    @cached_property
    def is_person(self) -> bool:
        return self.actor.kind == "person"

    @cached_property
    def keys(self) -> set[str]:
        """The keys it is matched by: a person's names without titles; an organisation's
        names as a bag of words (countries for their adjectives, no 'of', British spelling
        as American), so 'Russian Ministry of Defence' is 'Russia's Defense Ministry'."""
        keys = {name_key(n) for n in self.names}
        if self.is_person:
            return {k for k in (_untitled(key) for key in keys) if k}
        return {organisation_key(key) for key in keys} - {""}

    @cached_property
    def full_names(self) -> set[str]:
        return {key for key in self.keys if " " in key}

    @cached_property
    def surnames(self) -> set[str]:
        return {key.split()[-1] for key in self.keys}

    @cached_property
    def offices(self) -> set[str]:
        return _offices(self.actor.role or "") | _offices(" ".join(self.names))

    @cached_property
    def acronym(self) -> str | None:
        name = self.actor.name.strip()
        return name if not self.is_person and is_acronym(name) else None

    @cached_property
    def initials(self) -> set[str]:
        return {i for n in self.names if len(i := _initials(n)) >= 2} if not self.is_person else set()


def actor_names(actor: ActorFields) -> list[str]:
    return [n for n in (actor.canonical_name, actor.name, *actor.aliases) if n]


def is_acronym(word: str) -> bool:
    """Two to eight capital letters of any of the languages read ("NWS", "FPÖ")."""
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


# Languages other than English, whose titles and role nouns are read from their lexicons.
_FOREIGN = tuple(code for code in SUPPORTED if code != "en")

# Courtesy titles before a surname ("Mr. Voss", "Ms. Marlow"): not part of the name. The
# English lexicon's titles plus forms it does not list (the French "M.", "Mme" come in
# through _foreign_titles).
HONORIFICS = frozenset(lexicon("en").titles) | {"miss", "mx", "madam"}


def _initials(name: str) -> str:
    """The capitals of a name's words, articles and prepositions of any language aside
    ("Agence régionale de santé" ARS, "Freiheitliche Partei Österreichs" FPÖ)."""
    counted = [w for w in name.split() if w.casefold() not in FILLER and w[0].isalpha()]
    return "".join(w[0] for w in counted).upper()


# German compounds on these are titles ("Bundesinnenministerin", "Oberbürgermeister"); the
# lexicons' shorter endings ("rat", "arzt") end first names too ("Murat").
_TITLE_ENDINGS = ("minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin",
                  "bürgermeister", "bürgermeisterin", "sprecher", "sprecherin")  # fmt: skip


# Courtesy titles say nothing of a person's office ("Frau", "Mme", "Sra."). "Don" is an
# English first name as well as a Spanish title: left out, as in _foreign_titles.
_COURTESY = frozenset().union(*(lexicon(code).titles for code in _FOREIGN)) - {"don"}


@cache
def _foreign_titles() -> tuple[frozenset[str], frozenset[str]]:
    """Titles and role nouns of the languages other than English ("Frau", "préfète", "jueza"), and
    their articles ("la préfète Hélène Darras"), lower case. "Don" is an English first
    name as well as a Spanish title: left out."""
    titles: set[str] = set()
    articles: set[str] = set()
    for code in _FOREIGN:
        lex = lexicon(code)
        titles |= lex.person_roles | set(lex.titles)
        articles |= set(lex.determiners)
    return frozenset(titles - {"don"}), frozenset(articles)


def _is_title(word: str) -> bool:
    bare = word.rstrip(".")
    titles, _ = _foreign_titles()
    return (
        word in PERSON_ROLES
        or bare in TITLE_ABBREVIATIONS
        or bare in HONORIFICS
        or bare in titles
        or any(word.endswith(e) and len(word) > len(e) + 2 for e in _TITLE_ENDINGS)
    )


@cache
def _untitled(key: str) -> str:
    """A person's name key without the titles before it, in any of the languages read
    ('gov. reyes', 'mr. voss', 'frau vogt', 'la préfète darras', 'bundesinnenministerin
    vogt' -> the name alone)."""
    words = key.split()
    _, articles = _foreign_titles()
    while len(words) > 1:
        if _is_title(words[0]):
            words = words[1:]
        elif len(words) > 2 and words[0] in articles and _is_title(words[1]):
            words = words[2:]
        else:
            break
    return " ".join(words)


def _offices(text: str) -> set[str]:
    """The offices a role or name names, in any of the languages read ("Gov.", "juez")."""
    found = set()
    roles, _ = _foreign_titles()
    for word in re.findall(r"[^\W\d_]+", text.casefold()):
        role = TITLE_ABBREVIATIONS.get(word, word)
        if role in PERSON_ROLES or (role in roles and role not in _COURTESY):
            found.add(role)
    return found


def _same_person(a: _ActorItem, b: _ActorItem) -> bool:
    """Full names match on one surname and a near-equal first name (Vitali / Vitaly)."""
    for x in a.full_names:
        for y in b.full_names:
            xs, ys = x.split(), y.split()
            if xs[-1] == ys[-1] and fuzz.ratio(" ".join(xs[:-1]), " ".join(ys[:-1])) >= 80:
                return True
    return False


def clean_role(role: str | None) -> str | None:
    """A role without the dateline or outlet a reader of the article's first line would
    skip ('HARLAN CITY Wire Gov' -> 'Gov'): the words after the last all-capital word
    that is not itself a title, from the first role word on."""
    if not role:
        return None
    words = role.split()
    caps = [n for n, w in enumerate(words) if is_acronym(w.strip(".,()")) and not _offices(w)]
    if caps:
        words = words[caps[-1] + 1 :]
        while words and not _offices(words[0]):
            words = words[1:]
    cleaned = " ".join(words).strip(" ,;—-")
    return cleaned or None


# A bare surname that could be either of two people: (its index, their indexes).
Ambiguous = list[tuple[int, list[int]]]


def _items(actors: Sequence[ActorFields]) -> list[_ActorItem]:
    """One item for each spelling of an actor, shared by every actor spelled so: a busy day
    names the same actors in article after article, and one item per mention took most
    of the memory of merging its actors."""
    shared: dict[tuple[object, ...], _ActorItem] = {}
    flat = []
    for actor in actors:
        spelling = (actor.kind, actor.name, actor.canonical_name, actor.role, tuple(actor.aliases))
        item = shared.get(spelling)
        if item is None:
            item = shared[spelling] = _ActorItem(actor)
        flat.append(item)
    return flat


def same_actor_groups(actors: Sequence[ActorFields], ambiguous: Ambiguous | None = None) -> list[list[int]]:
    """Which of the actors are one real-world actor, as groups of indexes: the one matching
    rule of the daily merge, used within a day and across days. A bare surname that could
    be either of two people joins neither and is added to ``ambiguous``."""
    flat = _items(actors)
    groups = UnionFind(len(flat))
    by_key: dict[tuple[bool, str], int] = {}
    for index, item in enumerate(flat):
        if item.is_person and not item.full_names:
            continue  # a surname alone is matched below, once the day's full names are known
        for key in item.keys:
            if (item.is_person, key) in by_key:
                groups.union(index, by_key[(item.is_person, key)])
            else:
                by_key[(item.is_person, key)] = index
    _join_full_names(flat, groups)
    _join_surnames(flat, groups, ambiguous if ambiguous is not None else [])
    _join_acronyms(flat, groups)
    _join_shorter_forms(flat, groups)
    return groups.groups()


def merge_actors(
    items: Sequence[ArticleRecord], notes: list[str] | None = None
) -> tuple[list[DailyActor], dict[tuple[str, str], str]]:
    """Daily actors, and a map from (article id, local actor id) to the daily actor id.
    A bare surname left on its own because it could be two people is said in ``notes``."""
    sources = [(b, a) for b in items for a in b.actors]
    actors: list[DailyActor] = []
    local_to_daily: dict[tuple[str, str], str] = {}
    ambiguous: Ambiguous = []
    groups = same_actor_groups([a for _, a in sources], ambiguous)
    for number, members in enumerate(groups, start=1):
        daily_id = f"a{number}"
        group = [sources[i] for i in members]
        names = unique(n for _, actor in group for n in actor_names(actor))
        primary = Counter(canonical(actor.canonical_name or actor.name) for _, actor in group)
        kind = Counter(actor.kind for _, actor in group).most_common(1)[0][0]
        mentions = [
            source.ref(passage)
            for source, actor in group[:MENTIONS_FROM_ARTICLES]
            for passage in actor.mentions
        ]
        actors.append(
            DailyActor(
                id=daily_id,
                name=max(primary, key=lambda n: (primary[n], len(n))),
                kind=kind,
                roles=unique(role for _, actor in group if (role := clean_role(actor.role))),
                names=names,
                articles=unique(source.id for source, _ in group),
                mentions=mentions,
            )
        )
        for source, actor in group:
            local_to_daily[(source.id, actor.id)] = daily_id
    if notes is not None:
        daily_name = {i: actors[n].name for n, members in enumerate(groups) for i in members}
        for index, candidates in ambiguous:
            source, actor = sources[index]
            who = " or ".join(sorted({daily_name[c] for c in candidates}))
            notes.append(f'"{actor.name}" in article {source.id} could be {who}; it is listed on its own')
    return actors, local_to_daily


def _join_full_names(flat: Sequence[_ActorItem], groups: UnionFind) -> None:
    """People are compared only with people who share a surname, and each spelling once:
    whether two people match depends on their names alone, so a name repeated by every
    article of the day is one comparison, not one per pair of articles."""
    by_surname: dict[str, dict[frozenset[str], int]] = defaultdict(dict)
    for index, item in enumerate(flat):
        if item.is_person and item.full_names:
            for surname in {key.split()[-1] for key in item.full_names}:
                by_surname[surname].setdefault(frozenset(item.full_names), index)
    for spellings in by_surname.values():
        people = list(spellings.values())
        for n, i in enumerate(people):
            for j in people[n + 1 :]:
                if groups.find(i) != groups.find(j) and _same_person(flat[i], flat[j]):
                    groups.union(i, j)


def _join_surnames(flat: Sequence[_ActorItem], groups: UnionFind, ambiguous: Ambiguous) -> None:
    """A surname alone ('Reyes', 'Gov. Reyes') is the one person of the day with that
    surname, or the one whose office it shares; with two such people and nothing to tell
    them apart it stays on its own and is noted in ``ambiguous`` (two people sharing a
    surname never merge, and a bare surname never joins one of them through another bare
    surname: 'Smith' and 'Minister Smith' are matched each on its own)."""
    full: dict[str, dict[int, set[str]]] = defaultdict(dict)  # surname -> group -> offices
    for index, item in enumerate(flat):
        if item.is_person and item.full_names:
            for surname in {key.split()[-1] for key in item.full_names}:
                full[surname].setdefault(groups.find(index), set()).update(item.offices)
    alone: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(flat):
        if item.is_person and not item.full_names:
            for surname in item.surnames:
                candidates = full.get(surname, {})
                if len(candidates) > 1 and item.offices:
                    candidates = {g: o for g, o in candidates.items() if o & item.offices}
                if len(candidates) == 1:
                    groups.union(index, next(iter(candidates)))
                elif not candidates:
                    alone[surname].append(index)
                else:
                    ambiguous.append((index, sorted(candidates)))
    for members in alone.values():  # the same surname alone, and no full name: one person
        for index in members[1:]:
            groups.union(members[0], index)


def _join_acronyms(flat: Sequence[_ActorItem], groups: UnionFind) -> None:
    """An acronym ('MFEMA') is the one organisation of the day whose initials it is."""
    by_initials: dict[str, set[int]] = defaultdict(set)
    for index, item in enumerate(flat):
        for initials in item.initials:
            if item.acronym != initials:
                by_initials[initials].add(index)
    for index, item in enumerate(flat):
        if item.acronym and item.acronym in by_initials:
            roots = {groups.find(i) for i in by_initials[item.acronym]}
            if len(roots) == 1:
                groups.union(index, roots.pop())


def _join_shorter_forms(flat: Sequence[_ActorItem], groups: UnionFind) -> None:
    """An organisation named shortly ("Interior", "das Innenministerium", "the police") is
    the one organisation of the day it is a shorter form of (see
    ``organisations.shorter_form``); with two such (two countries' interior ministries) it
    stays on its own. Longer names first, so that a chain of forms ("Interior", "Interior
    Ministry", "Germany's Interior Ministry") is one group by the time the shortest looks."""
    # One entry per spelling: every actor spelled alike shares one item, and is in its group
    # already (equal keys were joined first).
    first: dict[int, int] = {}
    for index, item in enumerate(flat):
        if not item.is_person:
            first.setdefault(id(item), index)
    keyed = [(i, frozenset(key.split())) for i in first.values() for key in flat[i].keys]
    by_word: dict[str, set[int]] = defaultdict(set)
    for number, (_, words) in enumerate(keyed):
        for word in words:
            by_word[word].add(number)
    for index, words in sorted(keyed, key=lambda kw: -len(kw[1])):
        # A longer form holds every word of the shorter but "federal" and "national".
        rarest = min(words - NATIONWIDE or words, key=lambda w: len(by_word[w]))
        roots = {
            groups.find(other)
            for number in by_word[rarest]
            if (other := keyed[number][0]) != index and shorter_form(words, keyed[number][1])
        }
        if len(roots) == 1:
            groups.union(index, roots.pop())
