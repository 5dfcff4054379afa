"""Tests of summarizer/cli/."""
