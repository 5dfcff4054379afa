"""A fall the engine did not read as an event: a tree, a scaffold or a lights arch that came
down on something, a person who fell from a height, told by the verb alone with no word for
an accident, in every language the engine reads (``lexicons/falls.py``; invented
sentences). What else "falls" (prices, a government, night, a decision, an album in the
charts), a fall denied or only feared, and a storm that brought the tree down stay apart;
hostile text is read quickly."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A large oak tree has come down on a bus shelter on Marlow Road this morning.", "en"),
        ("A second tree has fallen in Kessel, this time crushing two parked cars.", "en"),
        ("A lighting rig came down on the stage during the concert in Brenna.", "en"),
        ("A man of 24 was taken to hospital after falling from a second-floor balcony.", "en"),
        ("Am Morgen ist eine Platane auf ein geparktes Auto gestürzt.", "de"),
        ("Ein Arbeiter stürzte am Nachmittag in Kelbach sechs Meter tief von einem Baugerüst.", "de"),
        ("Dans l'après-midi, un platane est tombé sur une voiture à Morvelle.", "fr"),
        ("Un ouvrier a chuté d'un échafaudage rue Haute, à Brassac.", "fr"),
        ("Una estructura de focos cayó sobre el escenario durante la verbena de Toriel.", "es"),
        ("Un trabajador cayó desde un andamio de seis metros en el puerto de Brenna.", "es"),
        ("Un platano è caduto in via Roma, schiacciando due auto parcheggiate.", "it"),
        ("Il pino si è piegato di colpo ed è finito sulla pensilina del bus.", "it"),
        ("Um arco de iluminação caiu esta tarde sobre quem passava na Rua Direita.", "pt"),
        ("O operário sofreu ferimentos na queda de uma chapa de aço no estaleiro.", "pt"),
        ("In Dilbeek is een boom op een geparkeerde auto gevallen.", "nl"),
        ("Un arbre va caure sobre un cotxe aparcat a la Rambla de Vilamar.", "ca"),
    ],
)
def test_a_fall_is_an_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # What falls without falling on anything: prices, sales, a wall in history.
        ("Prices fell from a record high on Monday.", "en"),
        ("Christmas tree sales fell by 10 per cent this year.", "en"),
        ("The Berlin Wall fell in 1989.", "en"),
        ("Die Entscheidung ist am Abend gefallen.", "de"),
        ("Der Aktienkurs stürzte am Montag auf ein Rekordtief.", "de"),
        ("Die neue Platte fiel auf Platz drei der Charts.", "de"),
        ("Le gouvernement est tombé après la motion de censure.", "fr"),
        ("La nuit est tombée sur la ville.", "fr"),
        ("Las acciones cayeron un 5% en el precio de los pisos.", "es"),
        ("La bolsa cayó desde un máximo histórico.", "es"),
        ("Il governo è caduto ieri sera dopo il voto di fiducia.", "it"),
        ("Il piccolo comune era già finito sui giornali martedì.", "it"),
        ("A bolsa de Lisboa caiu 3% esta manhã.", "pt"),
        ("De koersen vielen op de beurs.", "nl"),
        ("El govern va caure després de la moció.", "ca"),
        # A fall denied or only feared.
        ("No tree fell on the school, the council said.", "en"),
        ("Ein Baum könnte auf die Straße stürzen.", "de"),
    ],
)
def test_what_else_falls_is_no_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A tree or a plan that "fell" as a figure of speech: nothing came down.
        ("The tree of life motif fell into disuse after the war.", "en"),
        ("The family tree fell apart after the inheritance dispute.", "en"),
        # A person pushed or thrown from a height: a crime's report, not an accident's.
        ("A worker fell from the roof after being pushed by a colleague.", "en"),
        ("Ein Mann stürzte aus dem Fenster, nachdem er von seinem Partner gestoßen wurde.", "de"),
        ("Une femme a chuté du balcon après avoir été poussée par son compagnon.", "fr"),
        ("Un hombre cayó desde el balcón tras ser empujado por un vecino.", "es"),
        ("Una donna è caduta dal balcone dopo essere stata spinta dal compagno.", "it"),
        ("Um homem caiu da varanda depois de ser empurrado por um vizinho.", "pt"),
    ],
)
def test_a_figurative_or_pushed_fall_is_no_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) != "accident"


def test_a_tree_brought_down_by_a_storm_is_the_storm_s() -> None:
    assert incident_type("A tree fell on a car during the storm in Kessel.", "en") == "disaster"


def test_people_hurt_by_a_fall_are_the_fall_s_report() -> None:
    assert incident_type("Two people were injured when a tree fell on a bus shelter.", "en") == "accident"


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt", "nl", "ca"])
def test_the_fall_cues_read_hostile_text_quickly(lang: str) -> None:
    """Long runs of the cues' parts with no ending (no backtracking blow-up), mixed scripts."""
    hostile = (
        "tree has " * 1_000
        + "scaffolding fell " * 1_000
        + "auf ein " * 1_000
        + "caduto dal " * 1_000
        + "queda de uma " * 1_000
        + "Жук Ωμέγα " * 500
        + "x"
    )
    started = time.thread_time()
    incident_type(hostile, lang)
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A person who fell a measured drop, no height named: the length is the news.
        ("A walker was seriously injured after falling about 25 metres at Kessel Gorge.", "en"),
        ("Police said a climber had fallen around 40 feet while descending the crag.", "en"),
        ("Ein Kletterer ist am Sonntag rund zwanzig Meter tief in eine Felsspalte gestürzt.", "de"),
        ("Un randonneur a fait une chute d'une quinzaine de mètres près de Morvelle.", "fr"),
        ("Un escalador cayó unos quince metros en la sierra de Toriel.", "es"),
        ("Un escursionista è precipitato per una ventina di metri in un canalone.", "it"),
        ("Um pescador caiu cerca de dez metros numa arriba da Nazaré.", "pt"),
        ("Een wandelaar is twintig meter diep gevallen in een ravijn bij Dilbeek.", "nl"),
        ("Un excursionista va caure uns vint metres per un barranc de Vilamar.", "ca"),
    ],
)
def test_a_measured_drop_is_an_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A level that fell so many metres: no one fell.
        ("The water level fell two metres overnight.", "en"),
        ("The lake level has fallen almost three metres since June.", "en"),
        ("Der Pegel des Sees ist zwei Meter tief gefallen.", "de"),
        ("Le niveau du lac a chuté de deux mètres en un mois.", "fr"),
        ("El nivel del agua cayó dos metros en el embalse.", "es"),
        ("Il livello del fiume è caduto di due metri.", "it"),
        ("O nível da barragem caiu dez metros este verão.", "pt"),
        ("De waterstand viel twee meter diep.", "nl"),
        ("El nivell de l'aigua va caure dos metres.", "ca"),
        # Metres told as where, not how far: a rider who came off below the pass.
        ("Am Nachmittag stürzte wenige hundert Meter unterhalb der Passhöhe ein Motorradfahrer.", "de"),
        # Prices fall by no metre.
        ("Shares fell 30 per cent after the results.", "en"),
    ],
)
def test_a_level_or_a_place_in_metres_is_no_measured_drop(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) != "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A lake, a reservoir or a river that fell so many metres: no one fell.
        ("Lake Mead has fallen 150 feet since 2000, officials in Nevada said.", "en"),
        ("The river Severn fell two metres overnight at Shrewsbury.", "en"),
        ("Der Grundwasserspiegel ist in zehn Jahren um zwanzig Meter tief gefallen.", "de"),
        # A projectile that fell so far from a building: a strike's news, no one's fall.
        ("A rocket fell about 300 metres from the hospital in Kharkiv.", "en"),
        ("Un razzo è caduto a 300 metri dall'ospedale di Kharkiv.", "it"),
        ("Un proyectil cayó a 200 metros de la escuela de Jersón.", "es"),
        ("Um míssil caiu a 300 metros do hospital de Kharkiv.", "pt"),
        ("Un projectil va caure a 300 metres de l'hospital de Kharkiv.", "ca"),
        # Snow that fell so deep.
        ("Sono caduti oltre due metri di neve a Livigno nelle ultime 48 ore.", "it"),
        ("Han caído más de dos metros de nieve en Baqueira en el fin de semana.", "es"),
        ("Il est tombé près de deux mètres de neige à Val Thorens ce week-end.", "fr"),
    ],
)
def test_a_lake_a_rocket_or_snow_that_fell_metres_is_no_measured_drop(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) != "accident"


