"""Two ways a sentence gives a figure on someone's word that ``daily.claims`` reads beside
its verbs of saying:

- a gapped clause, where the verb of the first claim stands for the second ("Les pompiers
  font état de neuf blessés, la police de douze", "the fire brigade counted nine injured,
  the police twelve", "la empresa cifra en 1.500 los huelguistas y los sindicatos en
  4.000", "die Feuerwehr spricht von neun Verletzten, die Polizei von zwölf"): the actor
  that opens the second clause is the second figure's party (``gapped``);
- a figure restated as someone's count of a measure ("Mar Limpo eleva la cifra a más de
  300 toneladas", "local officials put the number of injured at twelve", "el SEM cifra en
  14 los heridos"): it is a party's word even when the article names that party as no
  actor, so it gets a party of its own (``restated``), which sets it apart from the
  article's other figures as a dispute the article reports. All such figures of an
  article share that party: an article that restates its toll twice is one voice, not a dispute."""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.gazetteer import literal_alternation
from summarizer.text.lexicon import lexicon
from summarizer.text.lexicons.counted import COUNTING_VERBS

# What may join a gapped clause's actor to its figure: nothing, or a preposition and an
# article ("la police de douze", "los sindicatos en 4.000", "die Polizei von zwölf").
_GAP_PREPOSITIONS = "de|d'|du|des|von|vom|en|a|à|at|on|auf|mit|with|con|bei"
# What opens a gapped clause before its actor: a comma, or a conjunction ("and the police
# twelve", "y los sindicatos en 4.000", "während die Polizei von zwölf spricht").
_GAP_OPENERS = (
    r",|\band|\bbut|\bwhile|\bwhereas|\bet|\bmais|\balors\s+que|\by|\bpero|\bmientras|\bund|\baber|\bwährend"
)
# How far a gapped clause's actor may stand from its figure.
GAP_CHARS = 30


