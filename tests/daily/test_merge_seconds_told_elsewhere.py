"""A report saying its event is "the second" one, whose own article tells the first in
another town, says nothing of a second one in its own town: there the one-place prior joins
its reports as any others (``seconds_elsewhere``). Where its article tells both in one town,
the day holds two there, and a third report of the town stays apart. Every report here is
invented."""

from __future__ import annotations

from summarizer.daily.seconds_elsewhere import seconds_told_elsewhere
from tests.daily.test_daily import briefed, merged, one_incident


def _wire(first_town: str, second_town: str):  # type: ignore[no-untyped-def]
    first = f"Thirty residents of {first_town} were evacuated overnight after a gas alert."
    second = f"A second evacuation followed in neighbouring {second_town} at dawn."
    return briefed(
        f"{first} {second}",
        incidents=[
            {"id": "i1", "type": "evacuation", "place": first_town, "time": "overnight", "evidence": first},
            {"id": "i2", "type": "evacuation", "place": second_town, "time": "at dawn", "evidence": second},
        ],
    )


def _local(town: str):  # type: ignore[no-untyped-def]
    return one_incident(
        f"Els veïns de {town} van ser desallotjats aquesta matinada.",
        type="evacuation", place=town, time="aquesta matinada", language="ca",
    )  # fmt: skip


def test_the_second_event_told_beside_a_first_in_another_town_joins_its_towns_report() -> None:
    day = merged(_wire("Montbrun", "Vilaret"), _local("Vilaret"))
    vilaret = [i for i in day.incidents if i.place == "Vilaret"]
    assert len(vilaret) == 1 and len(vilaret[0].articles) == 2


def test_a_second_event_told_in_the_same_town_leaves_a_third_report_apart() -> None:
    day = merged(_wire("Vilaret", "Vilaret"), _local("Vilaret"))
    assert all(len(i.articles) == 1 for i in day.incidents)


def test_only_a_report_saying_another_is_read() -> None:
    from dataclasses import replace

    from summarizer.daily.reports import ReportEvidence

    base = ReportEvidence(owner="a", type="other", date=None, weekdays=frozenset(), place="vilaret",
                          places=frozenset(), words=(), plain=(), measures=frozenset(), measured=(),
                          says_distinct=False)  # fmt: skip
    items = [
        replace(base, place="montbrun"),
        replace(base, says_another=True, one_more=True),
        replace(base, owner="b", says_another=True, one_more=True),  # its article tells no first
        replace(base, owner="c", says_another=True, one_more=True, type="arrest"),
        replace(base, owner="c", place="montbrun"),  # another type
        # Only set apart ("Separately, ..."), not one more of a series: its first is placed
        # where its article tells it, in a town whose name shares no word with its own.
        replace(base, owner="d", place="montbrun"),
        replace(base, owner="d", says_another=True),
        # ... but not at a place named as its own is ("Omey Strand", "Omey Island"): it may be
        # set apart from an event at its own shore.
        replace(base, owner="e", place="omey strand"),
        replace(base, owner="e", place="omey island", says_another=True),
    ]
    assert seconds_told_elsewhere(items, lambda a, b: a.place != b.place) == {1, 6}


def test_a_report_only_set_apart_still_says_its_place_may_hold_two() -> None:
    """ "Separately, coast guard volunteers went to the aid of two walkers cut off by the tide
    on Omey Island at lunchtime", after kayakers rescued off Omey Strand (a place the engine
    reads apart): a link denial places no first, so the walkers' report does not join another
    outlet's kayak rescue off Omey Island (whole flow, day 68)."""
    kayaks = "Four kayakers were rescued from the sea off Omey Strand at about 10.15am."
    walkers = "Separately, coast guard volunteers went to the aid of two walkers cut off by the rising tide on Omey Island at lunchtime."
    release = "The lifeboat was launched at 10.19am to reports of kayakers in difficulty off Omey Island."
    courier = briefed(
        f"{kayaks} {walkers}",
        incidents=[
            {"id": "i1", "type": "accident", "place": "Omey Strand", "time": "10.15am", "evidence": kayaks},
            {"id": "i2", "type": "accident", "place": "Omey Island", "time": None, "evidence": walkers},
        ],
    )
    rnli = briefed(
        release,
        incidents=[
            {"id": "i1", "type": "accident", "place": "Omey Island", "time": "10.19am", "evidence": release}
        ],
    )
    assert sorted(len(incident.reports) for incident in merged(courier, rnli).incidents) == [1, 1, 1]


def test_a_report_only_set_apart_after_one_event_at_its_shore_and_one_elsewhere_still_may_be_a_second() -> (
    None
):
    """The article also tells a paddleboarder rescued in Clifden Bay: one of its events is
    elsewhere, but the walkers may be set apart from the kayakers at their own shore, so the
    walkers' report still does not join the kayak rescue off Omey Island (whole flow, day 68,
    where an "any event elsewhere" reading made a must-not-merge violation)."""
    kayaks = "Four kayakers were rescued from the sea off Omey Strand at about 10.15am."
    board = "At 3.30pm the lifeboat launched again to a paddleboarder blown out into Clifden Bay."
    walkers = "Separately, coast guard volunteers went to the aid of two walkers cut off by the rising tide on Omey Island at lunchtime."
    release = "The lifeboat was launched at 10.19am to reports of kayakers in difficulty off Omey Island."
    courier = briefed(
        f"{kayaks} {board} {walkers}",
        incidents=[
            {"id": "i1", "type": "accident", "place": "Omey Strand", "time": "10.15am", "evidence": kayaks},
            {"id": "i2", "type": "accident", "place": "Clifden Bay", "time": "3.30pm", "evidence": board},
            {"id": "i3", "type": "accident", "place": "Omey Island", "time": None, "evidence": walkers},
        ],
    )
    rnli = briefed(
        release,
        incidents=[
            {"id": "i1", "type": "accident", "place": "Omey Island", "time": "10.19am", "evidence": release}
        ],
    )
    assert sorted(len(incident.reports) for incident in merged(courier, rnli).incidents) == [1, 1, 1, 1]


