"""A body named by its staff: "Hospital staff", "hospital staff said", "le personnel de
l'hôpital", "il personale dell'ospedale", "het personeel van het ziekenhuis", "staff at the
hospital". A newsroom names the body by who speaks for it, so the name is the body's kind
alone ("the hospital", ``name_heads.kind_named``): the day's one hospital. Only a kind the
tables know (a hospital, a school, a port): "Brightwell staff" is a firm's workers, which
this rule does not read. Not German "Personal" nor Portuguese "pessoal", which are English
"personal" and an adjective."""

from __future__ import annotations

from summarizer.text.abbreviations import ELIDED
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS
from summarizer.text.lexicons.organisations import CONCEPTS, DEFINITE_ARTICLES
from summarizer.text.vocabulary import words

STAFF_WORDS = words("staff personnel personale personeel")
# Words between the staff and the body: "staff at the hospital", "personnel de l'hôpital".
_LINKS = words("of at from de du des del della dello van het in")


def staff_body(name: str) -> str | None:
    """The body's kind as an article and a noun, or the noun alone, when ``name`` is a kind
    noun the tables know and a word for its staff ("Hospital staff" -> "hospital",
    "le personnel de l'hôpital" -> "l'hôpital"); None for any other name."""
    tokens = name.split()
    folded = [fold_accents(t.casefold()) for t in tokens]
    if len(tokens) < 2 or sum(w in STAFF_WORDS for w in folded) != 1:
        return None
    at = next(n for n, w in enumerate(folded) if w in STAFF_WORDS)
    before, after = folded[:at], folded[at + 1 :]
    if before and after:
        # Only an article before "the staff of the hospital": "hospital staff union" is a union.
        if not (len(before) == 1 and before[0] in DEFINITE_ARTICLES | {"het", "o"}):
            return None
        before = []
    if not before and after[0] not in _LINKS and not ELIDED.match(after[0]):
        return None  # "staff union" is a union: the staff word is no body's name here
    rest = before or after
    while rest and rest[0] in _LINKS:
        rest = rest[1:]
    if rest and rest[0] in {"the", "het"} and len(rest) == 2:
        rest = rest[1:]
    if len(rest) != 1:
        return None
    noun = rest[0]
    bare = noun.split("'")[-1].split("’")[-1]
    known = bare in CONCEPTS or bare in DOMAIN_CONCEPTS
    return noun if known and bare.isalpha() else None
