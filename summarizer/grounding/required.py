"""Words a regex cannot match without: what lets the planted-instruction scan leave out a cue
whose matches could start anywhere, in a text that lacks them.

The scan tries its cues only where their first characters are (``guarded``), but one whose
first characters cannot be read (the German "(Text-)KI, die diesen Text liest" begins with
``\\w+-``) is tried at every word: half the Latin-script scan's 0.4 ms per 1,000-word
article. Such a cue still ends in words it must match ("liest", "zusammenfasst", ...).
``required_words`` reads them from the parsed pattern: one item of the pattern's top-level
sequence (so every match passes through it) that is a choice among literal strings. A text
that holds none of them holds no match of the pattern, and an alternative that matches
nowhere changes nothing in an alternation: the scan's matches are the same without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.grounding.regex_parts import OPCODES, PARSER_ERRORS, parsed_items

# More spellings than this for one item: it is not read as a choice of words.
_MAX_WORDS = 64


def required_words(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains; None when no item of its
    top-level sequence is a choice among literal strings (or the pattern cannot be read)."""
    items = parsed_items(pattern)
    if items is None:
        return None
    try:
        choices = _literal_runs(_top_level(items))
    except PARSER_ERRORS:  # pragma: no cover - a parser change
        return None
    # The most selective run: the one whose shortest word is longest.
    return max(choices, key=lambda words: min(map(len, words)), default=None)


def _literal_runs(items: list[Any]) -> list[frozenset[str]]:
    """The choices of strings that runs of consecutive literal items match: the parser
    splits ``liest|lesen`` into ``l`` and ``iest|esen``, which are read as one run again."""
    runs: list[frozenset[str]] = []
    current: frozenset[str] | None = None
    for item in items:
        words = _literal_choice([item])
        if words is not None and current is not None and len(current) * len(words) <= _MAX_WORDS:
            current = frozenset(a + b for a in current for b in words)
            continue
        if current is not None:
            runs.append(current)
        current = words
    return [*runs, current] if current is not None else runs


def _top_level(items: list[Any]) -> list[Any]:
    """The sequence every match passes through, a group around the whole pattern opened."""
    while len(items) == 1 and items[0][0] is OPCODES.SUBPATTERN and not items[0][1][1]:
        items = list(items[0][1][3])
    return items


def _literal_choice(items: Sequence[Any]) -> frozenset[str] | None:
    """The strings a sequence of parsed items matches, when it is only literals, groups and
    choices of them; None otherwise."""
    found = frozenset({""})
    step: frozenset[str] | None
    for op, av in items:
        if op is OPCODES.LITERAL:
            step = frozenset({chr(av)})
        elif op is OPCODES.SUBPATTERN and not av[1]:  # a group, no flags added
            step = _literal_choice(list(av[3]))
        elif op is OPCODES.BRANCH:
            step = frozenset()
            for branch in av[1]:
                words = _literal_choice(list(branch))
                if words is None:
                    return None
                step |= words
        else:
            return None  # a class, a repeat, an assertion: not a literal string
        if step is None or len(found) * len(step) > _MAX_WORDS:
            return None
        found = frozenset(a + b for a in found for b in step)
    return found if "" not in found else None
