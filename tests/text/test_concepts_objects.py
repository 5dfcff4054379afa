"""What an event typed "other" was done to or with (``lexicons.concepts_objects``: tiles,
facades, motorhomes, scallops, apples, orchards, bedbugs), and the Italian, Portuguese, Dutch
and Catalan words of a car, a hire and a rocket, read as one concept in the languages
the merge reads. A word another language writes for something else is read as none of them:
an Italian carnival float ("carro") is no car, a French "appel" no apple, a French
"location" no place and no hire. Every word is general news vocabulary."""

from __future__ import annotations

import pytest

from summarizer.text.accents import fold_accents
from summarizer.text.concepts import concepts_of, conflicts


def _read(word: str) -> tuple[str, ...]:
    return concepts_of(fold_accents(word.casefold()))


@pytest.mark.parametrize(
    ("concept", "forms"),
    [
        ("tile", "tiles Fliesen Kacheln faïences azulejos baldosas piastrelle mattonelle tegels rajoles"),
        ("facade", "facade Fassade façade fachada facciata gevel façana"),
        (
            "motorhome",
            "motorhomes campervan Wohnmobile camping-cars autocaravanas camper kampeerauto autocaravanes",
        ),
        ("scallop", "scallops Jakobsmuscheln vieiras capesante sint-jakobsschelpen vieires"),
        ("apple", "apples Äpfel pommes manzanas mele maçãs appelen pomes"),
        ("orchard", "orchard Obstwiesen vergers frutteto pomar boomgaard"),
        ("bedbug", "bedbugs Bettwanzen chinches cimici-dei-letti percevejos bedwantsen xinxes"),
        ("car", "cars voitures coches viaturas automóveis"),
        ("rent", "rental alquiler noleggio aluguer lloguer"),
        ("fireworks", "fireworks fusées vuurpijlen vuurwerk coets"),
    ],
)
def test_every_language_reads_one_object(concept: str, forms: str) -> None:
    for form in forms.split():
        assert _read(form) == (concept,), form


@pytest.mark.parametrize(
    "word",
    [
        "carro",  # an Italian carnival float ("carro allegorico"), a Spanish cart
        "carros",
        "appel",  # French: a call, an appeal ("appel à témoins")
        "appels",
        "location",  # French: a hire; English: a place
        "caravana",  # Spanish: a convoy, a tailback, as well as a caravan
        "macchina",  # Italian: a machine as well as a car
        "telha",  # a roof tile, a storm's damage, not a facade's glazed tile
        "carreaux",  # French: a window's panes ("les carreaux de l'école brisés")
        "tegel",  # Berlin's Tegel, its airport and its lake
        "cimici",  # Italian: any bug, the stink bug of orchards, a listening device
        # The kind of event itself: two fines of one town share it.
        "beboet",
        "multat",
        "multe",
        "verbalisés",
    ],
)
def test_a_word_of_two_meanings_across_languages_is_no_object(word: str) -> None:
    assert _read(word) == (), word


def test_no_form_is_written_for_two_concepts() -> None:
    assert conflicts() == {}
