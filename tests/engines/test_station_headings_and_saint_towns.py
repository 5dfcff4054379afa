"""Places the engine misread so that reports of one event could not share them: a
broadcaster's heading taken for a dateline ("ONDA COSTA BRAVA. Boletín de las 21.00."), a
dateline in capitals written back with its parts in lower case ("Sainte-aldegonde", "San
Juan Del Estanque"), a town named for a saint passed over as a person's name ("In Sankt
Florin hat die Gendarmerie ..."), and a main square cut at its title-like word ("Plaça
Major"). Invented copy in English, French, German, Spanish, Italian and Portuguese, with
hostile cases that must keep their reading."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incident_places import dateline_place, opening_dateline, sentence_place
from summarizer.engines.extractive.place_labels import labelled_town
from summarizer.models import Briefing
from summarizer.text.places import find_place


@pytest.mark.parametrize(
    "text",
    [
        "TV NORTH. Evening bulletin.\n\nANCHOR: Good evening.",
        "RADIO COUSERANS. Journal de 18 heures.\n\nPRÉSENTATRICE : Bonsoir.",
        "RADIO ELSASS SÜD. Nachrichten um 19 Uhr.\n\nSPRECHER: Guten Abend.",
        "ONDA COSTA BRAVA. Boletín de las 21.00.\n\nLOCUTORA: Buenas noches.",
        "RADIO TREVALLI. Notiziario delle 12.\n\nSPEAKER: Buongiorno.",
        "RÁDIO ALVOR. Noticiário das 13 horas.\n\nLOCUTOR: Bom dia.",
    ],
)
def test_a_broadcaster_s_heading_is_no_dateline_however_it_goes_on(text: str) -> None:
    assert opening_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ZARAGOZA. Un tranvía descarriló ayer en el barrio del Actur.", "Zaragoza"),
        # A town whose name opens as a station's word does ("tele") is still a town.
        ("TELEMARK. Ein Zug ist am Morgen entgleist.", "Telemark"),
        ("SAINTE-ALDEGONDE. Quelque 650 élèves ont été évacués mercredi.", "Sainte-Aldegonde"),
        ("SAN JUAN DEL ESTANQUE. Seis personas quedaron atrapadas en un ascensor.", "San Juan del Estanque"),
        ("PÓVOA DE VARZIM. Um barco virou esta manhã.", "Póvoa de Varzim"),
        ("REGGIO NELL'EMILIA. Un autobus è uscito di strada.", "Reggio nell'Emilia"),
        ("FRANKFURT AM MAIN. Ein Lastwagen hat seine Ladung verloren.", "Frankfurt am Main"),
    ],
)
def test_a_dateline_in_capitals_is_written_as_the_name_is(text: str, place: str) -> None:
    assert opening_dateline(text) == place


def test_a_wire_dateline_in_capitals_is_written_as_the_name_is() -> None:
    sentence = "L'ALFÀS DE MAR, Aug 9 (AIN) - Police cleared an illegal rave at a quarry."
    assert dateline_place(sentence) == "L'Alfàs de Mar"


def _person(sentence: str, name: str) -> list[tuple[int, int]]:
    """The span the actor reader took for a person's name."""
    at = sentence.index(name)
    return [(at, at + len(name))]


