"""Who said each quotation: an ordered table of speaker rules.

``quotes.attribute`` finds, for each quotation, the phrase that attributes it ("Reyes told
reporters", "said the Democratic governor", "she added"), if any. The rules below turn that
phrase, or its absence, into an actor. They are tried in order and the first that applies
decides, so each rule can assume the ones before it did not apply:

1. ``continues the quote before it``: an unattributed quotation that opens the next sentence
   of the same paragraph as an attributed one (wire copy names the speaker once), or the
   second half of a dialogue line ("—... —cuenta—. No es culpa de ellos.").
2. ``named in the next sentence``: "... crisis." / "That pledge came from Okafor."
3. ``continues the paragraph before it``: a paragraph that is a bare quotation, right after
   a paragraph whose last quotation was attributed, with nobody else named in between.
   ``said in the sentence before``: outside English, a quotation opening the sentence after
   one in which a person already named is said to speak; ``introduced by a colon``: the
   person a clause ending in a colon names first; ``the paragraph's only person``: the one
   person the paragraph named before the quotation.
4. ``answers an interview question``: a dialogue line right after the interviewer's
   question is the interviewee's, the first person the article names.
5. ``pronoun``: "he said" ("sagte er", "a-t-il ajouté", a Spanish verb with no subject) is
   the person named last before it in the same section.
6. ``role phrase``: "the governor", "the 19-year-old", "the company" is the person with that
   role, or the person (organisation) named last before it; a role never becomes an actor.
7. ``unnamed``: "a spokesperson for the company" names nobody: no speaker.
8. ``name``: a name is looked up among the actors, or becomes one.

The phrases are read with the article's language grammar (``grammar.py``).

No reference reaches back across a section boundary (a live-update entry, a subheading).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.engines.extractive.actors import ActorFinder
from summarizer.engines.extractive.grammar import Grammar, grammar
from summarizer.engines.extractive.names import Candidate
from summarizer.engines.extractive.quotes import Attributions, RawQuote
from summarizer.models import ActorKind
from summarizer.text.gazetteer import (
    COUNTRY_ALIASES,
    COUNTRY_BY_CAPITAL,
    ORG_WORDS,
)
from summarizer.text.segment import Sentence, section_starts, split_sentences
from summarizer.text.terms import is_term as is_quoted_term
from summarizer.text.vocabulary import OFFICES, TITLE_ABBREVIATIONS

# The marks (and the spaces French copy sets inside them) between two quotations of one
# speaker: '... in the city. "', '."  "', '. » « '.
SENTENCE_END_THEN_QUOTE = re.compile(r"""[.!?]["”’»“«]?\s+["“«„»]\s*$""")
BACK_TO_BACK_QUOTES = re.compile(r"""\s*["”’»“«]\s+["“«„»]\s*""")
# The speaker's clause inside a dialogue line, between the line's two parts ("—Le han hecho
# una placa —cuenta—. No es culpa de ellos."): both parts are the same speaker's.
DIALOGUE_ASIDE = re.compile(r"""\s*[—―][^—―\n]{1,80}[—―][.,;:]?\s*""")
# A quotation mark (or a dialogue dash), and what may stand between a paragraph's start and
# its opening mark.
OPENING_MARK = re.compile(r"""\s*["“«„»—―]\s*""")


@dataclass(frozen=True)
class Decision:
    """A rule's answer: this speaker (``None``: the quotation stays unattributed)."""

    speaker: Candidate | None


@dataclass
class Reading:
    """What the rules see: the article, its quotations and actors, and what earlier
    quotations resolved to. Each quotation's section and the quotation before it (terms
    skipped) are worked out once, as every rule asks for them."""

    def __init__(self, text: str, quotes: list[RawQuote], finder: ActorFinder, lang: str = "en") -> None:
        self.g: Grammar = grammar(lang)
        self.lang = lang
        self._sentences: list[Sentence] | None = None
        self.text = text
        self.quotes = quotes
        self.finder = finder
        self.sections = section_starts(text)
        self.resolved: list[Candidate | None] = []
        self.section_of = [self.section_start(q.start) for q in quotes]
        self._before: list[int | None] = []
        last: int | None = None
        for number, quote in enumerate(quotes):
            same_section = last is not None and self.section_of[last] == self.section_of[number]
            self._before.append(last if same_section else None)
            if not is_term(quote):
                last = number

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = split_sentences(self.text, self.lang)
        return self._sentences

    def section_start(self, offset: int) -> int:
        return self.sections[bisect.bisect_right(self.sections, offset) - 1]

    def previous(self, number: int) -> tuple[RawQuote, Candidate | None] | None:
        """The quotation before ``number`` in the same section, with its speaker; terms
        ("what staff call "the kitchen table"") are not quotations and are skipped."""
        earlier = self._before[number]
        return None if earlier is None else (self.quotes[earlier], self.resolved[earlier])


Rule = Callable[[Reading, int], Decision | None]


