"""The words two reports of the daily merge share whatever their events (``common_words``),
and the words that may tell an event as each language spells it (``spelt_own_way``)."""

from __future__ import annotations

from functools import cache

from summarizer.daily.kinds import tells_a_kind
from summarizer.daily.merge import content_words
from summarizer.daily.place_keys import COUNTRY_NAMES
from summarizer.text.concepts import concepts_of
from summarizer.text.lexicons.organisations import CONCEPTS as ORG_CONCEPTS
from summarizer.text.lexicons.organisations import LEVEL_WORDS
from summarizer.text.vocabulary import COMMON_REPORT_WORDS


@cache
def common_words() -> frozenset[str]:
    """Words two reports share whatever their events: what every report says
    (``COMMON_REPORT_WORDS``), country names, and in every language the product reads, the
    roles and titles of whoever it quotes ("le préfet", "die Polizeisprecherin"): a person
    both name counts as that person (``shared_specifics``), not again as their office. How
    a report attributes ("a indiqué", "teilte mit", "según") is no word of it at all
    (``merge.stopwords``)."""
    from summarizer.text.language import MERGED
    from summarizer.text.lexicon import merge_lexicon

    found = set(COMMON_REPORT_WORDS) | {w for name in COUNTRY_NAMES for w in content_words(name)}
    for code in MERGED:
        lex = merge_lexicon(code)
        found |= {w for phrase in [*lex.titles, *lex.person_roles] for w in content_words(phrase)}
    return frozenset(found)


def spelt_own_way(word: str) -> bool:
    """A word that may tell an event as each language spells it (a drug's name): not one
    every report says (``common_words``), nor one a concept table translates (the kind of
    body or level of government, "ministerio", "ministère", "provinciale", ``ORG_CONCEPTS``;
    a person, site or matter, ``concepts_of``): reports of two ministries' decisions share
    those as often as reports of one."""
    return not (
        word in common_words()
        or word in ORG_CONCEPTS
        or word in LEVEL_WORDS
        or tells_a_kind(word)
        or concepts_of(word)
    )
