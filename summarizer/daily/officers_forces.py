"""A force a bilingual country's newsrooms name in their two languages by names no table
ties ("RCMP" in English, "la Gendarmerie royale du Canada" or "la GRC" in French; "Royal
Canadian Mounted Police" shares no initial with it): the day's texts tie them when one
officer, named in full and by his rank ("Cpl. Luc Chiasson", "le caporal Luc Chiasson"),
speaks for it in an article of each language, and each article names no other force.

With two candidate forces in an article (the RCMP and a town's police), with the officer in
two articles of one language (a report may name a second force it deals with), or with a
surname alone, nothing is joined."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from summarizer.daily.organisation_joins import OrganisationNames
from summarizer.linkage import UnionFind
from summarizer.text.abbreviations import is_acronym
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.offices import RANKS
from summarizer.text.lexicons.organisations import POLICE_FORCES


class Officer(OrganisationNames, Protocol):
    """What tying forces reads of an actor: its names and role, and its full names."""

    @property
    def full_names(self) -> set[str]: ...


def _ranked(item: Officer) -> bool:
    """A person named in full with a rank for a role ("Cpl.", "caporal", "Sergeant")."""
    words = fold_accents((item.role or "").casefold()).replace(".", " ").split()
    return item.is_person and bool(item.full_names) and bool(words) and words[0] in RANKS


def _force(item: Officer) -> bool:
    """A body that may be a force: a key with a force's word, or an acronym alone ("RCMP")."""
    if item.is_person:
        return False
    keys = [set(key.split()) for key in item.keys]
    return any(words & POLICE_FORCES for words in keys) or any(
        is_acronym(name.strip()) for name in item.names
    )


def join_officers_forces(
    flat: Sequence[Officer],
    groups: UnionFind,
    articles: Sequence[str] | None,
    langs: Sequence[str | None],
) -> None:
    """The forces one ranked officer speaks for in articles of two languages, one each."""
    if articles is None:
        return
    forces: dict[str, set[int]] = defaultdict(set)  # article -> its forces' groups
    for index, item in enumerate(flat):
        if _force(item):
            forces[articles[index]].add(groups.find(index))
    # Officer's group -> the language of each article naming it ranked -> its articles.
    spoken: dict[int, dict[str | None, set[str]]] = defaultdict(lambda: defaultdict(set))
    for index, item in enumerate(flat):
        if _ranked(item):
            spoken[groups.find(index)][langs[index]].add(articles[index])
    for by_language in spoken.values():
        if None in by_language or len(by_language) != 2:
            continue
        found = set()
        for said in by_language.values():
            of_language = {root for article in said for root in forces[article]}
            if len(said) != 1 or len(of_language) != 1:
                break
            found |= {groups.find(root) for root in of_language}
        else:
            if len(found) == 2:
                groups.union(*found)
