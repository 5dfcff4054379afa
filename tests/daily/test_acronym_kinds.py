"""An acronym's kind keeps two bodies sharing it apart (``daily.acronym_countries``): armed
forces ("AFM", kind military) are no merchants' alliance or company another article calls by
the same letters (kind organization), in any language; a government body says neither, and
mentions of one kind still join."""

from __future__ import annotations

import pytest

from summarizer.daily.acronym_countries import acronym_mark, apart
from summarizer.daily.actors import same_actor_groups
from summarizer.models import ActorKind
from tests.daily.test_multilingual_actors import ActorStub

Said = tuple[str, ActorKind, str]  # name, kind, its article's language


def _groups(*said: Said) -> list[list[tuple[str, str]]]:
    actors = [ActorStub(name, kind=kind) for name, kind, _ in said]
    languages = [lang for _, _, lang in said]
    groups = same_actor_groups(actors, articles=[f"art{n}" for n in range(len(said))], languages=languages)
    return sorted(sorted((said[i][0], said[i][1]) for i in group) for group in groups)


@pytest.mark.parametrize(
    ("armed", "civil"),
    [
        (("AFM", "military", "en"), ("AFM", "organization", "it")),
        (("AFM", "military", "fr"), ("AFM", "organization", "en")),
        (("FAA", "military", "es"), ("FAA", "organization", "es")),  # armed forces / a trade body
        (("BW", "military", "de"), ("BW", "organization", "de")),
        (("FA", "military", "pt"), ("FA", "organization", "pt")),
        (("KL", "military", "nl"), ("KL", "organization", "nl")),
        (("FAC", "military", "ca"), ("FAC", "organization", "ca")),
    ],
)
def test_armed_forces_and_an_organisation_sharing_letters_stay_apart(armed: Said, civil: Said) -> None:
    assert _groups(armed, civil) == sorted([[armed[:2]], [civil[:2]]])


def test_armed_forces_join_neither_organisation_when_two_articles_name_each() -> None:
    said: list[Said] = [
        ("AFM", "military", "en"),
        ("AFM", "organization", "en"),
        ("AFM", "military", "it"),
        ("AFM", "organization", "it"),
    ]
    groups = _groups(*said)
    assert groups == [
        [("AFM", "military"), ("AFM", "military")],
        [("AFM", "organization"), ("AFM", "organization")],
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("AFM", "military", "en"), ("AFM", "military", "it")),
        (("AFM", "organization", "en"), ("AFM", "organization", "fr")),
        # A government body may be a ministry's armed forces or its agency: it says neither.
        (("AFM", "military", "en"), ("AFM", "government", "en")),
        (("AFM", "organization", "de"), ("AFM", "government", "de")),
        (("AFM", "military", "es"), ("AFM", "other", "es")),
    ],
)
def test_mentions_of_compatible_kinds_still_join(first: Said, second: Said) -> None:
    assert len(_groups(first, second)) == 1


def test_the_kind_mark_is_read_only_for_acronyms_and_only_for_the_same_letters() -> None:
    assert acronym_mark("Armed Forces of Malta", None, [], "en", "military") is None
    armed = acronym_mark("AFM", None, ["AFM"], "en", "military")
    civil = acronym_mark("AFM", None, ["AFM"], "en", "organization")
    other = acronym_mark("AFP", None, ["AFP"], "en", "organization")
    assert armed is not None and civil is not None and other is not None
    assert apart(armed, civil)
    assert not apart(armed, other)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Portugal's gendarmerie, known by its letters as a government's body.
        (("GNR", "military", "pt"), ("GNR", "organization", "pt")),
        (("GNR", "organization", "en"), ("GNR", "military", "fr")),
    ],
)
def test_a_known_police_force_of_military_status_joins_whichever_kind_it_is_told(
    first: Said, second: Said
) -> None:
    assert len(_groups(first, second)) == 1


def test_a_force_whose_names_say_it_polices_says_no_kind() -> None:
    # "GC" named as the Guardia Civil (kind military) and as a public body (organization).
    for role in (
        "Guardia Civil",
        "Gendarmerie nationale",
        "Arma dei Carabinieri",
        "Koninklijke Marechaussee",
    ):
        armed = acronym_mark("GC", role, ["GC"], "es", "military")
        civil = acronym_mark("GC", None, ["GC"], "es", "organization")
        assert armed is not None and civil is not None and not apart(armed, civil)
    assert acronym_mark("AFM", "Armed Forces of Malta", ["AFM"], "en", "military").armed is True  # type: ignore[union-attr]
