"""An event and what it caused, typed apart (issue 25): a dam's flushing typed "other" and
the campsite it flooded ("accident") or the campers airlifted from it ("evacuation"), a
threatening call and the school it emptied, a rave broken up and the arrests that followed.
They join where the effect's report names the other's event as its cause ("after the
flushing", "après la purge", "nach der Spülung", "tras el desalojo", "dopo lo svaso", "após
o esvaziamento") at places that agree; an evacuation for another cause, the same cause in
another valley, and an arrest for something else stay apart. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.live_entries import entries_continue
from summarizer.daily.named_causes import cause_words
from summarizer.daily.passages import follows_another_event
from summarizer.daily.reports import ReportEvidence
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("evidence", "cause"),
    [
        ("Twenty campers were airlifted on Tuesday after the flushing of the Vessac dam.", "flushed"),
        ("Vingt campeurs ont été évacués mardi après la purge du barrage de Vessac.", "flushed"),
        ("Zwanzig Camper wurden am Dienstag nach der Spülung des Stausees ausgeflogen.", "flushed"),
        ("Veinte campistas fueron evacuados el martes tras el desembalse de la presa.", "flushed"),
        ("Venti campeggiatori sono stati evacuati martedì dopo lo svaso della diga.", "flushed"),
        ("Vinte campistas foram retirados na terça-feira após o esvaziamento da barragem.", "flushed"),
        ("Seis detenidos tras el desalojo de una fiesta ilegal en la cantera.", "fiesta"),
        ("Une école vidée à la suite d'un appel menaçant.", "appel"),
    ],
)
def test_the_cause_a_report_names_is_read_in_every_language(evidence: str, cause: str) -> None:
    assert cause in cause_words(evidence)


@pytest.mark.parametrize(
    "evidence",
    [
        "Twenty campers were airlifted from the Vessac campsite on Tuesday.",  # no cause named
        "Vingt campeurs ont été évacués mardi. La purge du barrage est prévue en juin.",  # not its cause
        "Zwanzig Camper wurden nach Angaben der Polizei ausgeflogen.",  # "nach Angaben": a source
    ],
)
def test_a_report_that_names_no_cause_of_its_event_gives_none(evidence: str) -> None:
    assert "flushed" not in cause_words(evidence)


_PURGE = {
    "fr": "Les Forces Motrices de la Vézère procéderont mardi, dès 7 heures, à une purge de "
    "sédiments du barrage de Vessac ; le débit de la rivière augmentera fortement.",
    "de": "Die Kraftwerke Vézère haben am Dienstag um 7 Uhr mit der Spülung des Stausees von "
    "Vessac begonnen; der Fluss führt stark erhöhtes Wasser.",
}
# The campsite's flood or its evacuation, naming the purge as its cause, in each language.
_EFFECTS = [
    ("en", "evacuation", "Twenty campers were airlifted from the Ilots campsite at Vessac on "
     "Tuesday after the flushing of the dam sent the river over its banks."),
    ("fr", "evacuation", "Vingt campeurs ont été évacués par hélicoptère mardi au camping des "
     "Ilots, à Vessac, après la purge du barrage."),
    ("de", "accident", "Auf dem Campingplatz Ilots in Vessac saßen am Dienstag nach der Spülung "
     "des Stausees zwanzig Camper im Hochwasser fest."),
    ("es", "evacuation", "Veinte campistas fueron evacuados el martes del camping Ilots de Vessac "
     "tras la purga de la presa."),
    ("it", "accident", "Venti campeggiatori sono rimasti bloccati martedì nel campeggio Ilots di "
     "Vessac dopo lo svaso della diga."),
]  # fmt: skip


def _purge(language: str, place: str = "Vessac") -> object:
    text = _PURGE[language].replace("Vessac", place)
    return one_incident(text, type="other", place=place, time="Tuesday", language=language)


@pytest.mark.parametrize("cause_language", ["fr", "de"])
@pytest.mark.parametrize(("language", "type", "text"), _EFFECTS)
def test_a_dam_s_flushing_and_the_flood_it_caused_are_one_event(
    cause_language: str, language: str, type: str, text: str
) -> None:
    effect = one_incident(text, type=type, place="Vessac", time="Tuesday", language=language)
    day = merged(_purge(cause_language), effect)
    assert len(day.incidents) == 1
    assert set(day.incidents[0].types) == {"other", type}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Twenty residents of Vessac were evacuated on Tuesday after a gas leak in a bakery."),
        ("fr", "Vingt habitants de Vessac ont été évacués mardi après une fuite de gaz dans une boulangerie."),
        ("de", "Zwanzig Bewohner von Vessac wurden am Dienstag nach einem Gasleck in einer Bäckerei evakuiert."),
        ("es", "Veinte vecinos de Vessac fueron evacuados el martes tras una fuga de gas en una panadería."),
    ],
)  # fmt: skip
def test_an_evacuation_for_another_cause_stays_apart_from_the_flushing(language: str, text: str) -> None:
    """One town, one day, an evacuation and an "other" event: the cause it names is not the other's."""
    effect = one_incident(text, type="evacuation", place="Vessac", time="Tuesday", language=language)
    assert len(merged(_purge("fr"), effect).incidents) == 2


