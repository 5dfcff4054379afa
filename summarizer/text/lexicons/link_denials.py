"""Denials of a link between a passage's event and something else ("not linked to last
week's burglary", "steht in keinem Zusammenhang mit", "sans lien avec", "sin relación con",
"esclude ogni legame con", "has nothing to do with", "não tem nada a ver com"), by language, in lower case, each
ending where what is denied a link begins. One table: the engine's cues of another event
(``news_events`` and ``vocabulary.DISTINCT_EVENT_CUES``), its guard against typing a
sentence by the event it denies a link with (``incident_guards``, every language's) and the
merge's ``daily.link_denials`` read it. Fixed
phrases with a few optional words: no nested repeats, linear on any text."""

from __future__ import annotations

LINK_DENIAL_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:has|have|had) nothing to do with",
        # "Not unrelated to" says a link.
        r"(?<!not )unrelated (?:to|with)",
        r"not (?:related|linked|connected) (?:to|with)",
        r"(?:see|sees|saw|seen|found|find|finds|is|was|there is|there was) no (?:link|links|connection)"
        r"(?: (?:to|with|between))?",
    ),
    "de": (
        r"(?:hat|haben|hatte|hatten) nichts (?:zu tun )?mit",
        r"(?:in keinem|nicht im|nicht in einem) zusammenhang(?: mit)?",
        r"keinen? zusammenhang(?: mit)?",
    ),
    "fr": (
        r"n['’](?:a|ont|avait|avaient) rien à voir avec",
        r"sans (?:aucun )?(?:lien|rapport) avec",
        r"(?:aucun|pas de) lien avec",
        r"n['’](?:est|sont) pas li[ée]e?s? (?:à|au|aux)",
    ),
    "es": (
        r"no (?:tiene|tienen|tenía|tenían) nada que ver con",
        r"sin (?:ninguna )?relaci[óo]n con",
        r"no (?:tiene|tienen|guarda|guardan) (?:ninguna )?relaci[óo]n con",
        r"no (?:lo|la|los|las|le|les) (?:relaciona|relacionan|vincula|vinculan) con",
        r"desvincula(?:n)? de(?:l)?",
        r"desvinculad[oa]s? de(?:l)?",
        r"ning[úu]n v[íi]nculo con",
    ),
    # Dutch and Catalan: "ziet geen verband met", "sense relació amb".
    "nl": (
        r"(?:heeft|hebben|had|hadden) (?:het |dit |dat )?niets (?:te maken )?met",
        r"niets te maken (?:heeft |hebben |had |hadden )?met",
        r"(?:ziet|zien|zag|zagen|is|er is|er was) (?:voorlopig |nog |vooralsnog )?geen (?:enkel )?"
        r"(?:verband|link|verbinding)(?: met)?",
        r"geen (?:enkel )?verband met",
        r"(?:staat|staan|stond|stonden) los van",
    ),
    "ca": (
        r"no (?:té|tenen|tenia|tenien) res a veure amb",
        r"sense (?:cap )?relació amb",
        r"no (?:té|tenen|hi ha) (?:cap )?(?:relació|vincle|vinculació) amb",
        r"cap (?:relació|vincle) amb",
        r"desvincula(?:n)? de(?:l)?",
    ),
    "it": (
        r"non (?:ha|hanno|aveva|avevano) (?:nulla|niente) a che (?:fare|vedere) con",
        r"esclud(?:e|ono) (?:ogni|qualsiasi|alcun) (?:legame|collegamento|relazione) con",
        r"(?:nessun|alcun) (?:legame|collegamento) con",
        # Before an elided "all'" the denial ends at the participle: what follows it is the
        # event denied a link ("non è collegato all'esplosione").
        r"non (?:è|e|sono) (?:collegat[oaie]|legat[oaie])"
        r"(?: (?:a|al|alla|allo|ai|alle|agli|con)|(?= all['’]))",
    ),
    "pt": (
        r"não (?:tem|têm|tinha|tinham) nada a ver com",
        r"sem (?:qualquer |nenhuma )?(?:relação|ligação) com",
        r"(?:nenhuma|qualquer) (?:relação|ligação) com",
        r"não (?:está|estão|estava|estavam) (?:relacionad[oa]s?|ligad[oa]s?) (?:com|a|ao|à|aos|às)",
    ),
}
