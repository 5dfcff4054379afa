"""How a report names the event that caused its own, in the languages the product reads:
"evacuated after the dam's purge", "après la purge du barrage", "nach einer Spülung des
Stausees", "tras el desalojo", "dopo lo scarico", "após a descarga". Each cue ends where the
cause's name begins (an article, or none before a noun: "following heavy rain"). Read by
``daily.named_causes``. Plain data: regular expressions over accent-folded, lower-case text."""

from __future__ import annotations

CAUSE_CUES = {
    "en": r"after\s+(?:the|a|an)|following\s+(?:the|a|an)|caused\s+by\s+(?:the|a|an)|due\s+to\s+(?:the|a|an)"
    r"|triggered\s+by\s+(?:the|a|an)|in\s+the\s+wake\s+of\s+(?:the|a|an)",
    "fr": r"apres\s+(?:le|la|l'|l’|les|un|une)|a\s+la\s+suite\s+(?:du|de\s+la|de\s+l'|de\s+l’|des|d'une|d’une|d'un|d’un)"
    r"|suite\s+(?:au|a\s+la|a\s+l'|a\s+l’|aux|a\s+une|a\s+un)|(?:provoquee?s?|causee?s?)\s+par\s+(?:le|la|l'|l’|les|un|une)"
    r"|en\s+raison\s+(?:du|de\s+la|de\s+l'|de\s+l’|des)",
    "de": r"nach\s+(?:dem|der|einer|einem|den)|wegen\s+(?:des|der|dem|eines|einer)|infolge\s+(?:des|der|eines|einer)"
    r"|ausgelost\s+durch\s+(?:den|die|das|einen|eine)",
    "es": r"tras\s+(?:el|la|los|las|un|una)|despues\s+(?:del|de\s+la|de\s+los|de\s+las|de\s+un|de\s+una)"
    r"|a\s+causa\s+(?:del|de\s+la|de\s+los|de\s+las)|provocad[oa]s?\s+por\s+(?:el|la|los|las|un|una)"
    r"|a\s+raiz\s+(?:del|de\s+la|de\s+los|de\s+las)",
    "it": r"dopo\s+(?:il|lo|la|l'|l’|i|gli|le|un|uno|una)|in\s+seguito\s+(?:al|allo|alla|all'|all’|ai|agli|alle|a\s+un|a\s+una)"
    r"|a\s+causa\s+(?:del|dello|della|dell'|dell’|dei|degli|delle)|provocat[oaie]\s+da(?:l|llo|lla|ll'|ll’|i|gli|lle)?",
    "pt": r"apos\s+(?:o|a|os|as|um|uma)|depois\s+(?:do|da|dos|das|de\s+um|de\s+uma)"
    r"|devido\s+(?:ao|a|aos|as)|(?:provocad|causad)[oa]s?\s+pel[oa]s?|na\s+sequencia\s+(?:do|da|dos|das)",
}
