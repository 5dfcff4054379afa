"""The actor one speaker phrase refers to: a pronoun ("she said"), a role phrase ("the
governor", "the company"), or a name, looked up among the actors or made one."""

from __future__ import annotations

import re

from summarizer.engines.extractive.actors import ActorFinder
from summarizer.engines.extractive.grammar import Grammar, grammar
from summarizer.engines.extractive.names import Candidate
from summarizer.engines.extractive.speaker_reading import Decision, Reading
from summarizer.models import ActorKind
from summarizer.text.gazetteer import (
    COUNTRY_ALIASES,
    COUNTRY_BY_CAPITAL,
    ORG_WORDS,
)
from summarizer.text.lexicon import lexicon
from summarizer.text.vocabulary import OFFICES, TITLE_ABBREVIATIONS


def resolve_phrase(reading: Reading, number: int, who: str, at: int) -> Decision:
    """The actor a speaker phrase refers to: a pronoun, a role phrase or a name."""
    g = reading.g
    lowered = who.lower()
    if lowered in g.pronoun_genders:
        return Decision(_pronoun_referent(reading, number, lowered))
    if lowered.split()[0] in g.indefinite:
        return Decision(None)  # "an aide": not named, so not resolved
    role = g.role_head.match(reading.text, at) if is_definite_phrase(who, g) else None
    # A capitalised body noun is part of a name ("the Interior Ministry"), not a role; in
    # German every noun is capitalised, so there it is no sign.
    if role is not None and not _names_a_body(role.group("head"), g):
        known = reading.finder.lookup(" ".join(w for w in who.split() if w.lower() not in g.definite))
        if known is not None and known.kind != "person":
            return Decision(known)  # "the Ukrainian military": a body the article names so
        return Decision(_role_referent(reading, number, role))
    return Decision(_named(reading.finder, who, at, g))


def is_definite_phrase(phrase: str, g: Grammar) -> bool:
    return phrase.split(maxsplit=1)[0].lower() in g.definite and " " in phrase


def _names_a_body(head: str, g: Grammar) -> bool:
    return (
        not g.capitalized_nouns
        and head[:1].isupper()
        and head.lower() in g.organization_roles
        and head.lower() not in g.person_roles
    )


def _pronoun_referent(reading: Reading, number: int, pronoun: str) -> Candidate | None:
    """ "he"/"she": the previous speaker when nobody was named since, else the person named
    last before the quotation in its section; a person the article has shown to be of the
    other gender is passed over, and an unnamed person ("an aide") named after the person
    stops the search. "they"/"it" stay unresolved unless the previous quotation's speaker
    was a body ("the ministry ... it said"). What a pronoun resolves to tells the person's
    gender to later pronouns."""
    quote = reading.quotes[number]
    since = reading.section_of[number]
    previous = reading.previous(number)
    gender = reading.g.pronoun_genders.get(pronoun)
    genders = {None, "m", "f"} if gender == "*" else {None, gender}  # "*": a dropped subject
    if gender is None:  # "they", "it"
        if previous is not None and previous[1] is not None and previous[1].kind != "person":
            return previous[1]
        return None
    mentions = reading.finder.mentions_before(quote.start, since)
    mention = next(mentions, None)
    if previous is not None and (mention is None or mention[0] < previous[0].end):
        # Nobody named since the previous quotation: the same speaker, named ("Ruiz") or
        # unnamed ("an aide"); an unresolved one says nothing.
        speaker = previous[1]
        if speaker is None and previous[0].who:
            return None
        if speaker is not None and speaker.kind == "person" and speaker.gender in genders:
            return _with_gender(speaker, gender)
    while mention is not None:
        if reading.g.unnamed_person.search(reading.text, mention[0], quote.start):
            return None
        if mention[1].gender in genders:
            return _with_gender(mention[1], gender)
        mention = next(mentions, None)
    return None


def _with_gender(person: Candidate | None, gender: str) -> Candidate | None:
    if person is not None and gender != "*":
        person.gender = person.gender or gender
    return person