@pytest.mark.parametrize(
    ("sentence", "lang", "town"),
    [
        (
            "In Sankt Florin hat die Gendarmerie zwei falsche Spendensammler festgenommen.",
            "de",
            "Sankt Florin",
        ),
        ("In St Ives, police arrested two men for fraud.", "en", "St Ives"),
        ("À Saint-Florin, deux hommes ont été interpellés mardi.", "fr", "Saint-Florin"),
        ("En San Pedro de Vilamar, la policía detuvo a dos hombres.", "es", "San Pedro de Vilamar"),
    ],
)
def test_a_town_named_for_a_saint_is_a_place_though_read_as_a_person(
    sentence: str, lang: str, town: str
) -> None:
    assert sentence_place(sentence, 0, _person(sentence, town), lang)[1] == town


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        # Not after "to": a prayer to a saint, a letter to a person.
        ("The pilgrims prayed to Saint Anthony before the crash.", "en", "Saint Anthony"),
        ("The ministry sent a letter to Daniel Park on Monday.", "en", "Daniel Park"),
        ("Il a écrit à Pierre Martin mardi.", "fr", "Pierre Martin"),
        ("Hanno pregato San Antonio prima del viaggio.", "it", "San Antonio"),
        ("Rezaram a São Brás antes da viagem.", "pt", "São Brás"),
    ],
)
def test_a_person_s_name_stays_no_place(sentence: str, lang: str, name: str) -> None:
    assert sentence_place(sentence, 0, _person(sentence, name), lang) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("Reports of injuries in Plaça Major, where the fire-run was passing.", "en", "Plaça Major"),
        ("Catorce heridos en la Plaza Mayor de Vilamar.", "es", "Plaza Mayor de Vilamar"),
        # A title after a town still ends it.
        ("The fire in Dunmore Mayor Ana Ruiz called a disaster was put out.", "en", "Dunmore"),
        ("In Ashby Major Tom Reed led the rescue.", "en", "Ashby"),
    ],
)
def test_a_square_s_name_keeps_its_title_like_word(sentence: str, lang: str, place: str) -> None:
    assert find_place(sentence, lang)[1] == place


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        (
            "Selon le parquet, la victime, Julien Meyer, domicilié à Moderbourg, est décédée sur place.",
            "fr",
            None,
        ),
        ("Un homme domicilié à Moderbourg a été blessé à Lully.", "fr", "Lully"),
        ("Zwei Frauen aus Bochum sind beim Stadtfest in Vilamar verletzt worden.", "de", "Vilamar"),
        ("A man who lives in Dunmore was killed in a crash near Ashby.", "en", "Ashby"),
        ("Un vecino de Olmeda resultó herido en Alzira.", "es", "Alzira"),
        ("Un turista residente in Baviera è morto in Val Gardena.", "it", "Val Gardena"),
        # Where it happened is where people live: those evacuated, those hurt at home.
        ("Zwei Frauen sind in Bochum verletzt worden.", "de", "Bochum"),
        # Brigades "aus" a town are sent from it, not its people.
        (
            "Bei einem Großbrand wurden zwei Menschen verletzt; Feuerwehren aus Tarvel waren im Einsatz.",
            "de",
            "Tarvel",
        ),
        ("Ein 34-Jähriger aus Bochum ist in Vilamar verletzt worden.", "de", "Vilamar"),
        ("Un incendio en Olmeda obligó a desalojar a los vecinos.", "es", "Olmeda"),
        ("Dozens of residents were evacuated in Dunmore on Tuesday.", "en", "Dunmore"),
        ("Um incêndio em Braga obrigou a retirar os moradores.", "pt", "Braga"),
    ],
)
def test_where_someone_lives_is_no_place_of_what_happened_to_them(
    sentence: str, lang: str, place: str | None
) -> None:
    assert sentence_place(sentence, 0, [], lang)[1] == place


def _brief(text: str, lang: str) -> Briefing:
    article = Article(id="a", text=text, published=dt.date(2026, 3, 12), language=lang)
    return ExtractiveEngine().brief(article, None)


LABELLED = {
    "en": (
        "Police log\n\nSint-Aldegonde: Local police are investigating the theft of seven e-bikes. "
        "A second e-bike was stolen in Sint-Aldegonde on Wednesday afternoon, police said."
    ),
    "fr": (
        "Faits divers\n\nVernay-Plage : Des inconnus ont volé sept vélos électriques à la gare. "
        "Un autre vélo a été volé mercredi après-midi à Vernay-Plage, selon la police."
    ),
    "de": (
        "Polizeibericht\n\nWernach-Strand: Unbekannte haben in der Nacht sieben E-Bikes gestohlen. "
        "Am Mittwoch wurde in Wernach-Strand ein weiteres Rad gestohlen, teilte die Polizei mit."
    ),
    "es": (
        "Sucesos\n\nVilanera: Unos desconocidos robaron siete bicicletas eléctricas en la estación. "
        "Otra bicicleta fue robada el miércoles en Vilanera, según la policía."
    ),
}


@pytest.mark.parametrize("lang", sorted(LABELLED))
def test_a_town_labelling_a_brief_is_where_its_event_happened(lang: str) -> None:
    incidents = _brief(LABELLED[lang], lang).incidents
    assert incidents
    assert incidents[0].place == LABELLED[lang].split("\n\n")[1].split(":")[0].strip()


