"""Incidents while an article is read sentence by sentence: each mention of an event, and
whether a later sentence reports an earlier incident again (``same_event``) or adds a toll
of none to it (``toll_follows``)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from summarizer.engines.extractive.figure_restated import restated_before
from summarizer.engines.extractive.incidents import protest_form, status_of, tells_another_event
from summarizer.models import Figure, Incident
from summarizer.models.common import Span
from summarizer.text.dates import find_time, resolve_date, weekday_in
from summarizer.text.segment import Sentence
from summarizer.text.vocabulary import same_event_family

# The tolls of people that a sentence of no event of its own adds to the incident before it.
HUMAN_TOLLS = frozenset({"killed", "injured", "displaced"})
# A sentence with no place of its own continues the incident just before it when it is
# at most this many sentences further on ("All 15 missiles were destroyed," ...).
FOLLOW_ON_SENTENCES = 3


@dataclass
class Mention:
    """An incident while the article is read: its first sentence, and what later ones add."""

    type: str
    first: int
    sentence: Sentence
    location: str | None
    place: str | None
    time: str | None
    # Opens the report of another event ("In a separate case"): continues no earlier one.
    another: bool = False
    # The kind its own words tell, before the article's event absorbs it ("collapsed" in a
    # quake's report is the quake): None when it is ``type``.
    cue: str | None = None
    figure_ids: list[str] = field(default_factory=list)
    claimant: str | None = None
    last: int = -1

    def __post_init__(self) -> None:
        self.last = self.first

    def incident(self, incident_id: str, published: dt.date | None, language: str = "") -> Incident:
        text = self.sentence.text
        return Incident(
            id=incident_id,
            type=self.type,
            description=text if len(text) <= 300 else text[:297] + "...",
            location=self.location,
            place=self.place,
            time=self.time,
            date=resolve_date(self.time, published, language),
            casualty_figures=self.figure_ids,
            claimed_by=self.claimant,
            status=status_of(text),
            evidence=text,
            evidence_span=Span(start=self.sentence.start, end=self.sentence.end),
        )


def same_event(found: list[Mention], new: Mention) -> Mention | None:
    """The earlier incident a new mention reports again, if any.

    Same type at the same place; or one event family (a strike and its interception) at the
    same place; or, with no place of its own, the incident just before it (of its family, or
    the crash or disaster whose toll it tells, ``_toll_of``); or, with neither
    place nor time of its own, an earlier incident of the same type (copy goes back to the
    event it reports: "The two arrested men ...", "Les trois suspects ont été placés en
    garde à vue"). Different weekdays always mean different events, and so do a strike and
    a march (``protest_form``); a mention that says it is another event is one.
    """
    if new.another:
        return None
    day = _event_weekday(new)
    latest = max(found, key=lambda m: m.last) if found else None
    for old in reversed(found):
        old_day = _event_weekday(old)
        if day and old_day and day != old_day:
            continue
        if _strike_and_march(old, new):
            continue
        family = same_event_family(old.type, new.type) or _toll_of(old, new)
        if new.place is not None and old.place == new.place and family:
            return old
        if new.place is None and old is latest and family and new.first - old.last <= FOLLOW_ON_SENTENCES:
            return old
        if (
            old.place is None
            and old.type in TOLL_BEARING_EVENTS
            and old is latest
            and family
            and (new.cue or new.type) != old.type
            and new.first - old.last <= FOLLOW_ON_SENTENCES
        ):
            # "A quake struck on Sunday. In Kresto, two houses collapsed": harm of another
            # kind right after a disaster or a crash with no place is what it did where it
            # did it. A crash after a crash, or a protest after a protest, with a place of
            # its own is another ("marched through Sabal. Tear gas was fired at a crowd in
            # Porto Leve").
            return old
        if new.place is None and new.time is None and old.type == new.type:
            return old
    return None


def toll_revised(found: list[Mention], new: Mention, figures: list[Figure], lang: str) -> Mention | None:
    """The earlier incident whose toll a sentence with no place of its own revises, when the
    incident just before holds no toll of that kind: "Separate incident: a man lost two
    fingers on the beach. ... The SEM now says 14 people were injured; the town hall puts
    the figure at 11" revises the square's "at least 10 people hurt", not the beach's.
    The sign of a revision is a figure of the sentence given as another source's number
    for a toll already told ("puts the figure at 11", ``figure_restated``); without it a
    toll after an incident is its own ("A car hit a tree in Lyon. Three were injured.")."""
    latest = max(found, key=lambda m: m.last) if found else None
    if new.place is not None or new.another or latest is None:
        return None
    sentence = new.sentence
    inside = [f for f in figures if sentence.start <= f.span.start < sentence.end]
    if not any(_restated(f, sentence, lang) for f in inside):
        return None
    category = {f.id: f.category for f in figures}
    kinds = {category[f] for f in new.figure_ids if f in category}
    if not kinds or kinds & {category.get(f) for f in latest.figure_ids}:
        return None
    day = _event_weekday(new)
    for old in reversed(found):
        old_day = _event_weekday(old)
        if old is latest or (day and old_day and day != old_day):
            continue
        family = same_event_family(old.type, new.type) or _toll_of(old, new)
        if family and kinds & {category.get(f) for f in old.figure_ids}:
            return old
    return None


# Events whose dead and hurt a following sentence of people harmed counts: "Un autobús
# volcó en la A-7. Dos muertos y 14 heridos, según la Guardia Civil" is one crash.
TOLL_BEARING_EVENTS = frozenset({"accident", "disaster"})


def _toll_of(old: Mention, new: Mention) -> bool:
    """``new`` tells people harmed with no place of its own right after a crash or a
    disaster: that event's toll, not a second event of civilians harmed (war reports keep
    theirs, see ``same_event_family``)."""
    return new.type == "civilian_harm" and new.place is None and old.type in TOLL_BEARING_EVENTS


# A weekday after "since" dates when an event began, not the day it is reported on: "The
# fire has burned 3,500 hectares since it started on Saturday" continues Monday's report.
SINCE_BEFORE = re.compile(r"\b(?:since|seit|depuis|desde)\b(?:\s+[\w'’]+){0,4}\s+$", re.IGNORECASE)


# A time right after "after" dates the event before this one: "water cuts after Monday's
# breakdown", "nach dem Unwetter vom Montag", "tras la avería del lunes".
AFTER_ANOTHER = re.compile(
    r"(?i:\b(?:after|following|nach(?: dem| der)?|après(?: l['’]| la| le)?|tras(?: el| la)?)\s+(?:[\w'’]+\s+){0,2}$)"
)


def event_time(sentence: str, lang: str) -> str | None:
    """The first time the sentence tells (``find_time``) that is not another event's, told
    after "after" (``AFTER_ANOTHER``): then the next one, if any."""
    at = 0
    for _ in range(3):
        when = find_time(sentence[at:], lang)
        if when is None:
            return None
        where = sentence.find(when, at)
        if where < 0 or not AFTER_ANOTHER.search(sentence, max(0, where - 30), where):
            return when
        at = where + len(when)
    return None


def _event_weekday(mention: Mention) -> str | None:
    """The weekday of the mention's event (``weekday_in`` its time), unless the time is
    told as when something began (``SINCE_BEFORE``)."""
    if mention.time is None:
        return None
    at = mention.sentence.text.find(mention.time)
    if at > 0 and SINCE_BEFORE.search(mention.sentence.text, max(0, at - 60), at):
        return None
    return weekday_in(mention.time)


def toll_follows(
    found: list[Mention],
    number: int,
    sentence: Sentence,
    figures: list[Figure],
    starts: list[int],
    lang: str,
) -> None:
    """A toll of none told in a sentence of its own right after an incident ("No one was
    hurt.", "Aucun blessé n'est à déplorer.", "Verletzt wurde niemand.") is that
    incident's, unless the sentence opens another event; so is another source's figure
    for a toll the incident has ("The SEM, however, put the number of injured at 14.":
    ``figure_restated``). (Any other count of some in such a sentence is as often a part
    of the toll, background or another event's.)"""
    latest = max(found, key=lambda m: m.last) if found else None
    if (
        latest is None
        or number - latest.last > FOLLOW_ON_SENTENCES
        or tells_another_event(sentence.text, lang)
    ):
        return
    first, last = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
    held = {f.category for f in figures if f.id in latest.figure_ids}
    tolls = [
        f.id
        for f in figures[first:last]
        if f.category in HUMAN_TOLLS
        and f.id not in latest.figure_ids
        and (f.value == 0 or (f.category in held and _restated(f, sentence, lang)))
    ]
    latest.figure_ids += tolls


def _restated(figure: Figure, sentence: Sentence, lang: str) -> bool:
    return restated_before(sentence.text, figure.span.start - sentence.start, lang) is not None


def _strike_and_march(old: Mention, new: Mention) -> bool:
    if old.type != "protest" or new.type != "protest":
        return False
    forms = {protest_form(old.sentence.text), protest_form(new.sentence.text)}
    return forms == {"strike", "march"}
