"""How a figure stands beside the counts other sources give of its measure, read from its
article's words once, when the article's record is made:

- a part of a count its text has given ("five of the injured": ``daily.subcounts``), or of
  the injured by how badly they were hurt ("due feriti gravi"), or one person told by age
  beside another figure of the kind ("un uomo di 45 anni");
- the time of the live blog's entry that gives it: a blog's later entry outdates its own
  earlier count of the event ("9 h 40 - about 200 children wait outside", then "10 h 15 -
  Update: 310 pupils and 24 adults left the school"; see ``outdated``);
- a count told as one that rose ("auf drei gestiegen": ``figure_updates``);
- a count of one kind of people given beside another of its category ("650 élèves et 70
  membres du personnel ont été évacués": ``side_by_side``): a part of the whole another
  source gives ("720 people left the building");
- a count told as a party's figure for a measure, after a verb of counting and "the
  number" ("Local fire officials have put the number of injured at twelve", "la CEF eleva
  la cifra a más de 1.100 medicamentos": ``figure_speakers.restated``): another count of
  the measure its article gave before (``figure_joins.join_restated``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from summarizer.daily.figure_speakers import restated_count_words
from summarizer.daily.figure_updates import told_as_risen, told_later
from summarizer.daily.measures import PEOPLE_CATEGORIES
from summarizer.daily.passages import (
    entry_minute,
    in_correction_note,
    live_entry_at,
    owner_of,
    says_another_event,
)
from summarizer.daily.subcounts import (
    described_person,
    is_subcount,
    one_persons_share,
    own_whole,
    told_by_severity,
)
from summarizer.models import Figure
from summarizer.text.accents import fold_accents
from summarizer.text.lexicon import according_to_any_language
from summarizer.text.lexicons.counted import HARM, OPERATIONS, PART_AFTER, PEOPLE, SEVERAL
from summarizer.text.lexicons.ordinals import ordinal_pattern

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord, FigureRecord


class Standing(NamedTuple):
    subcount: bool = False
    # Minutes past midnight of the live blog's entry that gives the figure; None outside one.
    entry_minute: int | None = None
    # Where that entry's line starts (``passages.owner_of``).
    entry_line: int | None = None
    # Told as a count that rose ("auf drei gestiegen": ``figure_updates``): lower counts of
    # other sources may be earlier ones.
    risen: bool = False
    # One of two tolls of people of its category joined by "and" ("650 élèves et 70
    # membres du personnel": ``side_by_side``): another source's whole may be their sum.
    beside: bool = False
    # Told as a party's figure for a measure ("put the number of injured at twelve"): a rival
    # to the count of it its article gave before.
    restates: bool = False
    # Told in a clause of another event ("En otro accidente en Lleida, el SEM cifra en 14 los
    # heridos": ``passages.says_another_event``) or of a later hour ("By the evening, officials
    # put the number of dead at seven": ``figure_updates.told_later``): no rival to its
    # article's toll, neither restating it nor beside it (``comparable_figures``).
    apart: bool = False
    # Told in an editor's correction note ("Rectificatif : une précédente version situait le
    # collège à Altkirch ... à une douzaine de kilomètres de là": ``passages.CORRECTION_NOTE``):
    # what an earlier version got wrong and where, no measure of the event to adopt into it
    # (``figure_adoption``), as the note is no part of the report's passage.
    corrects: bool = False
    # Told as of further people or things than those counted ("weitere 52 Menschen aus einem
    # zweiten Boot", "22 divers from another club", "14 plongeurs sur le site suivant":
    # ``told_further``): no count of the measure's own, to compare with none
    # (``comparable_figures``).
    further: bool = False
    # Told as the sum of several operations or events ("1.345 cartones ... en dos
    # actuaciones": ``over_several_events``): the one incident's count is at most as many.
    summed: bool = False


WHOLE = Standing()
# How far before a figure the words that set it in another event or a later hour are read
# ("En otro accidente en Lleida, el SEM cifra en 14 los heridos").
_OPENING_CHARS = 160


def standing_of(
    text: str, figure: Figure, placed: Sequence[tuple[int, str]], lang: str = "en", year: int | None = None
) -> Standing:
    """How ``figure`` stands (``Standing``); ``placed`` holds its article's figures as
    (start, category), to tell a part from the whole toll of its kind (``own_whole``);
    ``lang`` is the article's language, whose verbs of counting tell a restated count;
    ``year`` the year it was published, before which a year is another's (``described_person``)."""
    part = is_subcount(text, figure.text, figure.span)
    if part and own_whole(text, figure.text, figure.span, figure.category, placed):
        part = False
    part = (
        part
        or told_by_severity(figure.category, figure.text, figure.counted)
        or one_persons_share(figure.unit, figure.counted)
        or described_person(
            text, figure.text, figure.value, figure.category, figure.span.start, placed, lang, year
        )
    )
    minute = entry_minute(text, figure.span.start)
    line = live_entry_at(text, figure.span.start) if minute is not None else None
    risen = told_as_risen(text, figure.span.start, figure.span.end)
    start, end = figure.span.start, figure.span.end
    clause = _clause_start(text, start)
    # Only the words just before the figure: a text with no full stop is one clause, read
    # again for each of its figures (quadratic).
    opening = text[max(clause, start - _OPENING_CHARS) : start]
    apart = says_another_event(opening) or told_later(opening)
    restates = not apart and _restates_the_count(restated_count_words(text, lang, clause, start, end))
    beside = side_by_side(text, figure, placed)
    corrects = in_correction_note(text, start)
    standing = Standing(
        part,
        minute,
        line,
        risen,
        beside,
        restates,
        apart,
        corrects,
        told_further(text, figure),
        over_several_events(text, figure),
    )
    return WHOLE if standing == WHOLE else standing


