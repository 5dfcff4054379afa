"""Tests of summarizer/text/."""
