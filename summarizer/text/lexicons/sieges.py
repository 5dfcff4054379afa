"""How a siege is told, and how a getaway, in English, German, French and Spanish, as the
merge reads a report's words (``merge.report_words``: lower case, accents folded, four
letters or more, each language's word for a concept as its English name). Read by
``daily.pair_evidence``: an arrest ends a siege where it happens (the hostage-taker "held
four people hostage ... surrendered"), so a report of the siege typed "other" and one of
the arrest may be of one event; an arrest after the doers got away is a later event. Plain
data."""

from __future__ import annotations

from summarizer.text.vocabulary import words

# A hostage-taking, a kidnapping or a man barricaded in a building: an act that lasts until
# its doer gives up or is seized ("retient quatre personnes", "había retenido a seis
# personas"). "hostages" and "kidnapped" are concepts (``text.concepts``): "otages",
# "Geiseln", "rehenes", "secuestro" read as them. Not "held", which a meeting is too.
SIEGE_WORDS = words(
    """
    hostages kidnapped standoff siege barricaded
    geiselnahme geiselnehmer verschanzt verbarrikadiert
    retranche retranchee preneur retient retiennent retenait retenu retenus retenue retenues
    sequestre sequestres sequestree sequestrees
    atrincherado atrincherada secuestrador retenido retenidos retenida retenidas retiene
    """
)
# A court's doing: a report of a ruling on a siege, typed "other", is no siege the arrest of
# that day ended ("jailed for holding four hostages").
COURT_WORDS = words(
    """
    court courts trial verdict jailed sentenced convicted acquitted ruling
    gericht landgericht amtsgericht prozess urteil verurteilt freigesprochen
    tribunal cour proces jugement condamne condamnee acquitte
    juzgado audiencia juicio sentencia condenado condenada absuelto
    """
)
# The doers of an event got away: robbers who "fled on motorbikes", "huyeron en dos
# motocicletas", "flüchteten", "se sont enfuis", a man "still at large" whom police are
# "hunting". Not "fuite" nor "fuga", which the merge reads as a leak too, nor "davon"
# ("zwei davon"), nor "escape" of a gas or a fire.
GETAWAY_WORDS = words(
    """
    fled flee flees fleeing escaped getaway manhunt fugitive fugitives hunting
    flohen geflohen fluchteten gefluchtet fluchtig fluchtigen entkamen entkommen flucht fluchtwagen
    enfui enfuis enfuie enfuies enfuient fuyard fuyards cavale
    huyeron huido huida fugados fugaron fugitivo fugitivos escaparon
    """
)
