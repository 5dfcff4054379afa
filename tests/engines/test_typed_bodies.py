"""Bodies named right after the noun saying what kind of body they are (``typed_bodies``),
in every language the engine reads, and the near-misses that must not become bodies."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.actors import ActorFinder
from summarizer.engines.extractive.typed_bodies import find_typed_bodies
from tests.engines.test_place_named_bodies import engine_actors


def typed(text: str, lang: str) -> dict[str, str]:
    """What this reader alone adds: name -> kind."""
    finder = ActorFinder(text, lang)
    find_typed_bodies(finder, lang)
    return {c.name: c.kind for c in finder.candidates}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Nach Angaben der Bahngesellschaft SNCB wurde die Frau leicht verletzt.", "SNCB"),
        ("de", "Der Betreiber MEC spricht von rund 2400 betroffenen Wohnungen.", "MEC"),
        ("de", "Das hat die Veranstalterin Alpenklang am Abend mitgeteilt.", "Alpenklang"),
        ("de", "sagte ein Sprecher des flämischen Bauernverbands Boerenbond.", "Boerenbond"),
        ("nl", "Netbeheerder Enexis heeft het gas afgesloten voor 300 huishoudens.", "Enexis"),
        ("nl", "Een graansilo van de coöperatie Agri-Hesbaye in Borgworm is ontploft.", "Agri-Hesbaye"),
        ("fr", "L'entreprise Scheldevries n'en compte, elle, que deux.", "Scheldevries"),
        ("fr", "Selon la compagnie ferroviaire CP, trois personnes ont été blessées.", "CP"),
        ("fr", "Le syndicat allemand Verdi appelle les salariés à manifester.", "Verdi"),
        ("es", "La empresa concesionaria, Kintoa, no ha facilitado cifras.", "Kintoa"),
        ("es", "El astillero Mestral confirmó que el incendio está controlado.", "Mestral"),
        ("it", "Per la società Restauval il pasto era conforme alle norme.", "Restauval"),
        ("pt", "A cooperativa Agrovale garante que não houve feridos.", "Agrovale"),
        ("ca", "La cooperativa Agrovall diu que no hi ha ferits.", "Agrovall"),
        ("en", "Grid operator Enexis expects to restore supply by six this evening.", "Enexis"),
        # Outside German, a name of a few capitalised words.
        ("fr", "Selon l'entreprise Ferrà Joiers, le vol a eu lieu la nuit.", "Ferrà Joiers"),
        ("es", "La naviera Baleària Express cifró en 300 los pasajeros afectados.", "Baleària Express"),
    ],
)
def test_the_word_after_a_body_noun_is_a_body(lang: str, text: str, name: str) -> None:
    assert engine_actors(text, lang).get(name) == "organization"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # German capitalises every noun: a common noun after the body noun is no name.
        ("de", "Nach dem Streik verlangt die Gewerkschaft Lohnerhöhungen von acht Prozent."),
        # Two capitalised words: a person's full name, read by the person rules.
        ("de", "Die Veranstalterin Anna Huber sagte das Konzert ab."),
        # A place after the noun (the article says so): the body of a place, not its name.
        ("de", "Die Lehrer in Tirol streiken. Der Verband Tirol fordert mehr Personal."),
        ("nl", "De staking in Limburg duurt voort; de vakbond Limburg eist meer loon."),
        # A verb between the noun and the name: the name is the verb's object.
        ("fr", "L'entreprise a contacté Renault dès lundi."),
        # Named after a person: a school, and "Jean" is a given name.
        ("fr", "Le groupe scolaire Jean-Moulin a été fermé mardi."),
        # The start of a longer name ("Tranvías del Ebro"), read by the whole-name readers.
        ("es", "La empresa Tranvías del Ebro suspendió el servicio."),
        # A person's job in English: "operator" alone is never a body's noun here.
        ("en", "Crane operator Hale said the load slipped."),
        # A given name opens a person's name, whatever the noun before it.
        ("fr", "L'association Marie Curie a annoncé une collecte."),
        ("it", "La ditta Mario Rossi ha chiuso il cantiere."),
        # German capitalises every noun: one word only after the noun.
        ("de", "Die Gewerkschaft Verdi Lohnerhöhungen fordert niemand."),
        # A month after the noun.
        ("es", "El sindicato Marzo no existe: la huelga empezó en marzo."),
    ],
)
def test_near_misses_add_no_body(lang: str, text: str) -> None:
    assert typed(text, lang) == {}


def test_a_surname_of_a_person_already_read_stays_the_person() -> None:
    # Two people share the surname, but neither "Huber" becomes a body.
    text = "Anna Huber leitet das Festival, ihr Bruder Peter Huber die Technik. Die Veranstalterin Huber sagte ab."
    found = engine_actors(text, "de")
    assert found.get("Huber") != "organization"
    assert "Anna Huber" in found


def test_the_body_is_one_actor_across_its_mentions() -> None:
    text = (
        "In Hulst ist Ammoniak ausgetreten. Nach Angaben des Betreibers Scheldevries wurden zwei "
        "Arbeiter verletzt. Scheldevries will die Anlage am Montag wieder öffnen."
    )
    briefing = ExtractiveEngine().brief(Article(text=text, language="de"), None)
    bodies = [a for a in briefing.actors if a.name == "Scheldevries"]
    assert len(bodies) == 1 and len(bodies[0].mentions) == 2


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # The trade said with "of" and a lower-case noun between the body noun and the name.
        ("fr", "Selon l'association de consommateurs Codal, 60 voitures sont en panne.", "Codal"),
        ("fr", "Le repas avait été livré par la société de restauration collective Restoval.", "Restoval"),
        ("fr", "Selon le syndicat allemand des surveillants VGS, deux agents ont été blessés.", "VGS"),
        ("it", "L'associazione dei ristoratori AFR parla di una quarantina di tavolini.", "AFR"),
        (
            "es",
            "La empresa de salvamento Socorrismo Norte, concesionaria del servicio, lo niega.",
            "Socorrismo Norte",
        ),
        ("pt", "A associação de moradores Vizinhos Unidos diz que a rua fechou.", "Vizinhos Unidos"),
        ("ca", "L'associació de comerciants Botiguers Units diu que hi ha pèrdues.", "Botiguers Units"),
        ("fr", "Selon l'association de défense des riverains Nuits Calmes, le bruit dure.", "Nuits Calmes"),
        # English "group" with its field before it, without an article.
        ("en", "Consumer group Codal says more than 60 cars have been damaged.", "Codal"),
        ("en", "The campaign group Mar Claro says satellite images show a wider slick.", "Mar Claro"),
        # An Italian fuel station named by its distributor's noun, as French and Spanish.
        ("it", "Le auto avevano fatto rifornimento al distributore Petrolsud di viale Roma.", "Petrolsud"),
    ],
)
def test_a_body_named_after_its_noun_and_trade(lang: str, text: str, name: str) -> None:
    assert typed(text, lang).get(name) == "organization"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A place after the complement: the body of a place, read by the place readers.
        ("fr", "La compagnie de gendarmerie de Lannion a ouvert une enquête."),
        ("fr", "L'association des commerçants de Lyon réclame des aides."),
        # A person after the complement: a given name opens it.
        ("es", "La empresa de José García no ha hecho comentarios."),
        ("it", "La società di trasporti Mario Rossi ha chiuso."),
        # A verb after the complement, not an adjective: the name is its object.
        ("fr", "La société de transport contacte Renault dès lundi."),
        ("pt", "A empresa de limpeza chamou Carlos para depor."),
        # German and Dutch write the trade into the compound: no "of" reading there.
        ("de", "Der Verband der Köche Bayern fordert mehr Personal."),
        # English "group" before "of": a group of people, no body.
        ("en", "A group of British tourists said the bus was late."),
    ],
)
def test_near_misses_of_a_trade_add_no_body(lang: str, text: str) -> None:
    assert typed(text, lang) == {}
