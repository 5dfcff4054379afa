"""The offline extractive engine: deterministic rules, a character span on every item.

It fills the same ``Briefing`` schema as the LLM engine and runs the same grounding check
on its own output, so nothing it emits can point outside the article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import time
from collections import Counter
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.engines.base import language_fields, summary_warnings
from summarizer.engines.extractive.actors import ActorFinder
from summarizer.engines.extractive.bare_bodies import find_bare_bodies
from summarizer.engines.extractive.bodies import find_organizations
from summarizer.engines.extractive.collectives import find_countries_and_collectives
from summarizer.engines.extractive.described_people import find_described_people
from summarizer.engines.extractive.figures import find_figures
from summarizer.engines.extractive.incident_mentions import (
    Mention,
    event_time,
    same_event,
    toll_follows,
    toll_revised,
)
from summarizer.engines.extractive.incident_places import (
    bureau_country,
    dateline_place,
    names_a_part,
    opening_dateline,
    person_spans,
    sentence_place,
    without_dateline,
)
from summarizer.engines.extractive.incidents import (
    incident_kind,
    reported_part,
    tells_another_event,
    type_in_article,
)
from summarizer.engines.extractive.names import Candidate
from summarizer.engines.extractive.place_labels import labelled_town
from summarizer.engines.extractive.quotes import RawQuote, attribute_all
from summarizer.engines.extractive.same_town import same_town, town_told_before
from summarizer.engines.extractive.service_bodies import find_service_bodies
from summarizer.engines.extractive.sourced_bodies import find_sourced_bodies
from summarizer.engines.extractive.speakers import resolve_speakers
from summarizer.engines.extractive.typed_bodies import find_typed_bodies
from summarizer.grounding.align import ArticleIndex
from summarizer.llm.types import CallLog
from summarizer.models import (
    SCHEMA_VERSION,
    Actor,
    Briefing,
    Figure,
    Incident,
    Provenance,
    Quote,
)
from summarizer.models.common import Span
from summarizer.text.gazetteer import ALIASES_PATH
from summarizer.text.given_names import GIVEN_NAMES_PATH
from summarizer.text.normalize import normalize
from summarizer.text.quotations import find_quote_spans
from summarizer.text.segment import Sentence, split_sentences

ENGINE_VERSION = "extractive-1"


@cache
def rules_hash() -> str:
    """Hash of this engine's own source and of the shared text layer its rules are made of
    (segmenter, number reader, vocabulary, gazetteer, aliases): any rule change invalidates
    cached results."""
    digest = hashlib.sha256()
    text_layer = Path(__file__).resolve().parents[2] / "text"
    for path in [*sorted(Path(__file__).parent.glob("*.py")), *sorted(text_layer.rglob("*.py"))]:
        digest.update(path.read_bytes())
    digest.update(ALIASES_PATH.read_bytes())
    digest.update(GIVEN_NAMES_PATH.read_bytes())
    return digest.hexdigest()[:12]


LINKED_CATEGORIES = {"killed", "injured", "displaced", "intercepted", "destroyed", "launched"}


def _unique(quotes: list[RawQuote]) -> list[RawQuote]:
    """One quote per distinct text (headlines repeat the body); the attributed one wins."""
    best: dict[str, RawQuote] = {}
    for quote in quotes:
        key = normalize(quote.text).strip(" ,.")
        if key not in best or (best[key].who is None and quote.who is not None):
            best[key] = quote
    return sorted(best.values(), key=lambda q: q.start)


def _speaker_quoted_in(sentence: Sentence, quotes: list[Quote]) -> str | None:
    """The resolved speaker of the first quotation overlapping the sentence: its claimant."""
    for quote in quotes:
        if quote.speaker and quote.span.start < sentence.end and quote.span.end > sentence.start:
            return quote.speaker
    return None


def _is_body(sentence: Sentence, words: int = 8) -> bool:
    """A sentence of the body: it ends as one and has eight words or more (``maxsplit``
    stops counting at the minimum)."""
    return sentence.text[-1:] in '.!?"”’' and len(sentence.text.split(maxsplit=words - 1)) >= words


# A short sentence that ends as one still gives figures ("Two of the dead were teenagers.",
# "Unemployment stood at 3.9%."): a headline rarely ends with a full stop. Short in
# characters too: five "words" of thousands of digits are no sentence of the body.
FIGURE_SENTENCE_WORDS = 5
FIGURE_SENTENCE_CHARS = 160


def _gives_figures(sentence: Sentence) -> bool:
    return _is_body(sentence) or (
        len(sentence.text) <= FIGURE_SENTENCE_CHARS and _is_body(sentence, FIGURE_SENTENCE_WORDS)
    )


# How many sentences back the lead's place may be read for the first incident.
LEAD_LOOKBACK = 2


def _lead_place(
    sentences: list[Sentence], number: int, people: list[tuple[int, int]], lang: str
) -> tuple[str | None, str | None]:
    """The place the lead sets for the article's first incident when its own sentence names
    none: "Seit dem Morgen stehen in Innsbruck die Busse still. Die Gewerkschaft hat zum
    Warnstreik aufgerufen." struck in Innsbruck. Only body sentences just before it, so a
    headline's or a later paragraph's place is never borrowed."""
    for back in range(number - 1, max(-1, number - 1 - LEAD_LOOKBACK), -1):
        before = sentences[back]
        if not _is_body(before):
            break
        # Where a speaker spoke is no place of the event ("she told reporters in Brisbane").
        spoken = reported_part(before.text, before.start, [], lang)
        location, place = sentence_place(without_dateline(spoken), before.start, people, lang)
        if place is not None:
            return location, place
    return None, None


def _place_read(sentence: Sentence, people: list[tuple[int, int]], lang: str) -> str | None:
    """The place a sentence names, leaving out where its speaker spoke and its dateline."""
    spoken = reported_part(sentence.text, sentence.start, [], lang)
    return sentence_place(without_dateline(spoken), sentence.start, people, lang)[1]


def _types_around(found: list[Mention], place: str | None) -> list[str]:
    """The types of the incidents reported before that a new mention at ``place`` may be
    part of: a disaster's wherever it is told (a quake off Lima reaches Moquegua, where a
    wall fell on a man), another's of no place or of its place (a power cut in Brunswick
    told after a plane's landing at Oelsburg is no part of the landing: ``type_in_article``)."""
    return [
        m.type for m in found if m.type == "disaster" or place is None or m.place is None or m.place == place
    ]


