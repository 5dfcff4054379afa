"""What an article says of a person's gender in languages whose words carry it: the
article or title before the name, and the pronouns that open a sentence. Used by
``ActorFinder.assign_genders`` (English reads "He"/"She" and titles there directly)."""

from __future__ import annotations

from summarizer.engines.extractive.names import Candidate
from summarizer.text.lexicon import lexicon


def pronoun_openers(lang: str) -> dict[str, str]:
    """Capitalised subject pronouns of one gender ("Il", "Elle", "Er"); German "Sie" is
    also "they" and the polite "you", so it tells nothing."""
    lex = lexicon(lang)
    return {p.capitalize(): g for p, g in lex.pronouns.items() if g and p != "sie"}


def genders_by_article(text: str, lang: str, mentions: list[tuple[int, int, Candidate]]) -> None:
    """A person's gender from the article or title that opens the phrase naming them at
    first mention ("la procureure, Hélène Marchetti", "die Ministerin Anna Berg", "Mme
    Roux"): the nearest gendered word among the few before the name, on its line."""
    gendered = lexicon(lang).gendered_words
    seen: set[int] = set()
    for start, _, cand in mentions:
        if cand.gender is not None or id(cand) in seen:
            continue
        seen.add(id(cand))
        window = text[max(0, start - 60) : start]
        words = [w.lower().strip(".,'’") for w in window[window.rfind("\n") + 1 :].split()][-6:]
        for word in reversed(words):
            if word in gendered:
                cand.gender = gendered[word]
                break
            if word.endswith((".", ";")):
                break
