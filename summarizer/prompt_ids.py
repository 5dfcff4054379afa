"""The prompts used when none is named: a module of constants, so that naming them (the
CLI's option defaults) imports nothing else."""

from __future__ import annotations

DEFAULT_PROMPT = "grounded/v2"  # one article's briefing: the grounded engine
DAILY_PROMPT = "daily/v1"  # the daily briefing's top line
