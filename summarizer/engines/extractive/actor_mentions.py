"""Which capitalised words are mentions of a person already found: a surname after another
first name is someone else's; a mention inside a longer one counts once."""

from __future__ import annotations

from summarizer.engines.extractive.names import NOT_NAME, Candidate
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
