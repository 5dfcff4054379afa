"""Words by which a report says the doers of its event got away, in English, German, French
and Spanish: robbers who "fled on motorbikes", "huyeron en dos motocicletas", "flüchteten",
"se sont enfuis", a man "still at large" whom police are "hunting". An event whose doers got
away ended without them: an arrest told the same day is a later event, not its end (read by
``daily.pair_evidence.one_chain``). As the merge reads a report's words (``merge.report_words``):
lower case, accents folded, four letters or more. Not "fuite" nor "fuga", which the merge
reads as a leak too, nor "davon" ("zwei davon"), nor "escape" of a gas or a fire. Plain data."""

from __future__ import annotations

from summarizer.text.vocabulary import words

GETAWAY_WORDS = words(
    """
    fled flee flees fleeing escaped getaway manhunt fugitive fugitives hunting
    flohen geflohen fluchteten gefluchtet fluchtig fluchtigen entkamen entkommen flucht fluchtwagen
    enfui enfuis enfuie enfuies enfuient fuyard fuyards cavale
    huyeron huido huida fugados fugaron fugitivo fugitivos escaparon
    """
)
