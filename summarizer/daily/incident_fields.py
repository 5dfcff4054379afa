"""What the evidence of a report reads of its incident (``reports.report_evidence``)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class IncidentFields(Protocol):
    """What the evidence of a report reads of its incident (a briefing's ``Incident`` or
    the day's compact record of one)."""

    @property
    def type(self) -> str: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def time(self) -> str | None: ...
    @property
    def place(self) -> str | None: ...
    @property
    def location(self) -> str | None: ...
    @property
    def evidence(self) -> str: ...
