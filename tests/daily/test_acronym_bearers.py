"""One acronym borne by two bodies on one day (``acronym_bearers``): two names articles give
it in full, or one given it and another that spells it in its own words, sharing no word of
their own, are two bodies, and a bare or cited acronym joins neither to the other. A
translation keeps the original's proper names or cognates and still joins (invented bodies)."""

from __future__ import annotations

import itertools
import time

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.models import ActorKind
from tests.daily.test_multilingual_actors import ActorStub, actor_groups, placed_groups


def _together(groups: list[list[str]], *names: str) -> bool:
    return any(set(names) <= set(group) for group in groups)


@pytest.mark.parametrize(
    ("first", "second", "cited"),
    [
        # pt heritage group vs an English name of an insurers' association (both defined)
        (
            ActorStub("Associação Património de Varzim", kind="organization", aliases=("APV",)),
            ActorStub("Portuguese Vehicle Insurers' Association", kind="organization", aliases=("APV",)),
            ActorStub("APV", kind="organization"),
        ),
        # es caving club vs ast/es folklore council (both defined, both spell it)
        (
            ActorStub("Club Espeleológico Río Sella", kind="organization", aliases=("CER",)),
            ActorStub("Consejo de Etnografía Rural", kind="organization", aliases=("CER",)),
            ActorStub("CER", kind="organization"),
        ),
        # fr: a hunters' federation vs a secular cultural centre (both defined, both spell it)
        (
            ActorStub("Fédération des chasseurs de Lorvaux", kind="organization", aliases=("FCL",)),
            ActorStub("Foyer culturel laïque", kind="organization", aliases=("FCL",)),
            ActorStub("FCL", kind="organization"),
        ),
    ],
)
def test_two_bodies_defined_for_one_acronym_stay_apart(
    first: ActorStub, second: ActorStub, cited: ActorStub
) -> None:
    groups = actor_groups(first, second, cited)
    assert not _together(groups, first.name, second.name), groups


@pytest.mark.parametrize(
    ("defined", "speller", "cited"),
    [
        # it: a tourism board (defined, not spelling it) vs a producers' association that spells it
        (
            ActorStub("Brenta Dolomiti tourism board", kind="organization", aliases=("APB",)),
            ActorStub("Associazione Produttori Bellunesi", kind="organization"),
            ActorStub("Produzentenverband APB", kind="organization"),
        ),
        # ca/es: a motorhome association (defined) vs a consumers' association spelling it
        (
            ActorStub("Autocaravanistes de la Marina Alta", kind="organization", aliases=("AMA",)),
            ActorStub("Asociación de Madereros Asturianos", kind="organization"),
            ActorStub("Verbraucherverband AMA", kind="organization"),
        ),
    ],
)
def test_an_acronym_another_body_of_the_day_spells_is_no_translations(
    defined: ActorStub, speller: ActorStub, cited: ActorStub
) -> None:
    groups = actor_groups(defined, speller, cited)
    assert not _together(groups, defined.name, cited.name), groups


@pytest.mark.parametrize(
    "names",
    [
        # a translation sharing the original's cognates (es / en)
        (
            ActorStub(
                "Asociación de Empresas de Micromovilidad Compartida", kind="organization", aliases=("AEMC",)
            ),
            ActorStub(
                "Association of Shared Micromobility Companies", kind="organization", aliases=("AEMC",)
            ),
            ActorStub("AEMC", kind="organization"),
        ),
        # fr / en, one defined each
        (
            ActorStub("Office régional de la biodiversité", kind="organization", aliases=("ORB",)),
            ActorStub("Regional Biodiversity Office", kind="organization", aliases=("ORB",)),
            ActorStub("ORB", kind="organization"),
        ),
    ],
)
def test_a_translation_defining_the_acronym_still_joins(names: tuple[ActorStub, ...]) -> None:
    groups = actor_groups(*names)
    assert len(groups) == 1, groups


def _bare_pair(bearers: list[str]) -> list[list[str]]:
    """Two reports naming a body by its letters alone, "AFM", beside ``bearers``' reports."""
    named = [(f"report{n}", ["Tower Road, Sliema"], name) for n, name in enumerate(bearers)]
    named += [("police-pr", ["Għarb, Gozo"], "AFM"), ("italian-paper", ["Tower Road, Sliema"], "AFM")]
    return placed_groups(named, kind="organization")


