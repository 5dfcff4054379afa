"""Who a protest report says protests, and with what: the groups and the vehicles its
evidence sentence names (``lexicons.participants``). Two protests of one city and day are
two events when their reports name other groups or other vehicles (a bus drivers' strike
and a farmers' tractor rally, the workers' midday rally and the residents' evening march),
and two reports naming one group are of one protest more likely than not."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from summarizer.daily.day_parts import Hours, hours_apart
from summarizer.text.accents import fold_accents
from summarizer.text.cognates import cognates
from summarizer.text.lexicons.participants import GROUP_WORDS, MEANS_WORDS, PROTEST_HEADS, TRADES
from summarizer.text.lexicons.protests import MARCH, STRIKE

# A word of letters, hyphens and apostrophes inside ("Lkw-Fahrer", "farmers'" is "farmers").
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# The fewest letters of a compound's modifier and of its head: "Berg|bauern", "Bus|fahrer",
# "Stadt|busse". A shorter head is read only as a word of its own ("zug" of "Umzug" is no
# train), but for "bus", whose compounds ("Stadtbus", "Linienbus") need a longer modifier.
_MODIFIER_LETTERS = 3
_HEAD_LETTERS = 5
_SHORT_HEADS = {"bus": 4}
_LONGEST_HEAD = max(map(len, [*GROUP_WORDS, *MEANS_WORDS]))


class Participants(NamedTuple):
    """The groups of people and the vehicles a report's evidence names, and the sides it
    says they take (``_STANCE``: ("pro", "government"), ("anti", "israel"))."""

    groups: frozenset[str]
    means: frozenset[str]
    stances: frozenset[tuple[str, str]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.groups or self.means or self.stances)


# The side a protest takes, as English, French and Spanish write it: "pro-government",
# "anti-gouvernement", "pro-Israel", "anti-Israel". A city's march and its counter-march of
# one day are told apart by it, whoever marches.
_STANCE = re.compile(r"(?<![^\W\d_])(pro|anti)-([^\W\d_]{3,})")


NOBODY = Participants(frozenset(), frozenset())


def _head(word: str, table: dict[str, str]) -> tuple[str, str] | None:
    """The concept of a German compound's head and the modifier before it, the longest head
    that fits ("Bergbauern": farmer, "berg"; "Busfahrer": driver, "bus")."""
    for cut in range(max(_MODIFIER_LETTERS, len(word) - _LONGEST_HEAD), len(word) - 2):
        head = word[cut:]
        least = _SHORT_HEADS.get(head, _MODIFIER_LETTERS if len(head) >= _HEAD_LETTERS else None)
        if least is not None and cut >= least and head in table:
            return table[head], word[:cut]
    return None


def _modifier(modifier: str, groups: set[str], means: set[str]) -> None:
    """What a compound's first part names, with its joining "-" or "s" ("Lkw-", "Busstreik")."""
    for form in dict.fromkeys([modifier, modifier.rstrip("-"), modifier.removesuffix("s")]):
        if form in GROUP_WORDS:
            groups.add(GROUP_WORDS[form])
            return
        if form in MEANS_WORDS:
            means.add(MEANS_WORDS[form])
            return


@lru_cache(maxsize=65536)
def _word_concepts(word: str) -> tuple[frozenset[str], frozenset[str]]:
    groups: set[str] = set()
    means: set[str] = set()
    if word in GROUP_WORDS:
        groups.add(GROUP_WORDS[word])
    elif word in MEANS_WORDS:
        means.add(MEANS_WORDS[word])
    else:
        for table, into in ((GROUP_WORDS, groups), (MEANS_WORDS, means)):
            if found := _head(word, table):
                into.add(found[0])
                _modifier(found[1], groups, means)  # "Busfahrer": the bus too
        for head in PROTEST_HEADS:  # "Busstreik", "Bauernprotest": their first part
            if word.endswith(head) and len(word) - len(head) >= _MODIFIER_LETTERS:
                _modifier(word[: -len(head)], groups, means)
    return frozenset(groups), frozenset(means)


def participants_in(evidence: str) -> Participants:
    """The groups and vehicles an evidence sentence names, in any of the four languages."""
    groups: set[str] = set()
    means: set[str] = set()
    folded = fold_accents(evidence.casefold())
    for word in _WORD.findall(folded):
        found_groups, found_means = _word_concepts(word)
        groups |= found_groups
        means |= found_means
    stances = frozenset(_STANCE.findall(folded))
    if not (groups or means or stances):
        return NOBODY
    return Participants(frozenset(groups), frozenset(means), stances)


def _groups_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """One group named in both, or "workers" in one and a trade in the other."""
    return bool(a & b) or ("worker" in a and bool(b & TRADES)) or ("worker" in b and bool(a & TRADES))


def _stances_opposed(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """One cause, two sides ("pro-government" and "anti-gouvernement"). Two causes are not
    two marches: one march is told "anti-war" and "pro-Palestinian", and a cause's words
    differ across languages beyond what ``cognates`` levels ("government", "gobierno")."""
    return any(side != other and cognates(cause, theirs) for side, cause in a for other, theirs in b)


def participants_apart(a: Participants, b: Participants) -> bool:
    """Both reports name who protests, or with what, and none of it is the same (the bus
    drivers and the farmers, the buses and the tractors), or they take two sides of one
    cause (the government's supporters and its opponents: a march and its counter-march)."""
    return bool(
        (a.groups and b.groups and not _groups_meet(a.groups, b.groups))
        or (a.means and b.means and a.means.isdisjoint(b.means))
        or _stances_opposed(a.stances, b.stances)
    )


def participants_shared(a: Participants, b: Participants) -> bool:
    """Both reports name one group or one vehicle, and nothing sets them apart."""
    return not participants_apart(a, b) and bool(a.groups & b.groups or a.means & b.means)


def strike_and_march(words_a: Iterable[str], words_b: Iterable[str]) -> bool:
    """One report's words (``merge.content_words``) name a strike and no march, the other's
    a march and no strike: a city's strike and its march of the same day are two events
    ("Warnstreik" and "Demonstration", "huelga" and "marcha"). A report naming both
    (strikers marching) may be of either."""

    def kind(words: Iterable[str]) -> str | None:
        strike, march = not STRIKE.isdisjoint(words), not MARCH.isdisjoint(words)
        return "strike" if strike and not march else "march" if march and not strike else None

    return {kind(words_a), kind(words_b)} == {"strike", "march"}


def march_hours(words: Iterable[str], hours: Hours) -> Hours:
    """The hours a protest report's time names, unless it tells a strike: a strike runs all
    day and is told from its first hour to its last ("since early morning", "17:00 - still
    out"), a march or a rally is held at one time of the day."""
    return hours if STRIKE.isdisjoint(words) else None


def marches_apart(words_a: Iterable[str], hours_a: Hours, words_b: Iterable[str], hours_b: Hours) -> bool:
    """Two protests held at parts of the day far apart (``day_parts.hours_apart``): the
    morning's march and the evening's."""
    return hours_apart(march_hours(words_a, hours_a), march_hours(words_b, hours_b))
