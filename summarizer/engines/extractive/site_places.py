"""Places the engine reads around a site and a route: a town named after the site that lies
in it ("auf dem Flugplatz Ölsburg", "im Zoo der Kleinstadt Zuazola", "l'aéroport de Varens",
"el Parque Zoológico de Zuazola"), and the two ends of a route, which are no place of what
happened on the way ("flying from Bremen to Dresden, touched down at Oelsburg",
"von Bremen nach Dresden", "de Brême à Dresde", "de Bilbao a Madrid")."""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import exonym_of, is_city
from summarizer.text.lexicon import LOWER, UPPER
from summarizer.text.lexicons.place_name_words import SAINT_TITLES

# Sites by their common noun, the last part of a German compound ("Verkehrslandeplatz",
# "Campingplatz"): a town named right after one is where the site lies. A town's way out
# is the town's too ("à la sortie de Neuvillers"). Not works ("la fábrica de Renault",
# "l'usine de Peugeot de Sochaux", "la papelera de Kembsheim"): the name after them is a
# company's as often as a town's, and a company read as the place is worse than no place
# (development days gained one day's recall from them). Not a town's hall ("la mairie de Lisbonne" is the body
# that speaks), nor, where the tables did not already hold one, a hospital: the injured
# are taken there, and it is named for a saint as often as for its town ("Hospital de São
# José").
_SITE_NOUNS = {
    "de": r"flugplatz|flughafen|landeplatz|zoo|tierpark|klinikum|krankenhaus|spital|bahnhof|hafen|campingplatz"
    r"|deponie|stausee|staumauer|bergwerk|einkaufszentrum",
    "fr": r"aéroport|aérodrome|zoo|parc zoologique|hôpital|gare|port|camping|décharge|barrage|centre commercial"
    r"|sortie|entrée",
    "es": r"aeropuerto|aeródromo|zoo|zoológico|parque zoológico|hospital|estación|puerto|camping|vertedero"
    r"|embalse|presa|centro comercial|salida|entrada",
    "it": r"aeroporto|zoo|stazione|porto|campeggio|discarica|diga|centro commerciale"
    r"|uscita|ingresso",
    "pt": r"aeroporto|jardim zoológico|estação|porto|parque de campismo|aterro|barragem|centro comercial"
    r"|saída|entrada|barra",
    "ca": r"aeroport|zoo|estació|port|càmping|abocador|pantà|centre comercial|sortida"
    r"|entrada",
    "nl": r"luchthaven|vliegveld|dierentuin|station|haven|stortplaats|stuwdam|winkelcentrum",
}
# Between the site and its town: a joiner, and perhaps the town's level ("der Kleinstadt").
_JOINERS = {
    "de": r"[ \t]+(?:(?:der|des)[ \t]+(?:Stadt|Kleinstadt|Gemeinde|Ortschaft)[ \t]+|von[ \t]+)?",
    "fr": r"[ \t]+(?:de|du|d['’])[ \t]*(?:la[ \t]+(?:ville|commune)[ \t]+de[ \t]+)?",
    "es": r"[ \t]+(?:de|del)[ \t]+(?:(?:la[ \t]+)?(?:localidad|ciudad|villa)[ \t]+de[ \t]+)?",
    "it": r"[ \t]+(?:di|del|della|d['’])[ \t]*(?:(?:la[ \t]+)?(?:città|località|comune)[ \t]+di[ \t]+)?",
    "pt": r"[ \t]+(?:de|da|do|d['’])[ \t]*(?:(?:a[ \t]+)?(?:cidade|localidade|vila)[ \t]+de[ \t]+)?",
    "ca": r"[ \t]+(?:de|del|d['’])[ \t]*(?:(?:la[ \t]+)?(?:ciutat|localitat|vila)[ \t]+de[ \t]+)?",
    "nl": r"[ \t]+van[ \t]+(?:(?:de[ \t]+)?(?:stad|gemeente)[ \t]+)?",
}
_NAME = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)*"


@cache
def _site_then_town(lang: str) -> re.Pattern[str]:
    nouns, joiner = _SITE_NOUNS[lang], _JOINERS[lang]
    # German writes the site's noun capitalised and often as a compound's end.
    head = rf"(?<!\w)\w*(?i:{nouns})" if lang == "de" else rf"(?<!\w)(?i:{nouns})"
    # A town of more words ("Carrick Haven"), but in German one: every noun is capitalised.
    # A foreign town keeps its joiner ("Póvoa de Varzim", "Castel di Sangro").
    town = _NAME if lang == "de" else rf"{_NAME}(?:[ \t](?:(?:de|da|do|del|di)[ \t])?{_NAME}){{0,2}}"
    return re.compile(rf"{head}{joiner}(?P<town>{town})(?![\w'’-])")


def town_of_a_site(sentence: str, lang: str) -> tuple[str, str] | None:
    """The first town a site is named with (``_site_then_town``): the phrase as written
    and the town. English names its sites by the town first ("Oelsburg airport"), which
    ``text.places.find_place`` reads."""
    if lang not in _SITE_NOUNS:
        return None
    for found in _site_then_town(lang).finditer(sentence):
        if lang == "de" and found.group(0).split()[0][:1].islower():
            continue  # German writes a site's noun capitalised: "hafen" is no site
        if _in_another_city(sentence, found.end()):
            continue  # "la sortie de Carrefour à Lille", "la gare de Lyon à Paris": the site's own name
        return found.group(0), _city_of_a_suburb(found.group("town"))
    return None


# A site placed in a city right after its name ("à la sortie de Carrefour, à Lille", "all'uscita
# di Ikea a Carugate"): the name is the site's or its company's, and the city is the place.
_THEN_IN = re.compile(rf"[ \t]*,?[ \t]*(?:à|a|au|en|em|in|na|no|te|bei)[ \t]+(?P<city>{_NAME})")


def _in_another_city(sentence: str, end: int) -> bool:
    """Whether a city the tables know is named as the place right after ``end``."""
    then = _THEN_IN.match(sentence, end)
    return then is not None and is_city(then.group("city"))


def _city_of_a_suburb(town: str) -> str:
    """An airport or a station named by its city and suburb ("Genève-Cointrin",
    "Paris-Orly", "Berlin-Tegel") is the city's, when the tables know the city and not the
    whole name. A saint's title is no city ("gare de Sainte-Aldegonde": folded, "Sainte"
    reads as the exonym "Sainté" of Saint-Étienne)."""
    city = town.split("-", 1)[0]
    if fold_accents(city.casefold()) in SAINT_TITLES:
        return town
    known = is_city(city) or exonym_of(city) is not None  # "Genève" is Geneva's exonym
    return city if city != town and known and not is_city(town) else town


# The two ends of a route, as written in four languages: "from Bremen to Dresden", "von
# Bremen nach Dresden", "de Brême à Dresde", "entre Bilbao y Madrid".
_ROUTE = re.compile(
    rf"(?<!\w)(?i:from|von|de|desde|entre|between)[ \t]+(?P<start>{_NAME}(?:[ \t]{_NAME})?)"
    rf"[ \t]+(?i:to|nach|à|a|hasta|vers|y|and)[ \t]+(?P<end>{_NAME}(?:[ \t]{_NAME})?)"
)


def route_ends(sentence: str) -> list[tuple[int, int]]:
    """Where ``sentence`` names the two ends of a route: their spans."""
    spans = []
    for found in _ROUTE.finditer(sentence):
        spans += [found.span("start"), found.span("end")]
    return spans
