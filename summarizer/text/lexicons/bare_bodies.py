"""Public bodies copy names by their kind alone, with an article, as the subject or source
of a report: "Die Gemeinde meldete", "Según el Ayuntamiento", "Els Bombers confirmen",
"Il Comune sostiene", "volgens de brandweer". Every town has one of each, so the noun says
which body only with the article's town (the daily merge places it there,
``daily.kinds_by_place``). Only nouns the merge reads as a kind alone are listed: a body
with a name of its own ("Ertzaintza", "Xunta") is read as a name elsewhere.

Catalan and Portuguese put articles before people's names too ("la Maria", "o João"), so
the noun list, never the article, is what makes a body."""

from __future__ import annotations

from summarizer.text.vocabulary import words

BARE_BODY_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "police",
            "firefighters",
            "prosecutors",
            "fire brigade",
            "fire service",
            "fire department",
            "city",
        }
    ),
    "fr": words("police gendarmerie préfecture pompiers sapeurs-pompiers mairie parquet commune ville"),
    "de": words(
        "Polizei Feuerwehr Gemeinde Gemeinderat Präfektur Staatsanwaltschaft Gendarmerie Rathaus Stadt"
    ),
    "es": words("policía bomberos ayuntamiento fiscalía gendarmería municipio"),
    "ca": words("policia bombers ajuntament fiscalia gendarmeria"),
    "it": words("polizia carabinieri comune prefettura questura procura municipio"),
    "pt": words("polícia bombeiros município"),
    "nl": words("politie brandweer gemeente parket"),
}
# A pronoun between the body and its verb: "la commune en dénombre 36", "il Comune ne conta".
BARE_BODY_CLITICS = r"en|ne|lo|ho|y|er"
# The articles and contracted prepositions that open such a subject or source, by language.
BARE_BODY_ARTICLES: dict[str, str] = {
    "en": r"the",
    "fr": r"la|le|les|l['’]",
    "de": r"die|der|des|den",
    "es": r"la|el|los|las|del",
    "ca": r"la|el|els|les|l['’]|del|dels",
    "it": r"la|il|i|le|l['’]|della|del|dei|dalla|dal|dai",
    "pt": r"a|o|os|as|da|do|dos|das|pela|pelo|pelos",
    "nl": r"de|het",
}
# Words that carry a name on after the noun: "el Ayuntamiento de Vigo" is Vigo's, a named
# body the readers of whole names read.
BARE_BODY_JOINS = r"de|del|d['’]|du|des|di|della|do|da|dos|das|van|von|der|of"
# Verbs a body gives its count or word with that the lexicons' reporting verbs leave out:
# "Die Gemeinde meldete", "wie die Feuerwehr mitteilte", "el Ayuntamiento cifra en once",
# "Els Bombers confirmen", "a Câmara informou".
BARE_BODY_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"reported", "confirmed", "put the number", "put the figure", "put the toll"}),
    "fr": words("signale confirment précise avance dénombre recommande"),
    "de": words("meldete meldet meldeten mitteilte mitteilt bestätigte bestätigten"),
    "es": words("cifra cifró cifran informó informa confirmaron"),
    "ca": words("confirmen xifra xifren informa informen asseguren afirmen indiquen"),
    "it": words("riferisce riferiscono conferma confermano comunica"),
    "pt": words("informou informa confirmam confirmaram"),
    "nl": words("meldt meldde bevestigt bevestigde"),
}
