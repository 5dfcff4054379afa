"""A count told as one that has risen ("Damit steigt die Zahl der Toten auf drei", "le bilan
s'est alourdi à trois morts", "ha subido a cinco", "the toll rose to 12", "la Guardia Civil,
que ya tiene tres detenidos"): the count of its writer's hour, after lower ones. Another
source's lower count may be one of those earlier counts, not a dispute (a toll rises
through a day; arrests add up); a higher one still is (``figure_conflicts.values_conflict``).

Only a count that moved by itself: a party that "raises" another's count ("la Asamblea
eleva a 2.100 los afectados", "the union puts the figure higher") disputes it, and a
party that "by now speaks of twelve injured" while another keeps to nine does too."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.gazetteer import literal_alternation
from summarizer.text.lexicon import according_to_any_language
from summarizer.text.lexicons.counted import NUMBER_WORDS

# How far before a figure its risen-to cue may stand: "steigt die Zahl der Toten auf drei".
_BEFORE = 60
# How far before it a party's revision of its own count may stand ("a revu son bilan à la
# hausse et parle désormais de près de 6000").
_REVISED_BEFORE = 90
# How far after it: "auf vier Tote gestiegen", "Twelve injured, up from nine".
_AFTER = 40
# The tally a running total's verb takes as its object, with a word before it and what it
# counts after it ("the death toll", "le nombre de victimes", "la cifra de fallecidos"):
# any language's word for "the number" (``NUMBER_WORDS``), accents folded as the text is.
_TALLY = (
    r"(?:[^\W\d_]+ )?"
    rf"(?:{literal_alternation({fold_accents(w) for said in NUMBER_WORDS.values() for w in said})})s?"
    r"(?: [^.!?;:,\n]{0,30}?)?"
)
# Cues of a count that rose, accents folded, that govern the count right after them ("rose
# to 12", "est passé à 8 000"): a verb with no "to/à/a" right before a count tells another
# rise ("went up to the bar", "passé à tabac", "sube a la acera", "stieg aus").
_RISEN_BEFORE = re.compile(
    r"(?<!\w)(?:"
    # English: "rose to", "has risen to", "climbed to"
    r"(?:rose|risen|rising|rises|climbed|climbs|climbing|jumped|increased|grew|gone up|went up) to"
    # German: "steigt/stieg (die Zahl der Toten) auf", "erhöhte sich auf", "kletterte auf": the
    # verb may stand before its subject, within the clause
    r"|(?:steigt|stieg|erhoht sich|erhohte sich|hat sich erhoht|klettert|kletterte)(?!\w)"
    r"[^.!?;:,\n]{0,40}?(?<!\w)auf"
    # French: "s'alourdit à", "s'est alourdi à", "s'est alourdi :", "est passé à", "grimpe à"
    r"|(?:s['’]alourdi[rt]?|s['’]est alourdie?) (?:a|:)"
    r"|(?:(?:est|a) passee?|passe|a grimpe|grimpe|est montee?|monte) a"
    # Spanish: "ha subido a", "sube a", "se eleva a" (never the transitive "eleva a": a party
    # raising another's count), "ya tiene tres detenidos"
    r"|(?:ha|han) (?:subido|ascendido|aumentado) (?:a|hasta)|(?:sube|suben|aumenta|aumentan) (?:a|hasta)"
    r"|se elevan? a|ya (?:tiene|tienen|hay|son|suman|van)"
    # A running total after a new victim or arrest: "which brings the toll to three", "ce
    # qui porte le bilan à deux morts", "lo que eleva la cifra a cinco" (the clause's own
    # sum, no party raising another's count). Its object, when it has one, is a tally
    # (``_TALLY``): "qui porte préjudice à 200 commerçants", "lo que pone en peligro a 300
    # vecinos" tell no total.
    rf"|(?:brings|brought|bringing)(?: (?:the|its|their) {_TALLY})? to"
    rf"|(?:ce qui|qui) port(?:e|ent|ait|erait) (?:(?:(?:le|la|les|son|sa|ses|leur) |l['’]){_TALLY} )?a"
    rf"|lo que (?:eleva|sube|situa|pone) (?:(?:el|la|los|las|su|sus) {_TALLY} )?(?:a|en)"
    r")(?!\w)",
    re.IGNORECASE,
)
# The German running total: a sentence opened by "Damit" ("Damit kamen beim Absturz zwei
# Menschen ums Leben"), never the conjunction ", damit" (so that), with the figure in it.
_RUNNING_TOTAL_DE = re.compile(r"(?:^|[.!?:]\s+)Damit\s[^.!?;:,\n]*$")  # case kept: "Damit", not "damit"
# A German rise told after its count: "auf vier (Tote) gestiegen".
_RISEN_AFTER_DE = re.compile(
    r"(?<!\w)auf\s[^.!?;:,\n]{1,30}?\s(?:an)?gestiegen|(?<!\w)auf\s[^.!?;:,\n]{1,30}?\sgeklettert",
    re.IGNORECASE,
)
_AUF = re.compile(r"auf\s+", re.IGNORECASE)
# "Twelve injured, up from nine": the earlier count after the risen one.
_UP_FROM = re.compile(r"\s*,\s*up from(?!\w)", re.IGNORECASE)
# An age is no count ("La víctima ya tiene 80 años").
_AGE = re.compile(r"\s*(?:anos|ans|years?|jahre?n?)(?!\w)", re.IGNORECASE)
# A figure given on a party's word right after it ("le nombre de manifestants est passé à
# 8 000 selon la CGT"): that party's claim, which another's lower count disputes (see the
# module's docstring), not a count that moved by itself. An attribution after a comma is
# of the sentence, the report of the rise (", selon les pompiers"): the one list of such
# words is the lexicons' (``lexicon.according_to_any_language``).


# A party revising its own count upward ("the fire service revised its toll upwards to 12",
# "le SPF a revu son bilan à la hausse et parle désormais de 6000", "die Polizei korrigierte
# ihre Zahl nach oben", "revisó al alza su balance"), accents folded: its count of a later
# hour, the same party's lower one before it. Its own ("its", "son", "ihre", "su"): a party
# that revises another's count upward disputes it (see the module's docstring).
_OWN = r"(?:its|their|son|sa|ses|leur|leurs|seine|seinen|ihre|ihren|su|sus|suo|sua|seu|zijn|haar|hun|seva)"
_REVISED_UP = re.compile(
    r"(?<!\w)(?:"
    rf"revised {_OWN} (?:[^\W\d_]+ ){{1,3}}?up(?:wards?)?|raised {_OWN} (?:estimate|toll|count|figure|tally)"
    rf"|revu {_OWN} (?:[^\W\d_]+ ){{1,3}}?a la hausse|releve {_OWN} (?:bilan|estimation|decompte)"
    rf"|korrigiert\w* {_OWN} (?:[^\W\d_]+ ){{1,3}}?nach oben"
    rf"|{_OWN} (?:[^\W\d_]+ ){{1,3}}?nach oben korrigiert"
    rf"|revis\w* al alza {_OWN}|revis\w* {_OWN} (?:[^\W\d_]+ ){{1,3}}?al alza"
    rf"|rivist\w* al rialzo|rev(?:iu|iram|ist\w*) em alta|naar boven bijgesteld|revisat a l['’]alca"
    r")(?!\w)",
    re.IGNORECASE,
)
# The clause a figure stands in, up to it: a revision cue before a full stop is another's.
_CLAUSE_END = re.compile(r"[.!?;,\n]")


def told_as_revised_up(text: str, start: int) -> bool:
    """The figure at ``start`` is told in a clause where its party revises its own count
    upward (``_REVISED_UP``), the first it gives: a count of a later hour, as a risen one is."""
    before = fold_accents(text[max(0, start - _REVISED_BEFORE) : start])
    clause = _CLAUSE_END.split(before)[-1]
    revised = _REVISED_UP.search(clause)
    # Only the count the revision gives, the first after it: "korrigierte ihre Zahl nach
    # oben auf 5000, und die Veranstalter sprachen von 20000" revises no 20,000.
    return revised is not None and not any(c.isdigit() for c in clause[revised.end() :])


def told_as_risen(text: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` of ``text`` is told as a count that rose: a cue of its
    clause governs it, standing right before its number ("rose to 12", ``_RISEN_BEFORE``;
    a figure's words may hold the cue: "Zahl der Toten auf drei") or right after it ("auf
    vier gestiegen", "12, up from 9"), and it is given on no party's word (see above)."""
    before = fold_accents(text[max(0, start - _BEFORE) : start])
    figure = fold_accents(text[start:end])
    after = fold_accents(text[end : end + _AFTER])
    if (
        _AGE.match(after)
        or _AGE.match(figure.split(" ", 1)[-1])
        or according_to_any_language().match(after.lstrip())
    ):
        return False
    joined = before + figure + after
    first, last = len(before), len(before) + len(figure)
    for cue in _RISEN_BEFORE.finditer(joined, 0, last):
        # The cue ends right before the figure, or inside its words.
        if cue.end() > first or not joined[cue.end() : first].strip():
            return True
    for cue in _RISEN_AFTER_DE.finditer(joined, max(0, first - 4)):
        # "auf" right before the figure or in its words, the participle after its number.
        lead = joined[cue.start() : first] if cue.start() < first else ""
        if cue.start() < last and (not lead or _AUF.fullmatch(lead)) and cue.end() >= last:
            return True
    # "Damit" read as written: folding lowercases it, and only a capital opens a sentence.
    written_before = text[max(0, start - _BEFORE) : start]
    return (
        _UP_FROM.match(joined, last) is not None
        or _RUNNING_TOTAL_DE.search(written_before) is not None
        or told_as_revised_up(text, start)
    )


