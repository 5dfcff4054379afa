"""Which capitalised words are mentions of a person already found: a surname after another
first name is someone else's; a mention inside a longer one counts once."""

from __future__ import annotations

from summarizer.engines.extractive.names import NOT_NAME, Candidate
from summarizer.engines.extractive.place_named import a_town_as_a_body
from summarizer.models import Actor
from summarizer.text.gazetteer import TITLE_SET
from summarizer.text.given_names import may_be_given_name


def other_given_name(words: list[str], person: Candidate) -> bool:
    """Whether a name gives, right before the surname, another first name than the
    person's ("Tomas Sorvik" is not Elena Sorvik, nor "T. Sorvik"; "President Volodymyr
    Zelenskyy" is Zelenskyy; "J.-P. Dupont" is Jean-Pierre): ``text.given_names``."""
    if len(words) < 2:
        return False
    given = words[-2]
    bare = given.rstrip(".")
    if bare.lower() in TITLE_SET or bare in NOT_NAME or not given[:1].isupper():
        return False
    theirs = person.name.split()[:-1]
    return not theirs or not may_be_given_name(given, theirs)  # no first name: none agrees


def parts_of_longer_names(actors: list[Actor], given_names: frozenset[str]) -> set[str]:
    """The towns as bodies every mention of which lies inside a longer actor's name: "Ville
    de Montréal" in "Service de police de la Ville de Montréal", "Comune di Bari" in "Polizia
    locale del Comune di Bari". The longer name is the town's service, and the town is told
    of only as its owner. A town named on its own anywhere in the article stays."""
    longer = [(m.start, m.end) for a in actors for m in a.mentions]
    return {
        actor.id
        for actor in actors
        if actor.kind != "person"
        and a_town_as_a_body(actor.name.split(), given_names)
        and all(
            any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in longer)
            for m in actor.mentions
        )
    }
