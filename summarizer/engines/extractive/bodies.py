"""Bodies that act: organisations (named with an organisation word, an acronym in the
alias table, a news agency, or an apposition), and countries and collectives ("Russia",
"Ukrainians") acting as subjects; added to an ``ActorFinder``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.engines.extractive.names import (
    ACRONYM,
    ACTS_AFTER,
    AGENCY_BY_NAME,
    AGENCY_PATTERN,
    CAP_SEQ,
    COUNTRY_SUBJECT,
    COUNTRY_SUBJECTS,
    DEMONYM_COLLECTIVE,
    NOT_NAME,
    ORG_APPOSITION,
    ORG_NOUN_BEFORE,
    TITLE_AFTER,
)
from summarizer.models import ActorKind
from summarizer.text.gazetteer import (
    COLLECTIVE_NOUNS,
    COUNTRY_BY_DEMONYM,
    KNOWN_ACRONYMS,
    ORG_WORDS,
)
from summarizer.text.vocabulary import (
    ORGANIZATION_NAME_ENDINGS,
)

if TYPE_CHECKING:
    from summarizer.engines.extractive.actors import ActorFinder


def find_organizations(finder: ActorFinder) -> None:
    text = finder.text
    registered: dict[str, ActorKind] = {}  # a name seen again needs no second lookup
    for match in CAP_SEQ.finditer(text):
        phrase = match.group().strip()
        words = phrase.split()
        kinds = [ORG_WORDS[w] for w in (w.lower().strip(".") for w in words) if w in ORG_WORDS]
        if not kinds and (
            (len(words) > 1 and words[-1] in ORGANIZATION_NAME_ENDINGS)
            or (
                text.startswith(",", match.end())
                and ORG_APPOSITION.match(text, match.end())
                and finder.lookup(phrase) is None
            )
        ):
            kinds = ["organization"]
        if not kinds:
            continue
        # "Treasury spokesman Ian Ford": the organisation is the person's affiliation.
        tail = text[match.end() : match.end() + 30]
        if TITLE_AFTER.match(tail):
            continue
        while words and (words[0] in NOT_NAME or words[0].lower() in {"the", "of"}):
            words.pop(0)
        if len(words) < 1 or (
            len(words) == 1
            and words[0].lower()
            in {
                "force",
                "forces",
                "office",
                "service",
                "group",
                "union",
                "party",
                "front",
                "council",
                "government",
                "department",
            }
        ):
            continue
        name = " ".join(words)
        kind: ActorKind = "military" if "military" in kinds else kinds[0]  # type: ignore[assignment]
        if registered.get(name) == kind:
            continue
        finder.add(name, kind, match.start() + match.group().find(words[0]))
        registered[name] = kind
    for match in ACRONYM.finditer(text):
        if match.group() not in KNOWN_ACRONYMS and ORG_NOUN_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            # "the meteorological agency AEMET": an acronym a noun says is a body.
            finder.add(match.group(), "organization", match.start())
            continue
        if match.group() in KNOWN_ACRONYMS:
            acronym = match.group()
            before = text[max(0, match.start() - 120) : match.start()]
            expansion = re.search(r"([A-Z][\w ]+?)\s*\($", before)
            if expansion and (owner := finder.lookup(expansion.group(1).removeprefix("the ").strip())):
                owner.aliases.add(acronym)
                continue
            finder.add(acronym, KNOWN_ACRONYMS[acronym], match.start())  # type: ignore[arg-type]
    for match in AGENCY_PATTERN.finditer(text):
        if text[match.start()].isupper():
            finder.add(AGENCY_BY_NAME[match.group().casefold()], "organization", match.start())


def find_countries_and_collectives(finder: ActorFinder) -> None:
    text = finder.text
    # A country's name that is also a person's first or last name ("Jordan Vance") is
    # the person when used alone ("Jordan has been brilliant").
    name_words = {w for c in finder.candidates if c.kind == "person" for w in c.name.split()}
    # A country or collective named again is already registered: one lookup each.
    registered: set[str] = set()
    for match in COUNTRY_SUBJECT.finditer(text):
        written = match.group(1)
        if written in name_words or written in registered:
            continue
        if ACTS_AFTER.match(text, match.end(), match.end() + 40):
            finder.add(COUNTRY_SUBJECTS[written], "country", match.start()).aliases.add(written)
            registered.add(written)
    for match in DEMONYM_COLLECTIVE.finditer(text):
        name = f"{match.group(1)} {match.group(2)}"
        if name in registered:
            continue
        before = text[max(0, match.start() - 4) : match.start()]
        if ACTS_AFTER.match(text, match.end(), match.end() + 40) or before.endswith("by "):
            kind = COLLECTIVE_NOUNS[match.group(2)]
            finder.add(name, kind, match.start(), affiliation=COUNTRY_BY_DEMONYM[match.group(1)])  # type: ignore[arg-type]
            registered.add(name)


# ------------------------------------------------------------------ output
