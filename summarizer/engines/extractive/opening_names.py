"""Whether a capitalised word that opens a sentence is a name, by what the article itself
does with the word elsewhere. At a sentence's start every word is capitalised ("Yesterday
police said", "Local police said"), so the capital there says nothing; but an article that
also writes the word capitalised mid-sentence ("the canton of Valais", "the Bavarian town
of Tittmoning") and never in lower case treats it as a name ("Valais cantonal police
said", "Bavarian police stopped the convoy"). No gazetteer holds every canton, province
or region an article names; the article's own text does.

A word that the text also writes in lower case is a common word ("Regional police said
... regional police"), and a line in title case ("Three Hurt as Local Police Raid Farm")
capitalises every word, so a mid-sentence capital counts only on a line that also holds a
lower-case word of at least four letters. German capitalises every noun, so there a
mid-sentence capital makes no name: the rule is for languages that do not (English reads it)."""

from __future__ import annotations

import re

# Where a sentence may begin: a capitalised word there is any word, not a name.
SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“”«»]\s*|\s[-–—]\s+)$")
# A lower-case word long enough not to be a title-case line's short particle ("of", "and").
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ]{4,}(?![\w'’-])")


def named_in_text(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` capitalised mid-sentence on a line of running prose,
    and never in lower case."""
    if not word[:1].isupper() or re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text):
        return False
    # Line by line, each line's prose test read once: a word written thousands of times on
    # one long line of capitals must not rescan the line for each (quadratic).
    offset = 0
    for line in text.split("\n"):
        if _LOWER_WORD.search(line):
            for match in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", line):
                start = offset + match.start()
                if not SENTENCE_START.search(text, max(0, start - 3), start):
                    return True
        offset += len(line) + 1
    return False
