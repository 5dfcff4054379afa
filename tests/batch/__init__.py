"""Tests of summarizer/batch/."""
