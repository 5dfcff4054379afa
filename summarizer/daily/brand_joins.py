"""How a company named by its brand ("Brightwell", "Deccan Minerals") is joined to the day's
one organisation whose longer name begins with it ("Brightwell Domestic Appliances plc"),
unless that longer name says it is another body ("Brightwell Workers' Union")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.daily.german_compounds import compound_parts
from summarizer.daily.organisation_joins import OrganisationNames, organisation_spellings
from summarizer.daily.organisations import BODY_WORDS, LEVELS, organisation_key
from summarizer.linkage import UnionFind
from summarizer.text.abbreviations import is_acronym, name_words
from summarizer.text.accents import fold_accents
from summarizer.text.gazetteer import COUNTRY_BY_DEMONYM, place_spellings
from summarizer.text.lexicons.organisations import CONCEPTS, FILLER
from summarizer.text.lexicons.places import EXONYMS
from summarizer.text.vocabulary import words as word_set

# Words that make a longer name another body than the company whose brand it begins
# with: "Brightwell Workers' Union" and "Brightwell Foundation" are not Brightwell.
_OTHER_BODY_WORDS = (
    BODY_WORDS
    | set(CONCEPTS.values()) - {"railway", "transport"}
    | word_set(
        """union association federation foundation trust charity club committee council fund
    pension pensions workers staff employees
    verband verein stiftung betriebsrat belegschaft
    fondation comite syndicat salaries
    fundacion asociacion comite plantilla trabajadores"""
    )
)


def brand(name: str, places: frozenset[str]) -> str | None:
    """The word of a company named by one word ("Brightwell", "Kintoa"), folded; None for
    an acronym (see ``organisation_joins.join_abbreviations``), a word of the concept
    tables ("Police", "Interior") and a place of the day, of the shipped tables or a country
    ("Hexley", "Tirol", "France"): a place alone is not its hospital or club."""
    word = name.strip()
    if not word.isalpha() or not word[:1].isupper() or is_acronym(word):
        return None
    folded = fold_accents(word.casefold())
    known_place = folded in EXONYMS or folded in place_spellings() or word in COUNTRY_BY_DEMONYM
    if known_place or folded in places or folded in CONCEPTS or folded in COUNTRY_WORDS:
        return None
    if len(compound_parts(folded)) > 1 or organisation_key(folded) != folded:
        return None  # a kind, compound or not ("Notrufzentrale", "Gemeinderat"), says no body
    return None if folded in FILLER or folded in LEVELS else folded


# A company is named by at most this many words of its registered name ("Deccan Minerals").
BRAND_WORDS = 3


def brand_words(name: str, places: frozenset[str]) -> tuple[str, ...] | None:
    """The words of a company named by its brand ("Brightwell", "Deccan Minerals"), folded:
    each a brand's word (``brand``: no acronym, concept, place or country), at most
    ``BRAND_WORDS`` of them; None for any other name."""
    written = name_words(name)
    if not written or len(written) > BRAND_WORDS or len(written) != len(name.split()):
        return None  # a name with articles or prepositions is no brand ("Ebro de Celulosas")
    found = [brand(word, places) for word in written]
    return tuple(w for w in found if w) if all(found) else None


def join_brand_names(flat: Sequence[OrganisationNames], groups: UnionFind, places: frozenset[str]) -> None:
    """A company named by its brand ("Brightwell", "Kintoa", "Deccan Minerals") is the
    day's one organisation whose longer name begins with it ("Brightwell Domestic
    Appliances plc", "Kintoa Mobilités", "Deccan Minerals and Metals Ltd"): copy names a
    company by its brand once its registered name is known. Not a longer name that says
    it is another body ("Brightwell Workers' Union"); with two such organisations ("Ashby
    Rovers", "Ashby Town") the brand stays on its own."""
    spellings = organisation_spellings(flat)
    by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for index in spellings:
        for name in flat[index].names:
            written = tuple(fold_accents(w.casefold()) for w in name_words(name))
            if len(written) >= 2:
                by_first[written[0]].append((index, written))
    for index in spellings:
        words = brand_words(flat[index].names[0], places) if len(flat[index].names) == 1 else None
        if words is None:
            continue
        longer = [
            (other, written[len(words) :])
            for other, written in by_first.get(words[0], ())
            if other != index and len(written) > len(words) and written[: len(words)] == words
        ]
        roots = {groups.find(other) for other, _ in longer}
        # Words after the brand that say it is another body ("Workers' Union").
        other_body = any({CONCEPTS.get(w, w) for w in extra} & _OTHER_BODY_WORDS for _, extra in longer)
        if len(roots) == 1 and not other_body:
            groups.union(index, roots.pop())
