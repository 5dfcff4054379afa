"""Shared fixtures. No test reaches beyond loopback; retry waits are zero."""

from __future__ import annotations

import functools
import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.testing

from summarizer.config import Settings, resolve_settings
from summarizer.testing import ScriptedServer

# typer rebuilds the click command from the app's signatures (evaluating every annotation) on
# each CliRunner.invoke: about 30 ms, 3 s over the suite. A click command is reusable across
# invocations (each gets a fresh context), and the app's definition never changes while the
# tests run, so the command is built once per app.
typer.testing._get_command = functools.cache(typer.testing._get_command)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SECRET_KEY = "sk-test-SECRET-0123456789abcdef"


def _is_loopback(address: Any) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
        if host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False
    return True  # unix sockets and the like stay on this machine


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to connect beyond 127.0.0.0/8 fails the test loudly."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            raise AssertionError(f"test tried to reach {address!r}; only loopback is allowed")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import os

    for name in list(os.environ):
        if name.startswith(("SUMMARIZER_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    # Retry waits are zero in tests, including for commands run through the CLI.
    monkeypatch.setenv("SUMMARIZER_RETRY_WAIT_BASE_S", "0")
    monkeypatch.setenv("SUMMARIZER_RETRY_WAIT_MAX_S", "0")


@pytest.fixture
def free_generation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the LLM engine with the free-generation prompt (briefing/v1), for tests whose
    scripted replies are whole briefing drafts (``tests/drafts.py``): the mechanics they
    test (transport, re-asks, costs, the run log, batches, the service) are the same for
    both engines. The default prompt (grounded/v2) has its own tests."""
    monkeypatch.setenv("SUMMARIZER_PROMPT", "briefing/v1")


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as srv:
        yield srv


def llm_settings(server: ScriptedServer, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "base_url": server.base_url,
        "retry_wait_base_s": 0,
        "retry_wait_max_s": 0,
        "timeout_s": 5,
    }
    values.update(overrides)
    return resolve_settings(**values)


def seed_text(name: str = "000_6acb0b2e29b12f68") -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