def test_bare_letters_two_bodies_of_the_day_spell_join_neither() -> None:
    # Malta: the armed forces and a restaurateurs' alliance both spell "AFM"; two reports
    # that write the letters alone may mean either, so they join no one by the letters.
    groups = _bare_pair(["Armed Forces of Malta", "Alliance of Food Merchants"])
    assert not _together(groups, "police-pr:AFM", "italian-paper:AFM"), groups


def test_bare_letters_one_body_of_the_day_spells_still_join() -> None:
    groups = _bare_pair(["Armed Forces of Malta"])
    assert _together(groups, "police-pr:AFM", "italian-paper:AFM"), groups


def test_a_day_of_many_letters_and_bodies_is_not_quadratic() -> None:
    # 400 letters each written by two reports beside 800 bodies: each letters meet only the
    # names their initials may spell, not every body of the day (about 10 s when they did).
    letters = [f"{a}{b}{c}" for a, b, c in itertools.islice(itertools.product(_UPPER, repeat=3), 0, 8000, 20)]
    actors = [ActorStub(acronym, kind="organization") for acronym in letters for _ in range(2)]
    words = itertools.cycle(
        itertools.permutations(["Alpha", "Rural", "Merchants", "Farmers", "Union", "Sigma"], 3)
    )
    actors += [ActorStub(f"{' '.join(next(words))} {n}", kind="organization") for n in range(800)]
    start = time.thread_time()
    same_actor_groups(actors)
    assert time.thread_time() - start < 5


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def test_letters_a_state_body_and_another_bear_join_the_state_body_when_so_listed() -> None:
    """ "FAV" is the armed forces' and a beekeepers' federation's: a report that lists the
    letters as armed forces means the first."""
    forces = ActorStub("Forze Armate di Valdora", kind="military", aliases=("FAV",))
    beekeepers = ActorStub("Federazione Apicoltori Veneti", kind="organization", aliases=("FAV",))
    groups = actor_groups(forces, beekeepers, ActorStub("FAV", kind="military"))
    assert ["FAV", "Forze Armate di Valdora"] in groups, groups
    assert not _together(groups, forces.name, beekeepers.name), groups


@pytest.mark.parametrize("kind", ["organization", "group", "government"])
def test_letters_of_another_kind_join_neither_bearer(kind: ActorKind) -> None:
    """ "organization" is what a briefing calls letters it cannot place: no evidence that
    they are the federation's; "government" is neither bearer's kind."""
    forces = ActorStub("Forze Armate di Valdora", kind="military", aliases=("FAV",))
    beekeepers = ActorStub("Federazione Apicoltori Veneti", kind="organization", aliases=("FAV",))
    groups = actor_groups(forces, beekeepers, ActorStub("FAV", kind=kind))
    assert ["FAV"] in groups, groups


def test_letters_two_state_bodies_bear_join_neither() -> None:
    first = ActorStub("Forze Armate di Valdora", kind="military", aliases=("FAV",))
    second = ActorStub("Flotta Aerea Veneta", kind="military", aliases=("FAV",))
    groups = actor_groups(first, second, ActorStub("FAV", kind="military"))
    assert ["FAV"] in groups, groups


def test_a_day_of_many_letters_listed_as_forces_is_not_quadratic() -> None:
    # 400 letters each written once and listed as armed forces, beside 800 bodies half of
    # them military: looking for each letters' bearer of its kind stays near each letters.
    letters = [f"{a}{b}{c}" for a, b, c in itertools.islice(itertools.product(_UPPER, repeat=3), 0, 8000, 20)]
    actors = [ActorStub(acronym, kind="military") for acronym in letters]
    words = itertools.cycle(
        itertools.permutations(["Alpha", "Rural", "Merchants", "Farmers", "Union", "Sigma"], 3)
    )
    kinds = itertools.cycle(["military", "organization"])
    actors += [ActorStub(f"{' '.join(next(words))} {n}", kind=next(kinds)) for n in range(800)]
    start = time.thread_time()
    same_actor_groups(actors)
    assert time.thread_time() - start < 5
