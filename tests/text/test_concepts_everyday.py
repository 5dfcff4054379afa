"""The everyday nouns of news (``lexicons.concepts_everyday``) read as one concept in the six
languages the product reads, with Italian and Portuguese plurals; a word another language
writes alike for something else is read as none. Every word is general news vocabulary."""

from __future__ import annotations

import pytest

from summarizer.text.accents import fold_accents
from summarizer.text.concepts import _by_language, concepts_of, conflicts


def _read(word: str) -> tuple[str, ...]:
    return concepts_of(fold_accents(word.casefold()))


@pytest.mark.parametrize(
    ("concept", "forms"),
    [
        ("tug", "tug tugboats Schlepper Schleppers remorqueurs remolcadores rimorchiatori rebocadores"),
        ("lifeboat", "lifeboats Seenotkreuzer Rettungsboote scialuppe"),
        ("icebreaker", "icebreaker Eisbrecher rompehielos rompighiaccio"),
        ("autopsy", "autopsy Autopsie Obduktion obduziert autopsias autópsia necropsia"),
        ("corpse", "corpse Leiche Leichnam cadavre cadáveres cadaveri salma carcasses"),
        (
            "fake",
            "counterfeit Falschgeld Falschnoten gefälschte faux fausses falsos falsificados contraffatti",
        ),
        ("memorial", "memorial Kriegerdenkmal Denkmäler Mahnmal monument mémorial monumentos"),
        ("statue", "statues Skulptur estatuas statua estátuas"),
        ("gym", "gym Turnhalle Sporthallen gymnase gimnasios pabellones palazzetto pavilhões ginásios"),
        ("roof", "roof Dach toit tejado tetti telhados"),
        ("ammunition", "bullets Patronen douilles casquillos bossoli cartuchos munições"),
        ("copper", "copper Kupfer cuivre cobre"),
        ("insolvency", "insolvency Insolvenz faillite quiebra fallimento falência creditori credores"),
        ("snowstorm", "blizzard Schneesturm ventisca bufera nevasca"),
        ("sheep", "sheep Schafe moutons ovejas pecore ovelhas"),
        ("bird", "goldfinches Stieglitz chardonnerets jilgueros cardellini pintassilgos"),
        ("fireworks", "firecrackers Raketen fusées cohetes razzi foguetes"),
        ("herd", "herd flocks Herden troupeaux rebaños gregge rebanho"),
        ("cow", "heifer Färse génisse novillas giovenche novilhas"),
        ("wedding", "wedding Hochzeit mariage bodas nozze casamentos"),
        ("bait", "baits Giftköder appâts cebos esche iscos"),
        ("trapped", "trapped intrappolati encurralado"),
        ("stage", "stage Bühne estrade escenarios palchi"),
        ("relic", "relics Reliquien reliquaire relicarios reliquiari relíquias"),
        ("painting", "paintings Gemälde tableaux cuadros dipinti pinturas"),
        ("bomb_squad", "deminers Kampfmittelräumdienst démineurs artificieros artificieri sapadores"),
        ("defused", "defused entschärft désamorcée desactivaron disinnescata desativado"),
    ],
)
def test_every_language_reads_one_everyday_concept(concept: str, forms: str) -> None:
    for form in forms.split():
        assert _read(form) == (concept,), form


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Schweinefutter", ("pig", "food")),
        ("Kupferkabel", ("copper", "cable")),
    ],
)
def test_a_german_compound_is_read_by_its_everyday_parts(word: str, parts: tuple[str, ...]) -> None:
    assert _read(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        # Written alike in another language for something else.
        "balsa", "rame", "cabo", "camino", "vol", "tombe", "grave", "palestra", "scala",
        # A word of two meanings in its own language, and what every report says.
        "bust", "body", "corps", "cuerpo", "corpo",
        # What kind of crime or weather it was: two of one town share it.
        "theft", "Betrug", "escroquerie", "vandalism", "storm", "tormenta",
        # Said of every rescue and every release: two of one town's day share it.
        "freed", "libérées", "befreit",
        # The scene of every crime, not a stage; French television, not an Italian canvas.
        "scène", "télé",
    ],
)  # fmt: skip
def test_a_homograph_or_a_kind_is_no_everyday_concept(word: str) -> None:
    assert _read(word) == ()


def test_a_concept_gives_four_languages_or_six() -> None:
    assert set(_by_language("tug | Schlepper | remorqueur | remolcador")) == {"en", "de", "fr", "es"}
    six = _by_language("tug | Schlepper | remorqueur | remolcador | rimorchiatore | rebocador")
    assert six["it"] == ["rimorchiatore"] and six["pt"] == ["rebocador"]
    with pytest.raises(ValueError):
        _by_language("tug | Schlepper | remorqueur | remolcador | rimorchiatore")


def test_the_everyday_tables_write_no_form_for_two_concepts() -> None:
    assert conflicts() == {}
