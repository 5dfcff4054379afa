"""Which bodies a short reference may stand for. An acronym named a government body: no
organisation ("SAS", a public body in a radio's bulletin, is not the NGO "Solidaridad Al
Sur (SAS)" of another article, though its letters spell it). A bare kind noun ("le club",
"the company"), of the bodies its article names beside it: not one of another actor kind
("le club", an organisation, is not the "Sécurité civile", a government body, named in
the same live blog), nor one whose name says it is of another kind ("Centre subaquatique
de la Baie" is a centre, no club). A body whose name says no kind ("Kestrel Plastics")
may be any: "the company" beside it is it (``organisation_joins.join_kind_nouns``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from summarizer.daily.name_heads import name_heads
from summarizer.daily.organisations import BODY_WORDS, name_kinds
from summarizer.linkage import UnionFind
from summarizer.text.lexicons.organisations import CONCEPTS, PLACE_NAMED_BODIES


class _Body(Protocol):
    @property
    def is_person(self) -> bool: ...
    @property
    def names(self) -> list[str]: ...
    @property
    def kind(self) -> str: ...


def _kind_words(names: Iterable[str]) -> set[str]:
    """The kinds of body a body's names say by their heads ("club", "centre", "company")."""
    said = set()
    for name in names:
        for head in name_heads(name):
            concept = CONCEPTS.get(head, head)
            if concept in name_kinds() or concept in PLACE_NAMED_BODIES or concept in BODY_WORDS:
                said.add(concept)
    return said


def may_stand_for(kinds: set[str], kind: str, body_names: Iterable[str], body_kinds: set[str]) -> bool:
    """True when a bare noun of ``kinds`` (its forms, ``name_heads.kind_named``) and
    actor ``kind`` may name a body with these names and actor kinds."""
    if kind not in body_kinds:
        return False
    said = _kind_words(body_names)
    return not said or bool(said & {CONCEPTS.get(k, k) for k in kinds})


def possible_referents(
    flat: Sequence[_Body], groups: UnionFind, roots: set[int], kinds: set[str], kind: str
) -> set[int]:
    """Those of the groups ``roots`` (of ``flat``) a bare noun of ``kinds`` and actor
    ``kind`` may stand for (``may_stand_for``)."""
    if not roots:
        return set()
    members: dict[int, list[_Body]] = {root: [] for root in roots}
    for index, item in enumerate(flat):
        if (root := groups.find(index)) in members:
            members[root].append(item)
    return {
        root
        for root, items in members.items()
        if may_stand_for(
            kinds, kind, [n for item in items for n in item.names], {item.kind for item in items}
        )
    }


def same_actor_kind(flat: Sequence[_Body], groups: UnionFind, root: int, kind: str) -> bool:
    """False when an acronym named a government body would join a group ``root`` of
    ``flat`` whose every actor is an organisation. Only that way round: an engine that does
    not know what an acronym stands for calls it an organisation ("DWD", beside the
    government's "Deutscher Wetterdienst"), while calling it a government body says what it is."""
    if kind != "government":
        return True
    return any(item.kind != "organization" for index, item in enumerate(flat) if groups.find(index) == root)


def named_beside(
    flat: Sequence[_Body], groups: UnionFind, articles: Sequence[str], wanted: set[int]
) -> dict[int, set[int]]:
    """For each item in ``wanted`` (by identity), the groups of the organisations named in
    its articles: those a kind alone there may stand for."""
    articles_of: dict[int, set[str]] = defaultdict(set)
    for index, item in enumerate(flat):
        if id(item) in wanted:
            articles_of[id(item)].add(articles[index])
    needed = set().union(*articles_of.values()) if articles_of else set()
    named_in: dict[str, set[int]] = defaultdict(set)
    for index, item in enumerate(flat):
        if not item.is_person and articles[index] in needed:
            named_in[articles[index]].add(groups.find(index))
    return {key: set().union(*(named_in[a] for a in arts)) for key, arts in articles_of.items()}
