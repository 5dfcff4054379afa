"""The article model and how plain text becomes one."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

from summarizer.models.common import ArticleMeta, content_id

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

    @model_validator(mode="after")
    def _default_id(self) -> Article:
        if not self.id:
            self.id = content_id(self.text)
        return self

    @property
    def meta(self) -> ArticleMeta:
        return ArticleMeta(
            id=self.id, title=self.title, source=self.source, published=self.published, url=self.url
        )


def guess_title(text: str) -> str | None:
    """The first non-blank line, when it is short enough to be a headline."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= MAX_TITLE_CHARS else None
    return None


def as_article(article: Article | str) -> Article:
    if isinstance(article, Article):
        return article
    return Article(text=article, title=guess_title(article))
