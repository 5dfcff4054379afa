"""Two ways a sentence gives a figure on someone's word that ``daily.claims`` reads beside
its verbs of saying:

- a gapped clause, where the verb of the first claim stands for the second ("Les pompiers
  font état de neuf blessés, la police de douze", "the fire brigade counted nine injured,
  the police twelve", "la empresa cifra en 1.500 los huelguistas y los sindicatos en
  4.000", "die Feuerwehr spricht von neun Verletzten, die Polizei von zwölf"): the actor
  that opens the second clause is the second figure's party (``gapped``);
- a sentence that opens on a subject of a few words, named as no actor, that says the
  figure or keeps to it ("His father had earlier told a newspaper that two were hurt",
  "Der Insolvenzverwalter bleibt bei seiner Zahl von 180": ``opening_speaker``), and a
  clause that does so after an actor (``unnamed_speaker``);
- a figure restated as someone's count of a measure ("Mar Limpo eleva la cifra a más de
  300 toneladas", "local officials put the number of injured at twelve", "el SEM cifra en
  14 los heridos"): it is a party's word even when the article names that party as no
  actor, so it gets a party of its own (``restated``), which sets it apart from the
  article's other figures as a dispute the article reports. All such figures of an
  article share that party: an article that restates its toll twice is one voice, not a dispute."""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.gazetteer import literal_alternation
from summarizer.text.lexicon import merge_lexicon
from summarizer.text.lexicons.counted import COUNTING_VERBS, NUMBER_WORDS

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
    determiners = literal_alternation({*merge_lexicon(lang).determiners, *merge_lexicon("en").determiners})
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


