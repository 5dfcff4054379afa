"""Which language an article is written in: given by the user, or detected.

The offline engine's rules (quotation marks, attribution, names, numbers, sentences) exist
for the languages in ``SUPPORTED``. An article in another language is still briefed, read
with the English rules, and its briefing says so in a warning: an empty briefing must never
pass silently for "nothing happened".

Detection uses py3langid (a maintained fork of langid.py: a 4 MB naive-Bayes model over
byte n-grams, pure Python and numpy, no download at run time), restricted to the languages
news is commonly written in, so a short ambiguous text is not called Luxembourgish.
"""

from __future__ import annotations

import itertools
import re
import threading
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

SUPPORTED: Final = ("en", "de", "fr", "es", "it", "pt")
# Languages the daily merge reads in their own words (times, figures, kinds of event,
# bodies, places): the supported ones, and those a day's bundle from the Low Countries or
# Catalonia mixes with them. The engine reads their incidents, places and times
# (``lexicons.events_nl_ca``) and their people's names and roles in their own words; it
# warns, and reads their quotations and numbers with the English rules. A day's briefings in them tell one event as the others do.
MERGED: Final = (*SUPPORTED, "nl", "ca")
DEFAULT: Final = "en"
NAMES: Final = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian",
    "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "tr": "Turkish", "sv": "Swedish",
    "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech", "ro": "Romanian",
    "hu": "Hungarian", "el": "Greek", "he": "Hebrew", "fa": "Persian", "hi": "Hindi",
    "ko": "Korean", "id": "Indonesian", "vi": "Vietnamese", "ca": "Catalan",
}  # fmt: skip
# Languages the detector chooses among: the supported ones and those a newsroom most often
# meets, so an Italian article is called Italian (and warned about), not "Spanish".
CANDIDATES: Final = tuple(NAMES)

Source = Literal["given", "detected", "default"]

# Below this many letters a guess is noise ("Berlin", a headline): the default is used.
MIN_LETTERS = 40
# A detection this unsure is not trusted either.
MIN_CONFIDENCE = 0.8
# The detector reads this much: a language shows in a few paragraphs, and a long document's
# cost stays flat.
SAMPLE_CHARS = 4000

# A language tag as users write one: a two-letter language, then subtags of letters and
# digits ("de-AT", "es-419", "zh_Hant_TW"); only the language is kept.
_TAG = re.compile(r"([a-z]{2})(?:-[a-z0-9]{1,8})*")
# ISO 639-1, every code: two letters that name no language ("zz") are refused, not read
# with the English rules under a made-up name.
_ISO_639_1_CODES = (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de "
    "dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia "
    "id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo "
    "lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl "
    "ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk "
    "tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
)
ISO_639_1: Final = frozenset(_ISO_639_1_CODES.split())
_LETTER = re.compile(r"[^\W\d_]")
_identifier: LanguageIdentifier | None = None
_lock = threading.Lock()


def normalize_code(value: str) -> str:
    """An ISO 639-1 code from what a user wrote ("de", "DE", "de-AT", "de_CH"); ``ValueError``
    naming the supported languages for anything else."""
    tag = _TAG.fullmatch(value.strip().lower().replace("_", "-"))
    code = tag.group(1) if tag else ""
    if code not in ISO_639_1:
        raise ValueError(
            f"language must be an ISO 639-1 code such as {', '.join(SUPPORTED)}, not {value[:40]!r}"
        )
    return code


def is_supported(code: str) -> bool:
    return code in SUPPORTED


def name_of(code: str) -> str:
    return NAMES.get(code, code)


def _detector() -> LanguageIdentifier:
    global _identifier
    with _lock:  # the model loads once (about 0.5 s), however many threads ask first
        if _identifier is None:
            import numpy
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            from summarizer.text.byte_ngrams import counting_with_numpy

            identifier = counting_with_numpy(LanguageIdentifier).from_model_file(MODEL_FILE, norm_probs=True)
            identifier.set_languages(list(CANDIDATES))
            # The candidates' columns come out column-major: scoring gathers one row per
            # feature met, 29 cache lines apart. Row-major, the same values are one or two
            # lines (0.03 ms warm a 4,000-byte sample, more after the pipeline's other work).
            identifier.nb_ptc = numpy.ascontiguousarray(identifier.nb_ptc)
            # The model of every language (80 MB of the 86 MB loaded) is kept only to undo
            # ``set_languages``, which is never undone here: the candidates' copy is all
            # that is read, and the whole model is given back to the system.
            identifier._full_model = (identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes)
            _identifier = identifier
        return _identifier


def detect(text: str) -> tuple[str, Source]:
    """The language of ``text`` and how it was decided: ``detected``, or ``default``
    (English) when the text is too short or the detector too unsure to trust."""
    sample = text[:SAMPLE_CHARS]
    # Counted up to the threshold only: a list of every letter of the sample cost 0.5 ms.
    if sum(1 for _ in itertools.islice(_LETTER.finditer(sample), MIN_LETTERS)) < MIN_LETTERS:
        return DEFAULT, "default"
    code, confidence = _detector().classify(sample)
    if confidence < MIN_CONFIDENCE:
        return DEFAULT, "default"
    return str(code), "detected"
