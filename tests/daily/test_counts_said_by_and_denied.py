"""Two reports' counts of one thing are one measure whoever each says gave it: what follows
"according to" in a count's words ("betroffene Zimmer laut ACV", "autocaravanes sancionades
segons l'Ajuntament", "azulejos furtados segundo a polícia") names its source, never what
is counted, what befell it nor where. And a count an owner's sentence denies with its
article ("mais de 200 azulejos, e não os cerca de 120 de que fala a polícia") is the
other party's, so the article's own dispute is flagged. Near misses stay apart: two
places' counts, a count of people named after "according to", "not only the three".
Invented articles."""

from __future__ import annotations

from functools import partial

import pytest

from summarizer.daily.claims import DENIED_PARTY
from summarizer.daily.counted_nouns import before_attribution, noun_and_state
from summarizer.daily.measures import measure_of
from tests.daily.test_daily import FigureStandIn
from tests.daily.test_merge_figure_parties import _article, _conflicts, _count, _parties

_Count = partial(FigureStandIn, category="other", value=18)


@pytest.mark.parametrize(
    ("said_by", "bare"),
    [
        ("rooms affected according to the Tarrel hotel association", "rooms affected"),
        ("chambres touchées selon l'Association hôtelière de Tarrel", "chambres touchées"),
        ("betroffene Zimmer laut ACV", "betroffene Zimmer"),
        ("habitaciones afectadas según la Asociación de Tarrel", "habitaciones afectadas"),
        ("camere colpite secondo l'Associazione albergatori", "camere colpite"),
        ("azulejos furtados segundo a Polícia", "azulejos furtados"),
        ("kamers getroffen volgens de Vereniging", "kamers getroffen"),
        ("autocaravanes sancionades segons l'Ajuntament", "autocaravanes sancionades"),
    ],
)  # fmt: skip
def test_who_gives_a_count_is_no_part_of_what_it_counts(said_by: str, bare: str) -> None:
    assert measure_of(_Count(said_by)) == measure_of(_Count(bare))


def test_people_named_as_the_source_are_not_what_is_counted() -> None:
    # "according to the guests" names people: the count is still of rooms.
    assert measure_of(_Count("rooms emptied according to the guests")) == measure_of(_Count("rooms emptied"))
    assert measure_of(_Count("rooms emptied according to the guests")) != measure_of(_Count("guests"))


@pytest.mark.parametrize(
    ("here", "there"),
    [
        ("azulejos furtados do palácio de Sintra", "azulejos furtados do palácio de Cascais"),
        ("Zimmer gesperrt in Calpe", "Zimmer gesperrt in Benidorm"),
        ("chambres fermées à Nice", "chambres fermées à Cannes"),
    ],
)  # fmt: skip
def test_two_places_counts_stay_two_measures(here: str, there: str) -> None:
    # A place after a link word is the count's scope, not its source.
    assert measure_of(_Count(here)) != measure_of(_Count(there))


def test_a_link_that_also_leads_to_a_place_is_no_source() -> None:
    # "nach" opens "nach Angaben von" but also where people went: the words stay.
    assert before_attribution(["Evakuierte", "nach", "Köln"]) == ["Evakuierte", "nach", "Köln"]
    assert noun_and_state(["Pendler", "gestrandet", "nach", "Köln"])[2] == "koln"
    # A count's first word is never cut, whatever it spells.
    assert before_attribution(["Segundo", "piso"]) == ["Segundo", "piso"]


@pytest.mark.parametrize(
    ("text", "lang", "owner", "said", "denied"),
    [
        ("A proprietária Ana Tarrel garante que foram levados mais de 200 azulejos, "
         "e não os cerca de 120 de que fala a polícia.", "pt",
         "Ana Tarrel", ("mais de 200 azulejos", 200), ("cerca de 120", 120)),
        ("La propriétaire Anne Tarrel affirme que plus de 200 carreaux ont disparu, "
         "et non les 120 dont parle la police.", "fr",
         "Anne Tarrel", ("plus de 200 carreaux", 200), ("120", 120)),
        ("La propietaria Ana Tarrel asegura que se llevaron más de 200 azulejos, "
         "y no los 120 de los que habla la policía.", "es",
         "Ana Tarrel", ("más de 200 azulejos", 200), ("120", 120)),
        ("Owner Anne Tarrel says more than 200 tiles were taken, and not the 120 the police speak of.", "en",
         "Anne Tarrel", ("more than 200 tiles", 200), ("120", 120)),
        ("Die Besitzerin Anne Tarrel sagt, es seien über 200 Fliesen gestohlen worden, "
         "und nicht die 120, von denen die Polizei spricht.", "de",
         "Anne Tarrel", ("über 200 Fliesen", 200), ("120", 120)),
    ],
)  # fmt: skip
def test_a_count_denied_with_its_article_is_another_partys(
    text: str, lang: str, owner: str, said: tuple[str, float], denied: tuple[str, float]
) -> None:
    figures = [_count(*said, counted="tiles stolen"), _count(*denied, counted="tiles stolen")]
    parties = _parties(_article(text, [owner], figures, language=lang))
    assert parties.get("f2") == DENIED_PARTY and parties.get("f1") != DENIED_PARTY


def test_not_only_the_count_denies_nothing() -> None:
    text = "Owner Anne Tarrel says 200 tiles were taken, not only the 120 on the front."
    figures = [_count("200 tiles", 200, "tiles stolen"), _count("120", 120, "tiles stolen")]
    assert DENIED_PARTY not in _parties(_article(text, ["Anne Tarrel"], figures)).values()


