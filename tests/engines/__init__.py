"""Tests of summarizer/engines/."""
