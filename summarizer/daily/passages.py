"""The passage of an article that reports one of its incidents: the evidence sentence and
what follows it, up to the next incident's evidence or the next entry of a live blog."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain, pairwise

from summarizer.article import Article
from summarizer.daily.datelines import issued_on
from summarizer.daily.kinds import tells_a_kind
from summarizer.models import Incident
from summarizer.text.accents import fold_accents
from summarizer.text.dates import names_a_weekday, weekdays_named
from summarizer.text.lexicons.causes import FOLLOWING_CUES
from summarizer.text.lexicons.news_events import DISTINCT_EVENT_CUES as CUES_BY_LANGUAGE
from summarizer.text.lexicons.news_events import (
    ORDINAL_EVENT_CUES,
    OTHER_CASE_CUES,
    REPEATED_EVENT_CUES,
)
from summarizer.text.lexicons.ordinals import ordinal_pattern
from summarizer.text.segment import split_sentences
from summarizer.text.vocabulary import WEEKDAYS

CONTEXT_SENTENCES = 3
_TEXT = re.compile(r"\S")
# A live blog's entry opens on its time ("15:05 - ", "09.15 – ", "16h30 : ", "19 h 35 – ",
# "15:05 Uhr:", "7.55pm - "), or on a compact clock and the entry's first word, capitalised
# ("13:05 Nordlicht:", "08.05 Un enorme ..."; a spaced French clock needs its dash, as "19 h
# 35 Genève" may be a clause): each entry may tell another event, and its own passage ends
# where the next one starts. Possessive runs of blanks: a line of spaces is read once.
CLOCK_AND_DASH = r"\d{1,2}(?:[:.h]| h )\d{2}[ \t]*+(?:(?:Uhr|[ap]\.?m\.?)[ \t]*+)?[-–—:|]\s"
LIVE_ENTRY = re.compile(rf"[ \t]*+(?:{CLOCK_AND_DASH}|\d{{1,2}}[:.]\d{{2}}[ \t]++(?=[A-ZÀ-ÖØ-Þ\"'„«¿¡]))")
# A blog whose line breaks were lost (a page read as one paragraph: "Le direct de Radio
# Cinarca. 07h35 — Éboulement sur la D81 ... 11h05 — Bilan : ...") opens its entries after a
# sentence's end, on a clock and its dash. Read so only where a line holds two entries or more:
# a wire's one "... at the quay. 10:15 - " is no blog.
_ENTRY_IN_A_LINE = re.compile(rf"(?<=[.!?…»\"”)])[ \t]++(?={CLOCK_AND_DASH})")
# An editor's correction opens its own paragraph ("Correction: An earlier version of this
# story said the landfill was in Bilbao", "Rectificatif :", "Berichtigung:", "Corrección:",
# "Fe de erratas:", "Rettifica:", "Correção:"): it tells what an earlier version got wrong,
# often the wrong place itself, never the rest of the report before it.
CORRECTION_NOTE = re.compile(
    r"[ \t]*+(?i:corrections?|rectificati(?:f|on|e)|rectificaci[oó]n|erratum|errata|fe de erratas"
    r"|correcci[oó]n?|berichtigung|korrektur|correzione|rettifica|corre[cç][aã]o)\b"
    # A label: a colon or a dash soon after ("Correction, 21:40:", "RECTIFICATIF (mis à jour
    # à 19 h 30) —"), so "Corrections officers said ..." opens no note.
    r"[^\n.]{0,40}?[:\-–—]\s"
)
# Another event of a kind, told as such ("a second fire", "ein zweiter Brand", "un autre
# incendie", "otro incendio"; the ordinals of ``lexicons.ordinals``), accents folded: the two
# words after the cue, one of which must tell a kind of event (``kinds.tells_a_kind``: "for
# the second day" is no event).
_ANOTHER = re.compile(
    r"\b(?:(?:a|an|the|un|una|une|ein|eine|einen|einem|um|uma|een)\s+"
    rf"(?:{ordinal_pattern(folded=True)}|separate|weitere[nrs]?|autre|otr[oa])|another|otr[oa])"
    r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?",
    re.IGNORECASE,
)
# An alert or evacuation told as a new one ("Puis, à 9 h 15, nouvelle alerte", "Nouvelle
# évacuation: une école primaire est vidée à son tour", "a new bomb alert", "erneuter Alarm",
# "nueva evacuación"), accents folded: an alert is renewed at another site, as a fire is not
# (a "new fire station" tells no fire).
_RENEWED = re.compile(
    r"(?<!\w)(?:new|nouvelle?|neue[nrs]?|erneute[nrs]?|nuev[oa])\s+(?:(?:bomb|bombe)\s+)?"
    r"(?:alert|alerte|alarm|alarme|alarma|alerta|evacuation|evacuacion|evakuierung|raumung|bomb threat"
    r"|menace|amenaza|drohung)s?(?!\w)"
    # Not a thing named for alerts: "the new alert system", "le nouveau niveau d'alerte".
    r"(?!\s+(?:system|level|app|procedure|protocol|plan|systeme|niveau|sistema|nivel|stufe)s?(?!\w))",
    re.IGNORECASE,
)


# A new event of a kind, told by the adjective before its noun where the languages put it
# there ("Nouvel éboulement, cette fois sur la D84", "Neuer Brand in Köln", "Nuevo incendio en
# Lugo", "Nuova frana", "Novo incêndio"), accents folded: the noun must tell a kind, so "Nouveau
# bilan", "neue Zahlen", "nuevo balance" (a toll's update) tell no other event. Not English:
# "a new fire station", "new flood defences" put the kind's word before a thing's name.
_NEW_OF_A_KIND = re.compile(
    r"(?<!\w)(?:nouvel(?:le)?s?|nouveaux?|neue[nrs]?|nuev[oa]s?|nuov[oa]|nuov[ie]|nov[oa]s?)\s+([^\W\d_]+)",
    re.IGNORECASE,
)


def tells_another_event(sentence: str) -> bool:
    """A sentence that tells another event of a kind than the one before it ("Un segundo
    fuego, en Castroverde, quemó 40 hectáreas", "Nouvel éboulement"): the passage of the one
    before ends there."""
    folded = fold_accents(sentence)
    return _RENEWED.search(folded) is not None or any(
        tells_a_kind(word.casefold())
        for found in (*_ANOTHER.finditer(folded), *_NEW_OF_A_KIND.finditer(folded))
        for word in found.groups()
        if word
    )


# A report saying its event is another, in every language the product reads ("par
# ailleurs", "in einem anderen Fall", "eine zweite Lawine"): the merge does not know a
# report's language, and the cues of one are no words of another.
_ANOTHER_CUE = re.compile(
    r"\b(?:" + "|".join([*chain.from_iterable(CUES_BY_LANGUAGE.values()), *ORDINAL_EVENT_CUES]) + r")\b",
    re.IGNORECASE,
)
# Another case named as what an entry or a sentence opens on ("17:45 - Separate incident in
# Porto: ...", "In un altro caso, ..."), past a clock: mid-sentence, the words tell what a
# suspect did before ("veroordeeld in een andere zaak", "già denunciato in un altro caso") or
# how police read the event ("treating the deaths as separate incidents"), not another event.
_OTHER_CASE = re.compile(
    rf"(?:^|[.!?:;]\s+|\n\s*)(?:{CLOCK_AND_DASH}\s*)?(?:" + "|".join(OTHER_CASE_CUES) + r")\b",
    re.IGNORECASE,
)


def says_another_event(evidence: str) -> bool:
    """A report's evidence says, in any language, that its event is another than one
    before: by a cue ("par ailleurs"), an opening on another case ("Separate incident"), or
    as another event of a kind (``tells_another_event``)."""
    return (
        _ANOTHER_CUE.search(evidence) is not None
        or _OTHER_CASE.search(evidence) is not None
        or tells_another_event(evidence)
    )


# An evidence that opens on its event told as a repeat (``REPEATED_EVENT_CUES``), past a live
# entry's clock ("11.15 Otro susto", "17.50 - Opnieuw ammoniak", "14:30 Uhr: Ebenfalls in"),
# a speaker's label or a dateline ("21.35 Uhr: Schon wieder Kohlenmonoxid"), and what it says
# happened again: the words after the cue, up to the clause's end and ``REPEATED_WORDS`` words
# (a noun and its article or complement, not the clause's verb).
REPEATED_WORDS = 3
_REPEATED = re.compile(
    rf"^(?:[^\n:–—]{{0,40}}(?:[:–—]|\s-)\s*|{CLOCK_AND_DASH}\s*|\d{{1,2}}[:.h]\d{{2}}\s+)?"
    r"(?:" + "|".join(REPEATED_EVENT_CUES) + r")(?!\w)"
    r"[ \t,]*(?P<thing>[^\n,.;:!?()]{0,60})",
    re.IGNORECASE,
)


def repeated_thing(evidence: str) -> str | None:
    """What a report's evidence opens on as a repeat of an event before ("Schon wieder
    Kohlenmonoxid in Mühlhagen: ...": "Kohlenmonoxid in Mühlhagen"; "Encore une fois, un
    incendie ..."), or None. The day holds another event of its kind: its place and day tell
    neither apart, nor does what happened again, which both share."""
    found = _REPEATED.search(evidence[:200])
    return " ".join(found.group("thing").split()[:REPEATED_WORDS]) if found else None


# An evidence that opens on what its event followed ("Nach dem Blitzeinschlag beim Open Air
# gestern Abend ist heute Vormittag die Entscheidung gefallen", "After the fire, the mayor
# closed the school", "Après l'incendie, ...", "Tras el incendio, ..."), past a speaker's
# label or a dateline ("SPRECHERIN:", "LYON -"): the cues of what came before that
# ``named_causes`` reads anywhere (``lexicons.causes``), here at the opening, accents folded.
_FOLLOWS = re.compile(
    r"^(?:[^\n:–—]{0,40}(?:[:–—]|\s-)\s*)?(?:" + "|".join(FOLLOWING_CUES.values()) + r")(?:(?<=['’])|(?!\w))"
)


def follows_another_event(evidence: str) -> bool:
    """A report's evidence opens on the event its own followed ("Nach dem Blitzeinschlag ...
    ist die Entscheidung gefallen"): the day, type and kind a reader takes from it may be that
    earlier event's, so the day's prior of one event a place does not read it."""
    return _FOLLOWS.search(fold_accents(evidence[:200].casefold())) is not None


def incident_context(article: Article, incident: Incident, others: Iterable[Incident] = ()) -> str:
    """The evidence sentence and what follows it in its paragraph, or else the next sentence:
    the rest of the report of this event ("... two women died," the governor said). It
    ends where the evidence of another of the article's incidents (``others``) begins: a
    lede that packs three events in three sentences gives each its own sentence, and the
    places and words of the next event are not this one's."""
    text = article.text
    start, end = incident.evidence_span.start, incident.evidence_span.end
    stop = min((o.evidence_span.start for o in others if o.evidence_span.start >= end), default=len(text))
    # Sentences are split line by line, so splitting only the lines from the evidence's to
    # the one where the next sentence starts gives the same sentences as splitting the
    # whole article, for a fraction of the work. That sentence starts on the line where the
    # evidence ends or, when the rest of that line finishes the evidence's sentence, on the
    # next line that holds text: the window takes both.
    first = text.rfind("\n", 0, start) + 1
    window_end = end
    for _ in range(2):
        text_at = _TEXT.search(text, window_end)
        line_start = text_at.start() if text_at else len(text)
        found = text.find("\n", line_start)
        window_end = len(text) if found < 0 else found
    window = text[first:window_end]
    following = [s for s in split_sentences(window) if first + s.start >= end]
    for number, sentence in enumerate(following[: CONTEXT_SENTENCES - 1]):
        if number and "\n" in text[end : first + sentence.start]:
            break  # past the first follow-on sentence, stay inside the paragraph
        if first + sentence.end > stop or LIVE_ENTRY.match(text, first + sentence.start):
            break  # another incident's evidence, or a live blog's next entry ("15:05 - ...")
        if CORRECTION_NOTE.match(text, first + sentence.start):
            break  # an editor's note of what an earlier version got wrong
        if tells_another_event(text[first + sentence.start : first + sentence.end]):
            break  # "A second fire ... burnt 40 hectares": its figures are not this event's
        end = first + sentence.end
    return text[start:end]


def in_correction_note(text: str, start: int) -> bool:
    """Whether ``start`` lies in an editor's correction note (``CORRECTION_NOTE``: a paragraph
    that opens "Rectificatif :", "Correction:", "Berichtigung:" ...)."""
    return CORRECTION_NOTE.match(text, text.rfind("\n", 0, start) + 1) is not None


def live_entry_day(article: Article, start: int) -> dt.date | None:
    """The day of a live blog's entry whose line holds ``start`` (its evidence): the day the
    blog was published (its newest entry's, as it is written while its day goes on), less a
    day for each midnight its entries passed since (``midnights_after``: "00.35 Uhr: Wir
    beenden den Ticker" above "21.48 Uhr: Ein Blitz hat eingeschlagen" of the evening before).
    None for a line that opens on no entry's time: a wire may tell yesterday's event by its
    clock ("at 13.05 police confirmed four dead")."""
    line = live_entry_at(article.text, start)
    issued = issued_on(article)
    if line is None or issued is None:
        return None
    newest = _newest_entry_day(article.text, issued)
    return newest - dt.timedelta(days=midnights_after(article.text, line))


def _newest_entry_day(text: str, published: dt.date) -> dt.date:
    """The day of a blog's newest entry: the day it was published, unless an entry names its
    own day ("Samstag, 15.58 Uhr:", "Saturday, 3.58pm -", "samedi, 15 h 58 :"): a ticker
    published the next morning, or filed under the next day, is of the day it names, and its
    entries told by the clock alone after it are of that day and the midnights they pass.
    A newest day more than one before publication is no ticker filed late but one whose
    entry is of a day after it ("Monday, 00:30 -" on a blog published on Sunday, read as six
    days back): the day it was published is kept."""
    for line, weekday in named_entry_days(text):
        back = (published.weekday() - WEEKDAYS.index(weekday)) % 7
        newest = published - dt.timedelta(days=back) + dt.timedelta(days=midnights_after(text, line))
        return newest if published - dt.timedelta(days=1) <= newest <= published else published
    return published


def blog_names_its_day(text: str) -> bool:
    """A blog tells its reader which day it is of: its heading names the day (``datelines``),
    an entry opens on it ("Samstag, 15.58 Uhr:", ``named_entry_days``) or tells any day by
    its weekday ("07 h 50 – interpellé ce dimanche matin", "un intento que fracasó el
    martes"). One that names none is dated only by the day it was filed under
    (``day_parts.day_told_late``)."""
    return names_a_weekday(text)


# An entry opened by its weekday before its clock ("Samstag, 15.58 Uhr:", "Sunday 09:10 -"):
# one short word, a comma or not, then the entry's time (``LIVE_ENTRY``).
_DAY_BEFORE_ENTRY = re.compile(r"[ \t]*+([^\W\d_]{5,12}+),?[ \t]++")


def _day_heading(text: str, line: int) -> tuple[int, str] | None:
    """Where an entry's time starts and the weekday it is opened by, when its line opens on
    a weekday and then an entry's time (``_DAY_BEFORE_ENTRY``); else None."""
    head = _DAY_BEFORE_ENTRY.match(text, line)
    if head is None or not LIVE_ENTRY.match(text, head.end()):
        return None
    days = weekdays_named(head[1])
    return (head.end(), next(iter(days))) if len(days) == 1 else None


@lru_cache(maxsize=64)
def named_entry_days(text: str) -> tuple[tuple[int, str], ...]:
    """The entries of a blog that name their weekday (``_day_heading``), in page order: (where
    the line begins, the weekday's English name)."""
    found = []
    for line in chain((0,), (m.end() for m in re.finditer("\n", text))):
        if heading := _day_heading(text, line):
            found.append((line, heading[1]))
    return tuple(found)


# An entry's clock ("00.35 Uhr", "23:20", "19 h 35", "7.55pm"): its hour and minutes.
_CLOCK = re.compile(r"[ \t]*+(\d{1,2})(?:[:.h]| h )(\d{2})[ \t]*+(?:([ap])\.?m\b)?", re.IGNORECASE)
_DAY_MINUTES = 24 * 60


@lru_cache(maxsize=64)
def entry_minutes(text: str) -> tuple[tuple[int, int], ...]:
    """Each live entry of a text, in page order: (where its line begins, its minute of the day)."""
    found = []
    for line in entry_starts(text):
        # An entry opened by its weekday keeps its place among the blog's clocks.
        heading = _day_heading(text, line)
        at = heading[0] if heading else line
        if LIVE_ENTRY.match(text, at) and (clock := _CLOCK.match(text, at)):
            hour, minute, half = int(clock[1]), int(clock[2]), (clock[3] or "").lower()
            if hour > (12 if half else 23) or minute > 59:
                continue  # "25:70 -" is no time of day
            # "12.10am" is ten past midnight, "12.10pm" ten past noon.
            hour = hour % 12 + (12 if half == "p" else 0) if half else hour
            found.append((line, hour * 60 + minute))
    return tuple(found)


@lru_cache(maxsize=64)
def _minute_by_line(text: str) -> dict[int, int]:
    return dict(entry_minutes(text))


def entry_minute(text: str, start: int) -> int | None:
    """The time of the live blog's entry holding ``start``, in minutes past midnight ("10 h
    15 -" is 615, "12.10am -" is 10), or None when its line opens on no entry's time."""
    line = live_entry_at(text, start)
    return None if line is None else _minute_by_line(text).get(line)


def midnights_after(text: str, line: int) -> int:
    """How many midnights a blog's entries pass between the entry at ``line`` and its newest
    (``midnights_of_entries``); none for a line that opens on no entry."""
    return midnights_of_entries(text).get(line, 0)


@lru_cache(maxsize=64)
def midnights_of_entries(text: str) -> dict[int, int]:
    """Each entry's midnights before its blog's newest (by where its line begins). A blog
    runs one way down its page, newest first or oldest first: most of its steps of less
    than half a day go that way. A step the other way of more than half a day is a midnight
    passed ("00.35" above "23.20" in a blog written newest first); an entry late by less is
    only late. A blog of two entries, or of as many steps each way, tells no way."""
    entries = entry_minutes(text)
    steps = [later - earlier for (_, earlier), (_, later) in pairwise(entries)]
    half = _DAY_MINUTES // 2
    falling = sum(-half < step < 0 for step in steps)
    rising = sum(0 < step < half for step in steps)
    if len(entries) < 3 or falling == rising:
        return {}
    # Counted from the newest entry: the first of a blog written newest first, else the last.
    newest_first = falling > rising
    order = range(len(entries)) if newest_first else range(len(entries) - 1, -1, -1)
    found, passed = {}, 0
    for n in order:
        # The step between this entry and the one newer than it, read newest to oldest.
        back = (
            -steps[n - 1]
            if newest_first and n > 0
            else steps[n]
            if not newest_first and n < len(steps)
            else 0
        )
        passed += back <= -half
        found[entries[n][0]] = passed
    return found


def live_entry_at(text: str, start: int) -> int | None:
    """Where the live blog's entry holding ``start`` begins (``entry_starts``): its line's
    start when the line opens on an entry's time (``LIVE_ENTRY``) or on its weekday and then
    its time ("Saturday 23:52 -", "Samstag, 15.58 Uhr:", ``_day_heading``), or where an entry
    of a line holding several begins (``_ENTRY_IN_A_LINE``); None otherwise."""
    line = text.rfind("\n", 0, start) + 1
    starts = entry_starts(text)
    at = bisect_right(starts, start) - 1
    found = starts[at] if at >= 0 and starts[at] >= line else None
    opens = found is not None and (LIVE_ENTRY.match(text, found) or _day_heading(text, found))
    return found if opens else None


@lru_cache(maxsize=64)
def entry_starts(text: str) -> tuple[int, ...]:
    """Where each line that may open a live blog's entry begins (every line: ``entry_minutes``
    and ``live_entry_at`` read its clock), and each entry a line holds after a sentence's
    end where it holds two or more (``_ENTRY_IN_A_LINE``), in page order."""
    found = []
    for line in chain((0,), (m.end() for m in re.finditer("\n", text))):
        found.append(line)
        end = text.find("\n", line)
        inline = [m.end() for m in _ENTRY_IN_A_LINE.finditer(text, line, len(text) if end < 0 else end)]
        if len(inline) + bool(LIVE_ENTRY.match(text, line)) >= 2:
            found += inline
    return tuple(found)


# Between an article's id and its entry's offset in a report's owner: no id holds it.
ENTRY_MARK = "\x00"


def owner_of(article_id: str, entry_line: int | None) -> str:
    """Who tells a report or a figure: its article, or the article's live blog entry whose
    line starts at ``entry_line`` (``live_entry_at``)."""
    return article_id if entry_line is None else f"{article_id}{ENTRY_MARK}{entry_line}"