class ExtractiveEngine:
    name = "extractive"

    def close(self) -> None:
        return None  # holds no connections

    def identity(self) -> dict[str, Any]:
        return {
            "engine": self.name,
            "version": ENGINE_VERSION,
            "rules": rules_hash(),
            "schema_version": SCHEMA_VERSION,
        }

    def brief(self, article: Article, store: CallLog | None) -> Briefing:
        started = time.perf_counter()
        text = article.text
        lang = article.reading[0]  # any language without rules of its own is read as English
        index = ArticleIndex(text, lang)
        sentences = split_sentences(text, lang)
        finder = ActorFinder(text, lang)
        finder.find_people()
        find_organizations(finder)
        find_service_bodies(finder)
        find_sourced_bodies(finder)
        find_typed_bodies(finder, lang)
        find_bare_bodies(finder, lang)
        find_described_people(finder)
        find_countries_and_collectives(finder)
        finder.assign_genders(sentences)

        raw_quotes = _unique(attribute_all(text, find_quote_spans(text, lang), sentences, lang))
        speakers = resolve_speakers(text, raw_quotes, finder, lang)
        actors = finder.finalize(index)
        by_candidate = {id(c): c.id for c in finder.candidates}
        valid_ids = {a.id for a in actors}
        quotes = self._quotes(raw_quotes, speakers, by_candidate, valid_ids, actors)
        figures = self._figures(text, sentences, quotes, lang)
        incidents = self._incidents(text, sentences, figures, quotes, article.published, lang, actors)
        summary = self._summary(sentences)
        language = language_fields(article)
        return Briefing(
            article=article.meta,
            summary=summary,
            actors=actors,
            incidents=incidents,
            quotes=quotes,
            figures=figures,
            language=language["language"],
            language_source=language["language_source"],
            warnings=language["warnings"] + summary_warnings(summary),
            provenance=Provenance(
                engine="extractive",
                model=ENGINE_VERSION,
                created_at=dt.datetime.now(dt.UTC),
                latency_ms=round((time.perf_counter() - started) * 1000, 3),
                cost_usd=0.0,  # no LLM call
            ),
        )

    # ------------------------------------------------------------------ quotes

    @staticmethod
    def _quotes(
        raw: list[RawQuote],
        speakers: list[Candidate | None],
        ids: dict[int, str],
        valid: set[str],
        actors: list[Actor],
    ) -> list[Quote]:
        quotes = []
        for number, (quote, speaker) in enumerate(zip(raw, speakers, strict=True), start=1):
            # The comma or colon before the closing mark belongs to the reporting sentence
            # ('"We will rebuild," she said'), not to what was said.
            text = quote.text.strip().rstrip(",;:").rstrip()
            lead = len(quote.text) - len(quote.text.lstrip())
            span = Span(start=quote.start + lead, end=quote.start + lead + len(text))
            speaker_id = ids.get(id(speaker)) if speaker is not None else None
            quotes.append(
                Quote(
                    id=f"q{number}",
                    text=text,
                    speaker=speaker_id if speaker_id in valid else None,
                    speaker_as_written=quote.who,
                    cue=quote.cue,
                    channel=quote.channel,
                    kind=quote.kind,
                    span=span,
                )
            )
        return quotes

    # ------------------------------------------------------------------ figures

    @staticmethod
    def _figures(text: str, sentences: list[Sentence], quotes: list[Quote], lang: str = "en") -> list[Figure]:
        figures: list[Figure] = []
        for sentence in sentences:
            if not _gives_figures(sentence):
                continue  # headlines repeat the body's numbers
            claimant = _speaker_quoted_in(sentence, quotes)
            for raw in find_figures(text, sentence.start, sentence.end, lang):
                figures.append(
                    Figure(
                        id=f"f{len(figures) + 1}",
                        text=raw.text,
                        value=raw.value,
                        value_high=raw.value_high,
                        bound=raw.bound,
                        unit=raw.unit,
                        counted=raw.counted,
                        category=raw.category,
                        claimed_by=claimant,
                        span=Span(start=raw.start, end=raw.end),
                    )
                )
        return figures

    # ------------------------------------------------------------------ incidents

    @staticmethod
    def _incidents(
        text: str,
        sentences: list[Sentence],
        figures: list[Figure],
        quotes: list[Quote],
        published: dt.date | None,
        lang: str = "en",
        actors: list[Actor] | None = None,
    ) -> list[Incident]:
        found: list[Mention] = []
        people = person_spans(actors or [])
        starts = [f.span.start for f in figures]  # figures come in text order
        # A quotation is speech ("We are asking people to stay away from the beaches"), not
        # a report, unless it gives a toll ("the enemy used 15 missiles ... all destroyed").
        tolls = [f.span.start for f in figures if f.category in LINKED_CATEGORIES]
        quoted = [
            (q.span.start, q.span.end)
            for q in quotes
            if q.kind == "direct" and not any(q.span.start <= at < q.span.end for at in tolls)
        ]
        filed_from = opening_dateline(text)
        # The place each sentence names, read once: a brief's label and "the same town" look
        # at the other sentences, and re-reading them for every sentence was quadratic.
        places_read: dict[int, str | None] = {}
        counted_places: Counter[str | None] | None = None

        def place_read(index: int) -> str | None:
            if index not in places_read:
                places_read[index] = _place_read(sentences[index], people, lang)
            return places_read[index]

        for number, sentence in enumerate(sentences):
            if not _is_body(sentence):
                if _gives_figures(sentence):  # "No hubo heridos, según los bomberos."
                    toll_follows(found, number, sentence, figures, starts, lang)
                continue
            reported = reported_part(sentence.text, sentence.start, quoted, lang)
            cue_kind = incident_kind(reported, lang)
            if cue_kind is None:
                toll_follows(found, number, sentence, figures, starts, lang)
                continue
            location, place = sentence_place(without_dateline(reported), sentence.start, people, lang)
            if place is None and (datelined := dateline_place(sentence.text)) is not None:
                location = place = bureau_country(datelined, without_dateline(reported)) or datelined
            if place is None:
                # "Sint-Aldegonde: Local police are investigating ...": a brief's label.
                if counted_places is None:
                    counted_places = Counter(place_read(i) for i in range(len(sentences)))
                own = place_read(number)
                elsewhere = {p for p, n in counted_places.items() if n - (p == own) > 0}
                if (label := labelled_town(reported, elsewhere)) is not None:
                    location = place = label
            if place is None and not found:
                location, place = _lead_place(sentences, number, people, lang)
            if filed_from is not None and not found and place is None:
                # "ZARAGOZA. Un tranvía descarriló ...", but a capital's bureau files from afar.
                location = place = bureau_country(filed_from, without_dateline(reported)) or filed_from
            elif filed_from is not None and location is not None and names_a_part(reported, location):
                place = filed_from  # "en el barrio del Actur": a part of the town filed from
            another = tells_another_event(sentence.text, lang)
            if place is None and (town := same_town(reported)) is not None:
                # "in the same town", "de la ville": the town told before (``same_town``).
                before = (m.place for m in reversed(found))
                read = (place_read(i) for i in reversed(range(number)) if _is_body(sentences[i]))
                if (told := town_told_before(chain(before, read, [filed_from]))) is not None:
                    location, place = town[0], told
                    another = another or town[1]
            kind = type_in_article(cue_kind, [] if another else _types_around(found, place))
            when = event_time(sentence.text, lang)
            first, last = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
            casualties = [f.id for f in figures[first:last] if f.category in LINKED_CATEGORIES]
            mention = Mention(kind, number, sentence, location, place, when, another=another, cue=cue_kind)
            mention.figure_ids = casualties
            same = toll_revised(found, mention, figures, lang) or same_event(found, mention)
            if same is not None:
                same.figure_ids += [f for f in casualties if f not in same.figure_ids]
                same.last = number
                continue
            mention.claimant = _speaker_quoted_in(sentence, quotes)
            found.append(mention)
        return [m.incident(f"i{n}", published, lang) for n, m in enumerate(found, start=1)]

    # ------------------------------------------------------------------ summary

    @staticmethod
    def _summary(sentences: list[Sentence]) -> str:
        """The lead: the first body sentences, two to four, about 60 words at least."""
        body = [s.text for s in sentences if _is_body(s)]
        chosen: list[str] = []
        for sentence in body:
            if sentence in chosen:
                continue
            chosen.append(sentence)
            if len(chosen) >= 4 or (len(chosen) >= 2 and sum(len(c.split()) for c in chosen) >= 60):
                break
        if not chosen:
            chosen = [s.text for s in sentences[:2]]
        return " ".join(chosen)
