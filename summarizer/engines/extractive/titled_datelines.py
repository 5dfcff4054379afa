"""A town in title case and a full stop opening the copy is its dateline ("Trennach. Das
Hallenbad ...", "SPRECHER: Vellach. Der ..."). A greeting, a notice or a headline word
opens copy so too ("Buongiorno.", "Unfall. Ein Autofahrer ...", "Chaos."), so the town
counts only when the tables know it or the copy names it again where a name stands: after
a word that is no article ("Polizeiinspektion Trennach", "in Trennach"), not as a noun with
its article ("Der Unfall ereignete sich") nor as a sentence's first word ("Merkel sagte")."""

from __future__ import annotations

import re

from summarizer.text.exonyms import is_city
from summarizer.text.lexicon import LOWER, UPPER
from summarizer.text.lexicons.organisations import DEFINITE_ARTICLES
from summarizer.text.vocabulary import words

# A transcript's speaker label in capitals may come first ("SPRECHER: ", "SPEAKER: ").
_TITLED_STOP_DATELINE = re.compile(
    rf"^[ \t]*(?:[{UPPER}][{UPPER}'’.\-]+[ \t]*:[ \t]+)?(?P<place>[{UPPER}][{LOWER}'’\-]+)\.[ \t]+(?=[{UPPER}])",
    re.MULTILINE,
)
# Articles before a noun that DEFINITE_ARTICLES leaves out: the indefinite ones, and the
# definite ones of Dutch and Portuguese. Not "de", "du", "das": "la police de Trennach".
_MORE_ARTICLES = words("a an un une una uno ein eine einen einem einer eines een het o os um uma")
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")
_ARTICLES = DEFINITE_ARTICLES | _MORE_ARTICLES
# How far into the copy a dateline's town is looked for again: a news story names its
# town in its first paragraphs, and each opening line's search stays bounded however long
# the text (every line of the copy's opening is tried).
_NAMED_AGAIN_WITHIN = 4000


def _named_again(place: str, rest: str) -> bool:
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(place)}(?![\w'’-])", rest):
        before = _WORD_BEFORE.search(rest, max(0, found.start() - 40), found.start())
        if before is not None and before.group(1).casefold() not in _ARTICLES:
            return True
    return False


def titled_stop_dateline(text: str, at: int) -> str | None:
    """The town of a title-case dateline opening the line at ``at``, if it is one."""
    if (found := _TITLED_STOP_DATELINE.match(text, at)) is None:
        return None
    place = found.group("place")
    return (
        place
        if is_city(place) or _named_again(place, text[found.end() : found.end() + _NAMED_AGAIN_WITHIN])
        else None
    )
