"""A passage that denies a link between its event and another ("police see no link with
Tuesday's attempt", "la universidad la desvincula del caso de Medicina", "steht in keinem
Zusammenhang mit dem Schaden in Schwabing", "sans lien avec l'incendie de mardi"): the day
holds two events alike there, so the place both are told at tells neither apart
(``report_pairs.shared_specifics``), and the words after the denial name the other event, not
the report's own (``own_passage``). Only a denial of a link with an event says so: "the suspect was not
related to the victim", "no connection to the mainland" deny a link with a person or a
place, and tell nothing of a second event (``_OTHER_EVENT``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from summarizer.text.lexicons.link_denials import LINK_DENIAL_CUES

# A denial of a link (``LINK_DENIAL_CUES``), ending where what it denies a link with begins.
_DENIAL = re.compile(
    r"(?<!\w)(?:" + "|".join(chain.from_iterable(LINK_DENIAL_CUES.values())) + r")(?!\w)", re.IGNORECASE
)
# What a denial denies a link with, when it is an event: a noun of an event (German ones
# may end a compound: "Raubüberfall", "Wohnungsbrand"), or the other one ("the earlier
# one", "celle de la faculté de droit", "el de la nave", "quello di Medicina"). A person
# ("the victim") or a place ("the mainland") is no second event.
_OTHER_EVENT = re.compile(
    r"(?<![\w-])(?:"
    # English
    r"(?:case|attack|attempt|burglary|robbery|break-in|fire|blaze|crash|collision|accident|shooting"
    r"|stabbing|explosion|blast|leak|incident|murder|killing|death|theft|assault|strike|protest|march"
    r"|riot|flood|outage|collapse|raid|arson|kidnapping|abduction|disappearance|series|spate)s?"
    r"|other|earlier|previous|first"
    # German
    r"|\w*(?:überfall|brand|feuer|unfall|vorfall|fall|anschlag|einbruch|diebstahl|raub|schießerei|angriff"
    r"|explosion|tat|mord|streik|demonstration|protest|leck|schaden|einsturz|entführung|serie)(?:e|en|es|s|n)?"
    r"|anderen|früheren|ersten|vorherigen"
    # French
    r"|affaires?|incendies?|feux?|accidents?|agressions?|attaques?|attentats?|vols?|cambriolages?"
    r"|braquages?|fuites?|explosions?|fusillades?|meurtres?|incidents?|grèves?|manifestations?"
    r"|effondrements?|tentatives?|enlèvements?|séries?|celle|celui|celles|ceux|autres?|précédente?s?"
    r"|premi(?:er|ère)s?"
    # Spanish
    r"|casos?|incendios?|fuegos?|accidentes?|atracos?|robos?|asaltos?|ataques?|atentados?|agresi(?:ón|ones)"
    r"|tiroteos?|apuñalamientos?|explosi(?:ón|ones)|filtraci(?:ón|ones)|sucesos?|incidentes?|crímenes"
    r"|crimen|asesinatos?|huelgas?|manifestaci(?:ón|ones)|derrumbes?|intentos?|secuestros?|series?"
    r"|(?:el|la|los|las) (?:de|del)|otros?|otras?|anteriore?s?|primer[oa]?s?"
    # Italian
    r"|fuoco|rapin[ae]|furt[oi]|aggression[ei]|attacchi|attacco|sparatori[ae]|esplosion[ei]|fughe|fuga"
    r"|omicidi?o?|scioperi?o?|manifestazion[ei]|crolli?o?|tentativi?o?|rapimenti?o?|quell[oaie]|altr[oaie]"
    r"|precedenti?"
    # Portuguese
    r"|assaltos?|roubos?|furtos?|incêndios?|acidentes?|explos(?:ão|ões)|ataques?|tiroteios?|homic[íi]dios?"
    r"|greves?|manifesta(?:ção|ções)|desabamentos?|sequestros?|casos?|outros?|outras?|anteriore?s?"
    # Dutch (a compound's last part, as German's: "woningbrand", "winkeldiefstal")
    r"|\w*(?:brand|ongeval|ongeluk|diefstal|inbraak|overval|aanval|aanslag|explosie|lek|staking|betoging"
    r"|incident|schietpartij|moord|ontvoering|instorting)(?:en|s)?|zaak|zaken|andere?|eerdere?"
    # Catalan
    r"|incendis?|accidents?|robatoris?|atracaments?|furts?|agressions?|atacs?|atemptats?|fuites?|explosions?"
    r"|tirotejos?|assassinats?|vagues?|manifestacions?|esfondraments?|segrests?|casos?|altres?|altra"
    r")(?!\w)",
    re.IGNORECASE,
)
# What a denial's object may hold before its event noun, up to the end of its clause.
_OBJECT_CHARS = 60
_CLAUSE_END = re.compile(r"[.!?;:,\n]")
# A preposition or a genitive's article after the object's head: what follows qualifies it
# ("the victim of the attack", "dem Opfer des Anschlags", "la victime du braquage" deny a
# link with the victim). Not Spanish "de": "el de la nave" is the other event.
_QUALIFIED = re.compile(r"\s(?:of|from|von|vom|des|der|du|di|della|dello|dei|degli)\s", re.IGNORECASE)


def _event_denials(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """The denials of ``text`` (from ``pos``) of a link with an event (``_OTHER_EVENT``)."""
    for denial in _DENIAL.finditer(text, pos):
        window = text[denial.end() : denial.end() + _OBJECT_CHARS]
        if end := _CLAUSE_END.search(window):
            window = window[: end.start()]
        if qualified := _QUALIFIED.search(window, 1):
            window = window[: qualified.start()]
        if _OTHER_EVENT.search(window):
            yield denial


def denies_a_link(text: str) -> bool:
    """The text says its event is not linked to another event (``_event_denials``)."""
    return next(_event_denials(text), None) is not None


def own_passage(passage: str, evidence_length: int) -> str:
    """The passage up to a denial told after its evidence sentence (the report's own event
    is the one denied a link: "La Facultad de Ciencias Económicas confirma otra filtración
    ... La universidad la desvincula del caso de Medicina"): what follows the denial names
    the other event, whose words are not the report's. A denial inside the evidence sentence
    is kept whole: the report may be of either event it names."""
    found = next(_event_denials(passage, max(0, evidence_length)), None)
    return passage[: found.end()] if found else passage
