"""Test doubles shipped with the package: a scripted OpenAI-compatible server on loopback."""

from summarizer.testing.openai_server import (
    Delay,
    EmptyChoices,
    Hang,
    Huge,
    Reply,
    Reset,
    ScriptedServer,
    Status,
    Trickle,
    article_from_request,
)

__all__ = [
    "Delay",
    "EmptyChoices",
    "Hang",
    "Huge",
    "Reply",
    "Reset",
    "ScriptedServer",
    "Status",
    "Trickle",
    "article_from_request",
]
