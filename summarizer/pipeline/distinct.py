"""The duplicate-id rule, applied here and nowhere else: every face (CLI, library, service,
daily) hands the pipeline its articles and presents what this decided.

Two articles with one id and different texts are both briefed: the later gets its own id
(``article.distinct_ids``) and a note, carried on its result as a ``duplicate_id`` warning
(or in its failure's reason). The same text under the same id twice is one article,
briefed once; each input still gets its own result, with its own metadata.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.article import Article, distinct_ids
from summarizer.models import Briefing, BriefingWarning
from summarizer.results import Failure


@dataclass(frozen=True)
class Prepared:
    """One input as the pipeline briefs it."""

    article: Article  # with the id it is briefed under
    note: str | None  # why its id changed, if it did
    first: bool  # the first input of this id and text; later ones share its briefing


def prepare(articles: Iterable[Article]) -> list[Prepared]:
    """Each input with its id made distinct, in input order."""
    seen: set[str] = set()
    prepared = []
    for article, note in distinct_ids(articles):
        prepared.append(Prepared(article, note, article.id not in seen))
        seen.add(article.id)
    return prepared


def texts_by_id(articles: Iterable[Article]) -> dict[str, str]:
    """Each article's text under the id it is briefed under, for a page that links passages
    into the texts: with the articles' own ids, the later of two sharing one would show the
    first one's text in place of the other's, and the first one's links would lead nowhere."""
    return {item.article.id: item.article.text for item in prepare(articles)}


def with_note(result: Briefing | Failure, note: str | None) -> Briefing | Failure:
    """The result with the note on a duplicated id added (as a warning or to the reason)."""
    if note is None:
        return result
    if isinstance(result, Failure):
        return Failure(**{**result.__dict__, "reason": f"{result.reason} ({note})"})
    warning = BriefingWarning(code="duplicate_id", message=note)
    return result.model_copy(update={"warnings": [*result.warnings, warning]})


def for_input(result: Briefing | Failure, item: Prepared) -> Briefing | Failure:
    """The result of the article ``item`` shares, as ``item``'s own: its note, its metadata."""
    noted = with_note(result, item.note)
    if isinstance(noted, Briefing) and noted.article != item.article.meta:
        return noted.model_copy(update={"article": item.article.meta})
    return noted
