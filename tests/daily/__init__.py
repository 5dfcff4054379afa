"""Tests of summarizer/daily/."""
