"""How a report names the event that caused its own, in the languages the product reads:
"evacuated after the dam's purge", "après la purge du barrage", "nach einer Spülung des
Stausees", "tras el desalojo", "dopo lo scarico", "após a descarga". Each cue ends where the
cause's name begins (an article, or none before a noun: "following heavy rain"). Read by
``daily.named_causes``. Plain data: regular expressions over accent-folded, lower-case text."""

from __future__ import annotations

# What came before: "after the", "nach dem", "tras el". Opening a report, they say its
# event followed another (``daily.passages.follows_another_event``).
FOLLOWING_CUES = {
    "en": r"after\s+(?:the|a|an)|following\s+(?:the|a|an)|in\s+the\s+wake\s+of\s+(?:the|a|an)",
    "fr": r"apres\s+(?:le|la|l'|l’|les|un|une)|a\s+la\s+suite\s+(?:du|de\s+la|de\s+l'|de\s+l’|des|d'une|d’une|d'un|d’un)"
    r"|suite\s+(?:au|a\s+la|a\s+l'|a\s+l’|aux|a\s+une|a\s+un)",
    "de": r"nach\s+(?:dem|der|einer|einem|den)|infolge\s+(?:des|der|eines|einer)",
    "es": r"tras\s+(?:el|la|los|las|un|una)|despues\s+(?:del|de\s+la|de\s+los|de\s+las|de\s+un|de\s+una)"
    r"|luego\s+(?:del|de\s+la|de\s+los|de\s+las|de\s+un|de\s+una)",
    "it": r"dopo\s+(?:il|lo|la|l'|l’|i|gli|le|un|uno|una)|in\s+seguito\s+(?:al|allo|alla|all'|all’|ai|agli|alle|a\s+un|a\s+una)",
    "pt": r"apos\s+(?:o|a|os|as|um|uma)|depois\s+(?:do|da|dos|das|de\s+um|de\s+uma)|na\s+sequencia\s+(?:do|da|dos|das)",
}
# What brought it about: "caused by the", "wegen des", "a causa del". A cause, not an event
# before: "Wegen eines Norovirus-Ausbruchs liegt das Schiff fest" tells the outbreak's event.
CAUSED_BY_CUES = {
    "en": r"caused\s+by\s+(?:the|a|an)|due\s+to\s+(?:the|a|an)|triggered\s+by\s+(?:the|a|an)",
    "fr": r"(?:provoquee?s?|causee?s?)\s+par\s+(?:le|la|l'|l’|les|un|une)|en\s+raison\s+(?:du|de\s+la|de\s+l'|de\s+l’|des)",
    "de": r"wegen\s+(?:des|der|dem|eines|einer)|ausgelost\s+durch\s+(?:den|die|das|einen|eine)",
    "es": r"a\s+causa\s+(?:del|de\s+la|de\s+los|de\s+las)|provocad[oa]s?\s+por\s+(?:el|la|los|las|un|una)"
    r"|a\s+raiz\s+(?:del|de\s+la|de\s+los|de\s+las)",
    "it": r"a\s+causa\s+(?:del|dello|della|dell'|dell’|dei|degli|delle)|provocat[oaie]\s+da(?:l|llo|lla|ll'|ll’|i|gli|lle)?",
    "pt": r"devido\s+(?:ao|a|aos|as)|(?:provocad|causad)[oa]s?\s+pel[oa]s?",
}
# Either names the event that caused a report's own (``daily.named_causes``).
CAUSE_CUES = {lang: f"{FOLLOWING_CUES[lang]}|{CAUSED_BY_CUES[lang]}" for lang in FOLLOWING_CUES}
