"""A report saying its event is "a second" one, whose own article tells the first at another
place, shares its place with the other reports of that place as any report does: the second
is set apart from the first elsewhere, and says nothing of two at its own place
(``seconds_elsewhere.with_firsts_elsewhere``, ``report_pairs.shared_specifics``). A live
blog's entries are one article: "17:25 - A second jet-ski incident ... off Gravette beach"
follows the first its earlier entry placed off the Plage du Midi (issue 25, day 89: the
blog's second jet-ski accident never met the local paper's report of it at La Bocca; days
64, 65, 66 and 88 gained so too). Where the article tells both at one place, the second's
place is no specific shared: either may be the other report's. Every place here is invented."""

from __future__ import annotations

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged, one_incident

FIRST = "10:40 - A jet-ski hit a swimmer off the Plage du Midi in Sablonne this morning."


def _blog(second_place: str, second: str) -> Briefed:
    text = f"LIVE: Sablonne's beaches\n{FIRST}\n{second}\n"
    return briefed(
        text,
        incidents=[
            {"id": "i1", "type": "accident", "place": "plage du Midi, Sablonne", "time": "this morning",
             "evidence": FIRST},
            {"id": "i2", "type": "accident", "place": second_place, "time": "this afternoon", "evidence": second},
        ],
    )  # fmt: skip


def _local(place: str, where: str, language: str = "fr") -> Briefed:
    texts = {
        "fr": f"Dans l'après-midi, un autre jet-ski a heurté un nageur au large de {where}, à l'autre bout de la ville.",
        "es": f"Por la tarde, otra moto de agua (jet-ski) golpeó a un bañista frente a {where}.",
    }
    return one_incident(
        texts[language], type="accident", place=place, time="dans l'après-midi", language=language
    )


SECOND_AT_GRAVETTE = (
    "17:25 - A second jet-ski incident in Sablonne: a swimmer was clipped off Gravette beach."
)
SECOND_AT_MIDI = (
    "17:25 - A second jet-ski incident in Sablonne: another swimmer was clipped off the Plage du Midi."
)


def _sizes(*items: Briefed) -> list[list[str]]:
    return sorted(
        sorted(r.incident_id + "@" + r.article_id[:4] for r in i.reports) for i in merged(*items).incidents
    )


def test_a_blogs_second_told_at_another_beach_joins_the_local_report_of_that_beach() -> None:
    blog = _blog("plage de la Gravette, Sablonne", SECOND_AT_GRAVETTE)
    local = _local("plage de la Gravette, Sablonne", "la plage de la Gravette")
    day = merged(blog, local)
    sizes = sorted(len(i.reports) for i in day.incidents)
    assert sizes == [1, 2], _sizes(blog, local)


def test_a_second_told_at_another_beach_joins_reports_of_that_beach_in_two_languages() -> None:
    blog = _blog("plage de la Gravette, Sablonne", SECOND_AT_GRAVETTE)
    fr = _local("plage de la Gravette, Sablonne", "la plage de la Gravette")
    es = _local("plage de la Gravette, Sablonne", "la playa de la Gravette", "es")
    sizes = sorted(len(i.reports) for i in merged(blog, fr, es).incidents)
    assert sizes == [1, 3], _sizes(blog, fr, es)


def test_a_second_told_at_the_firsts_own_beach_shares_no_place_with_a_report_there() -> None:
    """The blog tells two accidents off the Plage du Midi: the local report of one there may
    be of either, and the second's place is no specific it shares."""
    blog = _blog("plage du Midi, Sablonne", SECOND_AT_MIDI)
    local = _local("plage du Midi, Sablonne", "la plage du Midi")
    day = merged(blog, local)
    joined = [i for i in day.incidents if len(i.reports) > 1]
    assert not any(
        {r.incident_id for r in i.reports if r.article_id == blog.article.meta.id} == {"i2"} for i in joined
    ), _sizes(blog, local)
