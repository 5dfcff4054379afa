"""An office's portfolio is no part of its holder's name: "la ministre de la Santé Mathilde
Dupuis", "Schepen van Toerisme Frederik Wauters", "die Ministerin für Verkehr Sietske Huber",
"l'assessore al Turismo Sjoerd Rossi", "el consejero de Sanidad Iñaki Goikoetxea", "la
regidora de Turisme Núria Vidal". Copy in every language writes the field of an office
held over a portfolio (``lexicons.offices.CHARGE_WORDS``) capitalised, joined to the
office word by a short preposition, right before the holder's name; a run of capitalised
words read from there holds the field as its first word.

The given-names table catches a known first name ("Agnès Buzyn" after "la Santé"); this
catches the rest by the office word before the run. What keeps a name whole: only an office
held over a portfolio has one ("l'avocat de Sjoerd Pérez García" names Pérez's lawyer, so
"avocat" is no such office), a known given name is never a portfolio ("le délégué de Marie
Claire Dupont"), and the holder keeps two names at least: "minister van Mobiliteit Lambert"
is left as it was read."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.lexicon import LOWER
from summarizer.text.lexicons.offices import CHARGE_ENDINGS, CHARGE_WORDS

# The office word, then one to three short lower-case joining words ("de la ", "für ", "van ",
# "al ", "de l'"), right before the run: "ministre de la ", "Schepen van ".
_OFFICE_THEN_JOIN = re.compile(rf"(?P<office>[\w'’-]+)[ \t]+(?:[{LOWER}]{{1,4}}(?:[ \t]+|['’])){{1,3}}$")


# French, Italian and Portuguese put an article before a field ("de la Santé", "al Turismo",
# "da Saúde"); a bare "de" or "di" there joins a person or a place: "le conseiller de Xavi
# Pérez García" is Pérez García's adviser, no councillor for "Xavi".
_ARTICLED_FIELDS = frozenset({"fr", "it", "pt"})
_BARE_OF = re.compile(r"[ \t](?:de|di)[ \t]+$")


def _holds_portfolio(word: str) -> bool:
    """An office held over a portfolio, an elided article before it aside ("L'échevine")."""
    bare = fold_accents(re.split(r"['’]", word)[-1]).lower()
    return bare in CHARGE_WORDS or (len(bare) > 7 and bare.endswith(CHARGE_ENDINGS))


def without_portfolio(before: str, tokens: list[str], given_names: frozenset[str], lang: str) -> list[str]:
    """``tokens`` (a capitalised run read as a name, ``before`` the text right before it)
    without the portfolio of the office it follows. Joining words the run took in after a
    role it dropped ("Schepen van Toerisme ...": "van") are the role's, never the name's."""
    lead = 0
    while lead < len(tokens) and tokens[lead][:1].islower():
        lead += 1
    head = before + "".join(f"{t} " for t in tokens[:lead])
    rest = tokens[lead:]
    office = _OFFICE_THEN_JOIN.search(head[-80:])
    if office is None or len(rest) < 3 or rest[0] in given_names:
        return rest  # "L'avocat de Sjoerd Pérez García": "de" joins the role, not the name
    if not _holds_portfolio(office.group("office")):
        return rest
    if lang in _ARTICLED_FIELDS and _BARE_OF.search(office.group()):
        return rest
    return rest[1:]
