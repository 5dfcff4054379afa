"""Everyday regional news the engine read as no event (issue 25): people rescued or trapped,
goods seized, people poisoned, mains and tanks that burst or leaked, loads lost by lorries,
in English, German, French, Spanish, Italian and Portuguese (invented sentences). Their
look-alikes report nothing: a rescue package, a seized opportunity, a poisoned atmosphere,
and a mishap negated or only feared."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # People rescued or trapped: an accident.
        ("Two climbers were rescued from a ledge above Bramwick on Sunday.", "en", "accident"),
        ("The lifeboat was launched to reports of swimmers in difficulty off Porth Mor.", "en", "accident"),
        ("Five residents were trapped in a lift at a tower block in Hollins.", "en", "accident"),
        ("A helicopter crew winched three walkers off a ridge above Glen Arn.", "en", "accident"),
        (
            "Die Bergwacht hat am Samstag zwei Wanderer aus einer Felswand bei Oberau gerettet.",
            "de",
            "accident",
        ),
        ("In Lenzheim ist ein Aufzug mit vier Bewohnern steckengeblieben.", "de", "accident"),
        ("Trois randonneurs ont été hélitreuillés lundi au-dessus de Vallorcine.", "fr", "accident"),
        ("Quatre personnes sont restées coincées dans un ascenseur à Bresson.", "fr", "accident"),
        ("Los bomberos rescataron a dos excursionistas en un barranco de Alcorva.", "es", "accident"),
        ("Tre escursionisti sono stati tratti in salvo sopra Cavedine.", "it", "accident"),
        ("Os bombeiros resgataram dois pescadores no rio em Alvorge.", "pt", "accident"),
        # Goods seized: "other".
        ("Customs officers seized 300 kilos of cocaine at the port of Tilbury.", "en", "other"),
        ("Zollfahnder haben in Kehl 40 Kilo Haschisch sichergestellt.", "de", "other"),
        ("Les douaniers ont saisi deux tonnes de cigarettes de contrebande à Hendaye.", "fr", "other"),
        ("La Guardia Civil ha incautado 500 kilos de hachís en Barbate.", "es", "other"),
        ("La Guardia di Finanza ha sequestrato 20 chili di cocaina a Livorno.", "it", "other"),
        ("A polícia apreendeu 300 quilos de cocaína no porto de Leixões.", "pt", "other"),
        # People poisoned: an accident.
        ("Nine pupils were taken to hospital with carbon monoxide poisoning in Dunmore.", "en", "accident"),
        (
            "In Aldorf kamen drei Bewohner mit einer Kohlenmonoxidvergiftung ins Krankenhaus.",
            "de",
            "accident",
        ),
        ("Une famille a été intoxiquée au monoxyde de carbone à Sarrelouis.", "fr", "accident"),
        ("Cuatro vecinos de Tornavacas inhalaron monóxido de carbono en su casa.", "es", "accident"),
        ("Una coppia di Borgo è stata ricoverata dopo aver mangiato funghi velenosi.", "it", "accident"),
        ("Três pessoas sofreram uma intoxicação alimentar num restaurante de Tomar.", "pt", "accident"),
        # Burst mains and leaks, and loads lost: accidents.
        ("A burst water main flooded streets in Kelsey overnight.", "en", "accident"),
        ("In der Hauptstraße von Weilbach ist ein Wasserrohrbruch gemeldet worden.", "de", "accident"),
        ("Une canalisation d'eau a cédé dans la nuit à Montreuil-Bellay.", "fr", "accident"),
        ("Una fuga de gas obligó a desalojar un edificio en Tudela.", "es", "accident"),
        ("Una fuga di gas in via Roma a Bassano ha fatto evacuare due palazzine.", "it", "accident"),
        ("A rutura de uma conduta deixou o bairro sem água em Ovar.", "pt", "accident"),
        ("A lorry shed its load of gravel on the A38 near Marlow.", "en", "accident"),
        ("Auf der A8 hat ein Lastwagen einen Teil seiner Ladung verloren.", "de", "accident"),
        ("Un camion a perdu son chargement de bois sur la RN 10.", "fr", "accident"),
        ("Un camión perdió su carga de naranjas en la A-7.", "es", "accident"),
        ("Un tir ha perso il carico sulla statale a Lodi.", "it", "accident"),
        ("Um camião perdeu a carga na A1 junto a Coimbra.", "pt", "accident"),
    ],
)
def test_everyday_mishaps_are_events(sentence: str, lang: str, expected: str) -> None:
    assert incident_type(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # Figurative rescues, seizures and poisonings.
        ("The government unveiled a rescue package for the steelworks.", "en"),
        ("The carmaker was rescued from insolvency by investors.", "en"),
        ("She seized the opportunity to speak about housing.", "en"),
        ("Critics spoke of a poisoned atmosphere in the council chamber.", "en"),
        ("Der Bund verlängert den Rettungsschirm für die Stadtwerke.", "de"),
        ("Le gouvernement a validé un sauvetage financier de la compagnie.", "fr"),
        ("La oposición pidió el rescate de la aerolínea.", "es"),
        ("L'opposizione ha chiesto il salvataggio della compagnia.", "it"),
        # Negated or only feared.
        ("No carbon monoxide leak was found at the school.", "en"),
        ("The campaign aims to prevent carbon monoxide poisoning in winter.", "en"),
        ("Les pompiers mettent en garde contre les intoxications au monoxyde de carbone.", "fr"),
        ("Kein Rohrbruch: Der Druckabfall hatte eine andere Ursache.", "de"),
        ("La revisión busca evitar fugas de gas en los edificios antiguos.", "es"),
    ],
)
def test_look_alikes_report_no_mishap(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


def test_hostile_text_is_read_quickly() -> None:
    # The cues' bounded windows keep a long sentence of near-misses linear.
    sentence = "rescued " + "seized the the the " * 2000 + "."
    started = time.thread_time()
    incident_type(sentence, "en")
    incident_type(sentence.replace("seized", "sichergestellt"), "de")
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # Gold smuggled as bars or coins, seized or uncovered at a border (invented sentences).
        ("Customs officers at Dover seized 4 kilos of gold bars from a courier's van.", "en"),
        ("Der Zoll hat am Grenzübergang Basel zwölf Goldbarren sichergestellt.", "de"),
        ("La douane a saisi des lingots d'or dans une voiture à Saint-Louis.", "fr"),
        ("La Guardia Civil incautó cuatro lingotes de oro en La Jonquera.", "es"),
        ("La Guardia di Finanza ha sequestrato sei lingotti d'oro al valico di Ponte Tresa.", "it"),
        ("Stamattina al valico trovati dieci lingotti d'oro in un'auto.", "it"),
        ("Dodici lingotti sono stati scoperti nel doppiofondo di un furgone.", "it"),
        ("A GNR apreendeu seis barras de ouro na fronteira de Vilar Formoso.", "pt"),
        ("La policía incautó unas dos mil falsificaciones en el mercadillo.", "es"),
    ],
)
def test_seized_gold_and_forgeries_are_seizures(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "other"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # Found, but nothing seized: a person by weight, hikers found alive, a gold medal won.
        ("Trovato un uomo di 90 chili privo di sensi in un campo.", "it"),
        ("Dieci escursionisti sono stati trovati dopo una notte in quota.", "it"),
        ("Il a saisi sa chance et remporte la médaille d'or.", "fr"),
        ("She won gold in the 400 metres at the European championships.", "en"),
    ],
)
def test_found_people_and_won_gold_are_no_seizure(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # Found by chance, seized by no one: a dig, a wreck, a war's relics, a study.
        "Un sub ha trovato tre lingotti di piombo romani nel relitto al largo di Capo Rosso.",
        "Durante gli scavi a Pompei sono state trovate armi antiche e monete.",
        "Munizioni della seconda guerra mondiale trovate in un cantiere a Bolzano.",
        "Scoperti gli effetti della droga sul cervello: lo studio dell'Università di Padova.",
    ],
)
def test_goods_found_by_chance_are_no_seizure(sentence: str) -> None:
    assert incident_type(sentence, "it") != "other"
