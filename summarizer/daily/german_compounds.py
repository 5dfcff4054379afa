"""German compounds as their parts, as the tables know them ("bundesinnenministerium" ->
bundes, innen, ministerium), so that an organisation's key says in concepts what a
compound says in one word, and an abbreviation's letters can be read against a compound's
parts ("PI" of "Polizeiinspektion")."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS, SPLIT_HEADS, SPLIT_MODIFIERS
from summarizer.text.lexicons.organisations import COMPOUND_HEADS, COMPOUND_MODIFIERS, CONCEPTS

# The longest word read as a compound ("Bundesverteidigungsministerium" has 30 letters).
COMPOUND_LETTERS = 48


def compound_parts(word: str) -> list[str]:
    """A German compound as its known parts ("bundesinnenministerium" -> bundes, innen,
    ministerium; "landespolizeidirektion" -> landes, polizei, direktion), or the word
    alone when any part is unknown."""
    if len(word) > COMPOUND_LETTERS:
        return [word]  # no German word runs this long; a hostile run is not split
    for head in (*COMPOUND_HEADS, *SPLIT_HEADS):
        if word.endswith(head) and len(word) > len(head):
            modifiers = _modifiers(word[: -len(head)])
            if modifiers is not None:
                return [*modifiers, head]
    if own := _own_modifier(word):
        return own
    # A genitive "-s" off a compound of known parts ("Radsportvereins": rad, sport, verein).
    if word.endswith("s") and not word.endswith("ss") and len(parts := compound_parts(word[:-1])) > 1:
        return parts
    # Umlauts spelled out ("Kuestenwache": ``actors`` keys both spellings) as written with them.
    plain = re.sub(r"([aou])e", r"\1", word)
    known = plain in CONCEPTS or plain in DOMAIN_CONCEPTS
    return parts if plain != word and (len(parts := compound_parts(plain)) > 1 or known) else [word]


# The fewest letters of a public body's compound's modifier not in the tables
# ("Mobilitätsministerium"), and of its head: shorter ones may be the word's own letters.
OWN_MODIFIER_LETTERS = 6
# The endings a German noun takes the linking "-s" after ("Mobilitäts-", "Ordnungs-",
# "Gesundheits-", "Wirtschafts-", "Informations-"): left off, as the noun alone is written.
_LINKED = re.compile(r"(\w+(?:tat|taet|ung|heit|keit|schaft|ion|tum|ling))s")


def _own_modifier(word: str) -> list[str]:
    """A public body's compound whose head the tables know and whose modifier they do not
    ("mobilitatsministerium" -> mobilitat, ministerium): the modifier is what the body is
    for, as another language's name says it ("ministère de la Mobilité"). Empty when the
    head is none of them or the modifier too short to be a word of its own."""
    if word in CONCEPTS or word in DOMAIN_CONCEPTS:
        return []  # a compound the tables know whole ("landratsamt": the district)
    for head in COMPOUND_HEADS:
        rest = word[: -len(head)]
        # Not at a short head, which many words end with by chance ("Aristokrat", "rat").
        long_head = len(head) >= OWN_MODIFIER_LETTERS
        if long_head and word.endswith(head) and len(rest) >= OWN_MODIFIER_LETTERS and rest.isalpha():
            linked = _LINKED.fullmatch(rest)
            return [linked.group(1) if linked else rest, head]
    return []


# The fewest letters of a compound's head not in the tables ("inspektion" of "Polizeiinspektion").
OWN_HEAD_LETTERS = 4


def spelled_parts(word: str) -> list[str]:
    """The parts an abbreviation spells a German compound by: its known parts
    (``compound_parts``), or known modifiers before a head of its own, which the tables
    need not know to see where it begins ("polizeiinspektion" -> polizei, inspektion: "PI";
    "kriminalinspektion" -> kriminal, inspektion: "KI")."""
    parts = compound_parts(word)
    if len(parts) > 1 or len(word) > COMPOUND_LETTERS:
        return parts
    for cut in range(len(word) - OWN_HEAD_LETTERS, 2, -1):
        if modifiers := _modifiers(word[:cut]):
            return [*modifiers, word[cut:]]
    return parts


@lru_cache(maxsize=4096)
def _modifiers(rest: str) -> tuple[str, ...] | None:
    """``rest`` as known modifiers in a row, trying each that ends it: "landwirtschafts" is
    one modifier, not "land" + "wirtschafts". None when no split is known."""
    if not rest:
        return ()
    for modifier in (*COMPOUND_MODIFIERS, *SPLIT_MODIFIERS):
        if rest.endswith(modifier) and (before := _modifiers(rest[: -len(modifier)])) is not None:
            return (*before, modifier)
    return None
