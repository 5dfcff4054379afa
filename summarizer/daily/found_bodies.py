"""Whose body a report says was found: a woman's or a man's ("the body of a woman", "a man's
body", "le corps d'une femme", "die Leiche eines Mannes", "el cuerpo de un hombre", "il
corpo di una donna", "o corpo de um homem", "het lichaam van een vrouw", "el cos d'una
dona"). One town sees a woman found dead in a flat and a man pulled from its canal on one
day, and their reports share the town, the day and the finding: only whose body tells the
two apart (``event_marks.marks_apart``)."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents

_WOMAN = r"woman|femme|frau|mujer|donna|mulher|vrouw|dona"
_MAN = r"man|homme|mann|mannes|hombre|uomo|homem"
# A body's noun, its "of" and article, perhaps one adjective ("the body of a young woman"),
# then whose it is; or English's possessive ("a woman's body").
_BODY = re.compile(
    r"(?<!\w)(?:(?:body|corps|cadavre|leiche|cuerpo|cadaver|corpo|cadavere|lichaam|cos)\s+"
    r"(?:of\s+|de\s+|d['’]\s*|di\s+|van\s+)?"
    r"(?:a|an|the|une|un|une|einer|eines|una|uno|uma|um|een|la|el|le)\s+(?:[^\W\d_]+\s+)?"
    rf"(?:(?P<woman>{_WOMAN})|(?P<man>{_MAN}))"
    rf"|(?:(?P<woman_s>woman)|(?P<man_s>man))['’]s\s+(?:dead\s+|lifeless\s+)?body"
    # Catalan's man is "home" only after its own "el cos d'un": English "the body of the
    # home owner" is nobody's.
    r"|cos\s+d['’]\s*un\s+(?:[^\W\d_]+\s+)?home)(?!\w)"
)


def whose_body(evidence: str | None) -> str | None:
    """ "woman" or "man" when the evidence tells one body found and whose, else None (none
    told, or the bodies of both)."""
    if not evidence:
        return None
    text = fold_accents(evidence[:600].casefold())
    found = {"woman" if match["woman"] or match["woman_s"] else "man" for match in _BODY.finditer(text)}
    if len(found) != 1:
        return None
    whose = found.pop()
    # "The body of a man and that of a woman", "found by a woman walking her dog": the other
    # named at all, the report may tell both.
    return None if _NAMED[whose].search(text) else whose


# The other person's word anywhere in the evidence (not Catalan "home", English's home).
_NAMED = {
    "man": re.compile(rf"(?<!\w)(?:{_WOMAN})(?!\w)"),
    "woman": re.compile(r"(?<!\w)(?:man|homme|mann|mannes|hombre|uomo|homem)(?!\w)"),
}
