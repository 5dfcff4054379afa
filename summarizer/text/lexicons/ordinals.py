"""The ordinal words by which a report ranks its event among the day's of its kind ("a
second fire", "une deuxième avalanche", "eine zweite Lawine", "un segon incendi"), by
language and rank, in every gender and German case ending. One table: the merge's cues of
another event (``news_events.ORDINAL_EVENT_CUES``, ``daily.passages``), the rank of an event
(``daily.ordinal_events``), a count of another group ("52 aus einem zweiten Boot",
``daily.figure_standing``) and a state's running day ("por segundo día consecutivo",
``text.dates``) and one more of a series ("the second hit a branch",
``daily.seconds_elsewhere``) read it, so a word added here is read by all of them. Each
reader keeps its own frame (an article before, a noun after): "secondo i carabinieri" is
"according to", "Second, the council" a list's step, not ranks. The engine's phrase lists
of another event (``news_events.DISTINCT_EVENT_CUES``, "zweiter Ausbruch") keep their own
ordinals, whole phrases with their nouns."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents

# Only the ranks a day's events take in the news: "a fourth fire" is rare enough that
# "the fourth day" of a trial would be misread more often than a fourth event read.
ORDINALS: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {2: ("second",), 3: ("third",)},
    "fr": {2: ("deuxième", "second", "seconde"), 3: ("troisième",)},
    "de": {
        2: ("zweite", "zweiter", "zweites", "zweiten", "zweitem"),
        3: ("dritte", "dritter", "drittes", "dritten", "drittem"),
    },
    "es": {2: ("segundo", "segunda"), 3: ("tercero", "tercera", "tercer")},
    "it": {2: ("secondo", "seconda"), 3: ("terzo", "terza")},
    "pt": {2: ("segundo", "segunda"), 3: ("terceiro", "terceira")},
    "nl": {2: ("tweede",), 3: ("derde",)},
    "ca": {2: ("segon", "segona"), 3: ("tercer", "tercera")},
}


def ordinal_words(language: str | None = None, rank: int | None = None, *, folded: bool = False) -> list[str]:
    """The ordinal words of one ``language`` (or of all) and one ``rank`` (or of all), accents
    folded when the reader folds its text (``fold_accents``); longest first, so an
    alternation of them reads "zweiten" whole before "zweite"."""
    found = {
        fold_accents(word) if folded else word
        for lang, ranks in ORDINALS.items()
        if language in (None, lang)
        for number, words in ranks.items()
        if rank in (None, number)
        for word in words
    }
    return sorted(found, key=lambda word: (-len(word), word))


def ordinal_pattern(language: str | None = None, rank: int | None = None, *, folded: bool = False) -> str:
    """A non-capturing regular-expression alternation of ``ordinal_words``."""
    return "(?:" + "|".join(map(re.escape, ordinal_words(language, rank, folded=folded))) + ")"


# Each folded word's rank: the table gives no word two ranks in any language.
_RANK_OF = {
    fold_accents(word): rank for ranks in ORDINALS.values() for rank, words in ranks.items() for word in words
}


def ordinal_rank(word: str) -> int | None:
    """The rank an ordinal word tells in any language ("Deuxième": 2, "terceira": 3), or None."""
    return _RANK_OF.get(fold_accents(word))
