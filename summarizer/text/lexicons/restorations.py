"""What tells a return to normal after an event: a road or a line reopened, traffic
restored, residents allowed back home, a closure or an evacuation order lifted. A newsroom
reports it as its own event, not as the crash or the leak that caused it (the crash is of
the morning, the reopening of the evening, and both name one road, one toll, one cause).
Lower-case regular expressions matched on lower-cased text with accents folded, between
word boundaries; en, fr, de, es, it, pt."""

from __future__ import annotations

import re

# What an order lifted ended: a closure, a confinement, an evacuation, a warning.
_ORDER_EN = r"(?:closure|ban|order|lockdown|evacuation|restrictions?|warning|alert|shelter-in-place)"

RESTORATION_CUES: tuple[str, ...] = (
    # en
    r"re-?open(?:ed|s|ing)?", r"(?:allowed|able|permitted|cleared) to (?:go back|return)",
    rf"{_ORDER_EN} (?:(?:was|were|has been|have been|had been) )?lifted",
    rf"lifted the {_ORDER_EN}",
    r"(?:traffic|services?|trains?|flights?|power|supply) (?:(?:was|were|has been|have been|is) )?(?:restored|resumed)",
    r"back to normal",
    # fr
    r"r[ée]?ouv(?:ert\w*|r\w*)", r"reouverture", r"circulation (?:a ete |est |a pu etre )?retablie",
    r"retour des (?:residents|habitants|evacues|riverains)", r"regagner leurs? (?:domiciles?|logements?|maisons?)",
    r"reintegr\w*", r"lev[ée]e? d[eu]s? (?:confinement|l'evacuation|bouclage|fermeture|restrictions?|l'alerte|interdiction)",
    # de
    r"wieder (?:freigegeben|geoffnet|befahrbar|frei|in ihre \w+)", r"wiedereroffn\w*",
    r"(?:sperrung|evakuierung|warnung|ausgangssperre|verbot)\w* (?:(?:wurde|ist|wird|wurden) )?aufgehoben",
    r"zur(?:u|ue)ck in ihre (?:hauser|wohnungen)",
    # es
    r"reabiert\w*", r"reabri\w*", r"reapertura", r"trafico (?:ha sido |fue |quedo )?restablecido",
    r"(?:regresar|volver) a sus (?:casas|hogares|viviendas)",
    r"levant\w* (?:el|la) (?:cierre|confinamiento|evacuacion|alerta|prohibicion)",
    # it
    r"riapert\w*", r"riapr\w*", r"circolazione (?:e stata |e )?ripristinata", r"rientr\w* nelle (?:loro )?(?:case|abitazioni)",
    r"revoca\w* (?:l'|la |il )?(?:evacuazione|chiusura|ordinanza|allerta)",
    # pt
    r"reabert\w*", r"reabri\w*", r"transito (?:foi )?restabelecido", r"(?:regressar|voltar|regressaram|voltaram) (?:a|as|para) (?:suas )?casas?",
    r"levantad\w* (?:a|o) (?:interdicao|confinamento|evacuacao|cerco)",
)  # fmt: skip

# People going back home, or their evacuation lifted: the end of an evacuation, never the
# hazard's report again though it names the hazard ("Residents evacuated after the rollover
# were allowed to return home"). German sets the participle last ("Die Evakuierung wurde am
# Abend aufgehoben").
RETURN_HOME_CUES: tuple[str, ...] = (
    r"(?:allowed|able|permitted|cleared) to (?:go back|return)(?: home| to their homes)",
    r"evacuation(?: order)? (?:(?:was|were|has been|had been) )?lifted", r"lifted the evacuation",
    r"retour des (?:residents|habitants|evacues|riverains)", r"regagner leurs? (?:domiciles?|logements?|maisons?)",
    r"lev[ée]e? de l'evacuation",
    r"zur(?:u|ue)ck in ihre (?:hauser|wohnungen)", r"wieder in ihre (?:hauser|wohnungen)",
    r"evakuierung\w* (?:(?:wurde|ist|wird|wurden) (?:\w+ ){0,4}?)?aufgehoben",
    r"(?:regresar|volver) a sus (?:casas|hogares|viviendas)", r"levant\w* (?:el|la) (?:evacuacion|desalojo)",
    r"rientr\w* nelle (?:loro )?(?:case|abitazioni)", r"revoca\w* (?:l'|la )?evacuazione",
    r"(?:regressar|voltar|regressaram|voltaram) (?:a|as|para) (?:suas )?casas?", r"levantad\w* (?:a|o) evacuacao",
)  # fmt: skip

RESTORATION_PATTERN = re.compile(r"\b(?:" + "|".join((*RESTORATION_CUES, *RETURN_HOME_CUES)) + r")\b")
RETURN_HOME_PATTERN = re.compile(r"\b(?:" + "|".join(RETURN_HOME_CUES) + r")\b")
# A negation just before a cue: what "ne rouvrira pas", "will not reopen", "nicht wieder
# freigegeben", "no reabrirá" tell is a closure that goes on, not its end.
NEGATED = re.compile(r"\b(?:not|n't|never|ne|n'|nicht|kein\w*|no|non|nao|jamais)\W+(?:\w+\W+){0,2}$")
