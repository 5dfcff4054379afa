"""A Portuguese place's name read out of running text holds its "do", "da", "dos", "das" as a
Spanish one holds "de" and "del" ("em Viana do Castelo", "na Rua do Souto"): cut at the
joiner, the place was "Viana", or a town called "Rua". Invented names, and the near misses
that must keep the place they had."""

from __future__ import annotations

import pytest

from summarizer.text.places import find_place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Uma criança morreu atropelada em São Pedro da Torre esta manhã.", "São Pedro da Torre"),
        ("O incêndio deflagrou em Póvoa dos Mouros durante a noite.", "Póvoa dos Mouros"),
        ("Dois feridos num choque em Vila Real das Fontes, ontem.", "Vila Real das Fontes"),
        ("Um arco de luzes caiu sobre peões na Rua do Outeiro.", "Rua do Outeiro"),
        ("Três carteiristas foram detidos no Cais da Fonte pela PSP.", "Cais da Fonte"),
    ],
)
def test_a_portuguese_name_keeps_its_joiner(sentence: str, place: str) -> None:
    assert find_place(sentence, "pt")[1] == place


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        # Lower case after the town is running text, not the town's name.
        ("O incêndio começou em Valdovinos da parte da manhã.", "pt", "Valdovinos"),
        ("Um homem foi detido em Valdovinos do lado de fora da esquadra.", "pt", "Valdovinos"),
        # Spanish and Italian read their own joiners only: "do" is no Spanish one.
        ("Un camión volcó en Villar do Monte ayer.", "es", "Villar"),
        ("Un camion si è ribaltato a Montorso da Vinci ieri.", "it", "Montorso"),
    ],
)
def test_near_misses_keep_their_place(sentence: str, lang: str, place: str) -> None:
    assert find_place(sentence, lang)[1] == place
