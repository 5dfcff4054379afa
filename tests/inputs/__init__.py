"""Tests of summarizer/inputs/."""
