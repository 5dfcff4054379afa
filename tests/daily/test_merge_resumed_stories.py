"""A blog's entry that opens by going back to a story an earlier entry told ("13:10 - Back
to Ferrol: the yard says only one worker was hurt") continues that story, though it shares
no word with the first entry but the place (issue 25, day 93: the blog's shipyard accident
stayed apart from its own later entry, and so from every other report of it). Every report
here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.live_entries import entries_continue
from summarizer.daily.passages import ENTRY_MARK
from summarizer.daily.place_keys import place_key
from summarizer.daily.reports import ReportEvidence
from summarizer.daily.resumed_stories import resumes_a_story


@pytest.mark.parametrize(
    "evidence",
    [
        "13:10 - Back to Ferrol: the yard says only one worker was hurt; the union says two.",
        "14.05 Uhr: Zurück nach Waremme: die Feuerwehr hat den Brand im Silo gelöscht.",
        "15h20 - Retour à Hannut, où le séchoir à grains a explosé.",
        "16:00 - De vuelta a Ferrol: la empresa mantiene que solo hubo un herido.",
        "16:30 - Torniamo a Genova: il cantiere resta chiuso.",
        "17:00 - De volta a Ferrol: o sindicato fala em dois feridos.",
        "17:30 - Terug naar Borgworm: de silo is gestut.",
        "18:00 - Tornem a Girona: els bombers han acabat.",
    ],
)
def test_an_entry_going_back_to_a_story_is_read_in_eight_languages(evidence: str) -> None:
    assert resumes_a_story(evidence, _PLACES)


# The places of the entries above, as the merge keys them.
_PLACES = frozenset(map(place_key, ["Ferrol", "Waremme", "Hannut", "Genova", "Borgworm", "Girona"]))


@pytest.mark.parametrize(
    "evidence",
    [
        # Back to a state, not to a place's story.
        "10:00 - Back to normal at the station after the power cut.",
        "Back to work for the crews at the yard.",
        # Not at the entry's opening: what someone did.
        "11:00 - Two workers went back to Ferrol after the accident.",
        "Die Arbeiter sind zurück nach Ferrol gefahren.",
    ],
)
def test_a_return_told_as_what_happened_resumes_no_story(evidence: str) -> None:
    assert not resumes_a_story(evidence, _PLACES)


@pytest.mark.parametrize(
    "evidence",
    [
        # A capital after the cue that names no place of the report: a campaign, a headline.
        "13:10 - Back to School: a bus carrying pupils left the road in Ferrol.",
        "Back to Basics: the council launches its road safety campaign in Hannut.",
        "14:00 - Retour à la Normale : le trafic reprend à Hannut.",
        "15:00 - Zurück nach Plan: die Feuerwehr in Waremme übt wieder.",
    ],
)
def test_a_return_to_no_place_of_the_report_resumes_no_story(evidence: str) -> None:
    assert not resumes_a_story(evidence, _PLACES)


def _entry(number: int, place: str, words: tuple[str, ...], *, resumes: bool = False) -> ReportEvidence:
    return ReportEvidence(
        owner=f"blog{ENTRY_MARK}{number}", type="accident", date=None, weekdays=frozenset(),
        place=place, places=frozenset({place, "ferrol"}), words=words, plain=(), measures=frozenset(),
        measured=(), says_distinct=False, held_by=frozenset({"ferrol"}) if place != "ferrol" else frozenset(),
        resumes=resumes,
    )  # fmt: skip


def test_an_entry_going_back_to_the_story_continues_it() -> None:
    first = _entry(1, "ferrol", ("crushed", "plate", "shipyard", "steel", "workers"))
    back = _entry(3, "mestral yard", ("hurt", "union", "yard"), resumes=True)
    assert entries_continue(first, back)
    # The near miss: the same later entry that does not go back to the story is one of its own.
    assert not entries_continue(first, _entry(3, "mestral yard", ("hurt", "union", "yard")))
