"""Tests of summarizer/llm/."""
