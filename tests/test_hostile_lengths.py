"""Text rules read hostile article text in linear time. Each case is a long run of a token
that a rule almost matches, once made a scan restart at every part of it (quadratic: tens
of seconds for the sizes below). Read in linear time, each takes well under a second, so
the bounds leave room for a loaded machine and none for a quadratic scan.

Every such bound in the suite counts the test thread's own CPU time (``time.thread_time``),
not the wall clock: a runaway scan burns CPU, while a machine busy with other work only
stretches the wall clock (two timing tests failed that way at a load average of 7)."""

from __future__ import annotations

import time

from summarizer.article import Article
from summarizer.daily.place_chains import site_variants
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.grounding.align import ArticleIndex
from summarizer.grounding.support import SupportingText
from summarizer.text.numbers import find_numbers
from summarizer.text.place_levels import place_level
from summarizer.text.segment import split_sentences


def _seconds(run: object, *args: object) -> float:
    started = time.thread_time()
    run(*args)  # type: ignore[operator]
    return time.thread_time() - started


def test_name_runs_of_a_summary_never_start_inside_a_word() -> None:
    """Each part of "Grand-Grand-…x" or "A.A.A.…x" started a read of the rest of the word
    that then failed (no capitalised word after it): 8 s for 32,000 characters."""
    support = SupportingText("Union of Grand Forks. A. B. said so.")
    for sentence in ("Union of " + "Grand-" * 20_000 + "x", "Union of " + "A." * 40_000 + "x"):
        assert _seconds(support.problems, sentence) < 3.0
    # A capital after a hyphen is still a name to check, on its own.
    assert any("Kremlin" in problem for problem in support.problems("Union of pro-Kremlin Moscow."))


def test_a_run_of_number_words_is_read_once() -> None:
    """Each word of "one one one …" was read with the whole rest of the run (a tuple of it
    built per word): 13 s for 32,000 characters."""
    assert _seconds(find_numbers, "Start " + "one " * 40_000 + "x") < 3.0
    long_number = "one thousand " * 40 + "and five"  # a number of any length is still read whole
    assert [m.written for m in find_numbers(long_number)] == [long_number]


def test_a_run_of_titles_is_read_once() -> None:
    """Each title of "Herr Herr …x" (German) or "M. M. …x" (French) started a read of the
    rest of the run, which then found no name: 27 s for 32,000 characters of "M. "."""
    engine = ExtractiveEngine()
    briefing = engine.brief(
        Article(text="Laut Herr Prof. Dr. Henrike Albers ist das so.", language="de"), None
    )
    assert "Henrike Albers" in [actor.name for actor in briefing.actors]
    engine.brief(Article(text="Selon M. Jean Dupont, rien.", language="fr"), None)  # the rules, made once
    started = time.thread_time()
    for text, lang in (("Laut " + "Herr " * 10_000 + "x", "de"), ("Selon " + "M. " * 12_000 + "x", "fr")):
        engine.brief(Article(text=text, language=lang), None)
    assert time.thread_time() - started < 5.0


def test_a_run_of_stops_is_read_once() -> None:
    """Each mark of "……x" or "!!!…x" started a read of the rest of the run, which then found
    no space after it: 22 s for 8,000 full stops (worse than quadratic)."""
    started = time.thread_time()
    for mark in ".!?…":
        assert len(split_sentences("It fell" + mark * 10_000 + "x")) == 1
    assert time.thread_time() - started < 3.0
    assert [s.text for s in split_sentences("It fell?! Then... Yes")] == ["It fell?!", "Then...", "Yes"]


def test_a_quote_with_an_ellipsis_and_a_long_space_is_split_once() -> None:
    """A draft's quote is split at its ellipses; each character of a long run of white space
    started a read of the rest of the run: 10 s for 20,000 spaces."""
    index = ArticleIndex('"We stayed ... and left," she said.')
    assert index.align_quote("We stayed ... and left") is not None
    assert _seconds(index.align_quote, "We stayed... and" + " \t" * 30_000 + "left") < 3.0


def test_a_long_space_in_a_sentence_with_a_figure_is_read_once() -> None:
    """Each space of a long run in a sentence with a figure started a read of every way to
    split the run around a comma before a clause opener ("and", "but"): 5 s for 400 spaces,
    400 s for 2,000 (cubic). Linear, 1,000 spaces in four languages take milliseconds."""
    engine = ExtractiveEngine()
    sentences = {
        "en": "At least 12 people were killed in Riverside",
        "de": "Mindestens 12 Menschen wurden in Riverside getötet",
        "fr": "Au moins 12 personnes ont été tuées à Riverside",
        "es": "Al menos 12 personas murieron en Riverside",
    }
    for lang, sentence in sentences.items():
        engine.brief(Article(text=sentence + ", and more.", language=lang), None)  # the rules, made once
    started = time.thread_time()
    for lang, sentence in sentences.items():
        engine.brief(Article(text=sentence + " " * 1_000 + "x.", language=lang), None)
    assert time.thread_time() - started < 3.0


def test_a_run_of_joiners_before_a_place_is_stripped_once() -> None:
    """Each space of "of of of … x Tarvik" could fall on either side of a joiner, so the
    run before a place was split every way there is: 2 s for 22 joiners, doubling with each
    one more (a location is read up to 500 characters)."""
    assert _seconds(place_level, "Tarvik", "in " + "of " * 24 + "x Tarvik") < 3.0
    # A level word still reaches its name over the joiners between them.
    assert place_level("Alto Tormes", "la comarca de la  Alto Tormes") == "comarca"


def test_a_day_of_many_site_keys_is_read_once() -> None:
    """The day's keys were gathered into a set again for each form of a site: 5 s for
    4,000 site keys beside 40,000 others."""
    keys = [f"bahnhof ort{n}" for n in range(4_000)] + [f"dorf{n}" for n in range(40_000)]
    site_variants(["aroport kolmsdorf"])  # the site nouns, read once
    assert _seconds(site_variants, keys) < 1.0
    assert site_variants(["aroport kolmsdorf", "kolmsdorf airport"]) == {
        "aroport kolmsdorf": "kolmsdorf airport"
    }
