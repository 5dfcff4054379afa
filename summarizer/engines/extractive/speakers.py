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

The phrases are read with the article's language grammar (``grammar.py``); what the rules
see is ``speaker_reading.py``, and how one phrase becomes an actor is ``speaker_phrases.py``.

No reference reaches back across a section boundary (a live-update entry, a subheading).
"""

from __future__ import annotations

import bisect
import re

from summarizer.engines.extractive.actors import ActorFinder
from summarizer.engines.extractive.names import Candidate
from summarizer.engines.extractive.quotes import Attributions, RawQuote
from summarizer.engines.extractive.speaker_phrases import is_definite_phrase, resolve_phrase
from summarizer.engines.extractive.speaker_reading import Decision, Reading, Rule

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
    return resolve_phrase(reading, number, who, at)


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
    return resolve_phrase(reading, number, quote.who, quote.who_at)


def _role_phrase(reading: Reading, number: int) -> Decision | None:
    quote = reading.quotes[number]
    g = reading.g
    if (
        not quote.who
        or not is_definite_phrase(quote.who, g)
        or not g.role_head.match(reading.text, quote.who_at)
    ):
        return None
    return resolve_phrase(reading, number, quote.who, quote.who_at)


def _unnamed(reading: Reading, number: int) -> Decision | None:
    who = reading.quotes[number].who
    return Decision(None) if who and who.split()[0].lower() in reading.g.indefinite else None


def _name(reading: Reading, number: int) -> Decision | None:
    quote = reading.quotes[number]
    if not quote.who:
        return Decision(None)
    return resolve_phrase(reading, number, quote.who, quote.who_at)


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
