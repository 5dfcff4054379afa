"""A live blog's entries that open on their weekday before their clock ("Saturday 23:52 -",
"Samstag, 23.52 Uhr:", "samedi, 23 h 52 -") are entries as those opening on the clock are:
each a report of its own, so the blog's first word and its update after midnight of one event may
join the two wires each matches (issue 25, day 57: the blog was one report owner, and its
update could not join the cluster holding its first word; ``passages.live_entry_at``).
Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.passages import live_entry_at
from tests.daily.test_daily import briefed, merged

BLOGS = {
    "en": ("LIVE: Fireworks accident at the Vilanera festa", "Saturday 23:52 -", "Sunday 00:40 -",
           "Reports of injuries in Plaça Major, where a rack of rockets tipped over and fired into the crowd.",
           "The emergency medical service now says 14 people were injured in the square, two seriously."),
    "de": ("Liveticker: Feuerwerksunfall beim Fest in Vilanera", "Samstag, 23.52 Uhr:", "Sonntag, 00.40 Uhr:",
           "Verletzte auf der Plaça Major gemeldet: Ein Raketengestell ist umgekippt und hat in die Menge gefeuert.",
           "Der Rettungsdienst spricht jetzt von 14 Verletzten auf dem Platz, zwei davon schwer."),
    "fr": ("EN DIRECT – Accident de feu d'artifice à la fête de Vilanera", "samedi, 23 h 52 –", "dimanche, 00 h 40 –",
           "Des blessés signalés sur la Plaça Major : une rampe de fusées s'est renversée et a tiré dans la foule.",
           "Le service médical d'urgence fait désormais état de 14 blessés sur la place, dont deux graves."),
}  # fmt: skip
PLACE = "Plaça Major, Vilanera"
FIRST_WIRE = (
    "A rack of rockets tipped over during the correfoc in Vilanera's Plaça Major late on Saturday and fired "
    "into the crowd."
)
LATER_WIRE = (
    "Fourteen people were injured, two seriously, when a rack of rockets tipped over during the correfoc in "
    "Plaça Major in Vilanera."
)


def _blog(language: str) -> object:
    header, first_clock, later_clock, first, later = BLOGS[language]
    text = f"{header}\n\n{first_clock} {first}\n\n{later_clock} {later}"
    made = briefed(
        text,
        incidents=[
            {
                "id": "i1",
                "type": "accident",
                "place": PLACE,
                "time": first_clock.rstrip(" -–:"),
                "evidence": first,
            },
            {
                "id": "i2",
                "type": "accident",
                "place": PLACE,
                "time": later_clock.rstrip(" -–:"),
                "evidence": later,
            },
        ],
        figures=[{"id": "f1", "text": "14", "value": 14, "counted": "people injured", "category": "injured"}],
    )
    return type(made)(made.article, made.briefing.model_copy(update={"language": language}))


@pytest.mark.parametrize("language", sorted(BLOGS))
def test_an_entry_opened_by_its_weekday_is_an_entry_of_its_own(language: str) -> None:
    header, first_clock, later_clock, first, later = BLOGS[language]
    text = f"{header}\n\n{first_clock} {first}\n\n{later_clock} {later}"
    assert live_entry_at(text, text.index(first)) == text.index(first_clock)
    assert live_entry_at(text, text.index(later)) == text.index(later_clock)
    assert live_entry_at(text, 3) is None


@pytest.mark.parametrize("language", sorted(BLOGS))
def test_a_blog_s_first_word_and_update_join_the_wires_each_matches(language: str) -> None:
    wires = [
        briefed(
            text,
            incidents=[{"id": "i1", "type": "accident", "place": PLACE, "time": time, "evidence": text}],
            figures=figures,
        )
        for text, time, figures in (
            (FIRST_WIRE, "late on Saturday", []),
            (LATER_WIRE, None, [{"id": "f1", "text": "Fourteen", "value": 14, "counted": "people injured",
                                 "category": "injured"}]),
        )
    ]  # fmt: skip
    assert [len(i.reports) for i in merged(_blog(language), *wires).incidents] == [4]
