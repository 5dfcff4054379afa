"""``python -m summarizer.bench``."""

from summarizer.bench.run import main

main()