def test_a_newspaper_named_before_a_measured_drop_keeps_it() -> None:
    """The newspaper "Der Spiegel" is no water table: only a compound's "-spiegel" is a level."""
    sentence = "Wie der Spiegel berichtet, ist ein Bergsteiger zwanzig Meter tief gestürzt."
    assert incident_type(sentence, "de") == "accident"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A "sentence" of thousands of cues: each cue's guards read the whole of it.
        ("trovate armi " * 8_000, "it"),
        ("lake fell 30 metres " * 5_000, "en"),
        ("the political fire " * 5_000, "en"),
        ("cayó dos metros de " * 5_000, "es"),
    ],
)
def test_a_sentence_of_thousands_of_cues_is_read_quickly(text: str, lang: str) -> None:
    started = time.thread_time()
    incident_type(text, lang)
    assert time.thread_time() - started < 2.0


# Ice that fell from a roof onto people or cars is an accident, told by what fell; snow that
# fell, or a price "on ice", is none.
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A delivery driver was hurt by falling icicles in Grenby's market square.", "en"),
        ("Ein Radfahrer wurde in der Altstadt von Mühlau von herabfallenden Eiszapfen getroffen.", "de"),
        ("Des morceaux de glace détachés d'une corniche ont légèrement blessé un facteur à Vernolle.", "fr"),
        ("Des chutes de stalactites ont cabossé le toit d'une camionnette garée rue Haute.", "fr"),
        ("Varios trozos de hielo cayeron desde un balcón sobre la terraza de un bar de Villacorta.", "es"),
        ("Bij het station van Dorpveen werd een fietser geraakt door vallend ijs.", "nl"),
    ],
)
def test_ice_that_fell_from_a_roof_is_an_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Fresh powder kept falling across the valley all weekend; more snow fell at dawn.", "en"),
        ("The plan to build the bridge has been put on ice.", "en"),
        ("In der Nacht ist im Tal viel Schnee gefallen.", "de"),
    ],
)
def test_snow_that_fell_or_a_plan_on_ice_is_no_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


# Falling ice warned of, the one warned named first, is no fall that happened.
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The council warns residents about falling icicles from the tower.", "en"),
        (
            "Attention aux chutes de plaques de glace le long des gouttières, rappelle la préfecture de Sarlonne.",
            "fr",
        ),
        ("Rijkswaterstaat waarschuwt automobilisten voor vallend ijs van de portalen.", "nl"),
    ],
)
def test_falling_ice_warned_of_is_no_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None
