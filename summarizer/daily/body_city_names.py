"""A city named inside a body's name in another language than the day names it elsewhere:
"policía de Aquisgrán", "police d'Aix-la-Chapelle" and "Polizeipräsidium Aachen" are one
force; so are "Kantonspolizei Freiburg" and "Fribourg cantonal police". Each newsroom
writes the seat in its own language, so the body's name in each language has one key
only once the city is written by one name.

Read only on a day that names the city by its own name too, in a place or another body's
name: "Freiburg" is Fribourg's German name on a day that names Fribourg, and Freiburg im
Breisgau's own name on any other; "Bozen" is Bolzano's only beside "Bolzano". Only
capitalised words are read: a common word some town is also called ("gente": Gent) is
no city's name in a body's name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from summarizer.daily.city_adjectives import city_adjectives
from summarizer.text.exonyms import cities_also_called, exonym_of, is_city, name_form
from summarizer.text.lexicons.place_name_words import PLACE_NAME_JOINERS

# The most words of a city's name read ("Aix-la-Chapelle", "Freiburg im Üechtland").
CITY_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+")
# What may stand between the words of one city's name: spaces or a hyphen, and an apostrophe
# after an elided joiner of the one table of them ("Villeneuve-d'Ascq", "Reggio nell'Emilia").
_BETWEEN = re.compile(r"[\s-]+")
_ELIDED = frozenset(j[:-1] for j in PLACE_NAME_JOINERS if j.endswith("'"))


def _joined(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    gap = text[before.end() : after.start()]
    return bool(_BETWEEN.fullmatch(gap)) or (gap in ("'", "’") and before.group().lower() in _ELIDED)


def _phrases(text: str) -> Iterable[tuple[int, int, str]]:
    """Runs of up to ``CITY_WORDS`` words of ``text`` starting with a capitalised one and
    joined by spaces, hyphens or an elided joiner's apostrophe only: (start, end, the run
    as written)."""
    words = list(_WORD.finditer(text))
    for first, word in enumerate(words):
        if not word.group()[:1].isupper():
            continue
        for last in range(first, min(first + CITY_WORDS, len(words))):
            if last > first and not _joined(text, words[last - 1], words[last]):
                break
            yield word.start(), words[last].end(), text[word.start() : words[last].end()]


def day_city_names(texts: Iterable[str]) -> dict[str, str]:
    """Each city's name in another language among ``texts`` (the day's actors' names and
    incidents' places), as ``exonyms.name_form`` writes it -> the city's own name, for
    the cities the texts also name by their own name: a name of one city only
    (``exonyms.exonym_of``), or another city's own name that data gives this city too
    ("Freiburg", ``exonyms.cities_also_called``) when the day names just one such city,
    and not the city of that own name under another of its names."""
    named = {name_form(phrase) for text in texts for _, _, phrase in _phrases(text)}
    own = {form for form in named if is_city(form)}
    renamed = {}
    for form in named - own:
        city = exonym_of(form)
        if city is not None and name_form(city) in own:
            renamed[form] = city
    # A city the day names under another of its names ("Freiburg im Breisgau" is Freiburg):
    # its own name is its, though another city is called so too (Fribourg's "Freiburg").
    named_whole = {name_form(city) for city in renamed.values()}
    for form in own - named_whole:
        cities = {city for city in cities_also_called(form) if name_form(city) in own}
        if len(cities) == 1:
            renamed[form] = cities.pop()
    # Two own names that each call the other ("Biel", "Bienne"): one of them stands.
    renamed = {
        form: city
        for form, city in renamed.items()
        if renamed.get(name_form(city)) != form or form < name_form(city)
    }
    # The adjectives of the day's cities ("bruxellois", "Brusselse"), as their city.
    names = {form: name_form(city) for form, city in renamed.items()} | {form: form for form in own}
    words = {word.group().casefold() for text in texts for word in _WORD.finditer(text)}
    return city_adjectives(words, names) | renamed


def _runs(text: str) -> Iterable[tuple[int, int, str]]:
    """The capitalised ``_phrases`` and every lower-case word no data calls a city: a
    city's adjective is written in lower case in French, Spanish and Italian ("pompiers
    bruxellois"), but a common word some town is called ("gente": Gent) is no city."""
    yield from _phrases(text)
    for word in _WORD.finditer(text):
        if word.group()[:1].islower() and exonym_of(word.group()) is None and not is_city(word.group()):
            yield word.start(), word.end(), word.group()


def with_city_names(text: str, renamed: Mapping[str, str]) -> str:
    """``text`` with each city name of ``renamed`` written as the city's own name, the
    longest name first ("Aix-la-Chapelle" whole, not "Aix")."""
    if not renamed:
        return text
    out: list[str] = []
    at = 0
    for start, end, phrase in sorted(_runs(text), key=lambda run: (run[0], -run[1])):
        city = renamed.get(name_form(phrase))
        if start >= at and city is not None:
            out.extend((text[at:start], city))
            at = end
    return "".join([*out, text[at:]])
