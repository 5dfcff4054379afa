"""Inputs: ``read`` turns files, folders, JSON lines, stdin and URLs into articles;
``fetch`` gets pages for URL inputs; ``decoding`` turns bytes into text by evidence."""