@pytest.mark.parametrize(("language", "type", "text"), _EFFECTS[:3])
def test_the_same_cause_in_another_valley_stays_apart(language: str, type: str, text: str) -> None:
    """Two dams are flushed on one day: the campsite at Vessac was flooded by Vessac's."""
    effect = one_incident(text, type=type, place="Vessac", time="Tuesday", language=language)
    assert len(merged(_purge("fr", place="Lormont"), effect).incidents) == 2


@pytest.mark.parametrize(
    ("language", "other", "effect"),
    [
        ("fr", "L'exploitant du barrage de Vessac a annoncé mardi une hausse de 12 % de ses tarifs d'électricité.",
         "Vingt campeurs ont été évacués mardi à Vessac après une rupture du barrage en amont du camping."),
        ("en", "The operator of the Vessac dam said on Tuesday it would raise its electricity tariffs by 12 percent.",
         "Twenty campers were airlifted at Vessac on Tuesday after a breach of the dam above the campsite."),
        ("de", "Der Betreiber des Stausees von Vessac erhöht ab Dienstag seine Stromtarife um 12 Prozent.",
         "Zwanzig Camper wurden am Dienstag in Vessac nach einem Bruch des Staudamms oberhalb des Platzes ausgeflogen."),
    ],
)  # fmt: skip
def test_a_cause_that_shares_only_its_site_with_an_other_event_stays_apart(
    language: str, other: str, effect: str
) -> None:
    """The dam's breach and its operator's tariff rise both name the dam: a site is where a
    cause struck, not what it was (``named_causes.NOT_AN_EVENT``)."""
    tariffs = one_incident(other, type="other", place="Vessac", time="Tuesday", language=language)
    evacuation = one_incident(effect, type="evacuation", place="Vessac", time="Tuesday", language=language)
    assert len(merged(tariffs, evacuation).incidents) == 2


def test_a_closure_after_a_flood_is_not_the_flood() -> None:
    """Only an evacuation or an accident names its cause: an "other" report that names a
    flood as its own cause (the schools closed after it) is a later event of its own."""
    flood = one_incident(
        "The river burst its banks in Vessac on Tuesday, flooding two hundred homes.",
        type="disaster", place="Vessac", time="Tuesday", language="en",
    )  # fmt: skip
    closure = one_incident(
        "Les écoles de Vessac resteront fermées mardi après la crue de la rivière.",
        type="other", place="Vessac", time="Tuesday", language="fr",
    )  # fmt: skip
    assert len(merged(flood, closure).incidents) == 2


_RAVE = (
    "La Guardia Civil desalojó el martes una fiesta ilegal con unas 1.500 personas en una cantera "
    "abandonada de Vessac."
)


