"""The other names an article defines for a body where it names it: an acronym in brackets
after its full name ("Swiss Federal Railways (SBB)"), a full name after its acronym, and
the place the body serves when its name goes on after the acronym ("Agence régionale de
santé (ARS) de Nouvelle-Aquitaine")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.text.abbreviations import is_acronym, name_words

# A name's definition in brackets right after it: "Swiss Federal Railways (SBB)", "SBB
# (Swiss Federal Railways)", "la Société nationale (SNCF)". At most a short name's length.
_BRACKETED = re.compile(r"\s*[(\[]\s*([^()\[\]\n]{2,80}?)\s*[)\]]")


# What continues a name after its bracketed abbreviation: a preposition and the place the
# body serves, in capitalised words ("l'Agence régionale de santé (ARS) de
# Nouvelle-Aquitaine", "the Health Agency (HA) of North Tarrel"). At most four words.
_CONTINUED = re.compile(
    r"\s+(?:de la|de l['’]|del|des|de|du|of|for|von|für|d['’])\s*"
    r"([^\W\d_][\w-]{0,40}(?:[ -][^\W\d_][\w-]{0,40}){0,3})"
)


def defined_names(text: str, name: str, ends: Iterable[int]) -> list[str]:
    """The other names an article defines for a body where it names it (``ends``: where
    each mention ends): an acronym in brackets after its full name, or a full name after
    its acronym. A bracket holding anything else ("(Germany)", "(file photo)") is none.
    When the name goes on after its acronym with the place it serves ("Agence régionale
    de santé (ARS) de Nouvelle-Aquitaine"), the body is named with that place too, in full
    and as its acronym ("ARS Nouvelle-Aquitaine")."""
    found: list[str] = []
    for end in ends:
        match = _BRACKETED.match(text, end)
        if match is None:
            continue
        inside = match.group(1)
        if is_acronym(name):
            # The full name its acronym abbreviates, written out ("SBB (Swiss Federal
            # Railways)" is kept only when its capitals could be a name's).
            if len(name_words(inside)) >= 2 and all(w[0].isupper() for w in name_words(inside)):
                found.append(inside)
        elif is_acronym(inside) and inside != name:
            found.append(inside)
            if place := served_place(text, match.end()):
                found += [f"{name} {place}", f"{inside} {place}"]
    return list(dict.fromkeys(found))


def served_place(text: str, at: int) -> str | None:
    """The capitalised words a preposition at ``at`` introduces, each word capitalised."""
    match = _CONTINUED.match(text, at)
    if match is None:
        return None
    words = [w for w in re.split(r"[ ]", match.group(1)) if w]
    kept = []
    for word in words:
        if not all(part[:1].isupper() for part in word.split("-") if part):
            break
        kept.append(word)
    return " ".join(kept) or None
