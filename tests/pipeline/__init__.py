"""Tests of summarizer/pipeline/."""
