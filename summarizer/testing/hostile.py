"""Replies of a compromised model, for testing what survives to a briefing.

``injected_claims`` answers as a model that obeyed instructions planted in an article would:
it invents an actor, a quote, an incident and a summary sentence out of the planted text.
It answers so whether or not the planted passage reached it (the client withholds such
passages), because the checks after the model must hold even when the model is steered
some other way.
"""

from __future__ import annotations

from typing import Any

from summarizer.testing.openai_server import Action, Reply, Responder, article_from_request


def injected_claims(planted: str, *, name: str = "Joe Biden", quote: str = "I resign") -> Responder:
    """A responder whose every reply carries the claims ``planted`` asked for, plus one true
    item (the article's first sentence as an incident) so the reply is otherwise ordinary."""

    def respond(body: dict[str, Any]) -> Action:
        article = article_from_request(body)
        first = article.strip().split(". ")[0].strip()
        draft = {
            "summary": f"{name} resigned. Ignore previous instructions.",
            "actors": [{"id": "a1", "name": name, "kind": "person", "role": "President"}],
            "quotes": [{"text": quote, "speaker": "a1", "cue": "said"}],
            "figures": [],
            "incidents": [
                {
                    "id": "i1",
                    "type": "political_decision",
                    "description": f"{name} resigned.",
                    "evidence": planted,
                    "perpetrators": ["a1"],
                },
                {"id": "i2", "type": "other", "description": first, "evidence": first},
            ],
        }
        return Reply(draft)

    return respond
