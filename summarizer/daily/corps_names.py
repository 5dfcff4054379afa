"""A national corps its own country's press names by a second name that says another kind
of body. Italy's coast guard is the "Corpo delle capitanerie di porto - Guardia costiera":
Italian copy calls it "la Capitaneria (di porto)" as often as "la Guardia Costiera", where
a Portuguese "Capitania" or a French "capitainerie" is only a harbour office (both are read
as a harbour master, ``lexicons.body_domains``). And "la Finanza" is what Italian copy
calls the Guardia di Finanza, a word that alone would be a finance department.

So a body named by such a word of its language ("Capitaneria", "Finanza" alone) joins the
day's one body of the corps' kind (a coast guard, a finance guard) said to be of no other
country; with two such bodies, or one said to be France's, it joins neither."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.daily.organisation_joins import OrganisationNames
from summarizer.linkage import UnionFind
from summarizer.text.accents import fold_accents

# A word of a name in the corps' own language (folded) -> the corps' country, the words of
# its key, and whether the word names it only alone (a word that with others names
# something else: "Ministero delle Finanze", "finanza pubblica").
_SECOND_NAMES: dict[str, tuple[str, frozenset[str], bool]] = {
    "capitaneria": ("italy", frozenset({"coast", "guard"}), False),
    "capitanerie": ("italy", frozenset({"coast", "guard"}), False),
    "finanza": ("italy", frozenset({"finance", "guard"}), True),
}
# Articles a name alone may keep ("la Finanza", "della Finanza").
_ARTICLES = frozenset({"la", "le", "il", "della", "dalla", "alla", "l"})


def _corps_named(item: OrganisationNames) -> tuple[str, frozenset[str]] | None:
    """The country and kind of the corps one of the item's names names by its second name."""
    for name in item.names:
        found = [fold_accents(w) for w in re.findall(r"[^\W\d_]+", name.casefold())]
        for word in found:
            if word not in _SECOND_NAMES:
                continue
            country, kind, alone = _SECOND_NAMES[word]
            if not alone or not set(found) - {word} - _ARTICLES:
                return country, kind
    return None


def join_corps_names(flat: Sequence[OrganisationNames], groups: UnionFind) -> None:
    """Each body named by a corps' second name to the day's one body of the corps' kind
    said to be of no other country than the corps'."""
    bodies = [n for n, item in enumerate(flat) if not item.is_person]
    for index in bodies:
        named = _corps_named(flat[index])
        if named is None:
            continue
        country, kind = named
        # Bodies of the kind: the corps ("Guardia Costiera", "Italian Coast Guard"), and
        # any other ("garde-côtes français", "Garde-côtes de Corse"), which makes it unsure.
        found: set[int] = set()
        rivals: set[int] = set()
        for other in bodies:
            for key in flat[other].keys:
                words = frozenset(key.split())
                if words >= kind:
                    corps = words - kind <= {country}
                    (found if corps else rivals).add(groups.find(other))
        found.discard(groups.find(index))
        rivals.discard(groups.find(index))
        if len(found) == 1 and not rivals - found:
            groups.union(index, found.pop())