# A clause set at a later hour of the day than the report's first words ("By the evening,
# officials put the number of dead at seven", "Por la noche, Protección Civil elevó la
# cifra", "dans la soirée", "am Abend", "in serata", "mais tarde"), accents folded: its
# count is the toll's later word, an update, not a rival to the count given before it.
_LATER_HOUR = re.compile(
    r"(?<!\w)(?:"
    r"later|hours after|by (?:the )?(?:afternoon|evening|night|nightfall)|in the (?:afternoon|evening)"
    r"|plus tard|dans (?:la soiree|l['’]apres-midi|la nuit)"
    r"|en (?:fin de (?:journee|soiree|matinee|apres-midi)|soiree)"
    r"|spater|am (?:nachmittag|abend)|in der nacht|gegen abend|im laufe des tages"
    r"|mas tarde|por la (?:tarde|noche)|horas despues|a ultima hora|al final del dia"
    r"|piu tardi|in (?:serata|nottata|tarda serata)|nel pomeriggio|ore dopo"
    r"|mais tarde|a (?:tarde|noite)|horas depois|ao fim do dia"
    r")(?!\w)",
    re.IGNORECASE,
)


def told_later(clause: str) -> bool:
    """Whether a clause (up to a figure) sets its count at a later hour of the day
    (``_LATER_HOUR``): a toll's update."""
    return _LATER_HOUR.search(fold_accents(clause)) is not None
