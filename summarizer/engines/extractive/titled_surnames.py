"""People named by title and surname alone: "Gov. Reyes toured", "Chief Blake said", "el
alcalde Ribes lo niega", "Landeshauptfrau Koller". Short items and live blogs often never
give the first name, so the surname after a title is the only way the article names the
person; the daily merge then joins the surname to the day's full name. One word only: a
title before two capitalised words is a full name, which ``ActorFinder.find_people``
reads with its first name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.engines.extractive.names import NOT_NAME, POSSESSIVE, Candidate
from summarizer.text.gazetteer import COUNTRIES, COUNTRY_BY_DEMONYM, ORG_WORDS, TITLE_SET, known_places_in
from summarizer.text.lexicon import LOWER, UPPER
from summarizer.text.vocabulary import MONTHS, ORGANIZATION_NAME_ENDINGS, TITLE_ABBREVIATIONS, WEEKDAYS

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder

# A title word (hyphenated compounds too: "ex-councillor", "Ex-Reederei-Manager"; a body's
# acronym's possessive: "NMU's"), one capitalised word, a possessive at most, and no
# capitalised word after it.
TITLED_SURNAME = re.compile(
    # An elided article may open the title: "L'échevin Wauters", "l'assessore Rossi".
    rf"(?<![\w'’.-])(?:(?i:l|d|dell|dall|all|nell|sull)['’])?(?P<title>[{UPPER}{LOWER}]+(?:-[{UPPER}{LOWER}]+)*(?:['’]s)?)\.?[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?)(?![\w'’-])(?![ \t]+(?:[{UPPER}]|\d))"
)
# Titles written short before a name in English copy, beyond ``TITLE_ABBREVIATIONS``.
_SHORT_TITLES = frozenset({"pm", "mp", "supt", "sgt", "insp", "cllr"})
# Honorifics say nothing of an office: "Mr. Voss" fits any Voss the article named.
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "doctor", "professor", "sir", "dame"})
_CALENDAR = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))


def _is_title(finder: ActorFinder, title: str) -> bool:
    if POSSESSIVE.search(title):
        # A body's acronym is a person's title too: "The NMU's Okafor called".
        bare = POSSESSIVE.sub("", title)
        return len(bare) >= 2 and bare.isupper()
    lower = title.lower()
    if lower.startswith("ex-"):
        lower = lower[3:]
    last = lower.rsplit("-", 1)[-1]  # "Reederei-Manager": a compound is its last part
    return any(
        word in TITLE_SET
        or word in TITLE_ABBREVIATIONS
        or word in _SHORT_TITLES
        or finder.rules.is_role(word)
        for word in {lower, last}
    )


def _may_be_surname(finder: ActorFinder, name: str) -> bool:
    """Not a word that is something else: a title, a place, a body, a month, a demonym."""
    rules = finder.rules
    lower = name.lower()
    return not (
        name in NOT_NAME
        or name in rules.not_name
        or name in _CALENDAR
        or lower in TITLE_SET
        or rules.is_role(name)
        or name in COUNTRIES
        or name in COUNTRY_BY_DEMONYM
        or lower in ORG_WORDS
        or name in ORGANIZATION_NAME_ENDINGS
        or rules.is_body(name)
        or rules.is_body_noun(lower)
        or (bool(rules.noun_endings) and lower.endswith(rules.noun_endings))
        or any(known_places_in(name))
        or (name.endswith("s") and any(known_places_in(name[:-1])))  # "Bürgermeister Hamburgs"
    )


def _namesake(finder: ActorFinder, surname: str, title: str) -> Candidate | None:
    """The person already found under this surname whom the titled mention names: one
    with no role given or a role the title fits ("Fire Chief Nora Blake ... Chief Blake",
    a headline's "Mayor Okafor" before "Port Harlan Mayor Grace Okafor"). A namesake of
    another office ("Opposition leader Pavel Holt" beside "Gov. Holt") is someone else."""
    office = title.lower().rstrip(".").removeprefix("ex-")
    office = TITLE_ABBREVIATIONS.get(office, office)
    for cand in finder.candidates:
        if cand.kind != "person" or surname not in {cand.surname, cand.name}:
            continue
        fits = cand.role is None or office in cand.role.lower() or office in HONORIFICS
        if fits:
            return cand
    return None


def find_titled_surnames(finder: ActorFinder) -> None:
    """Adds each person named only by a title and a surname; a surname the article already
    gave with a first name ("Alma Reyes ... Gov. Reyes") stays that person's."""
    at = 0
    # Searched on from each name, not past it: the name of one match can be the title of
    # the next ("said. Gov. Reyes": "said" before "Gov", then "Gov" before "Reyes").
    while (match := TITLED_SURNAME.search(finder.text, at)) is not None:
        at = match.start("name")
        name = POSSESSIVE.sub("", match.group("name"))  # "PM Sorvik's party"
        if not _is_title(finder, match.group("title")) or not _may_be_surname(finder, name):
            continue
        start = match.start("name")
        if any(
            c.kind == "person" and len(c.name) > len(name) and finder.text.startswith(c.name, start)
            for c in finder.candidates
        ):
            continue  # "Bürgermeister Hans von Berg": the first name of a full name read here
        title = match.group("title")
        known = _namesake(finder, name, title)
        if known is not None:
            continue  # its mentions are the known person's (``ActorFinder.finalize``)
        if any(c.kind == "person" and name in {c.surname, c.name} for c in finder.candidates):
            # Not the namesake the article names: added as is, not folded into them.
            role = finder.rules.role_before(finder.text, start) or title
            finder.candidates.append(Candidate(name=name, kind="person", role=role, first=start))
            continue
        finder.add(name, "person", start, role=finder.rules.role_before(finder.text, start) or title)
