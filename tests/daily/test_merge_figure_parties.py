"""An article that reports a dispute itself ("the union says 4,000, the company 1,500")
gives each side's figure its own party, read from the sentence; figures an actor is only
the subject of ("the FPÖ won 34.8 percent") have none. Bounds that fit one true value are
no conflict in any language; none against some is. Invented articles."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from summarizer.article import Article
from summarizer.daily.claims import figure_parties
from summarizer.daily.merge import Briefed
from summarizer.models import Actor, Briefing, Figure, Incident, Provenance
from summarizer.models.common import Span
from tests.daily.test_daily import DAY, merged, span_of


def _article(
    text: str, actors: list[str], figures: list[dict[str, Any]], language: str = "en", article_id: str = "a"
) -> Briefed:
    """One incident (the whole text) whose toll is every figure; each actor named wherever
    the text names it."""
    article = Article(id=article_id, text=text, published=DAY)
    numbered = [{"id": f"f{n}", "unit": "count", "bound": "exact", **f} for n, f in enumerate(figures, 1)]
    briefing = Briefing(
        article=article.meta,
        summary="One. Two.",
        language=language,
        actors=[
            Actor(
                id=f"x{n}",
                name=name,
                kind="organization",
                mentions=[Span(start=m.start(), end=m.end()) for m in re.finditer(re.escape(name), text)],
            )
            for n, name in enumerate(actors, 1)
        ],
        figures=[Figure(**f, span=span_of(text, f["text"])) for f in numbered],
        incidents=[
            Incident(
                id="i1",
                type="protest",
                place="Tarrel",
                time="Tuesday",
                description=text,
                evidence=text,
                evidence_span=Span(start=0, end=len(text)),
                casualty_figures=[f["id"] for f in numbered],
            )
        ],
        provenance=Provenance(engine="extractive", created_at=dt.datetime.now(dt.UTC)),
    )
    return Briefed(article, briefing)


def _parties(item: Briefed) -> dict[str, str]:
    names = {a.id: a.name for a in item.briefing.actors}
    return {f: names.get(a, a) for f, a in figure_parties(item.article.text, item.briefing).items()}


def _share(text: str, value: float, counted: str = "turnout") -> dict[str, Any]:
    return {"text": text, "value": value, "counted": counted, "category": "other", "unit": "percent"}


def _count(
    text: str, value: float, counted: str, category: str = "other", bound: str = "exact"
) -> dict[str, Any]:
    return {"text": text, "value": value, "counted": counted, "category": category, "bound": bound}


# --- who a figure is according to ---------------------------------------------------------


def test_each_side_of_a_dispute_told_in_one_sentence_is_its_own_party() -> None:
    text = (
        "The Electoral Board put turnout at 61.4 percent, but the Civic Front said its observers "
        "counted a turnout of 48 percent."
    )
    item = _article(
        text, ["Electoral Board", "Civic Front"], [_share("61.4 percent", 61.4), _share("48 percent", 48)]
    )
    assert _parties(item) == {"f1": "Electoral Board", "f2": "Civic Front"}


def test_according_to_before_each_side_in_spanish() -> None:
    text = (
        "Según el Sindicato Obrero, 4.000 trabajadores secundaron la huelga en Tarrel; "
        "según Metales Norte, solo 1.500 trabajadores."
    )
    item = _article(
        text,
        ["Sindicato Obrero", "Metales Norte"],
        [
            _count("4.000 trabajadores", 4000, "trabajadores"),
            _count("1.500 trabajadores", 1500, "trabajadores"),
        ],
        language="es",
    )
    assert _parties(item) == {"f1": "Sindicato Obrero", "f2": "Metales Norte"}


def test_counting_verbs_in_french_and_german() -> None:
    fr = "Le syndicat Sud-Fer compte 70 % de grévistes, la direction de la CFN en annonce 35 %."
    item = _article(
        fr,
        ["Sud-Fer", "CFN"],
        [_share("70 %", 70, "grévistes"), _share("35 %", 35, "grévistes")],
        language="fr",
    )
    assert _parties(item) == {"f1": "Sud-Fer", "f2": "CFN"}
    de = "Die Polizei zählte 800 Teilnehmer, die Initiative Tarrel sprach von 3.000 Teilnehmern."
    item = _article(
        de,
        ["Polizei", "Initiative Tarrel"],
        [_count("800 Teilnehmer", 800, "Teilnehmer"), _count("3.000 Teilnehmern", 3000, "Teilnehmer")],
        language="de",
    )
    assert _parties(item) == {"f1": "Polizei", "f2": "Initiative Tarrel"}


@pytest.mark.parametrize(
    ("text", "language", "police", "organisers"),
    [
        ("About 800 people marched in Tarrel according to police, 3,000 according to the organisers.",
         "en", "police", "organisers"),
        ("Selon la police, 800 manifestants ont défilé à Tarrel; 3 000 selon les organisateurs.",
         "fr", "police", "organisateurs"),
        ("Unos 800 manifestantes, según la Policía Local, y 3.000, según los convocantes, recorrieron Tarrel.",
         "es", "Policía Local", "convocantes"),
        ("Laut Polizei zogen 800 Menschen durch Tarrel, die Veranstalter sprachen von 3.000 Menschen.",
         "de", "Polizei", "Veranstalter"),
    ],
)  # fmt: skip
def test_a_crowd_counted_by_police_and_by_organisers_in_one_sentence(
    text: str, language: str, police: str, organisers: str
) -> None:
    low = re.search(r"800", text)
    high = re.search(r"3[,. ]000", text)
    assert low is not None and high is not None
    item = _article(
        text,
        [police, organisers],
        [_count(low.group(), 800, "people"), _count(high.group(), 3000, "people")],
        language=language,
    )
    assert _parties(item) == {"f1": police, "f2": organisers}
    assert _conflicts(item) == [True]


def test_a_source_named_after_its_figure_says_it() -> None:
    text = (
        "Some 400 residents were evacuated from Tarrel, the Civil Protection Agency said. "
        "Tarrel Council counted 600 residents in its shelters."
    )
    item = _article(
        text,
        ["Civil Protection Agency", "Tarrel Council"],
        [
            _count("400 residents", 400, "residents", "displaced"),
            _count("600 residents", 600, "residents", "displaced"),
        ],
    )
    assert _parties(item) == {"f1": "Civil Protection Agency", "f2": "Tarrel Council"}


def test_figures_of_two_kinds_are_given_no_party() -> None:
    # A toll of dead and injured is no dispute: no sentence needs reading.
    text = "Some 400 residents were evacuated from Tarrel, the Civil Protection Agency said, and 12 homes burned."
    item = _article(
        text,
        ["Civil Protection Agency", "Tarrel Council"],
        [
            _count("400 residents", 400, "residents", "displaced"),
            _count("12 homes", 12, "homes", "destroyed"),
        ],
    )
    assert _parties(item) == {}


def test_an_actor_a_figure_is_about_is_no_party() -> None:
    en = "The Unity Party won 34.8 percent of the vote and the Civic Front 21 percent."
    item = _article(
        en,
        ["Unity Party", "Civic Front"],
        [_share("34.8 percent", 34.8, "vote"), _share("21 percent", 21, "vote")],
    )
    assert _parties(item) == {}
    de = "Die Volkspartei kam auf 34,8 Prozent der Stimmen, die Bürgerliste stürzte auf 21 Prozent ab."
    item = _article(
        de, ["Volkspartei", "Bürgerliste"], [_share("34,8 Prozent", 34.8, "Stimmen"), _share("21 Prozent", 21, "Stimmen")],
        language="de",
    )  # fmt: skip
    assert _parties(item) == {}


def test_a_party_never_reaches_back_across_a_contrast() -> None:
    # "but the Civic Front said" gives the Front the second figure, not the first.
    text = "Turnout reached 61.4 percent in Tarrel, but the Civic Front said 48 percent."
    item = _article(
        text, ["Civic Front", "Electoral Board"], [_share("61.4 percent", 61.4), _share("48 percent", 48)]
    )
    assert _parties(item) == {"f2": "Civic Front"}


# --- a dispute in one article is a conflict ------------------------------------------------


def _conflicts(*items: Briefed) -> list[bool]:
    return [f.conflict for f in merged(*items).figures]


def test_a_dispute_reported_in_one_article_is_flagged() -> None:
    text = (
        "Nurses at Tarrel General walked out on Tuesday. The Nurses Guild said 4,000 staff joined the strike, "
        "while Tarrel Health Trust put the number at 1,500 staff."
    )
    item = _article(
        text,
        ["Nurses Guild", "Tarrel Health Trust"],
        [_count("4,000 staff", 4000, "staff"), _count("1,500 staff", 1500, "staff")],
    )
    assert _conflicts(item) == [True]


def test_bounds_of_two_parties_that_fit_one_value_are_no_dispute() -> None:
    text = (
        "The Nurses Guild said at least 1,000 staff joined the strike in Tarrel on Tuesday, "
        "while Tarrel Health Trust put the number at 1,200 staff."
    )
    item = _article(
        text,
        ["Nurses Guild", "Tarrel Health Trust"],
        [_count("1,000 staff", 1000, "staff", bound="at_least"), _count("1,200 staff", 1200, "staff")],
    )
    assert _conflicts(item) == [False]


def test_one_party_giving_two_figures_is_no_dispute() -> None:
    text = "Tarrel police said 3 people died on the bridge and 5 people died on the ring road on Tuesday."
    item = _article(
        text,
        ["Tarrel police", "Tarrel Council"],
        [_count("3 people", 3, "people", "killed"), _count("5 people", 5, "people", "killed")],
    )
    assert _conflicts(item) == [False]


# --- bounds and none against some, across articles, in every language ----------------------


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        (("au moins 10 morts", 10, "morts", "at_least", "fr"), ("12 people", 12, "people", "exact", "en"), False),
        (("mindestens 10 Tote", 10, "Tote", "at_least", "de"), ("12 muertos", 12, "muertos", "exact", "es"), False),
        (("más de 1.000 personas", 1000, "personas", "more_than", "es"), ("rund 1.200 Menschen", 1200, "Menschen", "approximately", "de"), False),
        (("unas 1.200 personas", 1200, "personas", "approximately", "es"), ("400 habitants", 400, "habitants", "exact", "fr"), True),
        (("moins de 5 morts", 5, "morts", "fewer_than", "fr"), ("niemand", 0, "niemand", "exact", "de"), False),
        (("ningún muerto", 0, "muerto", "exact", "es"), ("two people", 2, "people", "exact", "en"), True),
        (("keine Toten", 0, "Toten", "exact", "de"), ("deux morts", 2, "morts", "exact", "fr"), True),
    ],
)  # fmt: skip
def test_bounds_and_claims_of_none_across_languages(
    first: tuple[str, float, str, str, str], second: tuple[str, float, str, str, str], conflict: bool
) -> None:
    items = []
    for n, (figure, value, counted, bound, language) in enumerate((first, second)):
        text = f"Tarrel, Tuesday: {figure} after the Tarrel tower fire."
        category = (
            "killed"
            if "personas" not in counted and "Menschen" not in counted and "habitants" not in counted
            else "displaced"
        )
        items.append(
            _article(
                text,
                [],
                [_count(figure, value, counted, category, bound)],
                language=language,
                article_id=f"a{n}",
            )
        )
    day = merged(*items)
    assert len(day.incidents) == 1
    assert [f.conflict for f in day.figures] == [conflict]


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        (("70% of nursing staff", "nursing staff on strike"), ("35% of nurses", "nurses"), "en"),
        (("70 % du personnel", "personnel"), ("35 % des infirmières", "infirmières"), "fr"),
        (("el 70% de los trabajadores", "trabajadores"), ("un 35% de las enfermeras", "enfermeras"), "es"),
    ],
)
def test_a_strikes_following_among_nurses_and_among_staff_is_one_share(
    first: tuple[str, str], second: tuple[str, str], language: str
) -> None:
    # Beside a pay rise (a share of pay), a share of nurses must be read as a share of
    # people to be compared with the staff's.
    pay = _share("5% pay rise", 5, "pay rise")
    items = [
        _article(
            f"Tarrel General, Tuesday: {text} walked out in the Tarrel nurses' strike over a 5% pay rise.",
            [],
            [_share(text, float(text.split("%")[0].split()[-1]), counted), pay],
            language=language,
            article_id=f"a{n}",
        )
        for n, (text, counted) in enumerate((first, second))
    ]
    day = merged(*items)
    assert len(day.incidents) == 1
    by_values = {tuple(sorted(v.value or 0 for v in f.values)): f.conflict for f in day.figures}
    assert by_values == {(35, 70): True, (5, 5): False}


def test_residents_evacuated_and_people_evacuated_are_one_count_but_households_are_not() -> None:
    items = [
        _article("Un incendio en Tarrel obligó el martes a desalojar a unas 1.200 personas de 150 hogares.", [],
                 [_count("unas 1.200 personas", 1200, "personas", "displaced", "approximately"),
                  _count("150 hogares", 150, "hogares", "displaced")], "es", "a0"),
        _article("Un incendio en Tarrel obligó el martes a desalojar a 400 vecinos.", [],
                 [_count("400 vecinos", 400, "vecinos", "displaced")], "es", "a1"),
        _article("A fire in Tarrel forced more than 1,000 residents from their homes on Tuesday.", [],
                 [_count("more than 1,000 residents", 1000, "residents", "displaced", "more_than")], "en", "a2"),
    ]  # fmt: skip
    day = merged(*items)
    assert len(day.incidents) == 1
    by_values = {tuple(sorted(v.value or 0 for v in f.values)): f.conflict for f in day.figures}
    assert by_values == {(400, 1000, 1200): True, (150,): False}


def test_children_killed_are_some_of_the_people_killed_never_a_conflict() -> None:
    items = [
        _article("Five people were killed in the Tarrel tower fire on Tuesday.", [],
                 [_count("Five people", 5, "people", "killed")], "en", "a0"),
        _article("Three children were killed in the Tarrel tower fire on Tuesday.", [],
                 [_count("Three children", 3, "children", "killed")], "en", "a1"),
    ]  # fmt: skip
    day = merged(*items)
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)


@pytest.mark.parametrize(
    ("text", "language", "union"),
    [
        ("Canicule : le bilan officiel (12 décès) est très en dessous de la réalité. "
         "Le Syndicat des urgentistes de Tarrel compte 30 morts.", "fr", "Syndicat des urgentistes de Tarrel"),
        ("Officials said 12 people had died in the Tarrel heatwave, but the Emergency Doctors Union "
         "counted 30 people.", "en", "Emergency Doctors Union"),
    ],
)  # fmt: skip
def test_an_official_toll_against_a_named_partys_count_is_a_dispute(
    text: str, language: str, union: str
) -> None:
    low = re.search(r"12 (?:décès|people)", text)
    high = re.search(r"30 (?:morts|people)", text)
    assert low is not None and high is not None
    item = _article(
        text,
        [union, "Tarrel Health Ministry"],
        [_count(low.group(), 12, "people", "killed"), _count(high.group(), 30, "people", "killed")],
        language=language,
    )
    assert _parties(item)["f2"] == union
    assert _conflicts(item) == [True]


def test_an_official_toll_that_rose_is_one_party() -> None:
    text = (
        "The official toll rose to 12 people on Tuesday in Tarrel, from 9 people on Monday, "
        "the Tarrel Health Ministry said. The Doctors Union gave no figure."
    )
    item = _article(
        text,
        ["Tarrel Health Ministry", "Doctors Union"],
        [_count("12 people", 12, "people", "killed"), _count("9 people", 9, "people", "killed")],
    )
    assert _conflicts(item) == [False]


def test_a_run_of_articles_before_an_actor_is_read_in_linear_time() -> None:
    """Spanish "una" is "una" and "un" + "a": a pattern that could split a run of articles
    more than one way took twice as long per word (40 words: days). Run in a child process,
    so a regression fails the test instead of hanging the suite."""
    import subprocess
    import sys

    probe = (
        "from summarizer.daily.claims import _according, _closing_opening, _opening\n"
        "text = 'Dijo, ' + 'una un la los ' * 40 + 'x'\n"
        "for lang in ('es', 'fr', 'de', 'en'):\n"
        "    _closing_opening(lang).search(text); _opening(lang).match(text)\n"
        "    _according(lang).search('según ' + 'una ' * 40 + 'x')\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=60)