# The preposition that gives the restated count its value.
_VALUE_PREPOSITIONS = {"en": r"at|to", "de": r"auf", "fr": r"à|a", "es": r"en|a"}
# Verbs that restate a count besides the verbs of counting (``COUNTING_VERBS``) and of
# quantifying (``_QUANTIFYING_VERBS``, listed there only): raising or
# lowering another's figure ("eleva la cifra a", "raised the toll to", "rebajó la cifra a").
_RESTATING_VERBS = {
    "en": ("raised", "raises", "lowered", "lowers", "revised", "revises", "put", "puts"),
    "de": ("korrigierte", "korrigiert", "erhöhte", "senkte"),
    "fr": (
        "relève",
        "a relevé",
        "abaisse",
        "a abaissé",
        "porte",
        "a porté",
        "revoit",
    ),
    "es": ("eleva", "elevó", "elevan", "rebaja", "rebajó", "rebajan"),
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
def _number_words(lang: str) -> str:
    """The words for "the number" of a language (``NUMBER_WORDS``), optional after a verb
    that itself puts a number on something ("cifra en 14 los heridos" has none), as
    written and with accents folded ("numero")."""
    said = NUMBER_WORDS.get(lang, NUMBER_WORDS["en"])
    return literal_alternation({*said, *(fold_accents(word) for word in said)})


@cache
def _restating(lang: str) -> re.Pattern[str]:
    quantifying = set(_QUANTIFYING_VERBS.get(lang, ()))
    verbs = {*COUNTING_VERBS.get(lang, frozenset()), *_RESTATING_VERBS.get(lang, ())} - quantifying
    if not verbs and not quantifying:
        # A language with no verbs listed (Italian, Portuguese) restates nothing: an empty
        # alternation would match anywhere, and retry every run of spaces from each of its
        # characters (quadratic on a long one).
        return re.compile(r"(?!)")
    noun = _number_words(lang)
    at = _VALUE_PREPOSITIONS.get(lang, _VALUE_PREPOSITIONS["en"])
    words = r"(?:\s+[^\W\d_][\w'’-]*)"
    named = rf"\s+(?:{noun}){words}{{0,3}}?"
    bare = rf"(?:{literal_alternation(quantifying)}){words}{{0,2}}?(?:{named})?" if quantifying else "(?!)"
    return re.compile(
        rf"(?<!\w)(?:{bare}|(?:{literal_alternation(verbs)}){words}{{0,2}}?{named})\s+(?:{at})\s+",
        re.IGNORECASE,
    )


def restated_count_words(text: str, lang: str, since: int, start: int, end: int) -> str | None:
    """What a restated count's phrase (``restated``) says it counts, between "the number"
    and the preposition of its value: "of injured" of "put the number of injured at
    twelve", "" of "eleva la cifra a" or "put the crowd at"; None when the figure is
    not restated."""
    found = next((m for m in _restating(lang).finditer(text, since, end) if start <= m.end() < end), None)
    if found is None:
        return None
    noun = _number_words(lang)
    at = _VALUE_PREPOSITIONS.get(lang, _VALUE_PREPOSITIONS["en"])
    said = found.group(0)
    named = list(re.finditer(rf"(?<!\w)(?:{noun})(?!\w)", said, re.IGNORECASE))
    if not named:
        return ""  # "el SEM cifra en 14": a verb that puts a number on the count itself
    return re.sub(rf"\s+(?:{at})\s+$", "", said[named[-1].end() :], flags=re.IGNORECASE).strip()


def restated(text: str, lang: str, since: int, start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` is given as someone's count by a verb of
    counting, then "the number" (optional only after a verb that itself puts a number on
    something: "cifra en 14") and the preposition of its value, in its clause
    (from ``since``): right before the figure ("eleva la cifra a ``más de 300``") or in its
    own words ("put ``the number of injured at twelve``")."""
    return restated_count_words(text, lang, since, start, end) is not None


@cache
def _new_subject(lang: str) -> re.Pattern[str]:
    """A clause that opens on a subject of its own, a noun phrase the briefing names as no
    actor, and says the figure after it (", das Unternehmen spricht von", ", the company
    put it at", ", mientras la empresa habla de")."""
    determiners = literal_alternation({*merge_lexicon(lang).determiners, *merge_lexicon("en").determiners})
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


# The most words a sentence's subject may have before its verb of saying ("His father had
# earlier told"): a longer run is a clause of its own, not the figure's speaker.
_SUBJECT_WORDS = 6
# The most characters a verb of saying or keeping to a count spans ("beharrt auf ihrer
# ersten Schätzung").
_VERB_CHARS = 60
# A party keeping to its own count against another's, in English, German, French and
# Spanish ("Der Insolvenzverwalter bleibt bei seiner Zahl von 180", "the firm stands by its
# figure", "la préfecture maintient son bilan", "la empresa mantiene su cifra"): the verb
# with the party's own count, as "mantiene" alone has any subject ("El incendio mantiene
# desalojados a 300 vecinos").
_STANDS_BY = re.compile(
    r"(?<!\w)(?:bleibt bei|blieb bei|beharrt auf|stands by|stood by|sticks to|stuck to|maintient|maintenait"
    r"|mantiene|mantuvo|se mantiene en)"
    r"\s+(?:its|their|his|her|seiner|seinen|ihrer|ihren|son|sa|ses|leur|leurs|su|sus)"
    r"\s+(?:[^\W\d_]+\s+)?"
    r"(?:zahl|angaben?|schätzung|figures?|count|estimate|toll|tally|bilan|chiffres?|estimation|décompte"
    r"|cifras?|balance|número|numero|estimación|recuento|datos)(?!\w)",
    re.IGNORECASE,
)

# Verbs of saying that as often say nothing ("El incendio mantiene desalojados a 300
# vecinos", "le feu maintient 200 personnes hors de chez elles"): saying only with what
# they say ("mantiene que", "maintient que", "maintains that").
_KEEPS = re.compile(
    r"mantiene|mantienen|mantuvo|maintient|maintiennent|maintenait|maintains|maintained", re.IGNORECASE
)
_THAT = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}?(?:que|qu['’]|that|dass)(?!\w)", re.IGNORECASE)


def opening_speaker(text: str, lang: str, sentence_start: int, start: int, cue: re.Pattern[str]) -> bool:
    """A sentence naming no actor before the figure at ``start`` opens on a subject of a
    few words that says it (``cue``: a verb of saying or counting) or keeps to it
    (``_STANDS_BY``): "His father had earlier told a German newspaper that two were hurt".
    Not a pronoun ("He said two"), which stands for an actor named before. The verb must
    stand within ``SUBJECT_REACH`` of the sentence's start, so the look is bounded whatever
    the sentence's length and its number of figures."""
    # Room past the reach for the verb's own words ("bleibt bei seiner Zahl").
    stop = min(start, sentence_start + SUBJECT_REACH + _VERB_CHARS)
    # Keeping to a count first: at one start, "mantiene su cifra" is no bare "mantiene".
    found = (_STANDS_BY.search(text, sentence_start, stop), cue.search(text, sentence_start, stop))
    said = min(
        (m for m in found if m is not None and m.start() <= sentence_start + SUBJECT_REACH),
        key=lambda m: m.start(),
        default=None,
    )
    if said is None:
        return False
    if _KEEPS.fullmatch(said.group()) and not _THAT.match(text, said.end()):
        return False  # "El incendio mantiene desalojados a 300 vecinos": no saying
    subject = text[sentence_start : said.start()].split()
    if not subject or len(subject) > _SUBJECT_WORDS:
        return False
    pronouns = {*merge_lexicon(lang).pronouns, *merge_lexicon("en").pronouns}
    return subject[0].casefold() not in pronouns
