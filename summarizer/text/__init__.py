"""The shared text layer: what every part of the product uses to read article text.

One implementation of each: paragraphs and sentences with offsets (``segment``), numbers
as written in news copy (``numbers``), the position-keeping normalised view (``normalize``),
places and dates (``places``, ``dates``), the shipped gazetteer and alias table
(``gazetteer``), and the vocabulary of cues as typed, bounded tables (``vocabulary``). The
offline engine, grounding, vetting, the daily merge and the long-document splitter build on
these; none of them builds on another's internals.
"""
