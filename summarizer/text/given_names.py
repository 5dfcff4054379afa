"""Whether a first name as written ("Tomas", "T.", "J.-P.", "É.") may be a person's
first names: one rule for the offline engine (is "T. Sorvik" the article's Tomas Sorvik?)
and the daily merge (is one article's "J.-P. Dupont" another's Jean-Pierre Dupont?).
Initials are read with or without dots between hyphenated parts, accents and case aside:
"É." is Élodie and Elodie, "J.-P." and "J.P." are Jean-Pierre."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from nicknames import NickNamer

from summarizer.text.accents import fold_accents

# One initial ("T.", "t") or several written together ("J.-P.", "J.P."): one letter, or
# letters each followed by a dot. "Al" and "Jo" are first names, not initials.
_INITIALS = re.compile(r"[^\W\d_](?:\.-?[^\W\d_])*\.?")


def initials_of(word: str) -> tuple[str, ...] | None:
    """The initials a written first name gives, folded ("J.-P." -> ("j", "p"), "É." ->
    ("e",)); None for a first name written out ("Jean", "Al")."""
    if not _INITIALS.fullmatch(word):
        return None
    return tuple(fold_accents(c.casefold()) for c in word if c.isalpha())


def _parts(given: Sequence[str]) -> list[str]:
    """First names as their folded parts, a hyphenated one as each of its names
    ("Jean-Pierre" -> jean, pierre); initials as their letters ("J.-P." -> j, p)."""
    found: list[str] = []
    for name in given:
        letters = initials_of(name)
        if letters is not None:
            found.extend(letters)
        else:
            found.extend(p for p in re.split(r"-+", fold_accents(name.casefold())) if p)
    return found


def initials_fit(initials: tuple[str, ...], given: Sequence[str]) -> bool:
    """True when ``initials`` are the first letters of the first names ``given``, in
    order from the first ("t" of Tomas and of Tomas Erik; "j", "p" of Jean-Pierre),
    never of another first name ("e" of Tomas) nor of a middle name alone ("e" of Tomas
    Erik: a reporter's initial is the first)."""
    parts = _parts(given)
    return 0 < len(initials) <= len(parts) and all(
        p.startswith(i) for i, p in zip(initials, parts, strict=False)
    )


def may_be_given_name(written: str, given: Sequence[str]) -> bool:
    """True when a first name as written (a name or initials) may be a person's whose
    first names are ``given`` (each a name or initials): initials that fit them
    (``initials_fit``), a name that is one of them ("Erik" of Tomas Erik, "Jean-Pierre"
    or "Pierre" of Jean-Pierre), accents and case aside, or a name the person's initials
    fit ("Tomas" of "T. Sorvik")."""
    letters = initials_of(written)
    if letters is not None:
        return initials_fit(letters, given)
    mine = _parts([written])
    theirs = _parts(given)
    whole = fold_accents(written.casefold())
    if whole in {fold_accents(g.casefold()) for g in given} or (len(mine) == 1 and mine[0] in theirs):
        return True
    if all(initials_of(g) is not None for g in given):
        return initials_fit(tuple(theirs), [written])
    return mine == theirs[: len(mine)] and len(mine) > 1


GIVEN_NAMES_PATH = Path(__file__).resolve().parents[1] / "data" / "given_names.txt"


@cache
def given_names() -> frozenset[str]:
    """Common given names (``data/given_names.txt``): a capitalised pair that opens with one
    is a person's name in languages that capitalise nouns as well as names."""
    lines = GIVEN_NAMES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


def nickname_pair(one: str, other: str) -> bool:
    """True when one first name is a short form of the other ("Mick" of Michael, "Bill" of
    William), folded, by the curated English table of the ``nicknames`` package. A
    genealogist's table, generous ("Erin" of Aaron): the merge asks more than this before
    calling two people one (``daily.people.join_short_first_names``)."""
    a, b = fold_accents(one.casefold()), fold_accents(other.casefold())
    if a == b or not a.isalpha() or not b.isalpha():
        return False
    namer = _nicknamer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)
