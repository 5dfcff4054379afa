"""A document read in parts keeps its language, and an article quoting another language is
read in its own (invented articles)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.models import Briefing
from summarizer.pipeline.long_documents import brief_in_chunks, chunk_spans
from summarizer.text.language import detect

GERMAN_REPORT = (
    "Der Stadtrat von Hollerbach hat am Dienstag über den Neubau der Stadthalle beraten. "
    "Bürgermeisterin Karin Vogt sagte, die Kosten lägen bei rund 12 Millionen Euro. "
    "Die Opposition kritisierte den Zeitplan und verlangte ein neues Gutachten.\n\n"
)
# A long interview answer in English inside the German report: read alone, this part is English.
ENGLISH_ANSWER = (
    "The architect, a guest from Leeds, answered at length in English: "
    + " ".join(
        f'"We have planned the hall for {n} years and we will not give up on the design now," '
        "the architect told the council."
        for n in range(3, 11)
    )
    + "\n\n"
)


def german_document() -> str:
    return GERMAN_REPORT * 6 + ENGLISH_ANSWER + GERMAN_REPORT * 6


def test_every_part_of_a_long_document_is_read_in_the_documents_language() -> None:
    text = german_document()
    size, overlap = 1_000, 150
    parts = [text[c.start : c.end] for c in chunk_spans(text, size, overlap)]
    # The test means something: read alone, some part would be taken for English.
    assert any(detect(part)[0] == "en" for part in parts)
    assert detect(text)[0] == "de"

    read_in: list[str | None] = []
    engine = ExtractiveEngine()

    def brief(part: Article) -> Briefing:
        read_in.append(part.language)
        return engine.brief(part, None)

    briefing = brief_in_chunks(Article(text=text, id="hall"), brief, size, overlap, passes=1, concurrency=2)
    assert len(read_in) == len(parts) and set(read_in) == {"de"}
    assert (briefing.language, briefing.language_source) == ("de", "detected")


def test_a_given_language_is_kept_by_every_part() -> None:
    text = german_document()
    read_in: list[str | None] = []
    engine = ExtractiveEngine()

    def brief(part: Article) -> Briefing:
        read_in.append(part.language)
        return engine.brief(part, None)

    article = Article(text=text, id="hall", language="de")
    briefing = brief_in_chunks(article, brief, 1_500, 200, passes=2, concurrency=2)
    assert set(read_in) == {"de"}
    assert (briefing.language, briefing.language_source) == ("de", "given")


def brief_offline(text: str) -> Briefing:
    return ExtractiveEngine().brief(Article(text=text), None)


def speaker_of(briefing: Briefing, fragment: str) -> str | None:
    names = {a.id: a.name for a in briefing.actors}
    quote = next(q for q in briefing.quotes if fragment in q.text)
    return names.get(quote.speaker or "")


def test_an_english_article_quoting_french_is_read_as_english() -> None:
    text = (
        "The mayor of Valcourt, Hélène Morel, opened the new bridge on Tuesday after three years of work. "
        "The bridge cost 14 million euros and replaces a crossing closed in 2021.\n\n"
        "\"C'est un grand jour pour toute la vallée, et nous l'attendions depuis longtemps,\" Morel said "
        "in French to the crowd of about 300 residents.\n\n"
        "Traffic on the old road is expected to fall by half, officials said."
    )
    briefing = brief_offline(text)
    assert briefing.language == "en"
    assert speaker_of(briefing, "grand jour") == "Hélène Morel"
    assert {f.value for f in briefing.figures} >= {14_000_000, 300}


def test_a_german_article_with_english_quotes_is_read_as_german() -> None:
    text = (
        "Der Trainer des FC Hollerbach, John Miller, hat nach der Niederlage gegen Rotbach seinen "
        "Rücktritt ausgeschlossen. Rund 2.500 Zuschauer sahen das Spiel im Stadion an der Au.\n\n"
        "„We played well for sixty minutes and then we lost our heads“, sagte Miller nach dem Spiel. "
        "Der Verein teilte mit, man halte an dem Trainer fest.\n\n"
        "„I am not going anywhere“, sagte er."
    )
    briefing = brief_offline(text)
    assert briefing.language == "de"
    assert speaker_of(briefing, "sixty minutes") == "John Miller"
    assert speaker_of(briefing, "not going anywhere") == "John Miller"
    # German numbers still read the German way: "2.500" is two thousand five hundred.
    assert 2_500 in {f.value for f in briefing.figures}
