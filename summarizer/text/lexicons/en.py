"""English: the vocabulary tables the rules were first written with."""

from __future__ import annotations

from summarizer.text.lexicon import Lexicon, Numbers
from summarizer.text.segment import ABBREVIATIONS
from summarizer.text.vocabulary import (
    ATTRIBUTION_VERBS,
    MONTHS,
    ORGANIZATION_NAME_ENDINGS,
    ORGANIZATION_ROLES,
    PERSON_ROLES,
    WEEKDAYS,
    words,
)

LEXICON = Lexicon(
    code="en",
    abbreviations=frozenset(ABBREVIATIONS),
    months=tuple(MONTHS),
    weekdays=tuple(WEEKDAYS),
    reporting_verbs=ATTRIBUTION_VERBS,
    according_to=("according to",),
    according_after=(),
    determiners=("the", "a", "an"),
    indefinite_articles=frozenset({"a", "an"}),
    pronouns={"he": "m", "she": "f", "they": None, "it": None},
    also=("also",),
    that=("that",),
    time_words=("on", "in", "late on", "early on"),
    not_name=frozenset(),
    person_roles=PERSON_ROLES,
    role_endings=(),
    titles={"mr": "m", "mrs": "f", "ms": "f", "dr": None, "prof": None, "sir": "m", "dame": "f"},
    noun_endings=(),
    organization_roles=ORGANIZATION_ROLES,
    organization_endings=ORGANIZATION_NAME_ENDINGS,
    numbers=Numbers(thousands=",", decimal="."),
    age_after=r"(?:-year-old|\s*-?\s*years?[- ]old)\b",
    counted_stops=words(
        """
        and or of in on at with from to by for that which who
        were was had have has are is been be will would including
        as per than the a an their its his her into after before
        during while when where since but so this these those
        overnight yesterday today tonight ago earlier later each alone
        respectively apiece total altogether without last next against like remain remains remained
        """
    ),
)
