"""A collision told by its verb is an accident in every language the engine briefs ("two
paragliders collided", "kollidierten zwei Gleitschirme", "sind ... zusammengestossen",
"se sont percutés", "colisionaron", "colidiram"), as is a pile-up, a vehicle that struck
something, a stand that gave way or a tank that burst; a clash of views, dates or refusals,
a deal that fell apart or a bubble that burst, told with the same verbs, is none."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A Dutch pilot was hurt this morning when two paragliders collided after take-off.", "en"),
        ("Two freight trains have collided near the border crossing.", "en"),
        ("Kurz nach dem Start kollidierten zwei Gleitschirme in rund 80 Metern Höhe.", "de"),
        ("Zwei Gleitschirmpiloten sind am Samstag über Fiesch in der Luft zusammengestossen.", "de"),
        ("Zwei Radfahrer sind am Morgen auf der Uferpromenade zusammengestoßen.", "de"),
        ("Auf der Kreuzung stießen am Abend zwei Autos frontal zusammen.", "de"),
        ("Im Nebel stießen gegen 7.30 Uhr zwischen Altdorf und Neudorf zwei Autos frontal zusammen.", "de"),
        ("Ein Lieferwagen ist am Morgen auf der Kreuzung mit einer Straßenbahn kollidiert.", "de"),
        ("Deux parapentes se sont percutés peu après le décollage au-dessus de Fiesch.", "fr"),
        ("Dos turismos colisionaron frontalmente en la carretera de la costa.", "es"),
        ("Dois carros colidiram esta manhã na estrada nacional.", "pt"),
        # A pile-up, a vehicle that struck something with the time between, a stand that
        # gave way, a tank that burst.
        ("At least 20 vehicles piled into each other in thick fog on the motorway.", "en"),
        ("A pile-up closed the northbound carriageway for three hours.", "en"),
        ("Auf der A1 sind am Donnerstagmorgen 23 Fahrzeuge ineinandergefahren.", "de"),
        ("Eine Massenkarambolage hat den Verkehr am Morgen lahmgelegt.", "de"),
        ("Une péniche a heurté jeudi vers 6h30 le pont de la Gare, sur le canal.", "fr"),
        ("Sa motoneige a percuté de plein fouet un arbre sur le sentier.", "fr"),
        ("Una grada desmontable con capacidad para unas 300 personas se vino abajo este sábado.", "es"),
        ("Earlier, a steel wine tank burst at a winery in the valley, spilling 60,000 litres.", "en"),
    ],
)
def test_a_collision_verb_types_an_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A figure of speech, a clash of dates, a refusal met: no event.
        ("Their views collided at the party conference in the spring.", "en"),
        ("Two worlds collided at the first meeting of the two families.", "en"),
        ("Der neue Termin kollidiert mit der Sitzung des Gemeinderats.", "de"),
        ("Die Pläne kollidieren mit dem Naturschutzrecht.", "de"),
        ("Les élus se sont heurtés au refus du préfet.", "fr"),
        ("La ministre a heurté la sensibilité des syndicats par ses propos.", "fr"),
        ("El acuerdo de gobierno se vino abajo este sábado.", "es"),
        ("The housing bubble burst and prices fell by a third.", "en"),
        ("Die Pläne der beiden Parteien sind ineinander verschränkt.", "de"),
    ],
)
def test_a_clash_of_views_or_dates_is_no_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


# A skier or snowboarder who ran into others on a slope is an accident, as a vehicle that
# struck a person is; a skier who "hit the slopes" or "hit a personal best" struck no one.
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("On the nursery slope at Brenzach a skier ran into a snowboarder waiting for the lift.", "en"),
        ("A skier knocked down a young snowboarder near the lower lift station on Sunday.", "en"),
        ("Ein Snowboarder erfasste eine Skifahrerin aus Wien auf der Talabfahrt.", "de"),
        ("Un snowboardeur a percuté une skieuse de 40 ans sur la piste bleue.", "fr"),
        ("Un esquiador arrolló a una monitora de la escuela de esquí en la pista verde de Valcebre.", "es"),
        ("Un maestro di sci è stato investito da uno snowboarder sulla pista azzurra.", "it"),
    ],
)
def test_a_skier_who_ran_into_others_is_an_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of skiers hit the slopes on Saturday as the season opened.",
        "The snowboarder hit a personal best in the halfpipe final.",
    ],
)
def test_a_skier_who_hit_the_slopes_struck_no_one(sentence: str) -> None:
    assert incident_type(sentence, "en") is None


# A vehicle that crashed into whatever it hit (a market's stalls, a café's terrace, a
# crowd) is an accident; a bus that rolled into town, a car that sped towards a palace, or
# sales that crashed into recession are none.
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Un camion de livraison mal freiné a reculé sur la place du Puits avant de percuter trois "
            "étals de fromagers.",
            "fr",
        ),
        ("Un fourgon a foncé dans le kiosque à journaux de Marvejac.", "fr"),
        ("Der Lieferwagen rollte rückwärts über den Dorfplatz und hat einen Brunnen gerammt.", "de"),
        ("Ein Auto ist am Abend in Feldau in eine Menschenmenge gekracht.", "de"),
    ],
)
def test_a_vehicle_that_crashed_into_something_is_an_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The last bus rolled into town at midnight.", "en"),
        ("Car sales crashed into recession territory in the spring.", "en"),
        ("La voiture de la ministre a foncé vers le palais.", "fr"),
        ("Der Bus ist pünktlich in den Bahnhof gerollt.", "de"),
    ],
)
def test_a_vehicle_that_arrived_or_sales_that_crashed_are_no_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


# Markets, boards and abuses are "percutés" and "hat gekracht" too: the French vehicle is
# a word of its own and hit what it hit (not "percuté par" a tax), the German one ran
# into something ("gegen", "in", "auf").
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Les ventes de camions, percutées par la hausse du gazole, reculent.", "fr"),
        ("Bei Volkswagen hat es im Aufsichtsrat gewaltig gekracht.", "de"),
        ("Mit seinem Wagen ist der 19-Jährige mit 180 durch die Innenstadt gerast.", "de"),
    ],
)
def test_a_figurative_crash_near_a_vehicle_word_is_no_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ein Lkw ist auf der A8 frontal gegen einen Baum geprallt.", "de"),
        ("Der Wagen ist in den Gegenverkehr gerast.", "de"),
    ],
)
def test_a_vehicle_that_ran_into_something_stays_an_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("voiture " * 5_000 + "percuté", "fr"),
        ("Lastwagen in " * 5_000 + "gekracht", "de"),
        ("car was " * 5_000, "en"),
    ],
)
def test_the_vehicle_cues_read_a_sentence_of_vehicles_quickly(text: str, lang: str) -> None:
    started = time.thread_time()
    incident_type(text, lang)
    assert time.thread_time() - started < 2.0
