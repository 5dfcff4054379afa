"""Tests of summarizer/evals/."""
