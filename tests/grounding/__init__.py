"""Tests of summarizer/grounding/."""
