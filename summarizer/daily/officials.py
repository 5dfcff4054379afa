"""A person named by an office only ("the mayor", "la alcaldesa de Tormo", "die
Bürgermeisterin", "the interior minister"): copy names an official in full once and by
office after, or another article names them by office alone. Such a name is the day's one
person named in full who holds that office (``join_offices``)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from summarizer.daily.office_words import offices
from summarizer.daily.people import PersonNames, foreign_titles, is_title
from summarizer.linkage import UnionFind
from summarizer.text.accents import fold_accents


class OfficeHolder(PersonNames, Protocol):
    """What matching an official named by office reads of an actor (``actors._ActorItem``)."""

    @property
    def names(self) -> list[str]: ...
    @property
    def described(self) -> set[str]: ...
    @property
    def role(self) -> str | None: ...


# Words a name by office may carry beside its offices that say which ("interior", "Tormo").
OFFICE_QUALIFIERS = 2


def office_named(name: str) -> tuple[set[str], set[str]] | None:
    """A person named by an office only, as (its offices, the words that say which): "the
    mayor", "la alcaldesa de Tormo", "die Bürgermeisterin", "the interior minister", "Tormo
    mayor"; None for a name ("Mayor Ortiz": a capitalised title before a word is a
    surname's). The office is the name's head, its last word or (French, Spanish) its
    first; qualifiers at most ``OFFICE_QUALIFIERS``."""
    written = name.replace("’", "'").split()
    _, articles = foreign_titles()
    determined = False
    while written and (written[0].casefold() in articles or written[0].casefold() == "the"):
        written, determined = written[1:], True
    if written and re.match(r"[lL]'\w", written[0]):
        written[0], determined = written[0][2:], True
    words = [fold_accents(w.casefold().strip(".,;:")) for w in written]
    titled = [n for n, w in enumerate(words) if is_title(w) or offices(w)]
    if not titled or not {0, len(words) - 1} & set(titled):
        return None
    rest = {w for n, w in enumerate(words) if n not in titled and w not in _FILLER_WORDS}
    lower = all(written[n].islower() for n in titled)
    if len(rest) > OFFICE_QUALIFIERS or (rest and not determined and not lower):
        return None
    return offices(name), rest


# What joins an office to whose it is ("mayor of", "spokeswoman for", "burgemeester van").
_FILLER_WORDS = frozenset(
    {"of", "for", "de", "du", "del", "des", "la", "le", "von", "der", "d", "van", "voor", "di", "da", "do"}
)


def join_offices(flat: Sequence[OfficeHolder], groups: UnionFind) -> None:
    """A person named by an office only ("the mayor", "la alcaldesa de Tormo", "the
    interior minister", see ``office_named``) is the day's one person named in full who
    holds that office, and whose role or name carries the words that say which; with two
    such people (two towns' mayors) it joins neither."""
    # Office names read as names elsewhere ("the interior minister" has the key of a first
    # name and a surname): read here as offices, and never as a holder of one.
    by_office = {
        index: _which_said(named, item.role)
        for index, item in enumerate(flat)
        if item.is_person and (named := next(filter(None, map(office_named, item.names)), None)) and named[0]
    }
    holders: dict[int, tuple[set[str], set[str]]] = {}  # group -> its offices, its words
    for index, item in enumerate(flat):
        if item.is_person and item.full_names and index not in by_office:
            offices_held, words = holders.setdefault(groups.find(index), (set(), set()))
            offices_held |= item.offices
            words |= item.described
    # Each name by office's one holder, gathered by the group it is in: two "the mayor"s
    # whose roles say two towns' ("mayor of Tormo", "mayor of Calvià"), one group by their
    # names, would make the two towns' mayors one person; such a group joins neither.
    found: dict[int, set[int]] = defaultdict(set)
    for index, (wanted, which) in by_office.items():
        roots = {root for root, (held, words) in holders.items() if held & wanted and which <= words}
        if len(roots) == 1:
            found[groups.find(index)] |= roots
    for named_by_office, roots in found.items():
        if len(roots) == 1:
            groups.union(named_by_office, roots.pop())


def _which_said(named: tuple[set[str], set[str]], role: str | None) -> tuple[set[str], set[str]]:
    """An office named alone with the words that say which taken from its role when the
    role names that office with its own ("The company's spokeswoman", role "spokeswoman
    for Scheldevries"; "the mayor", role "mayor of Tormo"): the role says whose it is where
    the name says only "the company's"."""
    wanted, which = named
    said = office_named(role) if role else None
    if said is not None and said[0] & wanted and said[1]:
        return wanted, said[1]
    return wanted, which
