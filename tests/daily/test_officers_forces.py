"""One force named in a bilingual country's two languages by names no table ties ("RCMP",
"Gendarmerie royale du Canada") is one body when one ranked officer, named in full, speaks
for it in an article of each language (``daily.officers_forces``)."""

from __future__ import annotations

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub

# (article, its language, the actor)
Named = tuple[str, str, ActorStub]


def _groups(*named: Named) -> list[list[str]]:
    actors = [actor for _, _, actor in named]
    found = same_actor_groups(
        actors, articles=[article for article, _, _ in named], languages=[lang for _, lang, _ in named]
    )
    return sorted(sorted(f"{named[i][0]}:{actors[i].name}" for i in group) for group in found)


def _officer(name: str, rank: str) -> ActorStub:
    return ActorStub(name, kind="person", role=rank)


def test_one_officer_in_two_languages_ties_his_force() -> None:
    groups = _groups(
        ("a", "en", ActorStub("RCMP")),
        ("a", "en", ActorStub("Acadian Fishermen's Association", kind="organization")),
        ("a", "en", _officer("Luc Chiasson", "Cpl.")),
        ("b", "fr", ActorStub("Gendarmerie royale du Canada")),
        ("b", "fr", _officer("Luc Chiasson", "caporal")),
    )
    assert ["a:RCMP", "b:Gendarmerie royale du Canada"] in groups


def test_two_acronyms_of_the_two_languages_too() -> None:
    # Canada's border agency: "CBSA" in English, "ASFC" in French.
    groups = _groups(
        ("a", "en", ActorStub("CBSA")),
        ("a", "en", _officer("Marie Leblanc", "Insp.")),
        ("b", "fr", ActorStub("ASFC")),
        ("b", "fr", _officer("Marie Leblanc", "inspectrice")),
    )
    assert ["a:CBSA", "b:ASFC"] in groups


def test_two_forces_in_an_article_tie_nothing() -> None:
    groups = _groups(
        ("a", "en", ActorStub("RCMP")),
        ("a", "en", ActorStub("Moncton police")),
        ("a", "en", _officer("Luc Chiasson", "Cpl.")),
        ("b", "fr", ActorStub("Gendarmerie royale du Canada")),
        ("b", "fr", _officer("Luc Chiasson", "caporal")),
    )
    assert ["b:Gendarmerie royale du Canada"] in groups


def test_one_language_ties_nothing() -> None:
    # An officer of one force may speak of another's work in a report of the same newsroom.
    groups = _groups(
        ("a", "en", ActorStub("RCMP")),
        ("a", "en", _officer("Luc Chiasson", "Cpl.")),
        ("b", "en", ActorStub("Sûreté du Québec")),
        ("b", "en", _officer("Luc Chiasson", "Cpl.")),
    )
    assert ["a:RCMP"] in groups


def test_two_officers_sharing_a_surname_tie_nothing() -> None:
    groups = _groups(
        ("a", "en", ActorStub("RCMP")),
        ("a", "en", _officer("Chiasson", "Cpl.")),
        ("b", "fr", ActorStub("Sûreté du Québec")),
        ("b", "fr", _officer("Chiasson", "sergent")),
    )
    assert ["a:RCMP"] in groups


def test_a_person_without_a_rank_ties_nothing() -> None:
    # A fisherman quoted by both newsrooms says nothing of whose force it is.
    groups = _groups(
        ("a", "en", ActorStub("RCMP")),
        ("a", "en", _officer("Réjean Chiasson", "fisherman")),
        ("b", "fr", ActorStub("Sûreté du Québec")),
        ("b", "fr", _officer("Réjean Chiasson", "pêcheur")),
    )
    assert ["a:RCMP"] in groups