def _restates_the_count(words: str | None) -> bool:
    """Whether a restated count's phrase (``figure_speakers.restated_count_words``) refers
    back to its article's count: "the figure", "the crowd", or "the number" of those the
    article counts, named by their harm or as people ("the number of injured", "die Zahl
    der Verletzten"); never "the number of fallen trees", another count."""
    if words is None:
        return False
    said = set(re.findall(r"[^\W\d_]+", fold_accents(words).lower()))
    return not said or not said.isdisjoint(HARM | PEOPLE)


def _clause_start(text: str, start: int) -> int:
    """Where the sentence or clause that holds ``start`` begins: after the last full stop,
    semicolon or line break before it."""
    return max(text.rfind(mark, 0, start) for mark in (". ", "; ", "\n")) + 1


# A count of another single group, thing or place of the kind, accents folded and lower
# case: "another club" ("un autre club", "einem anderen Verein", "otra patera", "un altro
# club", "outro clube"), "a second boat" ("einem zweiten Boot", "una segunda patera"; an
# ordinal after "a", never Italian "secondo i carabinieri", according to), "the next site"
# ("am nächsten Tauchplatz", "le site suivant"; never "next to", "suivant les pompiers").
# Only the singular: "patients moved to other hospitals" are the patients counted.
_ONE = r"(?:a|an|un|une|una|uma|um|ein|eine|einem|einer|einen|eines|een)"
_ANOTHER_ONE = (
    rf"another|une?\s+autre|{_ONE}\s+andere[nmrs]?|otr[oa]|(?:un|una|un')\s*altr[oa]|outr[oa]"
    rf"|{_ONE}\s+{ordinal_pattern(folded=True)}"
    r"|next(?!\s+to)|nachste[nmrs]?|suivante?(?!\s+(?:les?|la|l'|des?|du))"
    r"|siguiente|successiv[oa]|seguinte"
)
ANOTHER_ONE = re.compile(rf"(?<!\w)(?:{_ANOTHER_ONE})(?!\w)")
# A later count that adds to the one before ("zwei weitere Verletzte", "two more were hurt",
# "deux autres blessés") does not outdate it: it is an increment, not the new total; nor
# does one of another group (``ANOTHER_ONE``). "More than 300" ("más de 300") is a bound
# of a total, no increment.
INCREMENT = re.compile(
    r"(?<!\w)(?:more(?!\s+than)|further|additional|another|other|others|weitere[nrs]?|andere[nrs]?"
    r"|zusatzliche[nrs]?|autres?|supplementaires?|de\s+plus|otros?|otras?|mas(?!\s+(?:de|que))|adicionales?"
    rf"|outr[oa]s?|altr[oaie]|ulteriori|{_ANOTHER_ONE})(?!\w)"
)
# How many words of a figure's own phrase are read for an increment: right before it
# ("Das Rote Kreuz betreute weitere 52"), and after it up to a mark, a number or a
# conjunction that opens another phrase ("52 Menschen aus einem zweiten Boot", not "22
# divers in the water while another group ...").
_WORDS_BEFORE = 2
_WORDS_AFTER = 5
_PHRASE_END = re.compile(
    r"[^\w\s'’-]|\d|(?<!\w)(?:and|while|but|et|pendant|mais|und|wahrend|aber|y|mientras|pero|e|mentre|ma"
    r"|enquanto)(?!\w)"
)