@pytest.mark.parametrize(
    ("sentence", "places", "town"),
    [
        ("Sint-Aldegonde: Local police are investigating a theft.", ["Sint-Aldegonde"], "Sint-Aldegonde"),
        # A section's label, or one of a town the article never names as a place.
        ("Trains: La ligne Fribourg–Neuchâtel circule normalement.", ["Fribourg"], None),
        ("Lac : Quelque 60 bénévoles ont ramassé les poissons morts.", ["Vernay"], None),
        ("Update: Die Polizei hat zwei Männer festgenommen.", ["Galmach"], None),
        ("Corrección: Una versión anterior situaba el accidente en otro lugar.", ["Vilamar"], None),
        ("Aggiornamento: La strada è stata riaperta.", ["Bolzano"], None),
        ("Atualização: A estrada foi reaberta.", ["Braga"], None),
    ],
)
def test_only_a_town_the_article_places_labels_a_brief(
    sentence: str, places: list[str], town: str | None
) -> None:
    assert labelled_town(sentence, places) == town


def test_labels_and_the_same_town_read_each_sentence_once() -> None:
    """A live blog of 400 "Update:" entries, each naming "the city's" mayor: a brief's label
    and "the same town" look at the other sentences, which were re-read for every sentence
    (7.7 s of CPU at 400 entries, four times that at 800)."""
    entry = (
        "Update: A fire broke out in a warehouse and two people were injured, and the city's mayor said so."
    )
    engine = ExtractiveEngine()
    engine.brief(Article(id="warm", text=entry), None)
    started = time.thread_time()
    engine.brief(Article(id="blog", text="\n\n".join([entry] * 400)), None)
    assert time.thread_time() - started < 3


# A town in title case and a full stop opening the copy, perhaps after a transcript's
# speaker label, is its dateline when the tables know it or the copy names it again; a
# greeting or a notice opens copy so too, and names nothing.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Trennach. Das Hallenbad bleibt wegen eines Rohrbruchs zu, teilte die Gemeinde Trennach mit.",
            "Trennach",
        ),
        (
            "SPRECHER: Vellach. Der Gemeinderat hat den Haushalt beschlossen. Der Musikverein Vellach spielt.",
            "Vellach",
        ),
        ("Innsbruck. Die Stadtbibliothek verlängert ab Mai ihre Öffnungszeiten.", "Innsbruck"),
    ],
)
def test_a_titled_town_and_a_full_stop_opening_the_copy_is_its_dateline(text: str, place: str) -> None:
    assert opening_dateline(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Buongiorno. Al mercato di Ronco una bancarella ha preso fuoco.",
        "SPEAKER: Buongiorno. Oggi parliamo delle nuove tariffe dei parcheggi.",
        "Rectificatif. Le concert annoncé hier aura lieu samedi et non dimanche.",
        "Aggiornamento. La provinciale è stata riaperta nel pomeriggio.",
    ],
)
def test_a_greeting_or_a_notice_opening_the_copy_is_no_dateline(text: str) -> None:
    assert opening_dateline(text) is None


# A headline word or a name opening the copy, then written again with its article or as
# a sentence's first word, is no town: "Unfall. ... Der Unfall ereignete sich".
@pytest.mark.parametrize(
    "text",
    [
        "Unfall. Ein Autofahrer ist bei Glätte verunglückt. Der Unfall ereignete sich am Morgen.",
        "Chaos. Die Bahn fiel am Morgen aus. Das Chaos dauerte Stunden.",
        "Tragödie. Ein Kind ist gestorben. Die Tragödie erschüttert das Dorf.",
        "Merkel. Die Altkanzlerin sprach am Abend. Merkel sagte, sie sei zufrieden.",
        "Maltempo. Una frana ha chiuso la statale. Il Maltempo colpisce ancora il Nord.",
    ],
)
def test_a_headline_word_opening_the_copy_and_written_again_is_no_dateline(text: str) -> None:
    assert opening_dateline(text) is None


def test_a_titled_dateline_is_read_quickly_in_copy_that_repeats_it() -> None:
    hostile = "Trennach. " + "Der Trennach " * 20_000 + "x"
    started = time.thread_time()
    opening_dateline(hostile)
    assert time.thread_time() - started < 1.0


def test_many_titled_opening_lines_before_a_long_copy_stay_fast() -> None:
    # Every opening line is tried as a dateline, and each looks for its town again: the look
    # is bounded, or lines x copy length grows without end on a huge pasted text.
    opening_dateline("Xq. Ab\n" * 57 + "der Xq " * 10)  # the tables load outside the timing
    text = "Xq. Ab\n" * 57 + "der Xq " * 50_000
    started = time.thread_time()
    opening_dateline(text)
    assert time.thread_time() - started < 1.0
