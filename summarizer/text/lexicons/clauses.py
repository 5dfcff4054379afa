"""Clause words in English, German, French and Spanish: what a figure's category is read
from. A toll's category comes from the verb that governs the number ("forcing about 3,000
residents to leave" is displaced, however near "killing" stands), so the rules read the
number's own clause. Lower-case regular expressions, matched on lower-cased text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClauseWords:
    # Words that open a new clause with a verb of its own ("but", "while", "when", ", as"):
    # a cue on the other side of one governs another number.
    breaks: str
    # Words that join a number to the clause before it and share that clause's verb
    # ("killing five soldiers and two civilians", "including", "dont", "darunter").
    joins: str
    # The comma before a participle that opens a clause (", forcing", ", faisant", ",
    # dejando"), the participle itself left to the clause (it is often the cue).
    participle: str
    # Verbs that make a number's own clause a full one ("six remain missing", "12 were in a
    # critical condition"): a clause with one takes no verb from the clause before it.
    finite: str
    # Verbs before a number whose category is read after it: "forcing 3,000 to flee",
    # "leaving 3 dead", "prompting authorities to order 900 residents to stay indoors".
    causatives: str
    # The word between a vague quantity and what it counts ("dozens of", "une cinquantaine
    # de", "decenas de").
    of: str
    # The word before a number that makes it a magnitude ("a magnitude 6.4 earthquake",
    # "un sismo de magnitud 6,1", "der Stärke 5,8"): the figure's text starts with it.
    magnitude: str
    # Labels before a number that make it a name, not a count ("Category 4", "gate 4",
    # "Stufe 3", "niveau 2", "nivel 4").
    labels: str
    # Nouns of time after a vague quantity: "une vingtaine de minutes" is a duration, not
    # a count (English durations are units: see ``figure_writing``).
    durations: str = r"(?!)"


CLAUSE_WORDS: dict[str, ClauseWords] = {
    "en": ClauseWords(
        breaks=r";|\bbut\b|\bwhile\b|\bwhereas\b|\bwhen\b|\bafter\b|\bbecause\b|\buntil\b|,\s+as\b",
        joins=r"\band\b|\bor\b|\bincluding\b|\bamong them\b|\bof whom\b|\bas well as\b",
        participle=r",\s+(?=(?!including\b)[a-z]+ing\b)",
        finite=r"\b(?:is|are|was|were|remain(?:s|ed)?|ha(?:ve|s|d)|will|would|could|can|may|might)\b",
        causatives=r"\b(?:forc(?:ed|ing|es?)|prompt(?:ed|ing|s)?|order(?:ed|ing|s)?|leav(?:e|es|ing)|left|"
        r"send(?:s|ing)?|sent|caus(?:ed|ing|es?))\b",
        of=r"\s+of\s+(?:the\s+)?",
        magnitude="magnitude",
        labels=r"\b(?:category|cat\.|level|grade|gate|platform|terminal|stage|phase|force)\s+",
    ),
    "de": ClauseWords(
        breaks=r";|\baber\b|\bwährend\b|\bnachdem\b|\bweil\b|\bbevor\b|\bbis\b|,\s+als\b",
        joins=r"\bund\b|\boder\b|\bdarunter\b|\bdavon\b|\bsowie\b",
        participle=r"(?!)",
        finite=r"\b(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|bleib\w*|"
        r"blieben|musste|mussten|konnte|konnten)\b",
        causatives=r"\b(?:zwang|zwangen|gezwungen)\b",
        of=r"\s+(?:von\s+)?",
        magnitude="stärke|magnitude",
        labels=r"\b(?:kategorie|stufe|warnstufe|gleis|tor|terminal|phase)\s+",
        durations=r"(?:sekunden|minuten|stunden|tage|tagen|wochen|monate|monaten|jahre|jahren)\b",
    ),
    "fr": ClauseWords(
        breaks=r";|\bmais\b|\balors que\b|\btandis que\b|\blorsque\b|\bquand\b|\baprès\b|\bcar\b|\bavant\b",
        joins=r"\bet\b|\bou\b|\bdont\b|\bparmi lesquels\b|\bainsi que\b",
        participle=r",\s+(?=[a-zàâçéèêëîïôûùüÿœ]+ant\b)",
        finite=r"\b(?:est|sont|était|étaient|ont|a|avait|avaient|reste(?:nt)?|restaient|sera|seront)\b",
        causatives=r"\b(?:forçant|contraignant|obligeant|poussant|laissant|forcé|contraint|obligé)\b",
        of=r"\s+(?:de\s+|d['’]\s*|des\s+)",
        magnitude="magnitude",
        labels=r"\b(?:catégorie|niveau|porte|quai|terminal|phase)\s+",
        durations=r"(?:secondes|minutes|heures|jours|semaines|mois|ans|années)\b",
    ),
    "es": ClauseWords(
        breaks=r";|\bpero\b|\bmientras\b|\bcuando\b|\btras\b|\bporque\b|\bantes de\b|\bhasta que\b",
        joins=r"\by\b|\be\b|\bo\b|\bentre ellos\b|\bincluidos\b|\bde los cuales\b|\basí como\b",
        participle=r",\s+(?=[a-záéíóúñü]+(?:ando|iendo)\b)",
        finite=r"\b(?:es|son|era|eran|fue|fueron|ha|han|había|habían|sigue(?:n)?|permanece(?:n)?|"
        r"resultaron|resultó|quedaron|quedó|estaban|están)\b",
        causatives=r"\b(?:obligando|obligó|obligaron|forzando|forzó|dejando|dejó|dejaron|obligad[oa]s)\b",
        of=r"\s+de\s+",
        magnitude="magnitud",
        labels=r"\b(?:categoría|nivel|puerta|andén|terminal|fase)\s+",
        durations=r"(?:segundos|minutos|horas|días|semanas|meses|años)\b",
    ),
}
