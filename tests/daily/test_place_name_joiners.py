"""Known bugs of issue 25 in reading a place's names: the small words inside a name
("de", "am", "nell'") are one table (``lexicons.place_name_words.PLACE_NAME_JOINERS``) for
every reader of a name; a person's "also known as" is no place's other name; a name written
twice ("Baden-Baden") is a name, not a sign's two names. Invented sentences and towns."""

from __future__ import annotations

import pytest

from summarizer.daily import body_city_names
from summarizer.daily.place_aliases import day_aliases, declared_aliases, respelled
from summarizer.daily.place_keys import place_key
from summarizer.engines.extractive.town_names import as_a_name


def _pair(one: str, other: str) -> tuple[tuple[str, str], ...]:
    a, b = place_key(one), place_key(other)
    return ((a, b) if a < b else (b, a),)


@pytest.mark.parametrize(
    ("capitals", "name"),
    [
        ("SANT JOAN DE L'ESTANY", "Sant Joan de l'Estany"), ("VILLENEUVE-D'ASCQ", "Villeneuve-d'Ascq"),
        ("REGGIO NELL'EMILIA", "Reggio nell'Emilia"), ("FRANKFURT AM MAIN", "Frankfurt am Main"),
        ("CASTILLA Y LEÓN", "Castilla y León"), ("STRATFORD-UPON-AVON", "Stratford-upon-Avon"),
        # A joiner opening the name is its first word.
        ("L'ALFÀS DE MAR", "L'Alfàs de Mar"), ("LA ROCHE-SUR-YON", "La Roche-sur-Yon"),
    ],
)  # fmt: skip
def test_a_name_in_capitals_is_written_with_its_joiners_in_lower_case(capitals: str, name: str) -> None:
    assert as_a_name(capitals) == name


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        # Joiners the declaration reader did not know before the one table.
        ("Un incendio a Cerreto della Valle (Bad Talheim in tedesco) ha distrutto un fienile.",
         "Cerreto della Valle", "Bad Talheim"),
        ("A lorry overturned in Marston upon Wyle (Marsteen Gwy in Welsh) on Tuesday.",
         "Marston upon Wyle", "Marsteen Gwy"),
        ("Um incêndio em Vila das Fontes (Fontaine Ville em francês) destruiu um celeiro.",
         "Vila das Fontes", "Fontaine Ville"),
    ],
)  # fmt: skip
def test_a_declared_name_with_any_joiner_of_the_table_is_read_whole(text: str, one: str, other: str) -> None:
    assert declared_aliases(text) == _pair(one, other)


def test_a_city_name_with_an_elided_joiner_is_one_phrase_in_a_bodys_name() -> None:
    phrases = {p for _, _, p in body_city_names._phrases("la police de Villeneuve-d'Ascq a confirmé")}
    assert "Villeneuve-d'Ascq" in phrases
    # An apostrophe after a word that is no joiner joins nothing: "Aachen's" police.
    assert "Aachen's" not in {p for _, _, p in body_city_names._phrases("Aachen's police said")}


@pytest.mark.parametrize(
    "text",
    [
        "The drug lord Joaquín Marlow, also known as El Halcón, was arrested in Valdeoca.",
        "Le braqueur Jean Dupré, dit Le Grand, a été arrêté à Champfontaine.",
        "Der Dealer Hans Meierhof, alias Der Graf, wurde in Feldbrunnen gefasst.",
        "El narcotraficante Juan Pereda, alias El Gordo, fue detenido en Olmeda.",
        "Il boss Marco Espositi, anche detto O Professore, è stato arrestato a Montvallo.",
        "O traficante João Pereira, também conhecido como Zé Grande, foi preso em Vila Serrana.",
    ],
)
def test_a_persons_also_known_as_is_no_place_alias(text: str) -> None:
    assert declared_aliases(text) == ()


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Port Adela, also known as Adelport, was flooded.", "Port Adela", "Adelport"),
        # A saint's name in a town's is the town's, though the saint has a given name.
        ("Santa Maria di Valle, also called Valmaria, was flooded.", "Santa Maria di Valle", "Valmaria"),
        ("San Juan del Estanque, también llamado Estanque, quedó aislado.", "San Juan del Estanque", "Estanque"),
    ],
)  # fmt: skip
def test_a_towns_also_known_as_is_still_read(text: str, one: str, other: str) -> None:
    assert declared_aliases(text) == _pair(one, other)


def test_a_name_written_twice_is_a_name_not_the_day_s_town_of_half_of_it() -> None:
    """A day that declares "Bade" Baden's French name: Baden-Baden stays Baden-Baden."""
    aliases = day_aliases(_pair("Bade", "Baden"))
    one = aliases[place_key("Baden")]
    assert respelled(place_key("Baden-Baden"), aliases) == place_key("Baden-Baden")
    assert respelled("kurhaus baden baden", aliases) == "kurhaus baden baden"
    # The near miss: the declared town, and a sign's two names of it, are the day's one key.
    assert respelled("baden", aliases) == one
    assert respelled("exit baden bade", aliases) == f"exit {one}"


def test_the_engines_town_names_read_the_one_table() -> None:
    """The engine writes a town's capitals with the joiners of ``PLACE_NAME_JOINERS``, a
    German "vom" and an Italian "dello" too, as ``place_aliases`` and ``named_sites`` read them."""
    assert as_a_name("BAD HOMBURG VOM STEIN") == "Bad Homburg vom Stein"
    assert as_a_name("CASTEL DELLO SPIRITO") == "Castel dello Spirito"
