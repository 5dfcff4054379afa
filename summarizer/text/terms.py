"""Terms and scare quotes: words in quotation marks that are not a statement.

"what staff call "the kitchen table"", a so-called "referendum", one word such as "all":
quotation marks around three words or fewer that nobody is said to say mark a term or a
distance from it, not a quotation. Briefings keep them as quotes (they are in quotation
marks, and an attributed one is a partial quote), but pages and daily briefings keep
unattributed ones out of notable quotes.

Words a writer quotes in passing inside their own sentence ("Ukraine said it intercepted
"all" Russian missiles", "Moscow will defend "its security."") are partial quotes even when
the quotation ends in a full stop: punctuation inside the marks is a typographic habit, not
the end of a statement. Pages list such words on one line, apart from the statements.
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


OPENING_MARKS = "\"“‘'«„‚"


def continues_a_sentence(text: str, start: int) -> bool:
    """Whether the quotation whose words begin at ``start`` (after its opening mark) carries
    on a sentence the writer began: the text before the mark ends in a word, not in a
    colon, a comma, a sentence end or a line break."""
    before = text[max(0, start - 40) : start].rstrip(OPENING_MARKS).rstrip(" \t\u00a0")
    return bool(before) and before[-1].isalnum()


def quoted_in_passing(text: str, start: int, end: int) -> bool:
    """A few words quoted inside the writer's own sentence ("comply with "Russian
    ultimatums."") rather than a statement: a partial quote whatever its last character."""
    words = text[start:end].strip().rstrip(".!?…,;:")
    return bool(words) and continues_a_sentence(text, start) and is_term(words, attributed=False)


def is_listed_apart(quoted: str, kind: str, attributed: bool) -> bool:
    """Whether a page lists a quotation on the line of quoted words rather than among the
    statements: a term nobody is said to say, or a partial quote of a few words ("all",
    "strategic failure"), which read as nothing on their own beside whole statements."""
    return is_term(quoted, attributed) or (kind == "partial" and len(quoted.split()) <= TERM_MAX_WORDS)
