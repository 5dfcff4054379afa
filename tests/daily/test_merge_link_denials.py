"""A passage that denies a link between its event and another ("police see no link with
Tuesday's attempt", "la universidad la desvincula del caso de Medicina") tells two events
alike at one place (issue 25: a second exam leak at one university merged with the first,
the words after the denial naming the first). Every report here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.link_denials import denies_a_link, own_passage
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the break-in was not linked to last week's burglary.",
        "Investigators see no link with Tuesday's attempt in the same street.",
        "The fire is unrelated to the blaze at the depot.",
        "Die Polizei sieht keinen Zusammenhang mit dem Überfall vom Dienstag.",
        "Der Brand steht in keinem Zusammenhang mit dem Feuer im Hafen.",
        "Le parquet n'a établi aucun lien avec l'incendie de mardi.",
        "Cette fuite est sans lien avec celle de la faculté de droit.",
        "Los agentes no lo relacionan con el atraco del martes.",
        "La universidad la desvincula del caso de Derecho.",
        "El incendio no guarda relación con el de la nave.",
        "L'università esclude ogni legame con il caso di Medicina.",
        "La fuga non è collegata al caso di Medicina.",
        "Police say the fire is not linked to the earlier one.",
        # An Italian event noun in the singular; Portuguese, the eighth language read.
        "La polizia dice che l'incendio non ha nulla a che fare con la rapina di lunedì.",
        "L'incendio non è collegato all'esplosione di ieri.",
        "A polícia diz que o incêndio não tem nada a ver com o assalto de segunda-feira.",
        "O incêndio não está relacionado com o roubo de ontem.",
    ],
)
def test_a_denial_of_a_link_is_read_in_four_languages(sentence: str) -> None:
    assert denies_a_link(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new link road was closed after the crash.",
        "Accounts linked to the firm were frozen.",
        "Ein Zusammenhang mit dem Wetter wird geprüft.",
        "Le lien entre les deux sites a été coupé.",
        "La relación laboral con la empresa terminó en marzo.",
        "Se vincula con el caso de la semana pasada.",
        # A link denied with a person or a place tells no second event.
        "Police said the suspect was not related to the victim.",
        "El detenido, sin relación con la víctima, fue trasladado a comisaría.",
        "Selon le parquet, l'agresseur n'avait aucun lien avec la victime.",
        "Der Täter stand nach Angaben der Polizei in keinem Zusammenhang mit dem Opfer des Anschlags.",
        "For six hours there was no connection to the mainland.",
        "Police found no link between the suspect and the gang.",
        "A polícia diz que o suspeito não tem nada a ver com a vítima.",
        # "Not unrelated" says a link.
        "Investigators said the two fires were not unrelated to each other.",
    ],
)
def test_what_denies_no_link_is_not_read_as_a_denial(sentence: str) -> None:
    assert not denies_a_link(sentence)


def test_the_words_after_a_later_denial_are_not_the_reports_own() -> None:
    evidence = "Otra filtración afecta al examen de Estadística."
    passage = f"{evidence} La universidad la desvincula del caso de Medicina."
    assert own_passage(passage, len(evidence)) == f"{evidence} La universidad la desvincula del"
    # A denial in the evidence sentence itself keeps the passage whole: it names both events.
    whole = "Los agentes no lo relacionan con el intento de secuestro del martes."
    assert own_passage(whole, len(whole)) == whole


def test_a_hostile_passage_is_read_in_linear_time() -> None:
    hostile = ("no " * 20_000) + "not " * 20_000 + "sin " * 20_000 + "lien " * 20_000
    started = time.thread_time()
    assert not denies_a_link(hostile)
    assert own_passage(hostile, 3) == hostile
    assert time.thread_time() - started < 1.0


# Two leaks at one university, told as two reports share little besides the place and the
# leak: the words after the denial ("the medicine exams case") are the other report's.
LAW_LEAK = (
    "The law faculty at Hallberg University confirmed another leak, of a contract law test sat on Friday. "
    "The university says it is not linked to the medicine exams case."
)
MEDICINE_LEAK = "Hallberg University suspended twelve medicine exams after the leak, the rector said."
MEDICINE_LEAK_AGAIN = (
    "After the leak, Hallberg University suspended twelve medicine exams, the rector confirmed."
)


def _leak(text: str, language: str = "en") -> object:
    return one_incident(text, evidence=text.split(". ")[0].rstrip(".") + ".", type="other", place="Hallberg",
                        language=language)  # fmt: skip


def test_a_leak_its_passage_denies_a_link_to_stays_apart_from_the_other() -> None:
    day = merged(_leak(LAW_LEAK), _leak(MEDICINE_LEAK))  # type: ignore[arg-type]
    assert len(day.incidents) == 2


def test_two_reports_of_one_leak_still_merge() -> None:
    day = merged(_leak(MEDICINE_LEAK), _leak(MEDICINE_LEAK_AGAIN))  # type: ignore[arg-type]
    assert len(day.incidents) == 1


def test_a_spanish_leak_its_passage_denies_a_link_to_stays_apart() -> None:
    second = (
        "La Facultad de Derecho de Hallberg confirma otra filtración, la de un test de Civil del viernes. "
        "El rectorado la desvincula del caso de los exámenes de Medicina."
    )
    first = "El rector de Hallberg suspende los exámenes de Medicina tras la filtración en un chat."
    day = merged(_leak(second, "es"), _leak(first, "es"))  # type: ignore[arg-type]
    assert len(day.incidents) == 2


def test_a_denial_of_a_link_with_the_victim_leaves_one_stabbing_whole() -> None:
    evidence = "A 34-year-old man was stabbed outside a pub in Tarrel on Tuesday night."
    told = one_incident(
        f"{evidence} Police said the suspect was not related to the victim.",
        evidence=evidence, type="other", place="Tarrel", language="en",
    )  # fmt: skip
    again = one_incident(
        "Tarrel police are hunting a man who stabbed a 34-year-old outside a pub on Tuesday night.",
        type="other", place="Tarrel", language="en",
    )  # fmt: skip
    assert len(merged(told, again).incidents) == 1
