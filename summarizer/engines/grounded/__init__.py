"""The grounded LLM engine: the text layer locates, the model decides.

The offline engine's rules find every quotation, number, name and sentence with its span;
the article is shown to the model with those marked by short ids, and the model answers
only what needs reading and the rules left open (who said a quotation the rules could not
attribute, which actors they missed, and a summary).
It never re-types article text, so quotations, figures and evidence cannot drift from the
article, and its reply is a few hundred tokens instead of thousands.
"""

from __future__ import annotations

import time
from typing import Any

from summarizer.article import Article
from summarizer.engines.base import language_fields, summary_warnings
from summarizer.engines.extractive import ExtractiveEngine, rules_hash
from summarizer.engines.grounded.apply import apply_labels
from summarizer.engines.grounded.labels import labels_model, reply_token_budget
from summarizer.engines.grounded.reading import read_article
from summarizer.engines.llm import LLMEngine, RunStats
from summarizer.llm.types import CallLog
from summarizer.models import Briefing
from summarizer.prompts import as_article_data
from summarizer.text import language as languages


def summary_language(article_language: str, wanted: str) -> str:
    """How the prompt names the summary's language: the article's own by default."""
    if wanted == "article":
        return f"the article's language ({languages.name_of(article_language)})"
    return languages.name_of(wanted)


class GroundedEngine(LLMEngine):
    def identity(self) -> dict[str, Any]:
        # The marks come from the offline engine's rules: a rule change changes the prompt.
        return {
            **super().identity(),
            "rules": rules_hash(),
            "summary_language": self.settings.summary_language,
        }

    def brief(self, article: Article, store: CallLog | None) -> Briefing:
        started = time.perf_counter()
        stats = RunStats(deadline=time.monotonic() + self.settings.article_timeout_s)
        rules = ExtractiveEngine().brief(article, None)
        reading = read_article(article.text, rules, article.planted)
        values = {
            "article_title": as_article_data(article.title or "(none)"),
            "article_published": article.published.isoformat() if article.published else "(unknown)",
            "article_marked": reading.marked,
            "names": reading.names_line(),
        }
        if "summary_language" in self.prompt.spec.variables:  # grounded/v2 and later
            values["summary_language"] = summary_language(article.reading[0], self.settings.summary_language)
        messages = self.prompt.render(**values)
        wanted = labels_model(reading.quote_keys(), reading.speaker_names())
        context = self._context(article)
        budget = reply_token_budget(len(reading.quote_keys()))
        reply = self._ask_valid(messages, article, stats, store, context, "extract", wanted, budget)
        applied = apply_labels(reading, reply.draft)
        summary = str(reply.draft.summary).strip() or rules.summary
        language = language_fields(article)
        return Briefing(
            article=article.meta,
            summary=summary,
            actors=applied.actors,
            incidents=applied.incidents,
            quotes=applied.quotes,
            figures=applied.figures,
            language=language["language"],
            language_source=language["language_source"],
            warnings=language["warnings"]
            + applied.warnings
            + summary_warnings(summary)
            + self._redaction_warnings(stats),
            provenance=self._provenance(stats, started),
        )
