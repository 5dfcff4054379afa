"""A state's public security police and a finance guard have one key in every language the
merge reads ("Sûreté publique", "Public Security Department", "Pubblica Sicurezza";
"Guardia di Finanza", "Guardia de Finanzas"); a security body of another kind ("Sécurité
civile", "Sûreté du Québec") and a finance ministry keep theirs (issue 25; invented seats)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub, body_key


@pytest.mark.parametrize(
    "names",
    [
        ["Sûreté publique", "Public Security", "Pubblica Sicurezza", "Seguridad Pública", "öffentliche Sicherheit",
         "Segurança Pública", "openbare veiligheid", "Seguretat Pública", "sécurité publique"],
        ["Guardia di Finanza", "Guardia de Finanzas", "finance guard"],
    ],
)  # fmt: skip
def test_one_body_has_one_key_in_every_language(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


def test_bodies_of_other_kinds_keep_their_own_keys() -> None:
    names = ["Sûreté publique", "Sécurité civile", "Sûreté du Québec", "Guardia di Finanza",
             "Ministero delle Finanze", "Guardia Civil"]  # fmt: skip
    assert len({body_key(n) for n in names}) == len(names), {n: body_key(n) for n in names}


def test_a_public_security_police_named_in_two_languages_with_its_seat_is_one() -> None:
    names = ["Sûreté publique", "Vessac's Public Security Department", "Guardia di Finanza di Tarrel",
             "Guardia de Finanzas"]  # fmt: skip
    found = same_actor_groups([ActorStub(n) for n in names], places=["casino, Vessac", "mercato, Tarrel"])
    assert len(found) == 2, found
