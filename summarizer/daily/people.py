"""A person's name as the daily merge reads it, in any of the languages read: the titles
and offices before it ("Gov. Reyes", "la préfète Darras", "Bundesinnenministerin Vogt"),
the initials that stand for a first name ("T. Sorvik", "J.-P. Dupont"), and whether two
full names are one person."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Protocol

from rapidfuzz import fuzz

from summarizer.daily.other_given_names import gendered_pair, other_given_names
from summarizer.daily.role_portfolios import one_charged, portfolio
from summarizer.linkage import UnionFind, name_key
from summarizer.text.accents import fold_accents, umlauts_spelled_out
from summarizer.text.given_names import given_names, initials_fit, initials_of, nickname_pair
from summarizer.text.language import MERGED, SUPPORTED
from summarizer.text.lexicon import lexicon
from summarizer.text.lexicons.offices import OFFICE_FAMILY, RANKS
from summarizer.text.vocabulary import PERSON_ROLES, TITLE_ABBREVIATIONS

# Offices written as capitals without a dot ("PM Sorvik"), as the office word they stand
# for. TITLE_ABBREVIATIONS holds the dotted short forms ("Gov.", "Sen.").
OFFICE_ACRONYMS = {"pm": "minister"}

# Languages other than English, whose titles and role nouns are read from their lexicons:
# every language the merge reads ("wethouder Janssen", "l'alcaldessa Ferrer").
_FOREIGN = tuple(code for code in MERGED if code != "en")

# Courtesy titles before a surname ("Mr. Voss", "Ms. Marlow"): not part of the name. The
# English lexicon's titles plus forms it does not list (the French "M.", "Mme" come in
# through foreign_titles).
HONORIFICS = frozenset(lexicon("en").titles) | {"miss", "mx", "madam"}


# German compounds on these are titles ("Bundesinnenministerin", "Oberbürgermeister"); the
# lexicons' shorter endings ("rat", "arzt") end first names too ("Murat").
_TITLE_ENDINGS = ("minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin",
                  "bürgermeister", "bürgermeisterin", "sprecher", "sprecherin", "kommandant",
                  "kommandantin", "kommissar", "kommissarin", "direktor", "direktorin")  # fmt: skip


# Courtesy titles say nothing of a person's office ("Frau", "Mme", "Sra."). "Don" is an
# English first name as well as a Spanish title: left out, as in foreign_titles.
COURTESY_TITLES = frozenset().union(*(lexicon(code).titles for code in _FOREIGN)) - {"don"}


@cache
def foreign_titles() -> tuple[frozenset[str], frozenset[str]]:
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


# Words that say when an office was held, before its title ("former Mayor", "outgoing
# Governor", "l'ancien maire", "der scheidende Bürgermeister", "el alcalde saliente" has it
# after): not part of the name. "Ex-" is read off the title itself ("ex-councillor").
TITLE_MODIFIERS = frozenset(
    {"former", "outgoing", "acting", "interim", "incoming", "then", "ex",
     "ancien", "ancienne", "sortant", "sortante",
     "ehemalige", "ehemaliger", "ehemaligen", "frühere", "früherer", "amtierende", "amtierender",
     "scheidende", "scheidender", "antiguo", "antigua", "saliente"}
)  # fmt: skip


def is_title(word: str) -> bool:
    if word.startswith("ex-") and len(word) > 5:
        word = word[3:]
    bare = word.rstrip(".")
    titles, _ = foreign_titles()
    return (
        word in PERSON_ROLES
        or bare in TITLE_ABBREVIATIONS
        or bare in OFFICE_ACRONYMS
        or bare in HONORIFICS
        or bare in titles
        or fold_accents(bare) in RANKS
        or fold_accents(bare) in OFFICE_FAMILY  # "Beigeordnete Janssen", "échevin Dupont"
        or any(word.endswith(e) and len(word) > len(e) + 2 for e in _TITLE_ENDINGS)
    )


@cache
def untitled(key: str) -> str:
    """A person's name key without the titles before it, in any of the languages read
    ('gov. reyes', 'mr. voss', 'frau vogt', 'la préfète darras', 'bundesinnenministerin
    vogt', 'outgoing mayor ortiz', "l'ancien maire brun", 'ex-councillor hale' -> the name
    alone)."""
    words = key.split()
    # "l'ancien maire", "l'adjointe": the article elided before a title (keys write ' as ").
    if (
        words
        and re.match(r"l[\"'’]\w", words[0])
        and (words[0][2:] in TITLE_MODIFIERS or is_title(words[0][2:]))
    ):
        words[0] = words[0][2:]
    _, articles = foreign_titles()
    while len(words) > 1:
        if is_title(words[0]):
            words = words[1:]
        elif len(words) > 2 and (words[0] in articles or words[0] in TITLE_MODIFIERS) and is_title(words[1]):
            words = words[2:]
        elif len(words) > 3 and words[0] in articles and words[1] in TITLE_MODIFIERS and is_title(words[2]):
            words = words[3:]
        else:
            break
    return " ".join(words)


def same_person(full_names_a: Iterable[str], full_names_b: Iterable[str]) -> bool:
    """Full names (person keys, see ``person_key``) match on one surname and a near-equal
    first name (Vitali / Vitaly), or the first of two first names; a Spanish name with
    two surnames is also its first surname alone ("Pedro Sánchez" of "Pedro Sánchez
    Pérez", "Ana García" of "Ana María García López")."""
    names_b = [y.split() for y in full_names_b]
    for x in full_names_a:
        for ys in names_b:
            short, long = sorted((x.split(), ys), key=len)
            if short[-1] == long[-1]:
                given_short, given_long = short[:-1], long[:-1]
            elif len(long) >= len(short) + 1 >= 3 and short[-1] in surnames_of(" ".join(long)):
                given_short, given_long = short[:-1], long[:-2]
            else:
                continue
            # Alike, but not two names that only look alike ("An"/"Jan", ``other_given_names``).
            looks_alike = fuzz.ratio(" ".join(given_short), " ".join(given_long)) >= 80
            if looks_alike and not any(map(other_given_names, given_short, given_long)):
                return True
            # Two first names shortened to the first ("Ana García" of "Ana María García
            # López"): never to the second, which a sister may bear alone.
            if len(given_short) == 1 and len(given_long) == 2 and given_short[0] == given_long[0]:
                return True
    return False


def join_both_surnames(flat: Sequence[PersonNames], groups: UnionFind) -> None:
    """A Spanish name's two surnames without its first names ("García López") is the one
    person of the day whose longer name ends with them ("Ana María García López"); with two
    such (a brother and a sister) it joins neither. Not when its first word is a known
    first name: "Maria Berger" may be a sister of Anna Maria Berger."""
    by_ending: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index, item in enumerate(flat):
        for name in item.full_names if item.is_person else ():
            if len(words := name.split()) >= 3:
                by_ending[(words[-2], words[-1])].add(index)
    for index, item in enumerate(flat):
        if not item.is_person:
            continue
        for name in item.full_names:
            words = name.split()
            if len(words) != 2 or words[0] in _first_names():
                continue
            roots = {groups.find(i) for i in by_ending.get((words[0], words[1]), ())}
            if len(roots) == 1:
                groups.union(index, roots.pop())


@cache
def _first_names() -> frozenset[str]:
    """The common given names (``text.given_names``) as person keys write them."""
    return frozenset(fold_accents(name.casefold()) for name in given_names())


@cache
def _particles() -> frozenset[str]:
    """The words of surname particles in every language read ("von der", "de la", "van")."""
    return frozenset(w for code in SUPPORTED for p in lexicon(code).name_particles for w in p.split())


def surnames_of(full_name: str) -> set[str]:
    """The surnames a person key may be named by alone: its last word, and for a name of
    three words or more its second-to-last (Spanish names carry two surnames and are
    shortened to the first: "Sánchez" of "Pedro Sánchez Pérez"). A particle or an initial
    is no surname."""
    words = full_name.split()
    found = {words[-1]}
    if len(words) >= 3 and words[-2].isalpha() and len(words[-2]) >= 3 and words[-2] not in _particles():
        found.add(words[-2])
    return found


def person_key(name: str) -> str:
    """A person's name as matching compares it: its name key without titles, accents folded
    ("Hélène Darras" is "Helene Darras")."""
    return fold_accents(untitled(name_key(name)))


def person_keys(name: str) -> set[str]:
    """``person_key``, and for a name with German umlauts the key with them written out
    ("Kristin Bärtschi" is also "kristin baertschi"), the titles read before either: a
    wire without umlauts writes the same person so ("Baertschi")."""
    untitled_name = untitled(name_key(name))
    return {k for k in (fold_accents(untitled_name), fold_accents(umlauts_spelled_out(untitled_name))) if k}


def surname_alone(name: str, key: str) -> bool:
    """True when a person key is a surname with its particles and no first name ("von der
    Leyen", "de Gaulle"), the particles written in lower case as in running text: "Van
    Morrison" is a first name and a surname."""
    words = key.split()
    if len(words) < 2 or not all(w in _particles() for w in words[:-1]):
        return False
    written = name.split()[-len(words) :]
    return len(written) == len(words) and all(w.islower() for w in written[:-1])


def given_initials(key: str) -> tuple[str, ...] | None:
    """The initials a person's name key (without titles) gives for the first names, when
    it gives nothing else before the surname ("t. sorvik" -> ("t",), "j.-p. dupont" ->
    ("j", "p")); None for a full name or a surname alone."""
    words = key.split()
    if len(words) < 2:
        return None
    found = [initials_of(w) for w in words[:-1]]
    return tuple(c for letters in found for c in letters or ()) if all(found) else None


class PersonNames(Protocol):
    """What matching people reads of an actor (``actors._ActorItem``)."""

    @property
    def is_person(self) -> bool: ...
    @property
    def full_names(self) -> set[str]: ...
    @property
    def surnames(self) -> set[str]: ...
    @property
    def offices(self) -> set[str]: ...
    @property
    def initialled(self) -> set[tuple[str, ...]]: ...
    @property
    def role(self) -> str | None: ...


# A bare surname that could be either of two people: (its index, their indexes).
Ambiguous = list[tuple[int, list[int]]]


def join_full_names(flat: Sequence[PersonNames], groups: UnionFind) -> None:
    """People are compared only with people who share a surname, and each spelling once:
    whether two people match depends on their names alone, so a name repeated by every
    article of the day is one comparison, not one per pair of articles."""
    by_surname: dict[str, dict[frozenset[str], int]] = defaultdict(dict)
    for index, item in enumerate(flat):
        if item.is_person and item.full_names:
            for surname in set().union(*map(surnames_of, item.full_names)):
                by_surname[surname].setdefault(frozenset(item.full_names), index)
    for spellings in by_surname.values():
        people = list(spellings.values())
        for n, i in enumerate(people):
            for j in people[n + 1 :]:
                if groups.find(i) != groups.find(j) and (
                    same_person(flat[i].full_names, flat[j].full_names) or _short_first_name(flat[i], flat[j])
                ):
                    groups.union(i, j)


def _short_first_name(one: PersonNames, other: PersonNames) -> bool:
    """One person named with a short form of the other's first name ("Mick Doyle",
    "Michael Doyle"), the rest of the names alike, when both hold one office: the
    nickname table is a genealogist's, and two namesakes of one day are told apart by
    what they do."""
    if not one.offices & other.offices:
        return False
    return any(
        x.split()[1:] == y.split()[1:]
        and len(x.split()) > 1
        and nickname_pair(x.split()[0], y.split()[0])
        and not gendered_pair(x.split()[0], y.split()[0])
        for x in one.full_names
        for y in other.full_names
    )


def join_surnames(flat: Sequence[PersonNames], groups: UnionFind, ambiguous: Ambiguous) -> None:
    """A surname alone ('Reyes', 'Gov. Reyes') is the one person of the day with that
    surname, or the one whose office it shares; with initials ('T. Sorvik') the one whose
    first names they fit, never another ('E. Sorvik' joins no Tomas Sorvik, even the only
    Sorvik of the day). With two such people and nothing to tell them apart it stays on
    its own and is noted in ``ambiguous`` (two people sharing a surname never merge, and a
    bare surname never joins one of them through another bare surname: 'Smith' and
    'Minister Smith' are matched each on its own)."""
    full: dict[str, dict[int, set[str]]] = defaultdict(dict)  # surname -> group -> offices
    names: dict[int, set[str]] = defaultdict(set)  # group -> its full names
    portfolios: dict[int, frozenset[str]] = defaultdict(frozenset)  # group -> its roles' portfolios
    for index, item in enumerate(flat):
        if item.is_person and item.full_names:
            root = groups.find(index)
            names[root] |= item.full_names
            portfolios[root] |= portfolio(item.role)
            for surname in set().union(*map(surnames_of, item.full_names)):
                full[surname].setdefault(root, set()).update(item.offices)
    alone: dict[tuple[str, frozenset[tuple[str, ...]]], list[int]] = defaultdict(list)
    for index, item in enumerate(flat):
        if item.is_person and not item.full_names:
            for surname in item.surnames:
                candidates = full.get(surname, {})
                if item.initialled:
                    candidates = {g: o for g, o in candidates.items() if _initials_fit_any(item, names[g])}
                # The one in charge of what its role says ("élu chargé de la protection civile",
                # "vereador da Proteção Civil"), if one (``role_portfolios``).
                charged = one_charged(item.role, candidates, portfolios)
                if len(candidates) > 1 and item.offices:
                    # Those of its office; else the one charged with its portfolio, its office
                    # worded in another language ("tourism councillor", "concejala de
                    # Turismo"), before any of no known office (the farm's owner); else those
                    # of no known office ("Molina, alcaldesa" is not the consejero Andrés
                    # Molina but may be Lucía Molina).
                    candidates = (
                        {g: o for g, o in candidates.items() if o & item.offices}
                        or charged
                        or {g: o for g, o in candidates.items() if not o}
                    )
                elif len(candidates) > 1 and charged:
                    candidates = charged
                if len(candidates) == 1:
                    groups.union(index, next(iter(candidates)))
                elif not candidates:
                    alone[(surname, frozenset(item.initialled))].append(index)
                else:
                    ambiguous.append((index, sorted(candidates)))
    # The same surname alone (with the same initials or none), and no full name: one person.
    for members in alone.values():
        for index in members[1:]:
            groups.union(members[0], index)


def _initials_fit_any(item: PersonNames, full_names: Iterable[str]) -> bool:
    """Its initials fit a first name of one of ``full_names`` (of its surname)."""
    return any(
        initials_fit(i, name.split()[:-1]) and name.split()[-1] in item.surnames
        for i in item.initialled
        for name in full_names
    )


def settle_by_company(groups: UnionFind, ambiguous: Ambiguous, articles: Sequence[str]) -> Ambiguous:
    """A surname that could be either of two people ("Marlow" of a day with Ines and Peter
    Marlow) is the one its article names in full as well, or else the one named beside
    more of the others its article names (the teachers' union beside Ines Marlow, not the
    farmers' organiser): reporters name a person in full once and by surname after, and
    the company a name keeps tells two namesakes apart. A tie, or no company shared,
    leaves it unsettled: returned. Each candidate's articles are compared once per actor
    its article names, so the work grows with the day's mentions, not their square."""
    roots_in: dict[str, set[int]] = defaultdict(set)  # article -> groups it names
    articles_of: dict[int, set[str]] = defaultdict(set)  # group -> articles naming it
    for index, article in enumerate(articles):
        root = groups.find(index)
        roots_in[article].add(root)
        articles_of[root].add(article)
    unsettled: Ambiguous = []
    for index, candidates in ambiguous:
        people = {groups.find(c) for c in candidates}
        named_here = roots_in[articles[index]] - {groups.find(index)}
        winner = next(iter(people & named_here)) if len(people & named_here) == 1 else None
        if winner is None and not people & named_here:
            company = named_here - people
            shared = {p: sum(not articles_of[o].isdisjoint(articles_of[p]) for o in company) for p in people}
            best = max(shared.values())
            top = [p for p, n in shared.items() if n == best]
            winner = top[0] if best and len(top) == 1 else None
        if winner is None:
            unsettled.append((index, candidates))
        else:
            groups.union(index, winner)
    return unsettled
