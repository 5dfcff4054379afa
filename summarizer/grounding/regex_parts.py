"""The parsed form of a regex, as ``re.compile`` reads it: what ``guarded`` and ``required``
read a cue's first characters and its required words from.

The parser and its opcode table are private modules of ``re`` (``sre_parse`` before 3.11,
which now warns on import) without type stubs, hence ``Any``. If they are missing or read
differently, callers get None and fall back to trying every alternative everywhere: slower,
never a lost match.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

OPCODES: Any
_parser: Any
try:
    OPCODES = importlib.import_module("re._constants")
    _parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - CPython 3.11+ has both
    OPCODES = _parser = None

# What a parser that reads differently can raise.
PARSER_ERRORS = (re.error, TypeError, ValueError, AttributeError)


def parsed_items(pattern: str) -> list[Any] | None:
    """The top-level items of ``pattern``'s parsed form; None when it cannot be read or is
    case-insensitive (its literal characters then stand for more than themselves)."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        parsed = _parser.parse(pattern)
    except PARSER_ERRORS:  # pragma: no cover - a parser change
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    return list(parsed.data)