def told_further(text: str, figure: Figure) -> bool:
    """Whether a figure counts further people or things than those counted before it, as
    its own phrase says: the words right before it or its own tell an increment ("weitere
    52", "otras 52", ``INCREMENT``); its phrase after it or what it counts, another group
    ("22 divers from another club", "personas rescatadas de otra patera",
    ``ANOTHER_ONE``)."""
    start, end = figure.span.start, figure.span.end
    before = re.split(r"[^\w\s'’-]", fold_accents(text[max(0, start - 60) : start]))[-1].split()
    if INCREMENT.search(" ".join([*before[-_WORDS_BEFORE:], fold_accents(figure.text)])):
        return True
    after = fold_accents(text[end : end + 80])
    phrase_end = _PHRASE_END.search(after)
    after_words = after[: phrase_end.start() if phrase_end else len(after)].split()[:_WORDS_AFTER]
    return ANOTHER_ONE.search(" ".join([*after_words, "|", fold_accents(figure.counted or "")])) is not None


# A preposition, an article, "both" or a number of two to four, at most one word, then
# operations or events (``SEVERAL``, ``OPERATIONS``): "en dos actuaciones", "in the two raids",
# "bei beiden Einsätzen", "lors des deux opérations"; never their subject ("the same gang
# carried out both attacks": who did them, not what a count sums).
_IN = (
    r"in|across|over|during|from|en|dans|lors|pendant|bei|aus|wahrend|durante|nelle|nei|negli|nas|nos|em"
    r"|bij|tijdens|durant"
)
_THE = r"the|las|los|les|des|den|der|le|i|gli|as|os|de|het|els"
_SEVERAL_EVENTS = re.compile(
    rf"(?<!\w)(?:{_IN})\s+(?:(?:{_THE})\s+)?(?:{'|'.join(sorted(SEVERAL))})\s+(?:[^\W\d_]+\s+)?"
    rf"(?:{'|'.join(sorted(OPERATIONS))})(?!\w)"
)


# How far either side of a figure its sentence is read for a sum: a long sentence's own.
SUM_REACH = 400


def over_several_events(text: str, figure: Figure) -> bool:
    """Whether a figure is told as the sum of several operations or events, in its sentence
    or in what it counts: "La Guardia Civil interviene 1.345 cartones ... en dos
    actuaciones" (a van's 1,250 and a traveller's 95), "insgesamt 40 Verletzte bei beiden
    Unfällen". It counts more than the one incident's people or things, so it is no rival
    to another report's count of that incident below it, only a bound: that incident's
    count is at most as many (issue 25, day 86)."""
    # Read within ``SUM_REACH`` of the figure: a text with no full stop (a table, a list)
    # would be read whole for every one of its figures.
    window = max(0, figure.span.start - SUM_REACH)
    start = window + _clause_start(text[window : figure.span.start], figure.span.start - window)
    stop = min(len(text), figure.span.end + SUM_REACH)
    ends = [at for mark in (". ", "; ", "\n") if (at := text.find(mark, figure.span.end, stop)) != -1]
    sentence = text[start : min(ends, default=stop)]
    said = fold_accents(f"{sentence} | {figure.counted or ''}").lower()
    return _SEVERAL_EVENTS.search(said) is not None


