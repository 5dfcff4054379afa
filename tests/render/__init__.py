"""Tests of summarizer/render/."""
