from __future__ import annotations

import subprocess
import sys

import summarizer
import summarizer.errors


def test_all_is_sorted_and_complete() -> None:
    assert summarizer.__all__ == sorted(summarizer.__all__)
    public = {
        n for n in dir(summarizer) if (not n.startswith("_") and n[0].isupper()) or n in summarizer.__all__
    }
    modules = {n for n in public if isinstance(getattr(summarizer, n), type(summarizer))}
    assert public - modules <= set(summarizer.__all__)
    for name in summarizer.__all__:
        assert hasattr(summarizer, name)


def test_dir_lists_the_lazily_imported_names_before_they_are_used() -> None:
    """``dir`` (and with it the export check above and completion) sees every public name,
    the lazily imported ones included, in a fresh interpreter where none was used yet."""
    code = "import summarizer; print(' '.join(n for n in dir(summarizer) if not n.startswith('_')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    listed = set(out.stdout.split())
    assert set(summarizer.__all__) <= listed
    assert {"summarize", "Summarizer", "Briefing", "Failure"} <= listed


def test_every_error_a_caller_can_catch_is_exported_and_drawn() -> None:
    errors = {
        name
        for name, value in vars(summarizer.errors).items()
        if isinstance(value, type) and issubclass(value, summarizer.SummarizerError)
    }
    assert errors <= set(summarizer.__all__)
    assert all(name in (summarizer.errors.__doc__ or "") for name in errors)
