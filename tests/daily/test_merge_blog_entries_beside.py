"""A live blog's update placed where the event's tail was seen continues its first entry
placed at the event's landmark, when the day's reports name each place beside the other:
"07:05 - a cargo ship lost containers off Cape Morvan", "09:40 - two have come ashore at
Porth Carrow", a wire placed off the cape that names the shore and a radio placed at the
shore that names the cape (issue 25, day 80; ``live_entries.entries_continue``). An entry at one of
those places that tells another event stays apart. Every report here is invented."""

from __future__ import annotations

import pytest

from tests.daily.test_daily import briefed, merged

BLOGS = {
    "en": (
        "Coast live - Wednesday",
        ("07:05 -", "The coastguard says the cargo ship Tamsin Rose lost containers overboard off Cape Morvan "
         "overnight."),
        ("09:40 -", "The coastguard now puts the containers lost from the Tamsin Rose at nine. Two have come "
         "ashore at Porth Carrow."),
    ),
    "fr": (
        "Direct côte - mercredi",
        ("07h05 -", "Les garde-côtes indiquent que le cargo Tamsin Rose a perdu des conteneurs au large de "
         "Cape Morvan cette nuit."),
        ("09h40 -", "Les garde-côtes chiffrent désormais à neuf les conteneurs perdus par le Tamsin Rose. Deux "
         "se sont échoués à Porth Carrow."),
    ),
    "de": (
        "Liveticker Küste - Mittwoch",
        ("07.05 Uhr:", "Laut Küstenwache hat der Frachter Tamsin Rose in der Nacht vor Cape Morvan Container "
         "verloren."),
        ("09.40 Uhr:", "Die Küstenwache beziffert die vom Tamsin Rose verlorenen Container nun auf neun. Zwei "
         "sind in Porth Carrow angespült worden."),
    ),
}  # fmt: skip
WIRE = (
    "The cargo vessel Tamsin Rose lost nine containers overboard off Cape Morvan in the early hours, the "
    "coastguard said. Two have since come ashore at Porth Carrow."
)
RADIO = (
    "Containers are washing up on the beach at Porth Carrow after the Tamsin Rose lost cargo overboard "
    "off Cape Morvan in the early hours."
)
FIRST_PLACE, LATER_PLACE = "off Cape Morvan, Cornwall", "Porth Carrow, Cornwall"


def _blog(language: str, *extra: tuple[str, str, str]) -> object:
    header, first, later = BLOGS[language]
    entries = [(*first, FIRST_PLACE), (*later, LATER_PLACE), *extra]
    text = "\n\n".join([header, *(f"{clock} {evidence}" for clock, evidence, _ in entries)])
    made = briefed(
        text,
        incidents=[
            {
                "id": f"i{n}",
                "type": "accident",
                "place": place,
                "time": clock.rstrip(" -:"),
                "evidence": evidence,
            }
            for n, (clock, evidence, place) in enumerate(entries, start=1)
        ],
    )
    return type(made)(made.article, made.briefing.model_copy(update={"language": language}))


def _report(text: str, place: str) -> object:
    return briefed(
        text,
        incidents=[{"id": "i1", "type": "accident", "place": place, "time": "early hours", "evidence": text}],
    )


def _wire_and_radio() -> tuple[object, object]:
    """A wire placed at the landmark naming the shore, a radio placed at the shore naming the landmark."""
    return _report(WIRE, FIRST_PLACE), _report(RADIO, LATER_PLACE)


def _sizes(*items: object) -> list[int]:
    return sorted(len(incident.reports) for incident in merged(*items).incidents)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", sorted(BLOGS))
def test_a_blog_s_update_where_the_event_s_tail_was_seen_continues_its_first_entry(language: str) -> None:
    assert _sizes(_blog(language), *_wire_and_radio()) == [4]


def test_an_entry_of_another_event_at_a_place_named_beside_stays_apart() -> None:
    fall = (
        "11:20 -",
        "A walker has been injured in a fall from the cliff path at Porth Carrow.",
        LATER_PLACE,
    )
    assert _sizes(_blog("en", fall), *_wire_and_radio()) == [1, 4]
