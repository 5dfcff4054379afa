from __future__ import annotations

import summarizer


def test_all_is_sorted_and_complete() -> None:
    assert summarizer.__all__ == sorted(summarizer.__all__)
    public = {
        n for n in dir(summarizer) if (not n.startswith("_") and n[0].isupper()) or n in summarizer.__all__
    }
    modules = {n for n in public if isinstance(getattr(summarizer, n), type(summarizer))}
    assert public - modules <= set(summarizer.__all__)
    for name in summarizer.__all__:
        assert hasattr(summarizer, name)
