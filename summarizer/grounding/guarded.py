"""An alternation of many regexes, tried only where one of them can start: the same
matches as the plain alternation, several times faster on the cue tables (``planted``).

Python's ``re`` enters every alternative of ``A1|A2|...|An`` in turn at each position it
tries, so a table of 80 cues costs 80 attempts at every word of an article. Here the first
few characters each alternative can start with are read from its parsed form (``ignore``,
``disregard``, ... give ``ign``, ``dis``, ...), and the alternation is put behind one
lookahead for those prefixes, written as a trie so that ``re`` compares one character per
level::

    (?=d(?:is|ro)|ign|...)(?:A1|A2|...|An)|(?:Ak|...)

Where the lookahead fails, none of the alternatives with known prefixes can match (each
match starts with one of its prefixes), so skipping them loses nothing; where it holds,
the whole alternation runs in its own order, so the alternative chosen and its span are
the plain alternation's. An alternative whose prefixes cannot be read (it may start with
``\\w``, ``.``, a negated class, or inside a case-insensitive group) is also put in a last
group of its own, tried wherever the lookahead fails: it is tried everywhere, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from summarizer.grounding.regex_parts import OPCODES, PARSER_ERRORS, parsed_items

# How many characters of each alternative the lookahead checks: enough to tell the first
# words of the cues ("ign", "dis", "not") from the commonest words of news ("the", "and").
PREFIX_CHARS = 5
# Beyond this many prefixes for one alternative, it counts as starting anywhere.
_MAX_PREFIXES = 4000
# One position of a prefix: a character, or a class of them, as regex source ("i", "\\s").
Prefix = tuple[str, ...]
Prefixes = frozenset[Prefix] | None  # None: could start with anything


def prefixes(pattern: str, length: int = PREFIX_CHARS) -> Prefixes:
    """Every run of ``length`` positions that a match of ``pattern`` can start with (or
    the whole match, when it can be shorter), each position a character or a class; None
    when that cannot be read."""
    items = parsed_items(pattern)
    if items is None:
        return None
    try:
        found = _extend(items, frozenset({()}), length)
    except PARSER_ERRORS:  # pragma: no cover - a parser change
        return None
    if found is None or () in found:
        return None  # may match the empty string: no prefix to look for
    return found


def _extend(items: Sequence[Any], partial: frozenset[Prefix], length: int) -> Prefixes:
    """``partial`` (prefixes read so far) extended by a sequence of parsed items."""
    current = partial
    for op, av in items:
        done = frozenset(p for p in current if len(p) >= length)
        if len(done) == len(current):
            break
        grown = _item(op, av, current - done, length)
        if grown is None or len(grown) > _MAX_PREFIXES:
            return None
        current = done | grown
    return current


def _item(op: Any, av: Any, partial: frozenset[Prefix], length: int) -> Prefixes:
    if op is OPCODES.LITERAL:
        return frozenset((*p, re.escape(chr(av))) for p in partial)
    if op is OPCODES.IN:
        atom = _class(av)
        return None if atom is None else frozenset((*p, atom) for p in partial)
    if op in (OPCODES.AT, OPCODES.ASSERT, OPCODES.ASSERT_NOT):
        return partial  # zero width: the lookahead only needs to let more through
    if op is OPCODES.BRANCH:
        union: set[Prefix] = set()
        for branch in av[1]:
            grown = _extend(list(branch), partial, length)
            if grown is None:
                return None
            union |= grown
        return frozenset(union)
    if op is OPCODES.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _extend(list(sub), partial, length)
    if op is getattr(OPCODES, "ATOMIC_GROUP", None):
        return _extend(list(av), partial, length)
    if op in (OPCODES.MAX_REPEAT, OPCODES.MIN_REPEAT, getattr(OPCODES, "POSSESSIVE_REPEAT", None)):
        return _repeat(av, partial, length)
    return None  # any character, a back-reference, or an item not known here


def _repeat(av: Any, partial: frozenset[Prefix], length: int) -> Prefixes:
    low, high, sub = av
    result: set[Prefix] = set(partial) if low == 0 else set()
    current = partial
    # ``length`` non-empty repetitions fill every prefix; a repetition that can match the
    # empty string adds nothing new after them.
    for count in range(1, min(high, low + length + 1) + 1):
        grown = _extend(list(sub), current, length)
        if grown is None:
            return None
        current = grown
        if count >= low or all(len(p) >= length for p in current):
            result |= current
        if all(len(p) >= length for p in current):
            break
    return frozenset(result)


# Categories narrow enough to look for; an alternative that starts with a wider one
# (``\\w``, ``\\S``) or a negated class is tried everywhere instead.
_NARROW_CATEGORIES = {"CATEGORY_SPACE": r"\s", "CATEGORY_DIGIT": r"\d"}


def _class(members: Iterable[tuple[Any, Any]]) -> str | None:
    """Regex source of a character class (one position of a prefix); None for a wide one
    (negated, ``\\w``)."""
    parts = []
    for op, av in members:
        if op is OPCODES.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is OPCODES.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is OPCODES.CATEGORY and str(av) in _NARROW_CATEGORIES:
            parts.append(_NARROW_CATEGORIES[str(av)])
        else:
            return None  # a negated class, a wide category (\w, \S) or an item not known here
    single = len(parts) == 1 and (len(parts[0]) == 1 or parts[0] in _NARROW_CATEGORIES.values())
    return parts[0] if single else f"[{''.join(parts)}]"


def trie(prefixes: Iterable[Prefix]) -> str:
    """A regex matching any of ``prefixes`` (none empty), one position compared per level."""
    children: dict[str, list[Prefix]] = {}
    ends = False
    for prefix in prefixes:
        if prefix:
            children.setdefault(prefix[0], []).append(prefix[1:])
        else:
            ends = True
    branches = [atom + (trie(rest) if any(rest) else "") for atom, rest in sorted(children.items())]
    # A prefix that ends here, while longer ones go on, is matched by the empty branch.
    branches += [""] if ends and branches else []
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def guarded_alternation(alternatives: Sequence[str]) -> str:
    """``(?:A1|A2|...)`` put behind a lookahead for the prefixes its alternatives can start
    with (same matches, same spans; see the module's docstring). The result is a group to
    put where the plain alternation was."""
    plain = "|".join(f"(?:{a})" for a in alternatives)
    leads = [prefixes(a) for a in alternatives]
    known = {p for lead in leads if lead is not None for p in lead}
    anywhere = [a for a, lead in zip(alternatives, leads, strict=True) if lead is None]
    if not known:
        return f"(?:{plain})"
    guarded = f"(?={trie(known)})(?:{plain})"
    if anywhere:
        guarded += "|" + "|".join(f"(?:{a})" for a in anywhere)
    return f"(?:{guarded})"


def start_guard(alternatives: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern for the prefixes of ``alternatives`` alone, without lookarounds: wherever
    one of them can match, this matches at the same place. None when one of them may start
    anywhere (its prefixes cannot be read)."""
    leads = [prefixes(a) for a in alternatives]
    if not leads or any(lead is None for lead in leads):
        return None
    return re.compile(trie({p for lead in leads if lead is not None for p in lead}))


class GuardedPattern(NamedTuple):
    """A compiled alternation (any zero-width assertions around it) and its ``start_guard``.

    ``re`` cannot skip ahead on a pattern that opens with a lookaround, so it tries the
    whole pattern at every position; the guard has none, and ``re`` looks for its first
    characters at C speed. Where the guard finds nothing the pattern finds nothing, and the
    scan starts at the guard's first match (lookbehinds and ``^`` still see the text before
    it), so the matches are the pattern's own."""

    pattern: re.Pattern[str]
    guard: re.Pattern[str] | None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.guard is None:
            return self.pattern.finditer(text)
        first = self.guard.search(text)
        return iter(()) if first is None else self.pattern.finditer(text, first.start())
