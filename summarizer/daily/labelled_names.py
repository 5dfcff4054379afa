"""A body named by what it is and then by its short name ("Schweizerische Rettungsflugwacht
Rega", "Unión General de Trabajadores UGT", "Deutsche Lebens-Rettungs-Gesellschaft
DLRG"): the copy that gives both names the short one as a label is the body other copy
names by the label alone ("Rega") and, once the label is so used, by its description in
another language ("Guardia Aérea Suiza de Rescate")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.city_names import named_place
from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.daily.organisations import BODY_WORDS, LEVELS, organisation_key
from summarizer.daily.translated_names import known_concepts
from summarizer.linkage import UnionFind, name_key
from summarizer.text.abbreviations import legal_form, of_place
from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import exonym_of

# A label this short is an initial or a word of the description's, not a body's name.
LABEL_LETTERS = 3
# A description says what a body does in this many known words at least ("Swiss air
# rescue guard"): one word ("Gewerkschaft Verdi") is a kind and a name, which
# ``organisations.shorter_form`` reads already.
DESCRIPTION_CONCEPTS = 2
# A name this long is no body's description and short name; a hostile run is not read.
MOST_WORDS = 12


def labelled(name: str, places: frozenset[str]) -> tuple[str, str] | None:
    """(the description's key, the label's key) of a name that says what a body is in
    known words and then gives its short name as a last capitalised word of its own
    ("Schweizerische Rettungsflugwacht Rega": 'aviation guard rescue switzerland',
    'rega'), else None. The label is none of the day's places nor a known place ("Feuer-
    wehr Lindau" is Lindau's fire brigade, not one called "Lindau"), nor a word the
    concept tables know ("Deutsche Bahn Cargo" is no railway called "Cargo"), nor a legal
    form; the description is not a kind and a level alone ("Bundesamt Tellmann")."""
    words = name.split()
    if not 2 <= len(words) <= MOST_WORDS:
        return None
    last = words[-1].strip(",.;:()[]")
    own_word = len(last) >= LABEL_LETTERS and last.isalpha() and last[:1].isupper()
    if not own_word or legal_form(last.casefold()):
        return None
    label = organisation_key(name_key(last))
    folded = fold_accents(last.casefold())
    place = of_place(label, places) or exonym_of(last) or named_place(folded, places) or named_place(label)
    if not label or " " in label or place or label in known_concepts():
        return None
    description = organisation_key(name_key(" ".join(words[:-1])))
    concepts = set(description.split())
    says_what = concepts - BODY_WORDS - LEVELS - COUNTRY_WORDS
    if len(concepts) < DESCRIPTION_CONCEPTS or not says_what or not concepts <= known_concepts():
        return None
    return description, label


def join_labelled_names(flat: Sequence[OrganisationNames], groups: UnionFind, places: frozenset[str]) -> None:
    """A body named by its description and its label ("Schweizerische Rettungsflugwacht
    Rega") is every body the day names by that label alone ("Rega"); and, when it is so
    named, the day's one body named by that description in other words ("Guardia Aérea
    Suiza de Rescate"): the label says the description is its long name."""
    spellings = organisation_spellings(flat)
    by_key: dict[str, set[int]] = defaultdict(set)
    by_word: dict[str, set[int]] = defaultdict(set)
    for index in spellings:
        for key in flat[index].keys:
            by_key[key].add(index)
            for word in key.split():
                by_word[word].add(index)
    for index in spellings:
        for name in flat[index].names:
            found = labelled(name, places)
            if found is None:
                continue
            description, label = found
            alone = by_key.get(label, set()) - {index}
            if not alone:
                continue  # a label no copy uses alone may be a word of the name ("Cargo")
            # A word two bodies' names share is no one body's label: "Kellbach" alone is
            # not "Tierschutzverein Kellbach" on a day that also names "FC Kellbach".
            sharing = by_word[label] - alone - {index}
            if any(all(labelled(n, places) != found for n in flat[i].names) for i in sharing):
                continue
            for other in alone:
                groups.union(index, other)
            described = {groups.find(i) for i in by_key.get(description, set()) - {index}}
            if len(described) == 1:
                groups.union(index, described.pop())
