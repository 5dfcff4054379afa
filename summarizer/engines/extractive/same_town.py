"""A sentence that names its place only as the town the article is about: "Later the same
day, a nursery in the town's Molenwijk district was evacuated", "Le même jour, un
échafaudage s'est effondré sur un trottoir de la ville", "Am Nachmittag wurde in derselben
Gemeinde ein Kindergarten evakuiert", "En la misma ciudad, la Torre Marina vivió otra
avería". Its event is in the town told before; left unplaced, no report of it in another
article could share a place with it. "The same town" also tells another event than the one
before ("another breakdown in the same town"), so it continues none.

One pattern for every language: an article read by another language's rules (Italian,
Portuguese) still says "nella stessa città", "na mesma cidade"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.text.places import is_country

_TOWN = r"(?:town|city|village|municipality|commune)"
# "The same town": another event there.
_SAME = re.compile(
    rf"\bthe\s+same\s+{_TOWN}\b"
    r"|\b(?:la\s+même\s+(?:ville|commune|localité)|le\s+même\s+(?:village|bourg))\b"
    r"|\b(?:derselben|der\s+gleichen|selben)\s+(?:Stadt|Gemeinde|Ortschaft)\b|\bim\s+selben\s+(?:Ort|Dorf)\b"
    r"|\b(?:la\s+misma\s+(?:ciudad|localidad|población|villa)|el\s+mismo\s+(?:pueblo|municipio))\b"
    r"|\b(?:(?:la|nella|della)\s+stessa\s+(?:città|cittadina|località)|(?:lo|nello|dello)\s+stesso\s+(?:paese|comune))(?!\w)"
    r"|\b(?:(?:a|na|da)\s+mesma\s+(?:cidade|localidade|vila)|(?:o|no|do)\s+mesmo\s+(?:concelho|município))(?!\w)",
    re.IGNORECASE,
)
# "The town's district", "un trottoir de la ville": the town itself, but no other town
# ("de la ville de Lyon" names Lyon, "de la ville voisine" another town).
_OF_THE_TOWN = re.compile(
    r"\bthe\s+(?:town|city|village)['’]s\b"
    r"|\bde\s+la\s+(?:ville|commune)\b(?!\s+(?:de|d['’]|du|des|voisine|proche)\b)"
    r"|\bder\s+(?:Stadt|Gemeinde)\b(?!\s+[A-ZÄÖÜ])"
    r"|\b(?:de\s+la\s+(?:ciudad|localidad)|del\s+pueblo)\b(?!\s+(?:de|del|vecin[ao]|cercan[ao])\b)"
    r"|\b(?:della\s+città|del\s+paese)(?!\w)(?!\s+(?:di|vicin[ao])\b)"
    r"|\b(?:da\s+cidade|da\s+vila|do\s+concelho)\b(?!\s+(?:de|do|da|vizinh[ao])\b)"
)


# A name after a preposition earlier in the sentence: "the city" may be that one.
_A_TOWN_BEFORE = re.compile(
    r"\b(?:of|to|in|at|near|de|du|des|à|au|en|im|von|nach|bei|a|di|da|do|em|na|no)\s+"
    r"(?:(?:the|la|le|les|l['’]|el|der|dem|den|il|o)\s+)?[A-ZÀ-ÖØ-Þ]"
)


def same_town(sentence: str) -> tuple[str, bool] | None:
    """How ``sentence`` names the article's town as written, and whether it says its event
    is another than the one before ("the same town"), or None when it does not."""
    if (found := _SAME.search(sentence)) is not None:
        return found.group(0), True
    found = _OF_THE_TOWN.search(sentence)
    if found is None or _A_TOWN_BEFORE.search(sentence, 0, found.start()) is not None:
        return None  # "fled to the regional capital of Belgorod, ... the city's mayor": Belgorod's
    return found.group(0), False


def town_told_before(places: Iterable[str | None]) -> str | None:
    """The first place of ``places`` (the places read before, latest first) that is no
    country: the town "the same town" means."""
    return next((p for p in places if p is not None and not is_country(p)), None)
