"""The kinds of site and vehicle a place's name may carry ("St Brendan's Hospital",
"l'hôpital Saint-Louis") and an event may strike (a school's fire, a bakery's blast), each
language's word as one English word (``text.concepts``). Read by the daily merge: a site by
its name and by its name and kind (``daily.pair_evidence.one_site``), and two events of one
place told of two sites (``daily.signs_of_two``). Fewer than the concepts the merge
compares words by: "Arlo" and "Arlo Dam" may be a town and its dam."""

from __future__ import annotations

from summarizer.text.concepts import tables
from summarizer.text.vocabulary import words

SITE_KINDS = words(
    """warehouse depot bus tram train station school nursery hospital factory bakery church
    hotel garage airport bridge motorway shop roof"""
)
THING_WORDS: dict[str, str] = {word: kind for word, kind in tables()[0].items() if kind in SITE_KINDS}
