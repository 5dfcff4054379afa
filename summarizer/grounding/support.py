"""The text free text must be supported by: an article outside its instruction passages,
or the merged items of a day, indexed once so that every sentence of a summary or an
incident description is checked against it (numbers read as the text's language writes
them, names as words the text uses). Vetting (``grounding.vetting``) and the daily top line
use it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache

from summarizer.grounding.align import indexed_already
from summarizer.grounding.planted import Passages, reads_as_instruction
from summarizer.text.gazetteer import COUNTRY_BY_DEMONYM, actor_spellings
from summarizer.text.normalize import canonical
from summarizer.text.numbers import OTHER_WRITINGS, numbers_in, parse_number
from summarizer.text.numbers_by_language import find_numbers_and_english_words
from summarizer.text.segment import split_sentences
from summarizer.text.vocabulary import words

# Two or more capitalised words in a row: names of people, places, bodies. The capital is
# matched first and the character before it checked after (the same matches as opening
# with ``(?<![\w'’.-])``, which is tried at every position; a capital is found at C speed).
# Never from inside a word: each part of "Aaa-Aaa-…" or "A.A.A.…" would otherwise start a
# read of the rest of the word, quadratic in its length (a capital after a hyphen is
# still checked, as a single name).
_NAME_RUN = re.compile(r"[A-Z](?<![\w'’.-].)[\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words as names are checked: letters, with an apostrophe inside ("O'Neill") but split at
# hyphens ("Russia-backed" names Russia).
# Digits and number-like characters (superscripts, vulgar fractions) in a run.
_DIGITS = re.compile(r"[\d\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218b\u2460-\u24ff]+")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Characters the matching view rewrites so that another number may be read: dashes become
# "-" (which joins number words, "twenty–five", and signs a numeral, "–5"); white space that
# does not join number words becomes a space (which does); an ellipsis becomes "...", whose
# last dot keeps a number written right after it from being read ("…5").
_READ_OTHERWISE = re.compile(
    "[\u2010-\u2015\u2212\u2026\r\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_STARTS_A_NUMBER = re.compile(r"[-\u2212\w]")
# Punctuation that ends or opens a token and is never inside a ``_WORD``.
_NOT_IN_WORDS = '.,;:!?"“”()[]«»…'
# Sentence openers that are common words, not names, though the article may not use them.
# Function words, discourse adverbs and number words; nouns and adjectives are left to the
# endings below, and otherwise to the article (a summary mostly reuses its words).
_COMMON_OPENERS = words(
    """a an the this that these those there here it its he she they we i you his her their our
    my your some many most several few all both each every any no none one two three four five
    six seven eight nine ten dozens hundreds thousands more less much other another such
    and but or nor so yet for if when while after before as since until though although
    because once where whether meanwhile however also still then later earlier later now
    today yesterday tonight overnight elsewhere separately instead despite amid among
    according following during under over about around in on at by from with without into
    to of against between across toward towards within outside inside near nearly almost
    only even just not never about above below up down out off again further overall
    nevertheless nonetheless moreover furthermore additionally finally first second third
    last next new old local officials authorities police residents witnesses rescuers
    troops forces soldiers fighters protesters people civilians children women men
    heavy severe fresh further major minor large small several what who whom whose which
    how why was were is are be been has have had will would could should may might must
    can did does do"""
)
_COUNTRY_WORDS: dict[str, set[str]] = {}
for _demonym, _country in COUNTRY_BY_DEMONYM.items():
    _COUNTRY_WORDS.setdefault(_demonym.lower(), set()).update(_country.lower().split())
    _COUNTRY_WORDS.setdefault(_country.lower(), set()).add(_demonym.lower())
# Endings of common words ("Residents", "Rescuers", "Overnight", "Officials", "Reportedly").
_COMMON_ENDINGS = (
    "ly", "ness", "ment", "ments", "tion", "tions", "sion", "sions", "ity", "ities", "ous",
    "ency", "ance", "ances", "ence", "ences", "ings",
)  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s?$")
# Words this long or longer may differ in their ending ("Ukraine" / "Ukrainian").
_STEM_CHARS = 5
# A shorter word read as a name in lower case would be an article or a pronoun ("un", "it").
_MIN_NAME_CHARS = 3


class SupportingText:
    """Text that free text must be supported by (an article outside its instruction
    passages, or the merged items of a day), indexed for the checks."""

    def __init__(
        self,
        text: str,
        passages: Passages | None = None,
        *,
        check_instructions: bool = True,
        actor_names: Iterable[str] = (),
        lang: str = "en",
    ) -> None:
        """``check_instructions=False`` when the free text to check is known to hold no
        instruction-like text (one search over all of it is cheaper than one per sentence).
        ``actor_names`` are names whose words count as names in lower case too. ``lang`` is
        the text's language: its numbers are read as that language writes them ("1.000",
        "2,5 Millionen", "vingt-cinq")."""
        self.text = canonical(passages.blank(text) if passages else text)
        self.name_words = _known_actor_words() | name_words(actor_names)
        self.check_instructions = check_instructions
        self.words = _words_of(self.text.lower())
        # A country named by its people supports its name, and the reverse ("Chinese envoy"
        # in the article, "China's envoy" in a summary).
        self.words |= {w for word in self.words & _COUNTRY_WORDS.keys() for w in _COUNTRY_WORDS[word]}
        self._stems: set[str] | None = None  # read when a word is not one of ``words``
        self.lang = lang
        self.numbers = _numbers_of(text, self.text, lang) if not passages else numbers_in(self.text, lang)
        # ``has_word`` by word: the names of a briefing recur from sentence to sentence.
        self._has_word: dict[str, bool] = {}

    def has_word(self, word: str) -> bool:
        known = self._has_word.get(word)
        if known is None:
            known = self._has_word[word] = self._looks_up(word)
        return known

    def _looks_up(self, word: str) -> bool:
        lowered = word.lower().rstrip(".")
        if lowered in self.words:
            return True  # written so in the source: "Land's End" is no possessive of "Land"
        word = _POSSESSIVE.sub("", lowered)
        if not word or word in self.words:
            return True
        return len(word) > _STEM_CHARS and word[:_STEM_CHARS] in self.stems

    @property
    def stems(self) -> set[str]:
        """The first letters of the text's longer words (a word may end otherwise)."""
        if self._stems is None:
            self._stems = {w[:_STEM_CHARS] for w in self.words if len(w) >= _STEM_CHARS}
        return self._stems

    def problems(self, sentence: str) -> list[str]:
        """Why ``sentence`` is not supported: it reads as an instruction, or has names or
        numbers the text lacks."""
        found = []
        sentence = canonical(sentence)
        if self.check_instructions and reads_as_instruction(sentence):
            found.append("reads as an instruction to a model")
        for value, written in _numbers(sentence, self.lang):
            if value not in self.numbers if value is not None else written not in self.text:
                if self.lang != "en" and parse_number(written) in self.numbers:
                    continue  # "1,000" in an English summary of an article that wrote "1.000"
                found.append(f"the number {written!r} is not in the source")
        in_runs: list[tuple[int, int]] = []
        for run in _NAME_RUN.finditer(sentence):
            in_runs.append(run.span())
            if not all(map(self.has_word, _WORD.findall(run.group()))):
                found.append(f"the name {run.group()!r} is not in the source")
        run_starts = [a for a, _ in in_runs]  # in order, and never overlapping
        words = list(_NAME_WORD.finditer(sentence))  # one scan for both checks below
        texts = [word.group() for word in words]
        for number in _single_names(texts):
            start = words[number].start()
            at = bisect.bisect_right(run_starts, start) - 1
            in_a_run = at >= 0 and start < in_runs[at][1]
            if not in_a_run and not self.has_word(texts[number]):
                found.append(f"the name {texts[number]!r} is not in the source")
        in_lower_case = [text for text in texts if text[0].islower()]
        # Most sentences write no known name in lower case: one set test skips them.
        if not self.name_words.isdisjoint(map(str.lower, in_lower_case)):
            for text in in_lower_case:
                if text.lower() in self.name_words and not self.has_word(text):
                    found.append(f"the name {text!r} is not in the source")
        return found


