"""The planted-instruction cues as data: one table per language (a module each), one family of phrasings per
entry, each with an invented sentence it must find (the tests run every example).

News quotes people telling others to ignore things, ministers giving instructions, courts
telling juries to disregard remarks, and AI companies talking about assistants and prompts. A
cue therefore needs what news copy never has: an order to set aside *earlier instructions*
(not a ruling, a warning or a rule of the road), words addressed *to the model reading the
text*, or a second-person order about *the summary*. Verb forms that are also a third person
in French and Spanish ("ignore", "olvida") count only at the start of a clause (``START``).

How the patterns are written (``planted`` compiles them):

* lower case, bounded on both sides by the compiler, matched on the matching view
  (``text.normalize``): whitespace runs are one space and every quote mark or apostrophe
  is ``'`` as written here (the view folds it to ``"``);
* Latin-script tables are matched on the view's ``skeleton``: accents in a pattern are
  dropped the same way, so ``précédentes`` also finds ``precedentes`` and ``prеcеdеntеs``
  written with Cyrillic letters;
* ``LINE_CUES`` (chat-template tokens, prompt tags, a role label at the start of a line)
  need the text's lines and run on the text itself.
"""

from __future__ import annotations

from summarizer.grounding.cues.cue import START, Cue
from summarizer.grounding.cues.de import DE
from summarizer.grounding.cues.en import EN
from summarizer.grounding.cues.es import ES
from summarizer.grounding.cues.fr import FR
from summarizer.grounding.cues.other import LINE_CUES, RU, ZH

# Matched on the skeleton of the matching view.
LATIN_SCRIPT: dict[str, tuple[Cue, ...]] = {"en": EN, "de": DE, "fr": FR, "es": ES}
# Scripts the skeleton would turn into Latin nonsense: matched on the matching view itself.
OTHER_SCRIPTS: dict[str, tuple[Cue, ...]] = {"ru": RU}
# No spaces between words: matched without word bounds.
UNSPACED_SCRIPTS: dict[str, tuple[Cue, ...]] = {"zh": ZH}

__all__ = ["LATIN_SCRIPT", "LINE_CUES", "OTHER_SCRIPTS", "START", "UNSPACED_SCRIPTS", "Cue"]
