"""Tests of summarizer/service/."""
