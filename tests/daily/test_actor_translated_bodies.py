"""One body named in the words of several languages is one actor: a company's registered
name and the press's translations of it, a national police or a regional government in a
German compound, a region's adjective that is no stem of its name, a public service's
plural, the Swiss power companies, resort lifts and zoos in each language's words. Bodies
alike but for whose or what they are stay apart (invented names, real places)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.text.abbreviations import abbreviates, places_in_english
from tests.daily.test_multilingual_actors import ActorStub, body_key


def _groups(*names: str, kind: str = "government") -> list[list[str]]:
    actors = [ActorStub(n, kind=kind) for n in names]  # type: ignore[arg-type]
    return sorted(sorted(actors[i].name for i in group) for group in same_actor_groups(actors))


@pytest.mark.parametrize(
    "names",
    [
        # A national police or a regional government in one German compound.
        ["portugiesische Nationalpolizei", "Portugal's National Police", "policía nacional portuguesa"],
        ["katalanische Regionalregierung", "Catalan regional government", "gouvernement régional catalan"],
        # A public service in the plural, or by the officials it has.
        ["österreichische Gesundheitsbehörden", "Austria's health authorities", "Austrian health officials"],
        # Swiss French "forces motrices", a power company's name in other words.
        ["Forces Motrices du Lauzet SA", "Lauzet Hydropower", "Kraftwerke Lauzet AG"],
        # A resort's lift company, and a zoo, in each language's words.
        ["Remontées Mécaniques de Val-Corbier SA", "Bergbahnen Val-Corbier", "Val-Corbier mountain railways"],
        [
            "Parque Zoológico de Arbeiza",
            "Arbeiza Zoo",
            "Zoologischer Garten Arbeiza",
            "parc zoologique d'Arbeiza",
        ],
        # An energy grid company, its German compound read as its parts.
        ["Sülztal Energienetze GmbH", "Sülztal Energy Networks", "réseaux d'énergie du Sülztal"],
        # A Spanish province's council ("Diputación", "foral" saying nothing of which).
        ["Diputación Foral de Tarrelia", "Tarrelia provincial council"],
        # A fire brigade's "service" names its kind once more.
        ["servicio de bomberos de Tarrelia", "bomberos de Tarrelia", "Tarrelia fire service"],
        # A region's adjective that is no stem of its name, and French plurals of one that is.
        ["Gobierno Vasco", "baskische Regierung", "Basque government"],
        ["Régie des eaux genevoises", "Geneva water authority"],
        # A police of a canton named by the canton is no cantonal government.
        ["police in the canton of Vaud", "Kantonspolizei Waadt", "police cantonale vaudoise"],
        # German cities English copy names otherwise.
        ["Feuerwehr Hannover", "Hanover fire service"],
        ["Feuerwehr Braunschweig", "Brunswick fire brigade"],
    ],
)
def test_a_body_named_in_several_languages_has_one_key(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("katalanische Regionalregierung", "baskische Regionalregierung"),
        ("pompiers catalans", "pompiers valaisans"),
        ("Feuerwehr Braunschweig", "Hanover fire service"),
        ("Nationalpolizei", "Nationalrat"),
        ("Diputación Foral de Tarrelia", "Ayuntamiento de Tarrelia"),
        ("Parque Zoológico de Arbeiza", "Ayuntamiento de Arbeiza"),
        ("Sülztal Energienetze", "Sülztal Wasserwerke"),
        ("Forces Motrices du Lauzet", "Remontées Mécaniques du Lauzet"),
        ("police in the canton of Vaud", "canton of Vaud"),
    ],
)
def test_bodies_alike_but_for_whose_or_what_keep_two_keys(one: str, other: str) -> None:
    assert body_key(one) != body_key(other)


def test_a_registered_name_and_its_translations_are_one_company() -> None:
    names = [
        "Nordische Kreuzfahrt-Gesellschaft mbH",
        "Compañía Nórdica de Cruceros",
        "Nordic Cruise Company",
        "NKG",
    ]
    assert _groups(*names, kind="organization") == [sorted(names)]


def test_names_alike_in_three_languages_without_a_registered_name_stay_apart() -> None:
    # A French, a Spanish and an Italian cruise line may each be its country's own.
    names = [
        "Compagnie populaire de croisières",
        "Compañía Popular de Cruceros",
        "Compagnia Popolare di Crociere",
    ]
    assert len(_groups(*names, kind="organization")) == 3
    # Two registered names are two companies; one registered name and its translations, one.
    assert len(_groups(*[f"{n} SA" for n in names[:2]], names[2], kind="organization")) == 3
    assert len(_groups(f"{names[0]} SA", *names[1:], kind="organization")) == 1


def test_a_company_and_the_town_it_is_named_after_stay_apart() -> None:
    groups = _groups("Sülztal Energienetze GmbH", "Sülztal Energy Networks", "Stadt Sülztal", "Sülztal")
    assert ["Stadt Sülztal"] in groups
    assert ["Sülztal Energienetze GmbH", "Sülztal Energy Networks"] in groups or [
        "Sülztal",
        "Sülztal Energienetze GmbH",
        "Sülztal Energy Networks",
    ] in groups


def test_a_kind_alone_joins_the_one_body_named_by_level_and_by_region() -> None:
    names = ["Bombers de la Generalitat", "pompiers catalans", "Catalan fire service", "Bombers"]
    assert _groups(*names) == [sorted(names)]


def test_a_level_that_says_its_regions_joins_no_other_regions_body() -> None:
    # Spain's "Generalitat" governs Catalonia (or Valencia), never a Swiss canton: a
    # Catalan fire and a Valais avalanche of one day have two fire services.
    assert len(_groups("Bombers de la Generalitat", "pompiers valaisans")) == 2
    assert len(_groups("bomberos de la Generalitat", "Valais fire service")) == 2
    assert len(_groups("Bombers de la Generalitat", "pompiers catalans")) == 1


def test_a_kind_alone_joins_neither_of_two_regions_bodies() -> None:
    groups = _groups("Bombers de la Generalitat", "pompiers catalans", "pompiers valaisans", "Bombers")
    assert ["Bombers"] in groups
    assert ["pompiers valaisans"] in groups


def test_a_hyphenated_word_spells_each_parts_letter() -> None:
    assert abbreviates("NKG", "Nordische Kreuzfahrt-Gesellschaft mbH")
    assert abbreviates("SDIS", "Service départemental-intercommunal de secours")
    assert not abbreviates("NKG", "Nordische Gesellschaft")
    assert not abbreviates("NKX", "Nordische Kreuzfahrt-Gesellschaft")


def test_region_adjectives_and_plurals_read_as_their_place() -> None:
    assert places_in_english(["vasco", "catalanes", "genevoises", "braunschweig"]) == [
        "basque-country",
        "catalonia",
        "geneva",
        "brunswick",
    ]
    # Words that only end like a plural adjective are left as written.
    assert places_in_english(["genes", "vass", "ss"]) == ["genes", "vass", "ss"]


@pytest.mark.parametrize(
    "hostile",
    [
        "-".join(["Kreuzfahrt"] * 3000),
        "A-" * 5000,
        "Behörden" * 2000,
        "Régie " + "des eaux " * 2000,
        "ÄÖÜ-" * 3000 + "Ωμέγα-Ж",
    ],
)
def test_hostile_names_are_read_in_bounded_time(hostile: str) -> None:
    start = time.thread_time()
    body_key(hostile)
    abbreviates("ABCDEFGH", hostile)
    same_actor_groups([ActorStub(hostile), ActorStub("NKG", kind="organization"), ActorStub(hostile[:40])])
    assert time.thread_time() - start < 2.0


def test_a_countrys_kind_alone_joins_its_one_body_of_that_kind() -> None:
    names = ["Spain's health authorities", "spanischen Gesundheitsbehörden", "die spanischen Behörden"]
    assert _groups(*names) == [sorted(names)]
    # With two Spanish authorities of the day, "the Spanish authorities" joins neither.
    groups = _groups(*names, "Spain's transport authority")
    assert ["die spanischen Behörden"] in groups
    # Never another country's, nor another level's: a region's government is no nation's.
    assert len(_groups("the Austrian ministry", "Germany's Interior Ministry")) == 2
    assert len(_groups("Spanish government", "Spanish regional government")) == 2


def test_an_emergency_number_names_a_regions_emergency_service() -> None:
    names = ["112 Aragón", "emergency service of Aragon", "Emergencias Aragón"]
    assert _groups(*names) == [sorted(names)]
    # Another region's 112 service is another body; "the emergency service" alone joins
    # neither of two.
    groups = _groups("112 Andalucía", *names, "the emergency service")
    assert ["112 Andalucía"] in groups and ["the emergency service"] in groups
    # A region's coordination centre is no island's consortium of the same words.
    names = [
        "Centro Coordinador de Emergencias y Seguridad",
        "Consorcio de Seguridad y Emergencias de Tarrelia",
    ]
    assert len(_groups(*names)) == 2


@pytest.mark.parametrize(
    "names",
    [
        # Italian names of public bodies, beside the other languages'.
        ["ministero dell'Interno", "Interior Ministry", "Innenministerium"],
        ["Guardia Costiera", "coast guard", "Küstenwache", "garde-côtes"],
        ["Protezione Civile", "Civil Protection", "Zivilschutz"],
        ["Procura di Tarrel", "Tarrel prosecutors", "Staatsanwaltschaft Tarrel", "parquet de Tarrel"],
        ["Ospedale di Tarrel", "Tarrel hospital", "Krankenhaus Tarrel"],
        # Regional police forces named by a word of their own.
        ["Mossos d'Esquadra", "Catalan police", "katalanische Polizei", "Mossos"],
        ["Ertzaintza", "Basque police", "police basque"],
        # Gendarmes in the plural are the gendarmerie; a rescue service by its rescuers.
        ["French gendarmes", "gendarmerie française"],
        ["Seenotretter", "Seenotrettung", "maritime rescue", "Salvamento Marítimo"],
        ["secours en montagne", "mountain rescue", "Bergrettung"],
        # A town as a body, in each language's word.
        ["Stadt Tarrel", "city of Tarrel", "ville de Tarrel", "ciudad de Tarrel", "città di Tarrel"],
    ],
)
def test_more_bodies_have_one_key_in_every_language(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Mossos d'Esquadra", "Ertzaintza"),
        ("Préfecture de police", "préfecture"),
        ("Stadt Tarrel", "Tarrel city council"),
        ("Guardia Costiera", "Guardia Civil"),
        ("ministero dell'Interno", "ministero degli Esteri"),
    ],
)
def test_more_bodies_alike_keep_two_keys(one: str, other: str) -> None:
    assert body_key(one) != body_key(other)


def _people(*names: str) -> list[list[str]]:
    actors = [ActorStub(n, kind="person") for n in names]
    return sorted(sorted(actors[i].name for i in group) for group in same_actor_groups(actors))


def test_a_spanish_names_two_surnames_alone_are_its_one_person() -> None:
    names = ["Ana María García López", "García López", "García"]
    assert _people(*names) == [sorted(names)]
    assert _people("Sra. García López", "Ana María García López") == [
        ["Ana María García López", "Sra. García López"]
    ]


def test_two_surnames_shared_by_siblings_join_neither() -> None:
    groups = _people("Pedro Sánchez Pérez", "Sánchez Pérez", "Luis Sánchez Pérez")
    assert len(groups) == 3


def test_a_known_first_name_and_a_surname_are_no_two_surnames() -> None:
    # "Maria Berger" may be a sister of Anna Maria Berger; "Pedro García" is no García Ruiz.
    assert len(_people("Anna Maria Berger", "Maria Berger")) == 2
    assert len(_people("Pedro García Ruiz", "García López")) == 2


@pytest.mark.parametrize(
    "names",
    [
        ["Agencia Estatal de Meteorología", "national weather agency", "Nationaler Wetterdienst"],
        ["Météo-France", "Meteo France"],
        ["Comisiones Obreras", "Workers' Commissions"],
        ["Bundeskriminalamt", "Federal Criminal Police Office"],
        [
            "Landeskriminalamt Bayern",
            "Bavarian State Criminal Police Office",
            "bayerisches Landeskriminalamt",
        ],
        ["Bundesamt für Bevölkerungsschutz", "Federal Office for Civil Protection"],
    ],
)
def test_weather_workers_and_criminal_police_words_translate(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


def test_a_countrys_weather_service_joins_its_agency_but_not_another_countrys() -> None:
    names = ["Agencia Estatal de Meteorología", "Spain's weather agency", "spanischer Wetterdienst"]
    assert _groups(*names) == [sorted(names)]
    assert ["French weather service"] in _groups(*names, "French weather service")


@pytest.mark.parametrize(
    "vague", ["the authorities", "officials", "die Behörden", "les autorités", "las autoridades"]
)
def test_a_vague_plural_alone_joins_no_body(vague: str) -> None:
    # "The authorities" is no one body, though "the authority" is the day's one so named
    # and "Spain's health authorities" the health authority.
    assert len(_groups(vague, "Federal Avalanche Office")) == 2
    assert len(_groups("the authority", "Federal Avalanche Office")) == 1