def is_term(quote: RawQuote) -> bool:
    """A term or scare quote nobody is said to say (see ``summarizer.text.terms``)."""
    return is_quoted_term(quote.text, attributed=bool(quote.who))


def _continues_quote(reading: Reading, number: int) -> Decision | None:
    quote, previous = reading.quotes[number], reading.previous(number)
    if quote.who or previous is None or previous[1] is None:
        return None
    before = previous[0]
    gap = reading.text[before.end : quote.start]
    if "\n" in gap or len(gap) > 200:
        return None
    if (
        SENTENCE_END_THEN_QUOTE.search(gap)
        or (BACK_TO_BACK_QUOTES.fullmatch(gap) and before.text.rstrip()[-1:] in ".!?")
        or DIALOGUE_ASIDE.fullmatch(gap)
        or (reading.g.lang != "en" and SPLIT_BY_ITS_ATTRIBUTION.fullmatch(gap) and before.who_at > before.end)
    ):
        return Decision(previous[1])
    return None


# A quotation split by its own attribution: „Der Fahrer hat Gas gegeben“, berichtete er,
# „ich konnte gerade noch springen.“ The second half is the first half's speaker's.
SPLIT_BY_ITS_ATTRIBUTION = re.compile(
    r"""[ \u00a0\u202f]*["”“»«]?[ \u00a0\u202f]*,[^.!?"“”«»„\n]{1,80},[ \u00a0\u202f]*["„«»“][ \u00a0\u202f]*"""
)


def _the_paragraphs_only_person(reading: Reading, number: int) -> Decision | None:
    """Outside English, a quotation nothing attributes, in a paragraph that has named one
    person before it and nobody else: that person's ("Trainerin Petra Lindqvist haderte mit
    den Schiedsrichtern. ... „Ich will nicht alles auf die Schiedsrichter schieben.“")."""
    quote = reading.quotes[number]
    if quote.who or reading.g.lang == "en":
        return None
    paragraph_start = reading.text.rfind("\n", 0, quote.start) + 1
    named = {id(c): c for _, c in reading.finder.mentions_before(quote.start, paragraph_start)}
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    return Decision(person) if person.kind == "person" else None


def _said_in_the_sentence_before(reading: Reading, number: int) -> Decision | None:
    """A quotation that opens a sentence right after one in which a known person is said to
    speak ("Claudia Renz sagte, im vergangenen Jahr hätten ... . „Jedes Kind ...“"): that
    person's words. Only a person the article already named: a sentence's subject is never
    made an actor here."""
    quote = reading.quotes[number]
    if quote.who or reading.g.lang == "en":  # English keeps its rules as written
        return None
    sentences = reading.sentences
    at = bisect.bisect_right([s.start for s in sentences], quote.start) - 1
    if at < 1 or sentences[at].paragraph != sentences[at - 1].paragraph:
        return None
    if reading.text[sentences[at].start : quote.start].strip(' \t\u00a0\u202f"“„«»‚') != "":
        return None  # the quotation does not open its sentence
    found = Attributions.scan(reading.text, sentences[at - 1], [], reading.g)
    if not found.found:
        return None
    who = found.found[-1][0]
    words = [w for w in who.split() if w.lower() not in reading.g.definite]
    known = reading.finder.lookup(" ".join(words)) if words else None
    return Decision(known) if known is not None and known.kind == "person" else None


INTRODUCING_COLON = re.compile(r""":[ \t\u00a0\u202f]*["“„«»‚]?[ \t\u00a0\u202f]*$""")


def _introduced_by_a_colon(reading: Reading, number: int) -> Decision | None:
    """A quotation a clause introduces with a colon ("Berufspendler Ahmet Yıldız sieht es
    gelassener: „...“", "Alonso lo celebra, aunque con cautela: «...»"): the first person
    the clause names, if the article named them already. Outside English."""
    quote = reading.quotes[number]
    if quote.who or reading.g.lang == "en":
        return None
    sentences = reading.sentences
    at = bisect.bisect_right([s.start for s in sentences], quote.start) - 1
    if at < 0:
        return None
    clause_start = sentences[at].start
    if not INTRODUCING_COLON.search(reading.text, clause_start, quote.start):
        return None
    named = [m for m in reading.finder.mentions_before(quote.start, clause_start) if m[1].kind == "person"]
    return Decision(named[-1][1]) if named else None  # the nearest first: the last is the first named


def _answers_a_question(reading: Reading, number: int) -> Decision | None:
    """An interview set as dialogue lines: a line answering the interviewer's question
    (the line before is a question) is said by the person interviewed, the first person
    the article names."""
    quote = reading.quotes[number]
    if quote.who or not _opens_dialogue_line(reading.text, quote.start):
        return None
    line_start = reading.text.rfind("\n", 0, quote.start) + 1
    previous_line = reading.text[: max(0, line_start - 1)].rstrip("\n").rsplit("\n", 1)[-1].strip()
    if not (previous_line[:1] in "—―" and previous_line.rstrip().endswith("?")):
        return None
    people = sorted((c for c in reading.finder.candidates if c.kind == "person"), key=lambda c: c.first)
    return Decision(people[0]) if people else None


