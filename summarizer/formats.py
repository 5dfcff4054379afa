"""Output format names: a module of constants, so that the CLI can name them (option
defaults, help) without importing the renderers."""

from __future__ import annotations

FORMATS = ("json", "md", "html")  # a day's briefing
BRIEFING_FORMATS = (*FORMATS, "csv")  # one article's
