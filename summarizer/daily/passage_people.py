"""Which of an article's actors a passage names, when two of its people share a surname.

A briefing lists each occurrence of a person's name and of the surname alone as that
person's mentions, so in a text naming "ex-councillor Hale" and "Kevin Hale" each "Hale"
is a mention of both: a live blog's two entries ("15:48 - Not guilty: ex-councillor Hale
leaves court", "16:30 - Kevin Hale is led down to the cells") would each name both Hales and
share a person, which two reports of two events do not. A careful reader gives a written
name to the one person it names in full: a mention within another person's longer mention
is that person's ("Hale" in "Kevin Hale"), and of two people whose mentions are one span,
the one whose whole name it is ("Hale") holds it."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.models import Actor


def actors_named(actors: Sequence[Actor], text: str, start: int, end: int) -> list[Actor]:
    """The actors with a mention starting in ``text[start:end]``, a person's mention
    counted only where no other person's holds it (see the module's docstring)."""
    people = [a for a in actors if a.kind == "person"]
    spans = {a.id: [(m.start, m.end) for m in a.mentions] for a in people}

    def held_by_another(actor: Actor, span: tuple[int, int]) -> bool:
        written = text[span[0] : span[1]].casefold()
        for other in people:
            if other.id == actor.id:
                continue
            for s, e in spans[other.id]:
                if s <= span[0] and span[1] <= e and (s, e) != span:
                    return True  # "Hale" within "Kevin Hale"
                if (s, e) == span and other.name.casefold() == written != actor.name.casefold():
                    return True  # "Hale" is the whole name of the one named "Hale"
        return False

    found = []
    for actor in actors:
        mentions = [(m.start, m.end) for m in actor.mentions if start <= m.start < end]
        if actor.kind == "person" and len(people) > 1:
            mentions = [span for span in mentions if not held_by_another(actor, span)]
        if mentions:
            found.append(actor)
    return found
