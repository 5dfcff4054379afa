"""``python -m summarizer``: the same as the ``summarizer`` command."""

from summarizer.cli import main

main()
