"""What the CLI prints on stderr: user data as data, one line per message.

File names, ids, reasons and warnings come from articles and endpoints, so nothing here
interprets console markup or emoji codes in them (``[red]`` or ``:boom:`` in a file name
prints as written), and lines are never wrapped: off a terminal, a reader (a test, a log
collector, ``grep``) sees each message on one line whatever the width.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

LABEL_STYLES = {"FAILED": "red", "SKIPPED": "yellow", "warning:": "yellow", "error:": "red", "GATE": "red"}


def stderr_console() -> Console:
    return Console(stderr=True, markup=False, emoji=False, highlight=False, soft_wrap=True)


class Reporter:
    """Prints messages on stderr; only the label (never the message) is styled."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or stderr_console()

    @property
    def is_terminal(self) -> bool:
        return self.console.is_terminal

    def say(self, message: str, label: str | None = None) -> None:
        text = Text()
        if label is not None:
            text.append(label, style=LABEL_STYLES.get(label))
            text.append(" ")
        text.append(message)
        self.console.print(text)

    def error(self, message: str) -> None:
        self.say(message, "error:")

    def warning(self, message: str) -> None:
        self.say(message, "warning:")