def _opens_dialogue_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() in {"—", "―"}


def _named_in_next_sentence(reading: Reading, number: int) -> Decision | None:
    quote = reading.quotes[number]
    if quote.who or quote.text.rstrip()[-1:] not in ".!?…":
        return None
    after = reading.text[quote.end + 1 : quote.end + 200]
    found = reading.g.points_back.match(after)
    if found is None or not found.group("who"):
        return None
    who = found.group("who")
    at = quote.end + 1 + found.start("who")
    return _resolve_phrase(reading, number, who, at)


def _continues_paragraph(reading: Reading, number: int) -> Decision | None:
    quote, previous = reading.quotes[number], reading.previous(number)
    if quote.who or previous is None or previous[1] is None:
        return None
    text = reading.text
    line_start = text.rfind("\n", 0, quote.start) + 1
    if not OPENING_MARK.fullmatch(text, line_start, quote.start):
        return None  # the quotation does not open its paragraph
    between = text[previous[0].end + 1 : line_start]
    paragraphs_between = [p for p in between.split("\n")[1:] if p.strip()]
    if len(paragraphs_between) > 1 or len(between.strip()) > 400:
        return None  # not the paragraph right after, or the one after that
    if paragraphs_between and not reading.g.pronoun_says.search(paragraphs_between[0]):
        return None  # a paragraph in between that is not the speaker going on ("she says")
    someone_else = reading.finder.last_mention(line_start, since=previous[0].end + 1)
    if someone_else is not None and someone_else[1] is not previous[1]:
        return None
    return Decision(previous[1])


def _pronoun(reading: Reading, number: int) -> Decision | None:
    quote = reading.quotes[number]
    if not quote.who or quote.who.lower() not in reading.g.pronoun_genders:
        return None
    return _resolve_phrase(reading, number, quote.who, quote.who_at)


def _role_phrase(reading: Reading, number: int) -> Decision | None:
    quote = reading.quotes[number]
    g = reading.g
    if not quote.who or not _definite(quote.who, g) or not g.role_head.match(reading.text, quote.who_at):
        return None
    return _resolve_phrase(reading, number, quote.who, quote.who_at)


def _unnamed(reading: Reading, number: int) -> Decision | None:
    who = reading.quotes[number].who
    return Decision(None) if who and who.split()[0].lower() in reading.g.indefinite else None


def _name(reading: Reading, number: int) -> Decision | None:
    quote = reading.quotes[number]
    if not quote.who:
        return Decision(None)
    return _resolve_phrase(reading, number, quote.who, quote.who_at)


SPEAKER_RULES: tuple[tuple[str, Rule], ...] = (
    ("continues the quote before it", _continues_quote),
    ("named in the next sentence", _named_in_next_sentence),
    ("continues the paragraph before it", _continues_paragraph),
    ("said in the sentence before", _said_in_the_sentence_before),
    ("introduced by a colon", _introduced_by_a_colon),
    ("the paragraph's only person", _the_paragraphs_only_person),
    ("answers an interview question", _answers_a_question),
    ("pronoun", _pronoun),
    ("role phrase", _role_phrase),
    ("unnamed", _unnamed),
    ("name", _name),
)


def resolve_speakers(
    text: str, quotes: list[RawQuote], finder: ActorFinder, lang: str = "en"
) -> list[Candidate | None]:
    """The speaker of each quotation (in order), registering named speakers as actors."""
    if not quotes:
        return []
    reading = Reading(text, quotes, finder, lang)
    for number in range(len(quotes)):
        decision = next(d for _, rule in SPEAKER_RULES if (d := rule(reading, number)) is not None)
        reading.resolved.append(decision.speaker)
    return reading.resolved


# ---------------------------------------------------------------------- one phrase


def _resolve_phrase(reading: Reading, number: int, who: str, at: int) -> Decision:
    """The actor a speaker phrase refers to: a pronoun, a role phrase or a name."""
    g = reading.g
    lowered = who.lower()
    if lowered in g.pronoun_genders:
        return Decision(_pronoun_referent(reading, number, lowered))
    if lowered.split()[0] in g.indefinite:
        return Decision(None)  # "an aide": not named, so not resolved
    role = g.role_head.match(reading.text, at) if _definite(who, g) else None
    # A capitalised body noun is part of a name ("the Interior Ministry"), not a role; in
    # German every noun is capitalised, so there it is no sign.
    if role is not None and not _names_a_body(role.group("head"), g):
        known = reading.finder.lookup(" ".join(w for w in who.split() if w.lower() not in g.definite))
        if known is not None and known.kind != "person":
            return Decision(known)  # "the Ukrainian military": a body the article names so
        return Decision(_role_referent(reading, number, role))
    return Decision(_named(reading.finder, who, at, g))


def _definite(phrase: str, g: Grammar) -> bool:
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
