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

SUPPORTED: Final = ("en", "de", "fr", "es")
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

_CODE = re.compile(r"^[a-z]{2}$")
_LETTER = re.compile(r"[^\W\d_]")
_identifier: LanguageIdentifier | None = None
_lock = threading.Lock()


def normalize_code(value: str) -> str:
    """An ISO 639-1 code from what a user wrote ("de", "DE", "de-AT", "de_CH"); ``ValueError``
    naming the supported languages for anything else."""
    code = value.strip().lower().replace("_", "-").split("-", 1)[0]
    if not _CODE.match(code):
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
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            from summarizer.text.byte_ngrams import counting_with_numpy

            identifier = counting_with_numpy(LanguageIdentifier).from_model_file(MODEL_FILE, norm_probs=True)
            identifier.set_languages(list(CANDIDATES))
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
