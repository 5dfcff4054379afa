"""Terms and scare quotes: words in quotation marks that are not a statement.

"what staff call "the kitchen table"", a so-called "referendum", one word such as "all":
quotation marks around three words or fewer that nobody is said to say mark a term or a
distance from it, not a quotation. Briefings keep them as quotes (they are in quotation
marks, and an attributed one is a partial quote), but pages and daily briefings keep
unattributed ones out of notable quotes.
"""

from __future__ import annotations

from summarizer.text.vocabulary import words

TERM_MAX_WORDS = 3
# Words that make a short quotation a statement ("all is quiet", "we will win"), not a term.
STATEMENT_WORDS = words(
    "is are was were will would can could must should has have had do does did am be "
    "i we you he she they it not no yes"
)


def is_term(quoted: str, attributed: bool) -> bool:
    """Whether quoted text is a term rather than a statement."""
    stripped = quoted.strip()
    tokens = stripped.lower().replace("’", "'").split()
    return (
        not attributed
        and len(tokens) <= TERM_MAX_WORDS
        and stripped[-1:] not in ".!?…,"
        and not any(t.split("'")[0] in STATEMENT_WORDS for t in tokens)
    )
