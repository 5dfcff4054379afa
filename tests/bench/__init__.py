"""Tests of summarizer/bench/."""
