"""The article model and how plain text becomes one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from summarizer.errors import InputError
from summarizer.models import LanguageSource
from summarizer.models.common import ArticleMeta, content_id
from summarizer.text import language as languages

MAX_TITLE_CHARS = 200


class Article(BaseModel):
    """One news article. ``id`` defaults to a hash of the text, so it is stable across runs."""

    model_config = ConfigDict(extra="forbid")

    id: str = ""
    title: str | None = None
    text: str = Field(min_length=1)
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None
    # The language the caller says the article is in (ISO 639-1); ``None``: detected.
    language: str | None = None
    # The planted-instruction passages of ``text``, found once and carried (see ``planted``).
    _planted: tuple[str, list[tuple[int, int]]] | None = PrivateAttr(default=None)
    _detected: tuple[str, tuple[str, LanguageSource]] | None = PrivateAttr(default=None)

    @field_validator("language", mode="before")
    @classmethod
    def _language_code(cls, value: object) -> object:
        if isinstance(value, str):
            return languages.normalize_code(value) if value.strip() else None
        return value

    @field_validator("url", mode="after")
    @classmethod
    def _url_without_credentials(cls, value: str | None) -> str | None:
        """The one place an article's URL is recorded: its ``user:pass@`` and secret query or
        fragment values never reach an output, a briefing or the store (it was fetched with
        them already, or never will be)."""
        from summarizer.llm.redact import recorded_url  # here: summarizer.llm imports the models

        return None if value is None else recorded_url(value)

    @model_validator(mode="after")
    def _default_id(self) -> Article:
        if not self.id:
            self.id = content_id(self.text)
        return self

    @property
    def planted(self) -> list[tuple[int, int]]:
        """``[start, end)`` of the passages of the text that read as instructions to a model
        (``grounding.planted``): scanned once per article, then carried from the prompt that
        withholds them to the checks that drop what came from them."""
        if self._planted is None or self._planted[0] is not self.text:
            from summarizer.grounding.planted import instruction_passages

            self._planted = (self.text, instruction_passages(self.text))
        return self._planted[1]

    @property
    def reading(self) -> tuple[str, LanguageSource]:
        """The language the article is read in, and whether it was given or detected
        (detected once per text, like the planted passages)."""
        if self.language is not None:
            return self.language, "given"
        if self._detected is None or self._detected[0] is not self.text:
            self._detected = (self.text, languages.detect(self.text))
        return self._detected[1]

    @property
    def meta(self) -> ArticleMeta:
        return ArticleMeta(
            id=self.id, title=self.title, source=self.source, published=self.published, url=self.url
        )


def guess_title(text: str) -> str | None:
    """The first non-blank line, when it is short enough to be a headline and the article
    goes on after it: a one-paragraph item (a wire flash, a live-blog entry) is all body, and
    its sentence listed as a headline would be read as one."""
    lines = (line.strip() for line in text.splitlines())
    first = next((line for line in lines if line), None)
    if first is None or len(first) > MAX_TITLE_CHARS or not any(lines):
        return None
    return first


def as_article(article: object) -> Article:
    """An ``Article`` from an article or its text; ``InputError`` for anything unusable
    (empty or whitespace-only text, a value that is neither)."""
    if isinstance(article, Article):
        text = article.text
    elif isinstance(article, str):
        text = article
    else:
        raise InputError(f"expected an Article or a str, not {type(article).__name__}")
    if not text.strip():
        raise InputError("empty article (no text after removing whitespace)")
    if isinstance(article, Article):
        return article
    try:
        return Article(text=text, title=guess_title(text))
    except ValidationError as exc:  # pragma: no cover - text is the only field and is checked
        raise InputError(f"invalid article: {exc.errors()[0]['msg']}") from exc


def distinct_ids(articles: Iterable[Article]) -> Iterator[tuple[Article, str | None]]:
    """Each article with an id that no other text in the batch uses.

    The same id on the same text is the same article and passes unchanged. The same id on a
    different text (two feeds reusing ids, a hostile id) would otherwise be briefed as one
    article and the other silently lost; the later one gets ``id~<hash of its text>`` and a
    note saying so.
    """
    digests: dict[str, str] = {}
    for article in articles:
        digest = content_id(article.text)
        if digests.setdefault(article.id, digest) == digest:
            yield article, None
            continue
        new_id = f"{article.id}~{digest[:8]}"
        suffix = 2
        while digests.setdefault(new_id, digest) != digest:
            new_id = f"{article.id}~{digest[:8]}-{suffix}"
            suffix += 1
        note = f"id {article.id!r} is also used by an article with different text; this one is {new_id!r}"
        yield article.model_copy(update={"id": new_id}), note