def _blasts(second: str):  # type: ignore[no-untyped-def]
    first = "The first blast wrecked a bank in Montbrun at about 3 a.m."
    return briefed(
        f"{first} {second}",
        incidents=[
            {"id": "i1", "type": "other", "place": "Montbrun", "time": "at about 3 a.m.", "evidence": first},
            {"id": "i2", "type": "other", "place": "Vilaret", "time": "overnight", "evidence": second},
        ],
    )


def test_the_second_told_by_the_firsts_kind_joins_its_towns_report_of_that_kind() -> None:
    """ "The second hit a branch" is the second blast: of the kind its article's first is."""
    local = one_incident(
        "L'explosió d'aquesta matinada al caixer de Vilaret ha obligat a desallotjar els veïns.",
        type="other", place="Vilaret", time="aquesta matinada", language="ca",
    )  # fmt: skip
    day = merged(
        _blasts("The second hit a branch in neighbouring Vilaret, forcing residents from their homes."), local
    )
    vilaret = [i for i in day.incidents if i.place == "Vilaret"]
    assert len(vilaret) == 1 and len(vilaret[0].articles) == 2


def _kinds(first: str, second: str, *, second_type: str = "other") -> list[str | None]:
    from dataclasses import replace

    from summarizer.daily.reports import ReportEvidence
    from summarizer.daily.seconds_elsewhere import with_seconds_read

    base = ReportEvidence(owner="a", type="other", date=None, weekdays=frozenset(), place="vilaret",
                          places=frozenset(), words=(), plain=(), measures=frozenset(), measured=(),
                          says_distinct=False)  # fmt: skip
    items = [replace(base, kind="fire"), replace(base, type=second_type)]
    return [item.kind for item in with_seconds_read(items, [first, second])]


def test_one_more_of_a_kind_in_eight_languages_is_of_that_kind() -> None:
    for second in [
        "The second hit a branch in Vilaret.",
        "Quarante minutes plus tard, un autre distributeur sautait à Vilaret.",
        "Se investiga el asalto a otro cajero en Vilaret.",
        "Kurz darauf traf es einen weiteren Automaten in Vilaret.",
        "Poco dopo un altro bancomat è saltato a Vilaret.",
        "Pouco depois, outro multibanco foi atacado em Vilaret.",
        "Een tweede geldautomaat werd in Vilaret opgeblazen.",
        "El caixer de Vilaret ha estat el segon objectiu.",
    ]:
        assert _kinds("The first blast wrecked a bank.", second) == ["fire", "fire"], second


def test_another_case_or_matter_or_type_takes_no_kind() -> None:
    for second in [
        "In another case, a pharmacy in Vilaret was burgled.",
        "Dans une autre affaire, une pharmacie de Vilaret a été cambriolée.",
        "Por otra parte, una farmacia de Vilaret fue asaltada.",
        "A pharmacy in Vilaret was burgled.",
    ]:
        assert _kinds("The first blast wrecked a bank.", second) == ["fire", None], second
    assert _kinds("The first blast wrecked a bank.", "Another man was arrested.", second_type="arrest") == [
        "fire",
        None,
    ]


def test_another_time_floor_hand_or_day_takes_no_kind() -> None:
    """ "The second floor", "otra vez", "de segunda mano" tell no event, let alone one of the
    first's kind: given it, a burglary would share a blast's kind and join it."""
    for second in [
        "In Vilaret, a flat on the second floor was burgled.",
        "À Vilaret, une pharmacie a été cambriolée pour la deuxième fois.",
        "En Vilaret, robaron otra vez en una farmacia.",
        "En Vilaret, robaron un coche de segunda mano.",
        "A Vilaret, per la seconda volta, ladri in una farmacia.",
        "In Vilaret werd de tweede verdieping van een winkel leeggeroofd.",
        "In Vilaret wurde ein weiteres Mal in den zweiten Stock einer Apotheke eingebrochen.",
        "Em Vilaret, outra vez uma farmácia assaltada.",
        "A Vilaret, una farmàcia ha estat robada una altra vegada.",
        "En Vilaret, de otra manera, unos ladrones entraron en una farmacia.",
        "A Vilaret i ladri sono entrati in un altro modo in una farmacia.",
        "In Vilaret, thieves stole a second-hand car from a dealer.",
        "En Vilaret, robaron en una residencia de la tercera edad.",
    ]:
        assert _kinds("The first blast wrecked a bank.", second) == ["fire", None], second


def test_many_entries_saying_another_are_read_in_linear_time() -> None:
    """A blog of thousands of entries at as many places, each saying "another": each is
    compared with the first ``MOST_PLACES`` places only, never with every other's."""
    import time
    from dataclasses import replace

    from summarizer.daily.reports import ReportEvidence

    base = ReportEvidence(owner="a", type="other", date=None, weekdays=frozenset(), place="vilaret",
                          places=frozenset(), words=(), plain=(), measures=frozenset(), measured=(),
                          says_distinct=False, says_another=True)  # fmt: skip
    items = [replace(base, place=f"town {n}") for n in range(10_000)]
    start = time.thread_time()
    assert seconds_told_elsewhere(items, lambda a, b: False) == frozenset()
    assert time.thread_time() - start < 0.5