@cache
def _gap(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    determiners = literal_alternation({*lexicon(lang).determiners, *lexicon("en").determiners})
    between = re.compile(rf"\s*(?:(?:{_GAP_PREPOSITIONS})\s*)?(?:(?:{determiners})\s+)?", re.IGNORECASE)
    opener = re.compile(rf"(?:{_GAP_OPENERS})\s*(?:(?:{determiners})\s+)*$", re.IGNORECASE)
    return between, opener


def gapped(
    text: str, lang: str, actor: tuple[int, int], start: int, cue: re.Pattern[str], since: int
) -> bool:
    """Whether the actor at ``actor`` (start, end) opens a gapped clause that gives the
    figure at ``start``: only a preposition and an article between them, a comma or a
    conjunction right before it, and a verb of saying or counting (``cue``) earlier in
    the sentence (from ``since``) that it stands for."""
    if start - actor[1] > GAP_CHARS:
        return False
    between, opener = _gap(lang)
    return (
        between.fullmatch(text, actor[1], start) is not None
        and opener.search(text, max(since, actor[0] - 40), actor[0]) is not None
        and cue.search(text, since, actor[0]) is not None
    )


# The words for "the number" of each language ("put the number of injured at", "eleva la
# cifra a"): optional, as "cifra en 14 los heridos" has none.
_NUMBER_WORDS = {
    "en": r"number|figure|toll|tally|count|estimate",
    "de": r"zahl|anzahl|gesamtzahl|bilanz",
    "fr": r"nombre|chiffre|bilan",
    "es": r"número|numero|cifra|balance",
}
# The preposition that gives the restated count its value.
_VALUE_PREPOSITIONS = {"en": r"at|to", "de": r"auf", "fr": r"à|a", "es": r"en|a"}
# Verbs that restate a count besides the verbs of counting (``COUNTING_VERBS``): raising or
# lowering another's figure ("eleva la cifra a", "raised the toll to", "rebajó la cifra a").
_RESTATING_VERBS = {
    "en": ("raised", "raises", "lowered", "lowers", "revised", "revises", "put", "puts", "puts"),
    "de": ("korrigierte", "korrigiert", "erhöhte", "senkte"),
    "fr": (
        "relève",
        "a relevé",
        "abaisse",
        "a abaissé",
        "porte",
        "a porté",
        "revoit",
        "chiffrent",
        "évaluent",
    ),
    "es": ("eleva", "elevó", "elevan", "rebaja", "rebajó", "rebajan", "sitúa", "situó", "sitúan", "cifran"),
}


# Verbs that mean putting a number on something ("el SEM cifra en 14 los heridos", "ein
# Verband beziffert ... auf 14"): only these may restate a count without "the number". Any
# other verb needs it, as its preposition alone gives no count ("El temporal informa a 200
# vecinos", "registra en 24 horas", "put the driver at 80 km/h").
_QUANTIFYING_VERBS = {
    "de": ("beziffert", "bezifferte", "bezifferten", "beziffern"),
    "fr": ("chiffre", "a chiffré", "chiffrent", "évalue", "a évalué", "évaluent"),
    "es": (
        "cifra",
        "cifró",
        "cifran",
        "cifraron",
        "calcula",
        "calculó",
        "calculan",
        "sitúa",
        "situó",
        "sitúan",
    ),
}


@cache
def _restating(lang: str) -> re.Pattern[str]:
    quantifying = set(_QUANTIFYING_VERBS.get(lang, ()))
    verbs = {*COUNTING_VERBS.get(lang, frozenset()), *_RESTATING_VERBS.get(lang, ())} - quantifying
    noun = _NUMBER_WORDS.get(lang, _NUMBER_WORDS["en"])
    at = _VALUE_PREPOSITIONS.get(lang, _VALUE_PREPOSITIONS["en"])
    words = r"(?:\s+[^\W\d_][\w'’-]*)"
    named = rf"\s+(?:{noun}){words}{{0,3}}?"
    bare = rf"(?:{literal_alternation(quantifying)}){words}{{0,2}}?(?:{named})?" if quantifying else "(?!)"
    return re.compile(
        rf"(?<!\w)(?:{bare}|(?:{literal_alternation(verbs)}){words}{{0,2}}?{named})\s+(?:{at})\s+",
        re.IGNORECASE,
    )


def restated(text: str, lang: str, since: int, start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` is given as someone's count by a verb of
    counting, then "the number" (optional only after a verb that itself puts a number on
    something: "cifra en 14") and the preposition of its value, in its clause
    (from ``since``): right before the figure ("eleva la cifra a ``más de 300``") or in its
    own words ("put ``the number of injured at twelve``")."""
    return any(start <= m.end() < end for m in _restating(lang).finditer(text, since, end))


@cache
def _new_subject(lang: str) -> re.Pattern[str]:
    """A clause that opens on a subject of its own, a noun phrase the briefing names as no
    actor, and says the figure after it (", das Unternehmen spricht von", ", the company
    put it at", ", mientras la empresa habla de")."""
    determiners = literal_alternation({*lexicon(lang).determiners, *lexicon("en").determiners})
    return re.compile(
        rf"(?:{_GAP_OPENERS})\s*(?:{determiners})(?:(?<=['’])|\s+)[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s+$",
        re.IGNORECASE,
    )


# How far before its verb a new subject's clause may open: an opener, an article and two
# words. Bounding the look keeps a sentence of many verbs of saying linear ("meldet meldet
# ... 280" once searched the whole prefix for each verb).
SUBJECT_REACH = 100


def unnamed_speaker(text: str, lang: str, since: int, start: int, cue: re.Pattern[str]) -> int | None:
    """Where a clause between an actor (ending at ``since``) and the figure at ``start``
    opens on a subject of its own that says the figure (``_new_subject``, then a verb of
    saying or counting): "Laut GVD beteiligen sich 450 Beschäftigte, das Unternehmen
    spricht von 280" gives 280 on the company's word, not the union's. None when there
    is no such clause."""
    for said in cue.finditer(text, since, start):
        if _new_subject(lang).search(text, max(since, said.start() - SUBJECT_REACH), said.start()):
            return said.start()
    return None
