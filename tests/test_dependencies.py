"""Dependency ranges that resolve without backtracking: every openai release from 3.4 on needs
jiter>=0.16, which instructor (jiter<0.15) refuses, so an open openai range makes pip walk
back through every later release (about 160 MB) before it settles."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT


def test_openai_is_capped_below_the_releases_instructor_cannot_share_jiter_with() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (openai,) = [d for d in project["dependencies"] if d.split(">")[0].split("<")[0] == "openai"]
    assert "<3.4" in openai.replace(" ", "")
