"""A passage that denies a link between its event and another ("police see no link with
Tuesday's attempt", "la universidad la desvincula del caso de Medicina", "steht in keinem
Zusammenhang mit dem Schaden in Schwabing", "sans lien avec l'incendie de mardi"): the day
holds two events alike there, so the place both are told at tells neither apart
(``reports.shared_specifics``), and the words after the denial name the other event, not
the report's own (``own_passage``)."""

from __future__ import annotations

import re

# A denial of a link, in English, German, French and Spanish, ending where the other event's
# name begins. Fixed phrases with a few optional words: no nested repeats, linear on any text.
_DENIAL = re.compile(
    r"(?<!\w)(?:"
    # English
    r"(?:unrelated|not (?:related|linked|connected)) (?:to|with)"
    r"|(?:see|sees|saw|seen|found|find|finds|is|was|there is|there was) no (?:link|links|connection)"
    r"(?: (?:to|with|between))?"
    # German
    r"|(?:in keinem|nicht im|nicht in einem) zusammenhang(?: mit)?"
    r"|keinen? zusammenhang(?: mit)?"
    # French
    r"|sans (?:aucun )?(?:lien|rapport) avec"
    r"|(?:aucun|pas de) lien avec"
    r"|n['’](?:est|sont) pas li[ée]e?s? (?:à|au|aux)"
    # Spanish
    r"|sin (?:ninguna )?relaci[óo]n con"
    r"|no (?:tiene|tienen|guarda|guardan) (?:ninguna )?relaci[óo]n con"
    r"|no (?:lo|la|los|las|le|les) (?:relaciona|relacionan|vincula|vinculan) con"
    r"|desvincula(?:n)? de(?:l)?"
    r"|desvinculad[oa]s? de(?:l)?"
    r"|ning[úu]n v[íi]nculo con"
    r")(?!\w)",
    re.IGNORECASE,
)


def denies_a_link(text: str) -> bool:
    """The text says its event is not linked to another (``_DENIAL``)."""
    return _DENIAL.search(text) is not None


def own_passage(passage: str, evidence_length: int) -> str:
    """The passage up to a denial told after its evidence sentence (the report's own event
    is the one denied a link: "La Facultad de Ciencias Económicas confirma otra filtración
    ... La universidad la desvincula del caso de Medicina"): what follows the denial names
    the other event, whose words are not the report's. A denial inside the evidence sentence
    is kept whole: the report may be of either event it names."""
    found = _DENIAL.search(passage, max(0, evidence_length))
    return passage[: found.end()] if found else passage
