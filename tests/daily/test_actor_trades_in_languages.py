"""A company named by its trade and its own name is one company in every language ("Käserei
Brunhold", "fromagerie Brunhold", "Brunhold dairy"); a federation of hunters, a road,
wildlife, buildings or education office, a students' assembly, a red cross and a
gendarmerie likewise, in German, French, Spanish, Italian and English. Look-alikes stay
apart: one family's dairy and building firm, two towns' hunters, two countries' red
crosses (invented names throughout)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    "names",
    [
        ["Käserei Brunhold", "Kaeserei Brunhold", "fromagerie Brunhold", "Brunhold dairy", "quesería Brunhold",
         "caseificio Brunhold"],
        ["Bau Tellmann AG", "Tellmann Construction SA", "Construcciones Tellmann SL", "Costruzioni Tellmann Srl"],
        ["Bundesamt für Strassen", "Ufficio federale delle strade", "Federal Roads Office"],
        ["Ufficio provinciale fauna selvatica", "provincial wildlife office", "Landesamt für Wildtiermanagement"],
        ["Croce Rossa spagnola", "Cruz Roja española", "Spanish Red Cross", "spanisches Rotes Kreuz"],
        ["gendarmería francesa", "French gendarmerie", "gendarmerie française", "gendarmeria francese"],
        ["Lotteria Valdese", "Loteria Valdese", "Lotterie Valdese"],
        ["Unfallversicherung", "accident insurance", "assurance accidents", "seguro de accidentes"],
        ["Hochbauamt", "service des bâtiments", "oficina de edificios"],
        ["Asamblea de Estudiantes", "assemblée des étudiants", "students' assembly"],
        ["Département de l'instruction publique", "Department of Public Instruction", "education department",
         "Departamento de Educación", "dipartimento dell'istruzione"],
        ["Ministero dell'Istruzione", "Education Ministry", "Bildungsministerium", "ministère de l'Éducation"],
        ["rectorat de l'académie de Vernolt", "Schulbehörde in Vernolt", "education office of Vernolt"],
    ],
)  # fmt: skip
def test_one_body_named_by_its_trade_in_several_languages_has_one_key(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Fédération des chasseurs de la Marnière", "Fédération départementale des chasseurs de la Marnière"),
        ("Marnière hunters' federation", "Fédération départementale des chasseurs de la Marnière"),
        ("Croce Rossa", "Croce Rossa spagnola"),
        ("Association romande des assurances", "Westschweizer Versicherungsverband"),  # region, 2 languages
        ("Amt für Wildtiermanagement", "Ufficio provinciale fauna selvatica"),
    ],
)
def test_a_shorter_name_is_the_days_one_body_it_fits(short: str, full: str) -> None:
    kind = "organization"
    assert actor_groups(ActorStub(short, kind), ActorStub(full, kind)) == [sorted([short, full])]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Käserei Brunhold", "Bau Brunhold AG"),  # one family's dairy and building firm
        ("fromagerie Brunhold", "fromagerie Tellmann"),  # two dairies
        ("Brunhold dairy", "Brunhold lottery"),
        ("Fédération des chasseurs de la Marnière", "Fédération des pêcheurs de la Marnière"),
        ("Jagdverband Kellbach", "Jagdverband Mühlhagen"),  # two towns' hunters
        ("Croce Rossa spagnola", "Croce Rossa italiana"),  # two countries' red crosses
        ("gendarmería francesa", "Guardia Civil"),
        ("Ufficio federale delle strade", "Ufficio federale dei trasporti"),
        ("Loterie du Valmont", "Loterie Nationale"),
        ("Hochbauamt", "Tiefbauamt"),  # buildings, civil works
        ("Hochbauamt", "Bau Tellmann AG"),  # a buildings office is no building firm
        ("Asamblea de Estudiantes", "Asamblea de Profesores"),
        ("Département de l'instruction publique", "Département de la sécurité"),
        ("Ministero dell'Istruzione", "Ministero della Salute"),
        # A French "instruction" alone is a judicial inquiry, not education.
        ("chambre de l'instruction", "Bildungskammer"),
        ("juge d'instruction", "juge de l'éducation"),
        ("rectorat de l'académie de Vernolt", "rectorat de l'académie de Tellmar"),  # two school districts
        ("rectorat de l'académie de Vernolt", "Académie des sciences"),
    ],
)
def test_look_alike_bodies_stay_apart(one: str, other: str) -> None:
    kind = "organization"
    assert body_key(one) != body_key(other)
    assert actor_groups(ActorStub(one, kind), ActorStub(other, kind)) == sorted([[one], [other]])


def test_a_hostile_run_of_trade_words_is_read_quickly() -> None:
    name = " ".join(["Käserei fromagerie Lotteriegesellschaft Jagdverband"] * 200) + " x" * 5000
    assert body_key(name)
    assert body_key("Wildtiermanagement" * 40)  # no compound runs this long; read as it is
