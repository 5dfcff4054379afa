"""One public body named in its own country's language by one newsroom and translated by
another, often with its country or place said as an adjective or a qualifier (issue 25,
actors round 6): a maritime authority, a harbour master's office, a coast guard, a
lifeguards' federation, a region's government, a road police, in en, fr, de, es, it, pt
and nl. Hostile cases beside each: two countries' coastguards, two ports' harbour
masters, a body and the ministry or agency above it, and a person who holds the office
(invented towns)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    "names",
    [
        [
            "Capitania do Porto de Valmora",
            "Capitania de Valmora",
            "Valmora harbour master",
            "capitainerie de Valmora",
            "Capitaneria di porto di Valmora",
            "Capitanía Marítima de Valmora",
            "Hafenmeisterei Valmora",
            "havenmeester van Valmora",
        ],
        [
            "HM Coastguard",
            "UK Coastguard",
            "British coastguard",
            "britische Küstenwache",
            "garde-côtes britanniques",
            "guardia costiera britannica",
            "guardacostas británicos",
        ],
        [
            "federação de nadadores-salvadores",
            "lifeguards' federation",
            "federación de socorristas",
            "federazione dei bagnini",
            "fédération des maîtres-nageurs",
        ],
        [
            "Collectivité de Corse",
            "Corsica government",
        ],
        [
            "Corsica's regional authority",
            "autorité régionale de Corse",
            "gobierno regional de Córcega",
            "Regionalregierung Korsikas",
        ],
        ["highway police", "police de la route", "Polícia Rodoviária", "traffic police", "Polizia Stradale"],
        ["Serviço de Guardacostas da Galiza", "Servicio de Guardacostas de Galicia", "Galician coastguards"],
        [
            "Autorité maritime nationale portugaise",
            "autoridade marítima nacional portuguesa",
            "autoridad marítima nacional portuguesa",
        ],
    ],
)
def test_a_body_in_its_own_and_a_translated_name_has_one_key(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize(
    "names",
    [
        # Two countries' coast guards, and a coast guard's parent agency.
        ["HM Coastguard", "garde-côtes français", "Maritime and Coastguard Agency", "Küstenwache"],
        # Two ports' harbour masters; a port's authority runs the port, not its shipping.
        ["Capitania de Valmora", "Tarnau harbour master", "Valmora port authority"],
        # Two countries' lifeguards' federations; a lifeguards' association is not a federation.
        ["federação portuguesa de nadadores-salvadores", "federación española de socorristas",
         "lifeguards' association"],
        # A region's government is not its council, nor its health authority.
        ["Corsica's regional authority", "regional council of Corsica", "regional health authority"],
        # "HM" alone is some body's acronym, not the United Kingdom.
        ["HM", "United Kingdom"],
    ],
)  # fmt: skip
def test_bodies_of_other_countries_places_or_kinds_keep_their_own_keys(names: list[str]) -> None:
    keys = [body_key(n) for n in names]
    assert len(set(keys)) == len(names), dict(zip(names, keys, strict=True))


def test_a_national_body_and_its_countrys_adjective_are_one_actor_in_any_order() -> None:
    # "Nacional" and "portugaise" say one country: the national authority joins the
    # Portuguese one, and the short local name all three, whichever is listed first.
    names = [
        "Autoridade Marítima Nacional",
        "Portuguese maritime authority",
        "Autorité maritime nationale portugaise",
        "Autoridade Marítima",
    ]
    for order in (names, names[::-1]):
        groups = actor_groups(*(ActorStub(n) for n in order))
        assert groups == [sorted(names)]


def test_a_national_body_stays_apart_from_its_parent_ministry_and_another_countrys_service() -> None:
    groups = actor_groups(
        ActorStub("Autoridade Marítima Nacional"),
        ActorStub("Portuguese maritime authority"),
        ActorStub("Ministério da Defesa Nacional"),
        ActorStub("Portuguese defence ministry"),
        ActorStub("Salvamento Marítimo"),
        ActorStub("Spain's maritime rescue service"),
        ActorStub("Capitania do Porto de Valmora"),
    )
    assert groups == [
        ["Autoridade Marítima Nacional", "Portuguese maritime authority"],
        ["Capitania do Porto de Valmora"],
        ["Ministério da Defesa Nacional", "Portuguese defence ministry"],
        ["Salvamento Marítimo", "Spain's maritime rescue service"],
    ]


def test_two_countries_coastguards_on_one_day_stay_apart() -> None:
    groups = actor_groups(
        ActorStub("HM Coastguard"),
        ActorStub("britische Küstenwache"),
        ActorStub("Maritime and Coastguard Agency"),
        ActorStub("garde-côtes français"),
        ActorStub("French coastguard"),
        ActorStub("Küstenwache"),  # either country's: joins neither
    )
    assert groups == [
        ["French coastguard", "garde-côtes français"],
        ["HM Coastguard", "britische Küstenwache"],
        ["Küstenwache"],
        ["Maritime and Coastguard Agency"],
    ]


def test_two_ports_harbour_masters_stay_apart() -> None:
    groups = actor_groups(
        ActorStub("Capitania do Porto de Valmora"),
        ActorStub("Capitania de Tarnau"),
        ActorStub("Valmora harbour master"),
        ActorStub("Tarnau harbour master"),
    )
    assert groups == [
        ["Capitania de Tarnau", "Tarnau harbour master"],
        ["Capitania do Porto de Valmora", "Valmora harbour master"],
    ]


def test_a_harbour_master_named_as_a_person_is_not_the_office() -> None:
    # "the harbour master, João Silva": the person holds the office; the body is another actor.
    groups = actor_groups(
        ActorStub("João Silva", kind="person", role="harbour master"),
        ActorStub("Capitania de Valmora"),
        ActorStub("Valmora harbour master"),
    )
    assert groups == [["Capitania de Valmora", "Valmora harbour master"], ["João Silva"]]


def test_a_lifeguards_federation_joins_its_countrys_and_not_another() -> None:
    groups = actor_groups(
        ActorStub("federação de nadadores-salvadores", kind="organization"),
        ActorStub("Portuguese lifeguards' federation", kind="organization"),
        ActorStub("Spanish lifeguards' association", kind="organization"),
    )
    assert groups == [
        ["Portuguese lifeguards' federation", "federação de nadadores-salvadores"],
        ["Spanish lifeguards' association"],
    ]


def test_a_territorys_government_joins_its_regional_authority_not_its_council_or_prefecture() -> None:
    groups = actor_groups(
        ActorStub("Collectivité de Corse"),
        ActorStub("Corsica's regional authority"),
        ActorStub("regional council"),
        ActorStub("préfecture de Corse-du-Sud"),
    )
    assert groups == [
        ["Collectivité de Corse", "Corsica's regional authority"],
        ["préfecture de Corse-du-Sud"],
        ["regional council"],
    ]


def test_a_countrys_regional_body_joins_the_one_region_of_that_country() -> None:
    # Galicia lies in Spain: "Spanish regional coastguards" are Galicia's on a day that names
    # no other Spanish region's; a French region's are not Spain's.
    spanish = actor_groups(
        ActorStub("Spanish regional coastguards"),
        ActorStub("Servicio de Guardacostas de Galicia"),
        ActorStub("Corsican coastguards"),
    )
    assert spanish == [
        ["Corsican coastguards"],
        ["Servicio de Guardacostas de Galicia", "Spanish regional coastguards"],
    ]
    french = actor_groups(ActorStub("French regional coastguards"), ActorStub("Galician coastguards"))
    assert french == [["French regional coastguards"], ["Galician coastguards"]]


def test_a_countrys_regional_body_joins_neither_of_two_of_its_regions() -> None:
    groups = actor_groups(
        ActorStub("Spanish regional coastguards"),
        ActorStub("Galician coastguards"),
        ActorStub("Andalusian coastguards"),
    )
    assert groups == [["Andalusian coastguards"], ["Galician coastguards"], ["Spanish regional coastguards"]]


def test_a_countrys_force_joins_its_one_force_named_by_a_place_of_that_country() -> None:
    # Moselle lies in France: "die französische Feuerwehr" of a German newsroom is the fire
    # service the French press names by its department ("SDIS" is a department's fire
    # service, in any department); Luxembourg's fire service stays its own.
    groups = actor_groups(
        ActorStub("französische Feuerwehr"),
        ActorStub("Moselle fire service"),
        ActorStub("SDIS de la Moselle"),
        ActorStub("bomberos franceses"),
        ActorStub("CGDIS"),
    )
    assert groups == [
        ["CGDIS"],
        ["Moselle fire service", "SDIS de la Moselle", "bomberos franceses", "französische Feuerwehr"],
    ]


def test_a_countrys_force_joins_neither_of_two_places_forces_nor_another_countrys() -> None:
    two = actor_groups(
        ActorStub("French gendarmes"),
        ActorStub("gendarmerie de la Moselle"),
        ActorStub("gendarmerie du Finistère"),
    )
    assert two == [["French gendarmes"], ["gendarmerie de la Moselle"], ["gendarmerie du Finistère"]]
    # The Saarland lies in Germany: the French police are not its police, nor is a fire
    # service its police.
    other = actor_groups(
        ActorStub("French police"),
        ActorStub("Saarland police"),
        ActorStub("pompiers de la Moselle"),
    )
    assert other == [["French police"], ["Saarland police"], ["pompiers de la Moselle"]]


@pytest.mark.parametrize(
    ("names", "apart"),
    [
        # An accident board by what it does, in fr/de/es/en; a security service is another body.
        (
            [
                "Service suisse d'enquête de sécurité",
                "Schweizerische Sicherheitsuntersuchungsstelle",
                "Servicio suizo de investigación de seguridad",
                "Swiss safety investigation service",
            ],
            ["Schweizerischer Sicherheitsdienst", "Swiss safety service"],
        ),
        # A motorway company by what it runs, in it/fr/es/en; another town's is another.
        (
            [
                "Società Autostrade Valmora",
                "Société des autoroutes de Valmora",
                "Sociedad de Autopistas de Valmora",
                "Valmora Motorway Company",
            ],
            ["Società Autostrade Tarnau", "Valmora transport company"],
        ),
    ],
)
def test_a_body_named_by_what_it_does_has_one_key_and_other_bodies_their_own(
    names: list[str], apart: list[str]
) -> None:
    keys = {body_key(n) for n in names}
    assert len(keys) == 1, {n: body_key(n) for n in names}
    assert keys.isdisjoint(body_key(n) for n in apart), {n: body_key(n) for n in apart}


def test_the_central_governments_office_in_a_province_is_one_actor_and_not_the_regions_government() -> None:
    groups = actor_groups(
        ActorStub("Subdelegación del Gobierno en Valmora"),
        ActorStub("Spain's government office in Valmora"),
        ActorStub("Spanish government delegation in Valmora"),
        ActorStub("Gobierno de Valmora"),
        ActorStub("Subdelegación del Gobierno en Tarnau"),
    )
    assert groups == [
        ["Gobierno de Valmora"],
        [
            "Spain's government office in Valmora",
            "Spanish government delegation in Valmora",
            "Subdelegación del Gobierno en Valmora",
        ],
        ["Subdelegación del Gobierno en Tarnau"],
    ]
