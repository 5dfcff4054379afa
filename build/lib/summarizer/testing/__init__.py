"""Test doubles shipped with the package: a scripted OpenAI-compatible server on loopback."""

from summarizer.testing.openai_server import (
    Delay,
    EmptyChoices,
    Reply,
    Reset,
    ScriptedServer,
    Status,
    article_from_request,
)

__all__ = [
    "Delay",
    "EmptyChoices",
    "Reply",
    "Reset",
    "ScriptedServer",
    "Status",
    "article_from_request",
]
