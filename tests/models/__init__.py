"""Tests of summarizer/models/."""
