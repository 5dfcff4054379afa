"""The one retry policy for transport failures (429, 5xx, timeouts, dropped connections).

Validation re-asks are counted separately by the engine; the SDK's own retries are off, so
the attempts here are the only HTTP-level retries and never multiply with another layer.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable

from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt
from tenacity.stop import stop_base
from tenacity.wait import wait_random_exponential

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


class RetryableTransportError(Exception):
    """A failure worth retrying, with the server's Retry-After hint if it sent one."""

    def __init__(self, message: str, *, status: int | None, retry_after_s: float | None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after_s = retry_after_s


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def transport_wait(base_s: float, max_s: float) -> Callable[[RetryCallState], float]:
    """Retry-After when the server gives one (capped at ``max_s``), else jittered backoff."""
    backoff = wait_random_exponential(multiplier=base_s, max=max_s)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, RetryableTransportError) and exc.retry_after_s is not None:
            return min(exc.retry_after_s, max_s)
        return float(backoff(state))

    return wait


def transport_policy(retries: int, base_s: float, max_s: float, deadline: float | None = None) -> Retrying:
    """At most ``retries`` retries, and none that would start (after its wait) past
    ``deadline`` (a ``time.monotonic()`` value: the article's budget across retries)."""
    stop: stop_base = stop_after_attempt(retries + 1)
    if deadline is not None:
        stop = stop | stop_before_deadline(deadline)
    return Retrying(
        retry=retry_if_exception(lambda e: isinstance(e, RetryableTransportError)),
        stop=stop,
        wait=transport_wait(base_s, max_s),
        reraise=True,
    )


class stop_before_deadline(stop_base):
    def __init__(self, deadline: float) -> None:
        self.deadline = deadline

    def __call__(self, state: RetryCallState) -> bool:
        return time.monotonic() + state.upcoming_sleep >= self.deadline
