"""Who a figure is according to, when its briefing names no claimant: the actor its sentence
gives it on the word of. An article that reports a dispute in one breath ("The commission
put turnout at 61.4 percent, but the opposition said its observers counted 48 percent";
"según los sindicatos, 4.000; según la empresa, 1.500") gives each side's figure its own
party, and the merge compares the two as two sources (``figures.values_conflict``).

A party is read only where the sentence says so: an actor named before the figure with a
verb of saying or counting between them ("the union said 70%"), or named after it behind
such a verb or "according to" ("..., a annoncé l'ARS", "según la empresa"), or opening
the clause that ends the sentence and saying it ("..., the ministry said"). An actor the
figure is merely about ("the FPÖ won 34.8 percent, the SPÖ 21") is no party.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summarizer.text.gazetteer import literal_alternation
from summarizer.text.lexicon import lexicon
from summarizer.text.lexicons.counted import COUNTING_VERBS
from summarizer.text.segment import split_sentences

if TYPE_CHECKING:
    from summarizer.models import Briefing


@cache
def _cue(lang: str) -> re.Pattern[str]:
    """A verb of saying or counting, or "according to", of ``lang`` and of English (quotes
    of wire copy keep English verbs in other languages' articles)."""
    found: set[str] = set()
    for code in {lang, "en"}:
        lex = lexicon(code)
        found |= {*lex.reporting_verbs, *lex.according_to, *lex.according_after}
        found |= COUNTING_VERBS.get(code, frozenset())
    return re.compile(rf"(?<!\w)(?:{literal_alternation(found)})(?!\w)", re.IGNORECASE)


@cache
def _according(lang: str) -> re.Pattern[str]:
    """ "According to" and the articles before an actor, at the end of what precedes it
    ("según la empresa", "selon les syndicats", "laut der Polizei")."""
    lex, en = lexicon(lang), lexicon("en")
    cues = literal_alternation({*lex.according_to, *en.according_to})
    determiners = literal_alternation({*lex.determiners, *en.determiners})
    return re.compile(rf"(?<!\w)(?:{cues})\s+(?:(?:{determiners})\s*)*$", re.IGNORECASE)


@cache
def _opening(lang: str) -> re.Pattern[str]:
    """What may stand between a figure's clause and an actor that then says it: a comma
    and articles only (", the ministry said", ", dijo la empresa"), never "but the
    opposition"."""
    determiners = literal_alternation({*lexicon(lang).determiners, *lexicon("en").determiners})
    return re.compile(rf"[^,;:]*,\s*(?:(?:{determiners})\s*)*$", re.IGNORECASE)


# A clause ends between a figure and an actor named after it: what follows is another
# claim ("4.000 secundaron la huelga; según la empresa, 1.500").
_CLAUSE_BREAK = re.compile(r"[;:]")


def figure_parties(text: str, briefing: Briefing) -> dict[str, str]:
    """Figure id -> the article's actor id each unclaimed figure is according to (see the
    module's docstring). Only an article with two unclaimed figures and two actors can
    report a dispute so: the rest skip the sentence split."""
    unclaimed = sorted((f for f in briefing.figures if f.claimed_by is None), key=lambda f: f.span.start)
    if len(unclaimed) < 2 or len(briefing.actors) < 2:
        return {}
    lang = briefing.language or "en"
    cue, according, opening = _cue(lang), _according(lang), _opening(lang)
    mentions = sorted((m.start, m.end, a.id) for a in briefing.actors for m in a.mentions)
    found: dict[str, str] = {}
    for sentence in split_sentences(text, lang):
        named = [m for m in mentions if sentence.start <= m[0] < sentence.end]
        inside = [f for f in unclaimed if sentence.start <= f.span.start < sentence.end]
        if not named or not inside:
            continue
        for figure in inside:
            start, end = figure.span.start, figure.span.end
            before = [m for m in named if m[1] <= start]
            after = [m for m in named if m[0] >= end]
            if before and (
                cue.search(text, before[-1][1], start)
                or according.search(text, sentence.start, before[-1][0])
            ):
                found[figure.id] = before[-1][2]
            elif after and (
                (cue.search(text, end, after[0][0]) and not _CLAUSE_BREAK.search(text, end, after[0][0]))
                or (
                    opening.match(text, end, after[0][0])
                    and cue.match(text[after[0][1] : sentence.end].lstrip())
                )
            ):
                found[figure.id] = after[0][2]
    return found
