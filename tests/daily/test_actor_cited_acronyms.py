"""A body named in translation beside its own acronym ("syndicat allemand des surveillants
VGS") is the body that acronym is defined for; two bodies that each spell one acronym in
their own words, two branches of one party and a body *of* an acronym's owner stay apart
(invented bodies)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("original", "translations"),
    [
        (
            ActorStub("Vollzugsgewerkschaft Norland", aliases=("VGN",)),
            ["syndicat allemand des surveillants VGN", "VGN"],
        ),
        (
            ActorStub("peloton de gendarmerie de haute montagne", aliases=("PGHM",)),
            ["Gebirgsgendarmerie PGHM", "PGHM"],
        ),
        (
            ActorStub("Asociación de Empresas de Movilidad Urbana", aliases=("AEMU",)),
            ["Association of Urban Mobility Companies (AEMU)", "AEMU"],
        ),
        (
            ActorStub("Rheinische Kran- und Montagetechnik GmbH", aliases=("RKM",)),
            ["société rhénane de levage RKM", "empresa alemana de grúas RKM"],
        ),
    ],
)
def test_a_translation_citing_the_originals_acronym_is_that_body(
    original: ActorStub, translations: list[str]
) -> None:
    actors = [original, *(ActorStub(n) for n in translations)]
    assert len(actor_groups(*actors)) == 1, actor_groups(*actors)


def test_a_translation_that_defines_the_foreign_acronym_is_that_body() -> None:
    groups = actor_groups(
        ActorStub("Agencia Estatal del Medicamento", aliases=("AEMED",)),
        ActorStub("Spanish Medicines Agency", aliases=("AEMED",)),
        ActorStub("AEMED"),
    )
    assert len(groups) == 1, groups


def test_two_bodies_each_spelling_one_acronym_in_their_own_words_stay_apart() -> None:
    groups = actor_groups(
        ActorStub("Fédération générale des transports", aliases=("FGT",)),
        ActorStub("Freie Gewerkschaft Tirol", aliases=("FGT",)),
    )
    assert len(groups) == 2, groups


def test_two_branches_of_one_party_stay_apart() -> None:
    groups = actor_groups(ActorStub("SPD Hamburg"), ActorStub("SPD Bayern"), ActorStub("SPD Berlin"))
    assert len(groups) == 3, groups
    groups = actor_groups(
        ActorStub("Liga Nacional de Transportes", aliases=("LNT",)),
        ActorStub("LNT Norte"),
        ActorStub("LNT Levante"),
    )
    assert ["LNT Levante"] in groups and ["LNT Norte"] in groups, groups


def test_a_body_of_an_acronyms_owner_is_not_the_owner() -> None:
    for name in ("comité de empresa de EQA", "works council of the EQA", "Betriebsrat der EQA"):
        groups = actor_groups(ActorStub("Electroquímica del Arga", aliases=("EQA",)), ActorStub(name))
        assert len(groups) == 2, (name, groups)


def test_two_letter_acronyms_and_country_codes_say_no_body() -> None:
    assert len(actor_groups(ActorStub("Parti socialiste", aliases=("PS",)), ActorStub("partido PS"))) == 2
    assert len(actor_groups(ActorStub("USA Swimming"), ActorStub("USA Cycling"))) == 2


def test_hostile_names_are_read_in_time() -> None:
    names = ["ABC " + "x " * 20_000, "É" * 50_000 + " ABC", " ".join(["ABC"] * 5000), "ABC 東京 " * 3000]
    same_actor_groups([ActorStub("ABC Nord", aliases=("ABC",))])  # the tables load before the clock starts
    started = time.thread_time()
    same_actor_groups([ActorStub(n) for n in names])
    assert time.thread_time() - started < 5


def test_two_kinds_of_body_citing_one_acronym_stay_apart() -> None:
    groups = actor_groups(
        ActorStub("Landesamt für Umwelt Nordland", aliases=("LUN",)),
        ActorStub("Polizei LUN"),
    )
    assert len(groups) == 2, groups


def _placed(places: list[str], *actors: ActorStub) -> list[list[str]]:
    return sorted(sorted(actors[i].name for i in group) for group in same_actor_groups(actors, places=places))


def test_a_town_with_its_umlaut_written_out_is_one_place_not_two() -> None:
    # The German copy writes "Kölbried", the English wire "Koelbried": one town's ferries.
    groups = _placed(
        ["Kölbried", "Koelbried"],
        ActorStub("Seefähren Kölbried", kind="organization", aliases=("SFK",)),
        ActorStub("Koelbried Lake Ferries", kind="organization", aliases=("SFK",)),
        ActorStub("SFK", kind="organization"),
    )
    assert len(groups) == 1, groups


def test_two_towns_a_vowel_apart_or_far_apart_still_say_two_places() -> None:
    groups = _placed(
        ["Kölbried", "Tarnau"],
        ActorStub("Stadtwerke Kölbried", kind="organization", aliases=("SWK",)),
        ActorStub("Stadtwerke Tarnau", kind="organization", aliases=("SWK",)),
        ActorStub("SWK Tarnau", kind="organization"),
    )
    assert ["Stadtwerke Kölbried"] in groups, groups


@pytest.mark.parametrize(
    ("owner", "other"),
    [
        (ActorStub("National Health Service", aliases=("NHS",)), "Leeds Teaching Hospitals NHS Trust"),
        (ActorStub("Société nationale des chemins de fer français", aliases=("SNCF",)), "SNCF Réseau"),
    ],
)
def test_a_name_of_its_own_beside_an_acronym_is_another_body(owner: ActorStub, other: str) -> None:
    groups = actor_groups(owner, ActorStub(other))
    assert len(groups) == 2, groups


@pytest.mark.parametrize(
    ("own", "spelt", "acronym"),
    [
        # A pilgrims' association named without the country its acronym ends with, beside
        # a motoring club that spells the same acronym in English (it, en).
        ("Azione Pastorale", "Automobile Pool of Italy", "API"),
        # A German marksmen's league short of its "Kompanien" beside a French office (de, fr).
        ("Bund Tiroler Schützen", "Bureau technique de sécurité et de kinésithérapie", "BTSK"),
        # A Spanish cooperative without its "de Aragón" beside a Portuguese association (es, pt).
        ("Cooperativa Ganadera", "Confederação Geral dos Agricultores", "CGA"),
    ],
)
def test_a_bodys_own_short_name_is_not_a_translation_of_another_bodys_acronym(
    own: str, spelt: str, acronym: str
) -> None:
    # Each article defines the acronym for its own body; a third writes it bare. The short
    # name spells the acronym's first letters in its own words: it is its own body's name,
    # not a translation citing the other's acronym, and the bare acronym could be either.
    groups = actor_groups(
        ActorStub(own, aliases=(acronym,)), ActorStub(spelt, aliases=(acronym,)), ActorStub(acronym)
    )
    assert not any(own in g and spelt in g for g in groups), groups


def test_a_translation_sharing_the_originals_words_still_cites_its_acronym() -> None:
    # "Wasserwerke" hides the second W in a compound: the German name spells only "MW",
    # but it shares the city with the English one, so it is that body translated.
    groups = actor_groups(
        ActorStub("Munich Water Works", aliases=("MWW",)),
        ActorStub("Münchner Wasserwerke", aliases=("MWW",)),
        ActorStub("MWW"),
    )
    assert len(groups) == 1, groups


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Association des pêcheurs acadiens", "Association des parcs d'aventure du Québec"),
        ("Asociación de pescadores artesanales", "Asociación de parques de aventura de Cantabria"),
        ("Associazione pescatori artigianali", "Associazione dei parchi avventura del Trentino"),
        ("Associação de pescadores artesanais", "Associação de parques de aventura do Algarve"),
        ("Associació de pescadors artesanals", "Associació de parcs d'aventura de Catalunya"),
    ],
)
def test_a_name_spelling_its_acronym_without_its_place_is_no_translation(one: str, other: str) -> None:
    # Issue 25, day 95: two articles each define "(APA)" for a body of their own; the
    # second spells it without the province its name ends with, as bodies so named are
    # abbreviated, so it cites no other body's acronym.
    groups = actor_groups(
        ActorStub(one, "organization", aliases=("APA",)), ActorStub(other, "organization", aliases=("APA",))
    )
    assert [one] in groups and [other] in groups, groups


def test_a_translation_ending_in_a_place_it_does_not_spell_still_cites_the_acronym() -> None:
    groups = actor_groups(
        ActorStub("Associazione pescatori artigianali", "organization", aliases=("APA",)),
        ActorStub("associação dos pescadores de Sardenha", "organization", aliases=("APA",)),
    )
    assert len(groups) == 1, groups
