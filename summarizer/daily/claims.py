"""Who a figure is according to, when its briefing names no claimant: the actor its sentence
gives it on the word of. An article that reports a dispute in one breath ("The commission
put turnout at 61.4 percent, but the opposition said its observers counted 48 percent";
"según los sindicatos, 4.000; según la empresa, 1.500") gives each side's figure its own
party, and the merge compares the two as two sources (``figure_conflicts.values_conflict``).

A party is read only where the sentence says so (see ``_party``): an actor named before
the figure with a verb of saying or counting between them ("the union said 70%"), or
that "according to" introduces ("800 according to police"); one named after it behind
such a verb ("..., a annoncé l'ARS"); the actor a sentence closes on (", the ministry
said") for every figure no nearer party claims; and unnamed officials for a figure its
clause calls official ("le bilan officiel (12 décès)"). An actor the figure is merely
about ("the FPÖ won 34.8 percent, the SPÖ 21") is no party, and nothing crosses the end
of a clause.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from summarizer.daily.figure_speakers import gapped, opening_speaker, restated, unnamed_speaker
from summarizer.text.gazetteer import literal_alternation
from summarizer.text.lexicon import merge_lexicon
from summarizer.text.lexicons.counted import COUNTING_VERBS, OFFICIAL_WORDS
from summarizer.text.segment import split_sentences

if TYPE_CHECKING:
    from summarizer.models import Briefing


@cache
def _cue(lang: str) -> re.Pattern[str]:
    """A verb of saying or counting, or "according to", of ``lang`` and of English (quotes
    of wire copy keep English verbs in other languages' articles)."""
    found: set[str] = set()
    for code in {lang, "en"}:
        lex = merge_lexicon(code)
        found |= {*lex.reporting_verbs, *lex.according_to, *lex.according_after}
        found |= COUNTING_VERBS.get(code, frozenset())
    return re.compile(rf"(?<!\w)(?:{literal_alternation(found)})(?!\w)", re.IGNORECASE)


# What "according to" may name before its actor: its figures ("según el balance de los
# Bombers", "selon le bilan des pompiers", "according to figures from the ministry", "laut
# Angaben der Polizei").
_FIGURES_OF = (
    r"(?:balance|bilan|figures?|count|tally|estimates?|data|chiffres?|donn[ée]es|d[ée]compte|estimations?"
    r"|cifras?|datos|recuento|estimaciones|angaben|zahlen|sch[äa]tzungen)"
    r"\s+(?:of|from|by|de|du|des|del|d'|der|von|vom)"
)


@cache
def _according(lang: str) -> re.Pattern[str]:
    """ "According to" and the articles before an actor, at the end of what precedes it
    ("según la empresa", "selon les syndicats", "laut der Polizei"), or its figures
    (``_FIGURES_OF``: "según el balance de los Bombers")."""
    lex, en = merge_lexicon(lang), merge_lexicon("en")
    cues = literal_alternation({*lex.according_to, *en.according_to})
    determiners = literal_alternation({*lex.determiners, *en.determiners})
    articles = rf"(?:(?:{determiners})(?:(?<=['’])|(?!\w))\s*)*+"
    return re.compile(rf"(?<!\w)(?:{cues})\s+{articles}(?:{_FIGURES_OF}\s*{articles})?$", re.IGNORECASE)


@cache
def _opening(lang: str) -> re.Pattern[str]:
    """What may stand between a figure's clause and an actor that then says it: a comma
    and articles only (", the ministry said", ", dijo la empresa"), never "but the
    opposition"."""
    determiners = literal_alternation({*merge_lexicon(lang).determiners, *merge_lexicon("en").determiners})
    return re.compile(rf"[^,;:]*,\s*(?:(?:{determiners})\s*)*+$", re.IGNORECASE)


# A clause or sentence ends between a figure and an actor: what follows is another claim
# ("4.000 secundaron la huelga; según la empresa, 1.500").
_CLAUSE_BREAK = re.compile(r"[;:](?=\s)")
# "According to" stands this close after a figure to introduce its source ("3,000 people
# marched according to the organisers").
ACCORDING_REACH = 40

Mention = tuple[int, int, str]  # start, end, the article's actor id

# The party of a figure given on the word of officials the article does not name ("le bilan
# officiel (12 décès) est très en dessous de la réalité"): not an actor's id.
OFFICIAL_PARTY = "=official"
# The party of a figure someone the article names as no actor gives ("Mar Limpo eleva la
# cifra a más de 300 toneladas", ", das Unternehmen spricht von 280"): one for all such
# figures of an article, which may restate its own toll as it grows ("eleva la cifra a 8",
# later "a 12") and is then no dispute with itself (``figure_speakers``).
RESTATED_PARTY = "=restated"
_OFFICIAL = re.compile(rf"(?<!\w)(?:{literal_alternation(OFFICIAL_WORDS)})(?!\w)", re.IGNORECASE)
# The party of a figure its sentence denies right after giving its own ("deux personnes, et
# non trois, ont été blessées"; "two, not three"; "dos y no tres"; "zwei und nicht drei"):
# the count another party gave, which this one rejects, so never the speaker's own figure.
DENIED_PARTY = "=denied"
# A comma or "and"/"but" of en, fr, de, es, it, pt, nl, ca, then "not", right before the
# figure; or a comma or "and" only, then "not", before the article of the count it denies
# ("e não os cerca de 120 de que fala a polícia", "et non les trois", "y no los 40", "and
# not the 300", "und nicht die 12"): "but not the" leaves a part out of the count ("200
# residents were evacuated, but not the 40 in the care home", "mais pas les 40", "pero no
# los 40", "aber nicht die 40"), which no one disputes.
_NOT = r"\s*(?:not|non|pas|nicht|no|n[ãa]o|niet)\s+"
_DENIED = re.compile(
    rf"(?:,|(?<!\w)(?:and|but|et|mais|und|sondern|aber|y|pero|sino|e|ma|mas|en|maar|i|per[oò])){_NOT}$"
    rf"|(?:,|(?<!\w)(?:and|et|und|y|e|en|i)){_NOT}(?:the|les|los|las|els|os|as|die|den|i|gli|le|de|het)\s+$",
    re.IGNORECASE,
)
# How far before a figure its denial is read: "and not", a comma and an article.
_DENIAL_REACH = 20


def figure_parties(text: str, briefing: Briefing) -> dict[str, str]:
    """Figure id -> the article's actor id each unclaimed figure is according to (see the
    module's docstring), or ``OFFICIAL_PARTY`` for a figure its clause calls official, or
    ``DENIED_PARTY`` for one its sentence denies, for figures that share their category
    and unit with another."""
    kinds = Counter((f.category, f.unit) for f in briefing.figures)
    # Two figures of one kind could be one measure two parties give, whether or not the
    # briefing names the claimant of one ("Der Gemeinderat bleibt bei seiner Zahl von elf
    # Arbeitern [claimed], die Bauunternehmung spricht von acht"); an article with none (a
    # toll of dead and injured) reports no dispute and skips the sentence split.
    disputable = {kind for kind, count in kinds.items() if count > 1}
    if not disputable:
        return {}
    unclaimed = sorted(
        (f for f in briefing.figures if f.claimed_by is None and (f.category, f.unit) in disputable),
        key=lambda f: f.span.start,
    )
    lang = briefing.language or "en"
    mentions = sorted((m.start, m.end, a.id) for a in briefing.actors for m in a.mentions)
    found: dict[str, str] = {}
    for sentence in split_sentences(text, lang):
        named = [m for m in mentions if sentence.start <= m[0] < sentence.end]
        closing = _closing_speaker(text, lang, named, sentence.start, sentence.end)
        for figure in (f for f in unclaimed if sentence.start <= f.span.start < sentence.end):
            start, end = figure.span.start, figure.span.end
            before = next((m for m in reversed(named) if m[1] <= start), None)
            after = next((m for m in named if m[0] >= end), None)
            party = _party(text, lang, (start, end), before, after, (sentence.start, sentence.end))
            if _DENIED.search(text, max(sentence.start, start - _DENIAL_REACH), start):
                party = DENIED_PARTY  # whoever the sentence is on the word of denies it
            elif party is None and closing is not None:
                party = closing
            elif party is None and _official(text, sentence.start, before, start):
                party = OFFICIAL_PARTY
            elif party is None and restated(text, lang, sentence.start, start, end):
                party = RESTATED_PARTY
            elif (
                party is None
                and before is None
                and opening_speaker(text, lang, sentence.start, start, _cue(lang))
            ):
                party = RESTATED_PARTY  # "His father had told a newspaper that two were hurt"
            if party is not None:
                found[figure.id] = party
    return found


def _party(
    text: str,
    lang: str,
    figure: tuple[int, int],
    before: Mention | None,
    after: Mention | None,
    sentence: tuple[int, int],
) -> str | None:
    """The party of a figure at ``figure`` (start, end) from the nearest actor named before
    and after it in its sentence (which ends at ``stop``), in this order: one "according
    to" introduces right after it ("800 according to police"); one before it that a verb
    of saying or counting joins to it ("the union said 4,000"), or that "according to"
    introduces ("según el sindicato, 4.000"); one after it that a verb joins to it (",
    a annoncé l'ARS") or that opens the closing clause and says it (", the ministry
    said"); one that opens a gapped clause whose verb an earlier claim gave ("the fire
    brigade counted nine, the police twelve": ``figure_speakers.gapped``). Nothing
    crosses the end of a clause (";")."""
    cue, according = _cue(lang), _according(lang)
    start, end = figure
    since, stop = sentence
    if after is not None and not _CLAUSE_BREAK.search(text, end, after[0]):
        close = after[0] - end <= ACCORDING_REACH
        if close and according.search(text, end, after[0]):
            return after[2]
    if before is not None and not _CLAUSE_BREAK.search(text, before[1], start):
        if unnamed_speaker(text, lang, before[1], start, cue) is not None:
            return RESTATED_PARTY  # ", das Unternehmen spricht von 280"
        introduced = according.search(text, max(0, before[0] - ACCORDING_REACH), before[0])
        if (
            introduced
            or cue.search(text, before[1], start)
            or gapped(text, lang, before[:2], start, cue, since)
        ):
            return before[2]
    if after is not None and not _CLAUSE_BREAK.search(text, end, after[0]):
        if cue.search(text, end, after[0]):
            return after[2]
        if _opening(lang).match(text, end, after[0]) and cue.match(text[after[1] : stop].lstrip()):
            return after[2]
    return None


def _official(text: str, sentence_start: int, before: Mention | None, start: int) -> bool:
    """True when the figure's clause calls it official before it, with no actor named
    between ("the official toll (12 deaths)", "le bilan officiel (12 décès)")."""
    clause = max(
        (m.end() for m in _CLAUSE_BREAK.finditer(text, sentence_start, start)), default=sentence_start
    )
    if before is not None:
        clause = max(clause, before[1])
    return _OFFICIAL.search(text, clause, start) is not None


def _closing_speaker(text: str, lang: str, named: list[Mention], start: int, stop: int) -> str | None:
    """The actor a sentence ends on the word of (", the ministry said."), who gives every
    figure of the sentence that no nearer party claims: "The toll rose to 12 on Tuesday,
    from 9 on Monday, the ministry said" is one party's two figures."""
    if not named:
        return None
    last = named[-1]
    said = _cue(lang).match(text[last[1] : stop].lstrip())
    opened = _closing_opening(lang).search(text, start, last[0])
    return last[2] if said and opened else None


@cache
def _closing_opening(lang: str) -> re.Pattern[str]:
    """A comma and articles only, right before the sentence's last actor."""
    determiners = literal_alternation({*merge_lexicon(lang).determiners, *merge_lexicon("en").determiners})
    return re.compile(rf",\s*(?:(?:{determiners})\s*)*+$", re.IGNORECASE)