# --- a ring of boats counted in every language ------------------------------------------


@pytest.mark.parametrize(
    "counted",
    ["French boats surrounding the British dredgers", "bateaux français ayant encerclé les dragueurs britanniques",
     "fishing boats encircling the Spanish trawlers", "bateaux ayant encerclé les chalutiers anglais"],
)  # fmt: skip
def test_boats_hemming_others_in_are_one_measure_in_english_and_french(counted: str) -> None:
    assert measure_of(_Count(counted)) == measure_of(_Count("bateaux ayant encerclé les dragueurs"))


@pytest.mark.parametrize(
    "counted",
    ["French boats stolen from the harbour", "dragueurs britanniques encerclés", "French boats in the harbour"],
)  # fmt: skip
def test_other_counts_of_the_stand_off_stay_their_own_measure(counted: str) -> None:
    assert measure_of(_Count(counted)) != measure_of(_Count("French boats surrounding the British dredgers"))


def test_an_ing_word_names_a_state_only_after_a_plural_noun() -> None:
    assert noun_and_state(["passengers", "waiting", "at", "Tarrel"])[:2] == ("passengers", "waiting")
    # A noun in "-ing" before its head, or first, is no state of it.
    assert noun_and_state(["emergency", "housing", "units"])[:2] == ("units", None)
    assert noun_and_state(["wedding", "guests"])[1] is None


@pytest.mark.parametrize(
    ("counted", "scope"),
    [
        ("boats surrounding the British dredgers", None),
        ("boats blocking the Spanish trawlers", None),
        ("lobster traps cut in Tarrel harbour", "tarrel"),
        ("cas de listériose en France", "france"),
        ("Zimmer im Levante Sol", "sol"),
        ("cases in France and Germany", "germany"),
    ],
)  # fmt: skip
def test_a_nationality_of_another_noun_is_no_scope(counted: str, scope: str | None) -> None:
    assert noun_and_state(counted.split())[2] == scope


# --- near misses of the rules above (review) ----------------------------------------------


@pytest.mark.parametrize(
    ("here", "there"),
    [
        ("cases among French tourists", "cases among German tourists"),
        ("visas granted to Syrian families", "visas granted to Afghan families"),
        ("tickets sold to British fans", "tickets sold to Spanish fans"),
    ],
)  # fmt: skip
def test_the_counted_things_own_nationality_is_their_scope(here: str, there: str) -> None:
    # Only in what an "-ing" state acts on does a nationality say whose the other things are.
    assert measure_of(_Count(here)) != measure_of(_Count(there))


def test_a_place_an_ing_state_acts_on_is_the_counts_scope() -> None:
    # Farms around two towns, evacuated on one day: two counts, whatever link is missing.
    assert measure_of(_Count("farms surrounding Tarrel")) != measure_of(_Count("farms surrounding Varnel"))
    assert noun_and_state(["boats", "surrounding", "Tarrel", "harbour"]) == ("boats", "surrounding", "tarrel")


@pytest.mark.parametrize(
    ("here", "there"),
    [
        ("appartamenti danneggiati al secondo piano di Palazzo Rossi",
         "appartamenti danneggiati al secondo piano di Palazzo Bianchi"),
        ("quartos afetados no segundo andar do Hotel Tarrel", "quartos afetados no segundo andar do Hotel Varnel"),
        ("habitaciones cerradas en el segundo piso del Hotel Tarrel",
         "habitaciones cerradas en el segundo piso del Hotel Varnel"),
    ],
)  # fmt: skip
def test_the_ordinal_second_after_a_link_is_no_source(here: str, there: str) -> None:
    # "secondo"/"segundo" are also "second": after an article or preposition, no "according to".
    assert measure_of(_Count(here)) != measure_of(_Count(there))
    assert before_attribution(["camere", "al", "secondo", "piano"]) == ["camere", "al", "secondo", "piano"]


@pytest.mark.parametrize(
    ("text", "lang", "said", "part"),
    [
        ("Tarrel Police said they evacuated 200 residents, but not the 40 in the care home.", "en",
         ("200 residents", "residents evacuated"), ("40", "residents")),
        ("Selon Tarrel Police, 200 habitants ont été évacués, mais pas les 40 de la maison de retraite.", "fr",
         ("200 habitants", "habitants évacués"), ("40", "habitants")),
        ("Según Tarrel Police, fueron desalojados 200 vecinos, pero no los 40 de la residencia.", "es",
         ("200 vecinos", "vecinos desalojados"), ("40", "vecinos")),
        ("Laut Tarrel Police wurden 200 Anwohner evakuiert, aber nicht die 40 im Pflegeheim.", "de",
         ("200 Anwohner", "Anwohner evakuiert"), ("40", "Anwohner")),
    ],
)  # fmt: skip
def test_but_not_the_part_left_out_is_no_dispute(
    text: str, lang: str, said: tuple[str, str], part: tuple[str, str]
) -> None:
    # "but not the 40" leaves a part out of the speaker's own count; nobody gave it.
    figures = [
        _count(said[0], 200, said[1], category="displaced"),
        _count(part[0], 40, part[1], category="displaced"),
    ]
    item = _article(text, ["Tarrel Police"], figures, language=lang)
    assert DENIED_PARTY not in _parties(item).values() and _conflicts(item) == [False]
