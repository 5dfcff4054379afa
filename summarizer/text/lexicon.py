"""One language's words for the text layer: what the rules read an article with.

Each supported language is one ``Lexicon`` of plain data (``summarizer/text/lexicons/``):
sentence abbreviations, calendar words, attribution verbs and phrases, role nouns and
titles, function words that are never names, organisation name endings, and how numbers
are written. The segmenter, the number reader and the offline engine's patterns are built
from it, once per language; none of them holds a word list of its own for a language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

from summarizer.text.accents import fold_accents
from summarizer.text.language import DEFAULT, MERGED, SUPPORTED

# Capital and small letters of the languages the rules read, Latin-1 and Latin Extended-A
# ("Österreich", "Éric", "Łukasz", "Yıldız"): every pattern outside English uses these.
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
LOWER = "a-zß-öø-ÿĀ-ž"


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (longest first), spaces inside a word matching any
    run of whitespace: the lexicons' phrases ("a déclaré", "nach Angaben von")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Numbers:
    """How a language writes numbers."""

    # Separators between groups of three digits ("1,000"; "1.000"; "1 000") and the decimal
    # mark. A dot is a thousands separator only before exactly three digits in languages
    # whose decimal mark is a comma ("2.500" 2,500; "2.5" stays 2.5).
    thousands: str
    decimal: str
    # Cardinals written as words; a number word that is also an article ("ein", "un") is left
    # out: "un homme" is not a figure.
    words: dict[str, float] = field(default_factory=dict)
    # Words that join two number words ("treinta y cinco", "vingt et un").
    joiners: frozenset[str] = frozenset()
    # Scale words after a number ("2,5 Millionen", "3 Mrd.", "1,2 millones").
    scales: dict[str, float] = field(default_factory=dict)
    # Vague quantities, read as the least they can mean ("Dutzende" 24, "des centaines" 200).
    vague: dict[str, float] = field(default_factory=dict)
    # The word for "one" that is also the indefinite article: one only inside a run of number
    # words ("vingt et un", "treinta y un") or before a scale of a million or more ("un
    # million", "eine Milliarde").
    ones: frozenset[str] = frozenset()
    # Scale words written onto the numeral ("10mila", "50mila euro"), lower case -> factor.
    attached_scales: dict[str, float] = field(default_factory=dict)
    # Endings written onto a numeral that leave it the number: "un 19enne" (a 19-year-old).
    suffixes: tuple[str, ...] = ()
    # A number word that is also another word, and a regex of what follows it that makes it
    # that word: "venti forti" are strong winds, "sei stato" is "you have been".
    homographs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Lexicon:
    code: str
    # Words after which a full stop does not end a sentence (lower case, no final dot).
    abbreviations: frozenset[str]
    months: tuple[str, ...]  # lower case, January first
    weekdays: tuple[str, ...]  # lower case, Monday first
    # Verb forms that attribute speech, several words allowed ("a déclaré", "hat gesagt").
    reporting_verbs: tuple[str, ...]
    # Before the source ("according to X", "laut X", "selon X"); after it ("X zufolge").
    according_to: tuple[str, ...]
    according_after: tuple[str, ...]
    determiners: tuple[str, ...]  # lower case: "the", "der", "la", "los"
    pronouns: dict[str, str | None]  # subject pronoun -> gender ("m", "f", None)
    also: tuple[str, ...]  # "also", "auch", "aussi", "también"
    that: tuple[str, ...]  # "that", "dass", "que"
    # Words before a day or a time ("on Monday", "am Montag", "el lunes").
    time_words: tuple[str, ...]
    # Capitalised words that never begin or make up a person's name (articles, pronouns,
    # conjunctions, prepositions that open a sentence).
    not_name: frozenset[str]
    # Nouns that name a person by role (lower case). German builds compounds on them
    # ("Polizeisprecher"): ``role_endings`` are matched at a word's end.
    person_roles: frozenset[str]
    role_endings: tuple[str, ...]
    # Titles before a name ("Dr.", "Frau", "Mme", "Sra."): the word, lower case, without a
    # dot -> the gender it gives (or None).
    titles: dict[str, str | None]
    # Endings of common nouns, never of a person's name (German capitalises every noun:
    # "Regierung", "Sicherheit" are not names).
    noun_endings: frozenset[str] | tuple[str, ...]
    organization_roles: frozenset[str]  # lower case: "police", "Polizei", "policía"
    organization_endings: frozenset[str]  # last word of an organisation's name
    numbers: Numbers
    # Ages after a number ("45 ans", "45 Jahre alt", "de 45 años").
    age_after: str
    # Clause openers after a quotation that name its speaker in a language's own way
    # ("a-t-il déclaré"): regular expressions with ``who`` and ``cue`` groups, tried right
    # after the closing mark.
    after_quote: tuple[str, ...] = ()
    # Words that open a dialogue line with a dash (Spanish raya): '—Es un desastre —dijo'.
    dash_dialogue: bool = False
    # Units and currencies written after a number, lower case -> the figure's unit.
    units_after: dict[str, str] = field(default_factory=dict)
    # Indefinite articles (lower case, among ``determiners``): an unnamed speaker ("an
    # aide", "ein Anwohner", "une habitante", "un vecino").
    indefinite_articles: frozenset[str] = frozenset()
    # Words that end a counted noun phrase after a number: articles, prepositions,
    # conjunctions and auxiliaries ("2.300 Beschäftigte in", "1 000 personnes ont").
    counted_stops: frozenset[str] = frozenset()
    # Nouns that open a phrase about a body without being part of its name ("nach Angaben
    # der Polizei", "selon un communiqué de", "según fuentes de").
    report_nouns: frozenset[str] = frozenset()
    # Body nouns of public authorities: a body whose name's head ends in one is a
    # government body ("Innenministerium", "préfecture", "Ayuntamiento").
    government_words: frozenset[str] = frozenset()
    # Public services copy names by their noun alone ("a déclaré la police", "sagte die
    # Polizei"): when no body the article names is one, the service itself speaks.
    services: frozenset[str] = frozenset()
    # A language that writes a body's name in sentence case ("Agence régionale de santé",
    # "Office européen de lutte antifraude"): the endings of the lower-case adjectives in
    # such a name, and the words that join its nouns (a regex). Empty: names are capitalised.
    body_adjective_endings: tuple[str, ...] = ()
    body_name_joins: str = ""
    # Words between a scale word and its unit ("millions d'euros", "millones de euros"),
    # lower case, an elided one with its apostrophe.
    unit_of: tuple[str, ...] = ()
    # Bound words before a number, as in ``figures.BOUNDS``: (alternation, bound).
    bounds: tuple[tuple[str, str], ...] = ()
    # Words before an ordinal written as a numeral and a dot ("am 5. März", "der 3. Platz"):
    # that dot does not end a sentence.
    ordinal_leads: frozenset[str] = frozenset()
    # Lower-case words inside a person's name ("Ursula von der Leyen", "Ana de la Torre").
    name_particles: tuple[str, ...] = ()
    # Words after a weekday that keep it a time ("mercredi matin", "el lunes por la noche").
    day_parts: tuple[str, ...] = ("morning",)
    # How copy says whom the words were said to, as a regex of the words that open it
    # ("dem|der" in "sagte dem SPIEGEL"; "à|au" in "a déclaré à l'AFP").
    addressee: str = ""
    # A pronoun standing for the subject a pro-drop language leaves out ("—dijo—"): the
    # speaker rules read it as a pronoun of either gender.
    dropped_subject: str | None = None
    # Articles and titles that tell a person's gender when they open the phrase that names
    # them ("la procureure, Hélène Marchetti", "die Ministerin", "Mme", "Sra.").
    gendered_words: dict[str, str] = field(default_factory=dict)
    # Words that give the source only when they open a sentence ("Pour X, ..."), not where
    # they mean "for".
    according_opening: tuple[str, ...] = ()
    # A person named by their age ("die 71-Jährige"), as a regex: the person named last.
    age_noun: str = ""
    # Prepositions before a place ("in Köln", "à Lyon", "en Valencia"), as a regex.
    place_prepositions: str = ""
    # Words for days relative to publication ("gestern" -1, "aujourd'hui" 0).
    relative_days: dict[str, int] = field(default_factory=dict)
    # Other names of a weekday -> the name in ``weekdays`` ("sonnabend" -> "samstag").
    weekday_aliases: dict[str, str] = field(default_factory=dict)
    # Function words of four letters or more, lower case ("pour", "selon", "nach", "según"):
    # what any two passages of the language share, never a sign that they tell one story.
    function_words: frozenset[str] = frozenset()


@cache
def according_to_any_language() -> re.Pattern[str]:
    """ "According to" of every supported language ("selon", "laut", "según", "secondo"), a
    whole phrase, as written and with its accents folded ("segun", "d'apres"): the one list
    a figure given on a party's word is told by."""
    cues = {
        form for code in SUPPORTED for cue in lexicon(code).according_to for form in (cue, fold_accents(cue))
    }
    return re.compile(rf"(?<!\w)(?:{alternation(cues)})(?!\w)", re.IGNORECASE)


def lexicon(code: str) -> Lexicon:
    """The lexicon of a supported language; English for any other (the briefing warns)."""
    return _load(code if code in SUPPORTED else DEFAULT)


def merge_lexicon(code: str) -> Lexicon:
    """The lexicon the daily merge reads a briefing in: that of any language of
    ``language.MERGED`` (Dutch and Catalan too), English for any other."""
    return _load(code if code in MERGED else DEFAULT)


@cache
def _load(code: str) -> Lexicon:
    module = import_module(f"summarizer.text.lexicons.{code}")
    found: Lexicon = module.LEXICON
    return found