@pytest.mark.parametrize(
    ("language", "rave", "text"),
    [
        ("es", _RAVE, "Seis jóvenes fueron detenidos el martes en Vessac tras el desalojo de la fiesta ilegal de la cantera."),
        ("fr", "Les gendarmes ont mis fin mardi à une rave-party illégale de 1 500 personnes dans une carrière de Vessac.",
         "Six jeunes ont été interpellés mardi à Vessac après la dispersion de la rave-party de la carrière."),
        ("en", "Police broke up an illegal rave of some 1,500 people in a disused quarry at Vessac on Tuesday.",
         "Six people were arrested in Vessac on Tuesday after the break-up of the illegal rave in the quarry."),
        ("it", "I carabinieri hanno sgomberato martedì un rave illegale con 1.500 persone in una cava di Vessac.",
         "Sei giovani sono stati arrestati martedì a Vessac dopo lo sgombero del rave nella cava."),
    ],
)  # fmt: skip
def test_a_rave_broken_up_and_the_arrests_after_it_are_one_event(language: str, rave: str, text: str) -> None:
    party = one_incident(rave, type="other", place="Vessac", time="Tuesday", language=language)
    arrest = one_incident(text, type="arrest", place="Vessac", time="Tuesday", language=language)
    assert len(merged(party, arrest).incidents) == 1


def test_an_arrest_for_something_else_in_the_rave_s_town_stays_apart() -> None:
    rave = one_incident(_RAVE, type="other", place="Vessac", time="Tuesday", language="es")
    arrest = one_incident(
        "Dos hombres fueron detenidos el martes en Vessac tras el robo de una joyería del centro.",
        type="arrest", place="Vessac", time="Tuesday", language="es",
    )  # fmt: skip
    assert len(merged(rave, arrest).incidents) == 2


def test_an_arrest_after_the_doers_got_away_stays_apart_though_it_names_the_robbery() -> None:
    robbery = one_incident(
        "Tres atracadores asaltaron el martes una joyería de Vessac y huyeron en moto.",
        type="other", place="Vessac", time="Tuesday", language="es",
    )  # fmt: skip
    arrest = one_incident(
        "Dos hombres fueron detenidos el martes en el puerto de Vessac tras el atraco a la joyería.",
        type="arrest", place="Vessac", time="Tuesday", language="es",
    )  # fmt: skip
    assert len(merged(robbery, arrest).incidents) == 2


def _entry(
    owner: str, type: str, place: str, words: tuple[str, ...], causes: frozenset[str]
) -> ReportEvidence:
    return ReportEvidence(
        owner=owner, type=type, date=None, weekdays=frozenset({"tuesday"}), place=place,
        places=frozenset({"valais"}), words=words, plain=(), measures=frozenset(), measured=(),
        says_distinct=False, causes=causes,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("causes", "continues"),
    [
        (frozenset({"flushed", "water"}), True),  # "08.50 - campers stuck after the flushing"
        (frozenset({"leaked", "gas"}), False),  # "08.50 - campers moved after a gas leak"
        (frozenset(), False),  # names no cause: two types, two events of the blog
    ],
)
def test_a_blog_s_entry_naming_an_earlier_entry_s_event_as_its_cause_continues_it(
    causes: frozenset[str], continues: bool
) -> None:
    began = _entry("blog\x00705", "other", "vesac", ("flushed", "dam", "begonnen"), frozenset())
    stuck = _entry("blog\x00850", "accident", "vesac", ("camp", "water", "fest", *sorted(causes)), causes)
    assert entries_continue(began, stuck) is continues
    assert entries_continue(stuck, began) is continues


@pytest.mark.parametrize(
    "evidence, cause",
    [
        ("Le camping a été évacué après l'orage de la nuit.", "orage"),
        ("Il campeggio è stato evacuato dopo l'esondazione del torrente.", "esondazione"),
        ("The campsite was evacuated after the storm.", "storm"),
    ],
)
def test_a_cause_named_after_an_elided_article_is_read(evidence: str, cause: str) -> None:
    """ "après l'orage", "dopo l'esondazione": the cue ends on the elided article and its
    noun follows with no space; the cue's word boundary must not lose it."""
    assert cause in cause_words(evidence)


@pytest.mark.parametrize(
    "evidence",
    [
        "Après l'incendie, le maire a fermé l'école.",
        "Luego del incendio, cerraron la escuela.",
        "LYON - Après l'orage, ...",
    ],
)
def test_an_evidence_opening_on_what_it_followed_is_read_from_the_one_cue_table(evidence: str) -> None:
    assert follows_another_event(evidence)