class Given(NamedTuple):
    """One figure of an incident's reports, as ``outdated`` reads it."""

    article: str
    category: str
    text: str
    standing: Standing


def outdated(figures: Sequence[Given]) -> set[int]:
    """Which of one incident's figures (their indexes) a later entry of their own live blog
    outdates: a blog is written as the day goes on, and its later entry's count of the same
    category ("10 h 15 - Mise à jour: 310 élèves et 24 adultes") is its word on the event,
    the earlier one ("9 h 40 - Environ 200 enfants") its first estimate, whatever noun each
    counts by. An entry's part of a count ("drei davon schwer") or increment ("two more")
    outdates nothing; entries are ordered by their clocks, not by where they stand (a blog
    is often written newest first)."""
    latest: dict[tuple[str, str], int] = {}
    for figure in figures:
        minute = figure.standing.entry_minute
        if minute is None or figure.standing.subcount or INCREMENT.search(fold_accents(figure.text)):
            continue
        key = (figure.article, figure.category)
        latest[key] = max(minute, latest.get(key, minute))
    return {
        n
        for n, figure in enumerate(figures)
        if figure.standing.entry_minute is not None
        and figure.standing.entry_minute < latest.get((figure.article, figure.category), -1)
    }


def unlisted_entries(
    linked: Sequence[tuple[ArticleRecord, FigureRecord]],
) -> list[tuple[ArticleRecord, FigureRecord]]:
    """The figures of the ``linked`` articles' blog entries that tell no incident of their
    briefing and give no incident's toll: a blog's "10 h 15 - Mise à jour : 310 élèves" may
    be listed as no event of its own, yet it is the blog's later word on the event before
    it (``outdated``)."""
    taken = {(source.id, figure.id) for source, figure in linked}
    extra = []
    for source in {source.id: source for source, _ in linked}.values():
        owners = {incident.report.owner for incident in source.incidents}
        tolls = {f for incident in source.incidents for f in incident.casualty_figures}
        extra += [
            (source, figure)
            for figure in source.figures
            if figure.standing.entry_line is not None
            and (source.id, figure.id) not in taken
            and figure.id not in tolls
            and owner_of(source.id, figure.standing.entry_line) not in owners
        ]
    return extra


# The word that joins two counts of one category in one breath, in en, fr, de, es, it, pt.
_AND = r"\s+(?:and|et|und|y|e|plus|sowie)\s+"
_JOINED_AFTER = re.compile(rf"^{_AND}$", re.IGNORECASE)
_JOINED_BEFORE = re.compile(rf"^[^.;:!?\n]{{1,40}}?{_AND}$", re.IGNORECASE)
# A count that is a part of the one before it ("12 injured and five of them seriously"):
# no side of a pair, nor is the count before it.
_PARTITIVE = re.compile(rf"^\S+(?:\s+\S+)?\s+(?:{PART_AFTER})(?!\w)", re.IGNORECASE)


def side_by_side(text: str, figure: Figure, placed: Sequence[tuple[int, str]]) -> bool:
    """Whether ``figure`` is one of two counts of its category its article joins by "and"
    ("Quelque 650 élèves et 70 membres du personnel ont été évacués", "five soldiers and
    three civilians were killed"): each is a part of the whole, which another source may
    give as one count (720 people evacuated). Never a count whose neighbour is its own
    part ("12 injured and five of them seriously"), nor counts of things ("15 cruise
    missiles and 21 drones were destroyed": each is a measure of its own)."""
    if figure.category not in PEOPLE_CATEGORIES or _PARTITIVE.match(fold_accents(figure.text)):
        return False
    start, end = figure.span.start, figure.span.end
    same = sorted(at for at, kind in placed if kind == figure.category and at != start)
    after = next((at for at in same if at >= end), None)
    if after is not None and _JOINED_AFTER.match(text[end:after]):
        return _PARTITIVE.match(fold_accents(text[after : after + 60])) is None
    before = max((at for at in same if at < start), default=None)
    if before is None or _JOINED_BEFORE.match(text[before:start]) is None:
        return False
    # "Deux morts selon la police et cinq selon les secours": two parties' counts of one
    # toll, a dispute, not two parts of it.
    return according_to_any_language().search(text[before:start]) is None
