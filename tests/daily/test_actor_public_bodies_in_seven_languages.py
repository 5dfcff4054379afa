"""The public bodies every local story names, in each language the project reads (en, fr, de,
es, it, pt, nl): emergency services, police forces, courts, councils, prosecutors and
relief bodies have one key however a newsroom translates them; bodies of other kinds,
levels, colours or places stay apart."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    "names",
    [
        ["Weißes Kreuz", "White Cross", "Croix-Blanche", "Croce Bianca", "Cruz Blanca", "Witte Kruis"],
        ["Blaues Kreuz", "Blue Cross", "Croix-Bleue", "Cruz Azul", "Blauwe Kruis"],
        [
            "Wasserschutzpolizei",
            "Seepolizei",
            "river police",
            "lake police",
            "police du lac",
            "police fluviale",
            "polizia lacuale",
        ],
        ["Bergwacht", "Bergrettung", "mountain rescue", "secours en montagne", "soccorso alpino"],
        ["Seenotretter", "lifeboat", "sauvetage en mer", "salvamento marítimo", "salvataggio in mare"],
        ["politie", "police", "Polizei", "polizia", "polícia"],
        ["brandweer", "bombeiros", "Feuerwehr", "pompiers", "vigili del fuoco", "fire brigade"],
        [
            "Freiwillige Feuerwehr",
            "pompiers volontaires",
            "Bombeiros Voluntários",
            "volunteer fire brigade",
            "vrijwillige brandweer",
        ],
        ["gemeente Leuven", "municipality of Leuven", "commune de Leuven", "Gemeinde Leuven"],
        [
            "gemeenteraad",
            "Gemeinderat",
            "conseil communal",
            "consiglio comunale",
            "Câmara Municipal",
            "city council",
        ],
        [
            "parket",
            "parquet",
            "Ministério Público",
            "pubblico ministero",
            "openbaar ministerie",
            "Staatsanwaltschaft",
            "prosecutor's office",
        ],
        ["rechtbank", "tribunal", "Gericht", "court"],
        ["Guarda Nacional Republicana", "National Republican Guard", "Garde nationale républicaine"],
        ["Polícia Judiciária", "police judiciaire", "judicial police", "polizia giudiziaria"],
        ["Polícia Municipal", "police municipale", "polizia municipale", "municipal police"],
        ["coastguard", "coast guard", "Küstenwache", "kustwacht", "guarda costeira", "guardia costiera"],
        ["politiezone Dijle-Aldegonde", "zone de police Dijle-Aldegonde", "Polizeizone Dijle-Aldegonde"],
        ["brandweerzone Kempen", "zone de secours Kempen", "hulpverleningszone Kempen"],
        ["Landgericht Köln", "Cologne regional court"],
        ["federale politie", "police fédérale", "Bundespolizei", "federal police"],
        ["Questura di Milano", "Milan police"],
        ["ambulance service", "servizio ambulanze", "servicio de ambulancias"],
    ],
)
def test_a_public_body_has_one_key_in_every_language(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize(
    "names",
    [
        # A cross of each colour is another body; a colour alone is no cross's.
        ["Weißes Kreuz", "Rotes Kreuz", "Blaues Kreuz", "Grünes Kreuz", "Croix-Jaune", "Croix-Noire"],
        # Mountain, sea and water rescue, and a water police, are four services.
        ["Bergwacht", "Seenotretter", "Wasserwacht", "Wasserschutzpolizei"],
        # A town's police is not its canton's, nor a river's, nor the judicial police.
        ["police municipale", "police cantonale", "police fluviale", "police judiciaire", "police"],
        # A land court is not a district court; a prosecutor is not a ministry.
        ["Landgericht Köln", "Amtsgericht Köln", "Ministério Público", "Ministério da Saúde"],
        # Portugal's and Spain's guards, the Guardia di Finanza.
        ["Guarda Nacional Republicana", "Guardia Civil", "Guardia di Finanza"],
    ],
)
def test_bodies_of_other_kinds_keep_their_own_keys(names: list[str]) -> None:
    keys = [body_key(n) for n in names]
    assert len(set(keys)) == len(names), dict(zip(names, keys, strict=True))


@pytest.mark.parametrize(
    "names",
    [
        ["Weiss AG", "White Ltd", "Blanc SA"],  # people's surnames, as companies' names
        ["Croix", "Kreuz", "Cross"],  # a cross of no colour names no relief body
    ],
)
def test_colours_translate_only_in_a_cross(names: list[str]) -> None:
    groups = actor_groups(*(ActorStub(n, kind="organization") for n in names))
    assert len(groups) == len(names), groups


def test_a_police_without_its_level_joins_neither_of_two_levels() -> None:
    groups = actor_groups(
        ActorStub("Polizei Bern"), ActorStub("Kantonspolizei Bern"), ActorStub("Stadtpolizei Bern")
    )
    assert groups == [["Kantonspolizei Bern"], ["Polizei Bern"], ["Stadtpolizei Bern"]]


def test_the_police_joins_neither_of_two_forces() -> None:
    groups = actor_groups(ActorStub("die Polizei"), ActorStub("Kantonspolizei Bern"), ActorStub("Wasserschutzpolizei"),
                          ActorStub("police du lac"))  # fmt: skip
    assert groups == [["Kantonspolizei Bern"], ["Wasserschutzpolizei", "police du lac"], ["die Polizei"]]


def test_two_towns_fire_services_stay_apart() -> None:
    groups = actor_groups(
        ActorStub("brandweer Leuven"), ActorStub("pompiers de Louvain"), ActorStub("brandweer Mechelen")
    )
    assert groups == [["brandweer Leuven", "pompiers de Louvain"], ["brandweer Mechelen"]]
