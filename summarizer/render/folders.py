"""Writing results into an output folder: the one place output names are made.

Names come from file names, article ids and titles, all of which an attacker can choose, so
every name is reduced to a safe form, made unique within the run (case-insensitively, for
file systems that fold case), and every final path is checked to sit directly inside the
folder before anything is written. Writes are atomic (temporary file + rename); temporary
files carry the writing process's id, so a later run can remove the ones a killed run left
behind without touching those of a run still going.
"""

from __future__ import annotations

import itertools
import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from summarizer.errors import OutputError

# Letters and digits of any script, plus . _ -; everything else (separators, NUL, control
# characters, shell and Windows specials) becomes "_".
_UNSAFE = re.compile(r"[^\w.-]+|_+", re.UNICODE)
# Windows refuses these as file names whatever the extension.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$", re.IGNORECASE)
MAX_NAME_CHARS = 80
MAX_NAME_BYTES = 160  # well under the 255-byte limit of common file systems, suffixes included
_TMP_PREFIX = ".summarizer-"
_TMP_NAME = re.compile(r"^\.summarizer-(?P<pid>\d+)-.*\.tmp$")


def safe_stem(raw: str, fallback: str) -> str:
    """A file-name stem that cannot leave its folder or name a device; ``fallback`` if
    nothing usable is left. Fullwidth and other compatibility forms of "." and "/" are
    folded first (NFKC), so they cannot smuggle a separator or a dot-name past the filter."""
    name = _UNSAFE.sub("_", unicodedata.normalize("NFKC", raw)).strip("._-")
    name = name[:MAX_NAME_CHARS]
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1]
    name = name.rstrip("._-")
    if not name or _RESERVED.match(name.split(".", 1)[0]):
        return fallback if not name else f"_{name}"
    return name


class OutputFolder:
    """A folder a run writes into, checked before any work starts."""

    def __init__(self, path: Path) -> None:
        if path.exists() and not path.is_dir():
            raise OutputError(f"--out {path} is a file, not a folder")
        try:
            path.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path, prefix=f"{_TMP_PREFIX}{os.getpid()}-probe-"):
                pass
        except OSError as exc:
            raise OutputError(f"cannot write into --out {path}: {exc.strerror or exc}") from exc
        self.path = path
        self._root = path.resolve()
        self._taken: set[str] = set()
        self.removed_orphans = remove_orphaned_temporaries(path)

    def reserve(self, stem: str, suffix: str, *, fallback: str, tiebreak: str = "") -> Path:
        """A path for one output, unique in this run: on a clash, ``stem-tiebreak``, then
        ``stem-tiebreak-2``, ...; every part is made safe, the suffix included."""
        base = safe_stem(stem, fallback)
        ext = safe_stem(suffix, "out")
        candidates = [base]
        if tiebreak:
            candidates.append(f"{base}-{safe_stem(tiebreak, 'x')}")
        numbered = candidates[-1]
        for candidate in itertools.chain(candidates, (f"{numbered}-{n}" for n in range(2, 10_000))):
            name = f"{candidate}.{ext}"
            if name.casefold() not in self._taken:
                self._taken.add(name.casefold())
                return self.inside(name)
        raise OutputError(f"too many outputs named {base}.{ext}")

    def inside(self, name: str) -> Path:
        """``path/name``, refused unless it resolves to an entry directly inside the folder."""
        target = self.path / name
        if target.resolve().parent != self._root or target.name != name:
            raise OutputError(f"refusing to write {name!r} outside {self.path}")
        return target


def remove_orphaned_temporaries(folder: Path) -> int:
    """Delete this product's temporary files left in ``folder`` by processes that are gone."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _TMP_NAME.match(entry.name)
        if match is None or _process_alive(int(match["pid"])) or not entry.is_file(follow_symlinks=False):
            continue
        try:
            os.unlink(entry.path)
            removed += 1
        except OSError:
            continue  # another run got there first, or it is not ours to delete
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


_umask: int | None = None
_umask_lock = threading.Lock()


def _file_mode() -> int:
    """0666 less the user's umask, as ``open()`` would create a file (mkstemp uses 0600)."""
    global _umask
    with _umask_lock:
        if _umask is None:
            _umask = os.umask(0)
            os.umask(_umask)
    return 0o666 & ~_umask


def write_atomic(path: Path, content: str | Iterable[bytes]) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file behind.
    ``content`` is text, or UTF-8 in parts (``render_encoded``) written as they come."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{_TMP_PREFIX}{os.getpid()}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in [content.encode("utf-8")] if isinstance(content, str) else content:
                handle.write(part)
            handle.flush()
            os.fchmod(handle.fileno(), _file_mode())
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