def _role_referent(reading: Reading, number: int, role: re.Match[str]) -> Candidate | None:
    """A role phrase. An organisation noun ("the company") is the body named last before
    the quotation. A person noun is the one person holding that role; else, for an office
    ("the governor"), the person named last before it (or first after it, in the same
    paragraph) whose role is unknown or the same; for any other noun ("the 19-year-old",
    "the boss"), the person named last before it. All within the quotation's section."""
    quote = reading.quotes[number]
    since = reading.section_of[number]
    finder = reading.finder
    g = reading.g
    head = role.group("head").lower()
    head = TITLE_ABBREVIATIONS.get(head, head)
    if head in g.organization_roles and head not in g.person_roles:
        bodies = [c for c in finder.candidates if c.kind not in {"person", "country"}]
        named = [c for c in bodies if head in c.name.lower() and c.first < quote.start]
        if len(named) == 1:
            return named[0]
        if not named and head in lexicon(g.lang).services:
            # "a déclaré la police", "sagte die Polizei": the service speaks, not whichever
            # body the article named last (a union, a club).
            return finder.add(role.group("head"), "government", role.start("head"))
        mention = finder.last_mention(quote.start, since, people=False)
        return mention[1] if mention else None
    holders = [c for c in finder.candidates if c.kind == "person" and _holds_role(c, head, g)]
    if len(holders) == 1:
        return holders[0]
    before = finder.last_mention(role.start(), since)
    # An office ("the governor") is only ever its holder; in other languages every role
    # noun is read as an office: a wrong speaker is worse than none.
    if (head not in OFFICES and g.lang == "en") or head[:1].isdigit():  # "the 19-year-old", "die 71-Jährige"
        return before[1] if before else None
    if before is not None and before[1].role is None:
        found = before[1]
    else:
        paragraph_end = reading.text.find("\n", role.end())
        after = finder.first_person_mention(
            role.end(), len(reading.text) if paragraph_end < 0 else paragraph_end
        )
        if after is None or after[1].role is not None:
            return None
        found = after[1]
    found.role = role.group(0).split(maxsplit=1)[1]
    return found


def _holds_role(person: Candidate, head: str, g: Grammar) -> bool:
    if not person.role:
        return False
    words = {w.lower().rstrip(".") for w in person.role.split()}
    if g.capitalized_nouns and any(w.endswith(head) for w in words):
        return True  # "die Ministerin" of "Bundesverkehrsministerin Johanna Lindqvist"
    return head in words or any(TITLE_ABBREVIATIONS.get(w) == head for w in words)


def _named(finder: ActorFinder, who: str, at: int, g: Grammar) -> Candidate | None:
    words = [w for w in who.split() if w.lower() not in g.definite]
    while (
        len(words) > 1
        and g.lang != "en"
        and (finder.rules.is_role(words[0]) or words[0] in finder.rules.not_name)
    ):
        at += who.find(words[1]) - who.find(words[0])
        words.pop(0)  # "Bezirksleiter Rainer Vogt", "Frau Schmidt": the name is the person
    while len(words) > 1 and g.capitalized_nouns and words[-1][:1].islower():
        words.pop()  # "der Tiroler Bergbauernverband selbst sprach": a German name ends capitalised
    name = " ".join(words)
    country = COUNTRY_ALIASES.get(name) or COUNTRY_BY_CAPITAL.get(name)
    if country:  # "according to Kiev": the government, not the city
        finder.add(country, "country", at).aliases.add(name)
        return finder.lookup(country)
    bare = g.honorific.sub("", name)
    speaker = finder.lookup(name) or (finder.lookup(bare) if bare != name else None)
    if speaker is None and bare[:1].isupper():
        kind = speaker_kind(bare, g)
        if kind == "person" and g.capitalized_nouns and len(words) == 1 and len(who.split()) > 1:
            # "die Sicherheit sagte", "der Bund erklärte": after an article, one capitalised
            # word is a common noun in German, not a surname; nobody the article names.
            return None
        speaker = finder.add(bare, kind, at)
    return speaker


def speaker_kind(name: str, g: Grammar | None = None) -> ActorKind:
    """An unknown named speaker: an organisation when the name says so ("Interior
    Ministry", "Coastal Rail", an acronym, four words or more), else a person: a lone
    capitalised word that speaks ("Reyes told reporters") is a surname far more often than
    an organisation."""
    g = g or grammar()
    words = name.split()
    org_like = (
        name.isupper()
        or "&" in name
        or any(w.lower().strip(".") in ORG_WORDS for w in words)
        # English role nouns ("Union", "School") are surnames too; elsewhere they name bodies.
        or (g.lang != "en" and any(w.lower() in g.organization_roles for w in words))
        or words[-1] in g.organization_endings
    )
    return "organization" if org_like or len(words) > 3 else "person"
