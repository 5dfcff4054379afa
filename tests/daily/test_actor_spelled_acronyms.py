"""An acronym its own article spells out ("le CSB, le Club subaquatique de Bonifacio", or a
role that writes its words) is the body so spelled, not whichever body of the day has
those letters: two articles' "CSB" spelled two ways are two bodies (invented articles)."""

from __future__ import annotations

from summarizer.daily.spelled_acronyms import spelled_out
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


def _body(name: str, role: str | None = None, aliases: tuple[str, ...] = ()) -> ActorStub:
    return ActorStub(name, kind="organization", role=role, aliases=aliases)


def test_one_acronym_spelled_two_ways_by_two_articles_is_two_bodies() -> None:
    bonifacio = _body("CSB", aliases=("le Club subaquatique de Bonifacio",))
    baie = _body("CSB", role="Centre subaquatique de la Baie, Porto-Vecchio")
    full = _body("Club subaquatique de Bonifacio")
    groups = actor_groups(bonifacio, baie, full)
    assert groups == [["CSB"], ["CSB", "Club subaquatique de Bonifacio"]]


def test_spelled_in_italian_german_and_spanish_each_joins_its_own_full_name() -> None:
    groups = actor_groups(
        _body("CRI", role="Croce Rossa Italiana"),
        _body("Croce Rossa Italiana"),
        _body("CRI", role="Centro Ricerche Idrauliche"),
        _body("SAS", aliases=("Solidaridad Al Sur",)),
        _body("Solidaridad Al Sur"),
        _body("DLV", role="Deutscher Leichtathletik-Verband"),
    )
    assert ["CRI", "Croce Rossa Italiana"] in groups
    assert ["CRI"] in groups
    assert ["SAS", "Solidaridad Al Sur"] in groups


def test_a_bare_acronym_still_joins_the_days_one_body_it_spells() -> None:
    # The guard: a true acronym of a body named in full on the same day still joins.
    groups = actor_groups(
        _body("CSB", role="Club subaquatique de Bonifacio"),
        _body("CSB"),
        _body("Club subaquatique de Bonifacio"),
    )
    assert groups == [["CSB", "CSB", "Club subaquatique de Bonifacio"]]


def test_a_bare_acronym_of_a_day_that_spells_it_two_ways_joins_neither() -> None:
    groups = actor_groups(
        _body("CSB", role="Club subaquatique de Bonifacio"),
        _body("CSB", role="Centre subaquatique de la Baie"),
        _body("CSB"),
    )
    assert groups == [["CSB"], ["CSB"], ["CSB"]]


def test_a_role_that_does_not_spell_the_acronym_leaves_its_letters_a_key() -> None:
    groups = actor_groups(
        ActorStub("CROSS", role="französische Seenotleitstelle"), ActorStub("CROSS"), ActorStub("CROSS Med")
    )
    assert groups == [["CROSS", "CROSS", "CROSS Med"]]


def test_what_spells_an_acronym() -> None:
    assert spelled_out("CSB", ["CSB", "le Club subaquatique de Bonifacio"], None, frozenset()) == [
        "le Club subaquatique de Bonifacio"
    ]
    assert spelled_out("CSB", ["CSB"], "Centre subaquatique de la Baie, Porto-Vecchio", frozenset()) == [
        "Centre subaquatique de la Baie"
    ]
    assert spelled_out("CROSS", ["CROSS"], "französische Seenotleitstelle", frozenset()) == []
    assert spelled_out("Club", ["Club"], "Club Bonifacio", frozenset()) == []  # no acronym


def test_an_acronym_joins_no_body_of_the_other_actor_kind_its_letters_spell() -> None:
    # A radio's "SAS" (a public health service) is not the NGO another article names
    # "Solidaridad Al Sur (SAS)"; its own kind's body it still joins.
    ngo = ActorStub("Solidaridad Al Sur", kind="organization", aliases=("SAS",))
    health = ActorStub("SAS", kind="government")
    assert actor_groups(ngo, health) == [["SAS"], ["Solidaridad Al Sur"]]
    service = ActorStub("Servicio Andaluz de Salud", kind="government")
    assert actor_groups(service, health) == [["SAS", "Servicio Andaluz de Salud"]]


def test_in_french_italian_and_german_the_same_kind_still_joins() -> None:
    for short, full, kind in [
        ("MSF", "Médecins sans frontières", "organization"),
        ("ARPA", "Agenzia regionale per la protezione ambientale", "government"),
        ("DLRG", "Deutsche Lebens-Rettungs-Gesellschaft", "organization"),
    ]:
        groups = actor_groups(ActorStub(short, kind=kind), ActorStub(full, kind=kind))
        assert groups == [sorted([short, full])], groups


def test_a_government_acronym_is_no_organisation_but_an_organisations_may_be_a_government() -> None:
    # An engine that does not know an acronym calls it an organisation ("DWD" beside the
    # government's "Deutscher Wetterdienst"): that joins; a government "MSF" names no NGO.
    assert (
        len(actor_groups(ActorStub("MSF"), ActorStub("Médecins sans frontières", kind="organization"))) == 2
    )
    dwd = actor_groups(ActorStub("DWD", kind="organization"), ActorStub("Deutscher Wetterdienst"))
    assert dwd == [["DWD", "Deutscher Wetterdienst"]]


def test_a_kind_the_engines_do_not_tell_apart_keeps_joining() -> None:
    groups = actor_groups(
        ActorStub("ETA", kind="group"), ActorStub("Euskadi Ta Askatasuna", kind="organization")
    )
    assert groups == [["ETA", "Euskadi Ta Askatasuna"]]


def test_an_association_spelled_by_a_compound_is_no_other_body_with_its_letters() -> None:
    # "Der AVS, der Alpenverein Südtirol" and "l'Associazione Vittime della Strada (AVS)":
    # a German "-verein" spells its letter as "Verband" does, so each AVS is its own body.
    alpine = _body("AVS", role="Alpenverein Südtirol")
    victims = _body("AVS", role="Associazione Vittime della Strada")
    assert actor_groups(alpine, victims) == [["AVS"], ["AVS"]]
    dav = ActorStub("DAV", kind="organization", canonical_name="Deutscher Alpenverein")
    assert spelled_out("DAV", ["Deutscher Alpenverein"], None, frozenset()) == ["Deutscher Alpenverein"]
    assert actor_groups(dav, _body("Deutscher Alpenverein"), victims)[0] == ["AVS"]