def _numbers_of(article: str, canonical_text: str, lang: str) -> set[float]:
    """``numbers_in(canonical_text, lang)`` (``canonical_text`` is ``canonical(article)``):
    taken from the numbers grounding read in the article's matching view when they are
    the same, else read (1,000 words take 0.4 ms to read)."""
    index = indexed_already(article, lang)
    if index is None or lang in OTHER_WRITINGS or not _numbers_read_alike(canonical_text):
        return numbers_in(canonical_text, lang)
    return {value for mention in index.numbers for value in (mention.value, mention.base)}


def _numbers_read_alike(text: str) -> bool:
    """Whether ``find_numbers`` reads the same values (in English) in ``text``, a canonical
    text, as in its matching view (``text.normalize``): that view lower-cases the text
    (numbers are read lower-cased), writes every quote mark as one mark and every run of
    white space as one space (neither is part of a number; a space joins number words as
    a tab, a line break or a no-break space does), and rewrites the characters of
    ``_READ_OTHERWISE``. None of those may be in ``text`` but an ellipsis not followed by a
    word or a sign."""
    for found in _READ_OTHERWISE.finditer(text):
        if found.group() != "…" or _STARTS_A_NUMBER.match(text, found.end()):
            return False
    return True


def _words_of(lowered: str) -> set[str]:
    """Every ``_WORD`` of ``lowered`` and every ``_NAME_WORD``: each name word lies inside
    one word (its letters and apostrophes are word characters), and a word of letters alone
    is its own one name word, so only the other words are searched again.

    A word never holds white space, so the words are those of each distinct
    whitespace-separated token; a token of letters alone (after the punctuation that
    cannot be part of a word is stripped from its ends) is its own one word. Most tokens
    are, so the pattern runs on a few odd ones only instead of a whole article."""
    found: set[str] = set()
    for token in set(lowered.split()):
        core = token if token.isalpha() else token.strip(_NOT_IN_WORDS)
        if core.isalpha():
            found.add(core)
        else:
            found.update(_WORD.findall(core))
    found.update(*(_NAME_WORD.findall(word) for word in found if not word.isalpha()))
    return found


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The lower-cased words of ``names`` that can only be names: capitalised, three letters
    or more, not a common word ("WHO" and "May" are not taken; "Biden", "NATO" are)."""
    found = set()
    for name in names:
        for word in _NAME_WORD.findall(canonical(name)):
            lowered = word.lower()
            if len(word) >= _MIN_NAME_CHARS and word[0].isupper() and lowered not in _COMMON_OPENERS:
                found.add(lowered)
    return frozenset(found)


def _single_names(words: list[str]) -> Iterable[int]:
    """Which capitalised words of a sentence (its ``_NAME_WORD`` matches, in order) read
    as names: any after its first word; the first word when written as a name or not a
    common word."""
    for number, text in enumerate(words):
        if len(text) < 2 or not text[0].isupper():
            continue
        if number == 0:
            lowered = _POSSESSIVE.sub("", text.lower())
            written_as_name = any(c.isupper() for c in text[1:])  # "ISIS", "McAdam"
            if not written_as_name and (lowered in _COMMON_OPENERS or lowered.endswith(_COMMON_ENDINGS)):
                continue
        yield number


@cache
def _known_actor_words() -> frozenset[str]:
    return name_words(actor_spellings())


def unsupported_claims(free_text: str, support: str) -> list[str]:
    """Every problem of every sentence of ``free_text`` against ``support``."""
    checker = SupportingText(support)
    return [p for s in split_sentences(free_text) for p in checker.problems(s.text)]


def _numbers(text: str, lang: str = "en") -> Iterable[tuple[float | None, str]]:
    """Each number of ``text`` with its value, read as ``lang`` writes numbers; digits the
    reader cannot read as a number ("5³") come with None, and must then be written the same
    way in the source. Outside English, number words written in English ("two million")
    are read too: a summary may be asked for in English (``SUMMARIZER_SUMMARY_LANGUAGE``)."""
    mentions = find_numbers_and_english_words(text, lang)
    for number in mentions:
        if number.written.lower() == "one":
            continue  # mostly a pronoun ("one of the victims"), not a figure
        yield number.value, number.written
    ends = [m.end for m in mentions]  # in order, as the mentions are
    for run in _DIGITS.finditer(text):
        at = bisect.bisect_right(ends, run.start())  # the first mention ending after the run starts
        if at == len(mentions) or mentions[at].start >= run.end():
            yield None, run.group()
