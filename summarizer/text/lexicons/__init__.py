"""The lexicon of each supported language: one module per language, each a ``LEXICON``."""
