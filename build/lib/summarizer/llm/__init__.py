"""LLM access behind a small interface; ``openai_client`` is the only SDK importer."""

from summarizer.llm.types import CallRecord, InvalidReply, Reply, StructuredClient, TransportGaveUp

__all__ = ["CallRecord", "InvalidReply", "Reply", "StructuredClient", "TransportGaveUp"]
